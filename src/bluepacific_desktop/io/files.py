"""Spreadsheet-safe CSV files: every cell a reader could take for a formula is neutralised."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from bluepacific_desktop.files import replacing

# A cell starting with one of these is a formula to Excel and LibreOffice (OWASP, "CSV
# Injection"): `=HYPERLINK(…)`, `+cmd|…`, `@SUM(…)`, `-2+3+cmd…`, or a tab / carriage return
# hiding one.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """The value as a spreadsheet shows it and never runs it: a text that would start a formula
    gets a leading apostrophe; numbers (a negative one too) stay numbers."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


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
