"""Spreadsheet-safe CSV files: every cell a reader could take for a formula is neutralised."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from bluepacific_desktop.files import replacing
from bluepacific_wire.spreadsheet import safe_cell

__all__ = ["safe_cell", "write_csv"]


def write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """CSV in UTF-8 with a byte-order mark, so that Excel reads accents and ʻokina right."""
    count = 0
    with replacing(path, encoding="utf-8-sig") as fh:
        writer = csv.writer(fh)
        writer.writerow([safe_cell(h) for h in headers])
        for row in rows:
            writer.writerow([safe_cell(v) for v in row])
            count += 1
    return count
