"""Reading a sheet into rows of cells: CSV (delimiter and encoding detected) or Excel .xlsx."""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from dataclasses import dataclass
from datetime import datetime, time
from pathlib import Path
from typing import Any

from bluepacific_desktop.io.importing.errors import FileRefused

# Bytes that start files that are certainly not text tables, with what to tell the user.
_MAGIC = {
    b"\x89PNG": "a PNG picture",
    b"\xff\xd8\xff": "a JPEG picture",
    b"GIF8": "a GIF picture",
    b"%PDF": "a PDF document",
    b"\xd0\xcf\x11\xe0": "an old Excel 97-2003 (.xls) or Word file; save it as .xlsx or CSV",
}
_ZIP = b"PK\x03\x04"
_DELIMITERS = ",;\t"


@dataclass(frozen=True)
class Table:
    """One sheet: (line as a spreadsheet shows it, with the first row as line 1; cells)."""

    name: str
    rows: list[tuple[int, list[Any]]]


def read_tables(path: Path) -> list[Table]:
    """Every sheet of the file (one for a CSV), blank rows dropped; FileRefused if unreadable."""
    try:
        data = path.read_bytes()
    except IsADirectoryError as exc:
        raise FileRefused(f"{path} is a folder, not a file.") from exc
    if not data.strip():
        raise FileRefused(f"{path.name} is empty: there is nothing to import.")
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise FileRefused(f"{path.name} is not a table: it is {what}.")
    # Judged by content, not by name: an .xlsx renamed .csv still reads.
    if data.startswith(_ZIP):
        return _read_xlsx(path, data)
    return [Table(path.name, _csv_rows(_decode(data, path.name)))]


def _decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM) when it decodes strictly, else Windows-1252.

    A file that is valid UTF-8 is almost never meant as cp1252, while cp1252 text with accents
    is almost never valid UTF-8, so trying strict UTF-8 first tells them apart.
    """
    for bom, encoding in ((codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):  # Excel's "Unicode text" export
            return data.decode(encoding)
    if b"\x00" in data:
        raise FileRefused(f"{name} is not a table: it holds binary data, not text.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise FileRefused(
            f"{name} is not text this app can read (neither UTF-8 nor Windows-1252). "
            "Save it from Excel as “CSV UTF-8” and import it again."
        ) from exc


def _sniff(text: str) -> str:
    """The delimiter: csv.Sniffer on the first lines, checked against a count per line.

    Sheets often start with a title line and end rows with empty cells, which throws the
    Sniffer off; the delimiter found on the most lines wins when the Sniffer disagrees.
    """
    lines = [line for line in text.splitlines() if line.strip()][:20]
    on_lines = {d: sum(d in line for line in lines) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: (on_lines[d], sum(line.count(d) for line in lines)))
    try:
        sniffed = csv.Sniffer().sniff("\n".join(lines), delimiters=_DELIMITERS).delimiter
    except csv.Error:
        sniffed = best
    if on_lines[sniffed] >= on_lines[best]:
        return sniffed
    return best if on_lines[best] else ","


def _csv_rows(text: str) -> list[tuple[int, list[Any]]]:
    if "\ufffd" in text[:4096] and text.count("\ufffd") > 10:
        raise FileRefused("The file is not a table: it holds binary data, not text.")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_sniff(text))
    rows: list[tuple[int, list[Any]]] = []
    try:
        # Counted per record, not per physical line: a spreadsheet shows a quoted cell with a
        # line break inside as one row.
        for line, cells in enumerate(reader, start=1):
            stripped = [c.strip() for c in cells]
            if any(stripped):
                rows.append((line, stripped))
    except csv.Error as exc:
        raise FileRefused(f"The file is not a readable table ({exc}).") from exc
    return rows


def _cell(value: Any) -> Any:
    if isinstance(value, datetime):
        # Excel stores dates as date-times at midnight; a bare day is what the sheet meant.
        return value.date() if value.time() == time(0) else value
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, float) and value.is_integer():
        return int(value)  # 6793312345.0 is a phone number typed into a number cell
    return value


def _read_xlsx(path: Path, data: bytes) -> list[Table]:
    # Imported here so that reading a CSV never pays for loading openpyxl.
    import openpyxl  # type: ignore[import-untyped]
    from openpyxl.utils.exceptions import InvalidFileException  # type: ignore[import-untyped]

    try:
        # From memory, not by name: openpyxl refuses a workbook whose name ends in .csv.
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError) as exc:
        raise FileRefused(f"{path.name} is not an Excel .xlsx workbook this app can read.") from exc
    try:
        tables = []
        for sheet in book.worksheets:
            rows: list[tuple[int, list[Any]]] = []
            for line, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                cells = [_cell(v) for v in values]
                if any(c not in (None, "") for c in cells):
                    rows.append((line, cells))
            tables.append(Table(f"{path.name} (sheet “{sheet.title}”)", rows))
    finally:
        book.close()
    return tables
