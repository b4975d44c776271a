"""Reading a sheet into rows of cells: CSV (delimiter and encoding detected), .xlsx or .ods."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time
from pathlib import Path
from typing import Any

from bluepacific_desktop.io.importing.archive import MAX_ROWS, Merge, check_workbook
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
class Filled:
    """A merged range whose value was copied into every row it covers (lines as shown)."""

    first_line: int
    last_line: int
    column: int  # 0-based, as in the rows' cells
    value: Any


Rows = list[tuple[int, list[Any]]]
# Lines of a sheet read to look for its headers: a title, notes and blank lines may come first.
HEAD_LINES = 200


class Table:
    """One sheet: (line as a spreadsheet shows it, with the first row as line 1; cells).

    A workbook's sheet is converted to rows only when they are asked for: its headers are
    looked for first (`head`), so a sheet without them costs no more than its first lines.
    """

    def __init__(
        self,
        name: str,
        rows: Rows | None = None,
        filled: list[Filled] | None = None,
        *,
        load: Callable[[int | None], tuple[Rows, list[Filled]]] | None = None,
    ) -> None:
        self.name = name
        self._rows = rows if rows is not None or load else []
        self._filled = filled or []
        self._load = load

    @property
    def rows(self) -> Rows:
        if self._rows is None:
            assert self._load is not None
            self._rows, self._filled = self._load(None)
            self._load = None  # the reader's copy of the sheet can go
        return self._rows

    @property
    def filled(self) -> list[Filled]:
        """The merged ranges copied into the rows they cover (once the rows are read)."""
        _ = self.rows  # known once the rows are read
        return self._filled

    def head(self, count: int) -> Rows:
        """The first `count` rows with content, without reading the rest of the sheet."""
        if self._rows is not None or self._load is None:
            return self.rows[:count]
        return self._load(HEAD_LINES)[0][:count]


def read_tables(path: Path) -> list[Table]:
    """Every sheet of the file (one for a CSV), blank rows dropped; FileRefused if unreadable."""
    try:
        data = path.read_bytes()
    except IsADirectoryError as exc:
        raise FileRefused(
            f"{path} is a folder, not a file.", key="a_folder", name=str(path)
        ) from exc
    if not data.strip():
        raise FileRefused(
            f"{path.name} is empty: there is nothing to import.", key="file_empty", name=path.name
        )
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise FileRefused(
                f"{path.name} is not a table: it is {what}.", key="not_a_table", name=path.name
            )
    # Judged by content, not by name: an .xlsx renamed .csv still reads.
    if data.startswith(_ZIP):
        return _read_workbook(path, data)
    return [Table(path.name, _csv_rows(_decode(data, path.name)))]


def _decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM) when it decodes strictly, else Windows-1252.

    A file that is valid UTF-8 is almost never meant as cp1252, while cp1252 text with accents
    is almost never valid UTF-8, so trying strict UTF-8 first tells them apart.
    """
    for bom, encoding in ((codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):  # Excel's "Unicode text" export
            return data.decode(encoding)
    unmarked = _utf16_without_bom(data)
    if unmarked:
        return data.decode(unmarked)
    if b"\x00" in data:
        raise FileRefused(
            f"{name} is not a table: it holds binary data, not text.", key="binary", name=name
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise FileRefused(
            f"{name} is not text this app can read (neither UTF-8 nor Windows-1252). "
            "Save it from Excel as “CSV UTF-8” and import it again.",
            key="not_text",
            name=name,
        ) from exc


def _utf16_without_bom(data: bytes) -> str | None:
    """“utf-16-le” or “-be” for UTF-16 text written without its byte-order mark, else None.

    Latin text in UTF-16 has a zero byte in every other place (the high byte of each
    character); binary data has zeros anywhere. The text must then also decode and hold no
    control characters other than line breaks and tabs.
    """
    sample = data[:4096]
    if len(sample) < 4:
        return None
    pairs = len(sample) // 2
    for encoding, zero_at in (("utf-16-le", 1), ("utf-16-be", 0)):
        zeros = sum(1 for i in range(zero_at, pairs * 2, 2) if sample[i] == 0)
        if zeros < pairs * 0.7:
            continue
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            return None
        if any(ch < " " and ch not in "\r\n\t" for ch in text[:2048]):
            return None
        return encoding
    return None


def _too_many_rows(name: str) -> str:
    return (
        f"{name} has more than {MAX_ROWS:,} rows: no attendance sheet or contact list is that "
        "long. Nothing was imported. Split it into smaller files and import each."
    )


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
            if line > MAX_ROWS:
                raise FileRefused(_too_many_rows("The file"), key="too_many_rows", rows=MAX_ROWS)
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


def _read_workbook(path: Path, data: bytes) -> list[Table]:
    checked = check_workbook(data, path.name)  # sizes and dimensions before any reader runs
    # Imported here so that reading a CSV never pays for loading the workbook reader.
    import python_calamine

    try:
        book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    except python_calamine.PasswordError as exc:
        raise FileRefused(
            f"{path.name} is protected by a password. Save a copy without the password and "
            "import that copy.",
            key="password_protected",
            name=path.name,
        ) from exc
    except (python_calamine.CalamineError, ValueError, OSError) as exc:
        raise FileRefused(
            f"{path.name} is not an Excel .xlsx or LibreOffice .ods workbook this app can read.",
            key="not_a_workbook",
            name=path.name,
        ) from exc
    tables = []
    for index, title in enumerate(book.sheet_names):
        if checked.kind == "ods":  # its reader gives no merges; the check found them
            merges: list[Merge] | None = [m for m in checked.merges if m.sheet == index]
        else:
            merges = None
        load = _sheet_loader(book, index, f"{path.name}: the sheet “{title}”", merges)
        tables.append(Table(f"{path.name} (sheet “{title}”)", None, load=load))
    return tables


def _sheet_loader(
    book: Any, index: int, what: str, merges: list[Merge] | None
) -> Callable[[int | None], tuple[Rows, list[Filled]]]:
    """Reads the sheet's first `lines` lines (None: all of them) into rows, merges filled."""
    import python_calamine

    sheet: Any = None

    def load(lines: int | None) -> tuple[Rows, list[Filled]]:
        nonlocal sheet, merges
        try:
            if sheet is None:
                sheet = book.get_sheet_by_index(index)
            if merges is None:
                merges = [
                    Merge(index, r0, c0, r1, c1)
                    for (r0, c0), (r1, c1) in sheet.merged_cell_ranges or []
                ]
            # Rows and columns from the sheet's corner, so that lines are as shown.
            grid = sheet.to_python(skip_empty_area=False, nrows=(lines or MAX_ROWS) + 1)
        except python_calamine.CalamineError as exc:
            raise FileRefused(f"{what} cannot be read ({exc}).") from exc
        if lines is None and len(grid) > MAX_ROWS:
            raise FileRefused(_too_many_rows(what), key="too_many_rows", name=what, rows=MAX_ROWS)
        rows = [[_cell(v) for v in values] for values in grid]
        filled = _fill_merges(rows, merges)
        kept = [
            (line, cells)
            for line, cells in enumerate(rows, start=1)
            if any(c not in (None, "") for c in cells)
        ]
        if lines is None:
            sheet = None
        return kept, filled

    return load


def _fill_merges(rows: list[list[Any]], merges: list[Merge]) -> list[Filled]:
    """A merged range's value copied into every cell it covers, as a reader of the sheet sees it.

    A spreadsheet keeps the value in the range's first cell only: an “Agence” merged over three
    rows would leave the two rows below with no agency.
    """
    filled = []
    for m in merges:
        if m.first_row >= len(rows) or m.first_col >= len(rows[m.first_row]):
            continue
        value = rows[m.first_row][m.first_col]
        if value in (None, ""):
            continue
        for r in range(m.first_row, min(m.last_row, len(rows) - 1) + 1):
            cells = rows[r]
            if len(cells) <= m.last_col:
                cells.extend([""] * (m.last_col + 1 - len(cells)))
            for c in range(m.first_col, m.last_col + 1):
                cells[c] = value
        if m.last_row > m.first_row:
            for c in range(m.first_col, m.last_col + 1):
                filled.append(Filled(m.first_row + 1, m.last_row + 1, c, value))
    return filled
