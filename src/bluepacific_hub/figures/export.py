"""Figures tables as files: CSV (UTF-8 with a byte-order mark, formula-safe) and XLSX
(openpyxl; numbers stay numbers, texts that would start a formula are neutralised)."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from pathlib import Path

# openpyxl ships no type hints (pyproject.toml's mypy overrides may not be edited from here).
from openpyxl import Workbook  # type: ignore[import-untyped]

from bluepacific_hub.figures.tables import Table
from bluepacific_wire.spreadsheet import safe_cell

# Characters XLSX cannot hold (openpyxl refuses them): control characters but tab, LF, CR.
_ILLEGAL_XLSX = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def csv_text(table: Table) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([safe_cell(h) for h in table.headers])
    for row in table.rows:
        writer.writerow([safe_cell(v) for v in row])
    return out.getvalue()


def write_csv(path: Path, table: Table) -> None:
    # newline="" lets the csv module end rows with CRLF as RFC 4180 says, untranslated.
    path.write_text(csv_text(table), encoding="utf-8-sig", newline="")


def _xlsx_cell(value: object) -> object:
    if value is None:
        return None
    if isinstance(value, str):
        return _ILLEGAL_XLSX.sub("", str(safe_cell(value)))
    return value


def xlsx_bytes(tables: Sequence[Table]) -> bytes:
    """One sheet per table, its headers in bold-free first row (a plain table to filter)."""
    book = Workbook(write_only=True)
    for table in tables:
        sheet = book.create_sheet(table.name[:31])
        sheet.append(list(table.headers))
        for row in table.rows:
            sheet.append([_xlsx_cell(v) for v in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def write_xlsx(path: Path, tables: Sequence[Table]) -> None:
    path.write_bytes(xlsx_bytes(tables))
