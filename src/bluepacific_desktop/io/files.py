"""Writing output files safely: a temporary file beside the target, renamed once complete."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any


@contextmanager
def replacing(path: Path, encoding: str = "utf-8") -> Iterator[IO[str]]:
    """Open a temporary text file; on success it replaces `path`, on any error it is removed.

    A power cut or a full disk leaves the old file (or none), never a half-written one.
    """
    tmp = path.with_name(f".{path.name}.part")
    try:
        with open(tmp, "w", encoding=encoding, newline="") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """CSV in UTF-8 with a byte-order mark, so that Excel reads accents and ʻokina right."""
    count = 0
    with replacing(path, encoding="utf-8-sig") as fh:
        writer = csv.writer(fh)
        writer.writerow(headers)
        for row in rows:
            writer.writerow(["" if v is None else v for v in row])
            count += 1
    return count
