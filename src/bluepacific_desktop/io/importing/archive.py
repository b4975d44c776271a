"""Checking a zipped workbook (.xlsx, .ods) before any reader opens it: sizes and dimensions.

A workbook is a zip of XML. A small file can unpack to gigabytes (one huge cell) or describe
millions of rows in a few bytes (a row “repeated 5,000,000 times”, one cell at XFD1048576), and
a reader that trusts it spends minutes and gigabytes before the import refuses it anyway. So
the sizes the zip declares are checked first, every member is then unpacked once as a stream
while the bytes are counted (a zip may lie about its sizes), and the sheets' XML is scanned on
the way for how many rows and columns they really span. Only then does the reader run.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from operator import itemgetter

from bluepacific_desktop.io.importing.errors import FileRefused

# Far above any attendance sheet or contact list (100,000 rows of a LibreOffice .ods unpack to
# about 100 MB), far below what would exhaust a laptop.
MAX_UNPACKED = 250_000_000
MAX_ROWS = 200_000
MAX_COLUMNS = 1_000
# The reader holds a sheet as a dense grid (rows × columns, about 75 bytes a cell, measured),
# and parses all of it even to show its first lines: 1.5 million cells (100,000 rows of 15
# columns) are read in about 2 s and 200 MB, a sheet without known headers refused in as much.
MAX_CELLS = 1_500_000
_CHUNK = 1024 * 1024

_ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"


@dataclass(frozen=True)
class Merge:
    """A merged range of a sheet: first and last row and column, 0-based, inclusive."""

    sheet: int
    first_row: int
    first_col: int
    last_row: int
    last_col: int


@dataclass
class Checked:
    """The workbook's format and, for an .ods (its reader gives none), its merged ranges."""

    kind: str  # "xlsx" or "ods"
    merges: list[Merge] = field(default_factory=list)


def _mb(size: int) -> str:
    return f"{size / 1_000_000:,.0f} MB"


def _bomb(name: str, why: str) -> FileRefused:
    return FileRefused(
        f"{name} was not read: {why}. No attendance sheet or contact list is that large; the "
        "file may have been made to overload the computer. Nothing was imported. If it is a "
        "real sheet, split it into smaller files or save it again as CSV.",
        key="too_large",
        name=name,
    )


def check_workbook(data: bytes, name: str) -> Checked:
    """The workbook's kind once its sizes and dimensions are known to be sane; FileRefused else."""
    try:
        book = zipfile.ZipFile(io.BytesIO(data))
        members = book.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _not_workbook(name) from exc
    declared = sum(m.file_size for m in members)
    if declared > MAX_UNPACKED:
        raise _bomb(name, f"it unpacks to {_mb(declared)}, more than {_mb(MAX_UNPACKED)}")
    names = {m.filename for m in members}
    if "mimetype" in names and book.read("mimetype").strip() == _ODS_MIME:
        checked = Checked("ods")
    elif "[Content_Types].xml" in names:
        checked = Checked("xlsx")
    else:
        raise _not_workbook(name)
    total = 0
    for member in members:
        scan = _scanner(checked, member.filename, name)
        try:
            with book.open(member) as stream:
                while chunk := stream.read(_CHUNK):
                    total += len(chunk)
                    # Counted here, not taken from the zip's own word for it.
                    if total > MAX_UNPACKED:
                        raise _bomb(name, f"it unpacks to more than {_mb(MAX_UNPACKED)}")
                    if scan is not None:
                        scan.feed(chunk)
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, OSError) as exc:
            raise FileRefused(
                f"{name} is damaged (its part “{member.filename}” cannot be unpacked) or "
                "protected by a password. Open it in Excel or LibreOffice, save it again, "
                "and import the new file.",
                key="workbook_damaged",
                name=name,
            ) from exc
        if scan is not None:
            scan.done()
    return checked


def _not_workbook(name: str) -> FileRefused:
    return FileRefused(
        f"{name} is not an Excel .xlsx or LibreOffice .ods workbook this app can read.",
        key="not_a_workbook",
        name=name,
    )


# No row of a sheet, or text between two tags, is that long: such a piece means a bomb.
_MAX_PIECE = 4 * 1024 * 1024


class _Scan:
    """Streams one XML part in chunks; the unfinished piece at a chunk's end (after its last
    `cut` marker) is carried to the next, and may not grow past _MAX_PIECE."""

    cut = b">"

    def __init__(self, name: str) -> None:
        self.name = name
        self.carry = b""

    def feed(self, chunk: bytes) -> None:
        # The carried piece goes on to the chunk's first marker (a chunk is smaller than the
        # bound, so no piece inside one can pass it).
        first = chunk.find(self.cut)
        if len(self.carry) + (first if first >= 0 else len(chunk)) > _MAX_PIECE:
            raise _bomb(self.name, f"one cell or row holds more than {_mb(_MAX_PIECE)}")
        text = self.carry + chunk
        end = text.rfind(self.cut)
        end = end + len(self.cut) if end >= 0 else 0
        self.carry = text[end:]
        if end:
            self.pieces(text[:end])

    def pieces(self, text: bytes) -> None:
        """Checks complete pieces; nothing by default (only the carried piece's size)."""

    def done(self) -> None:
        """Checks the whole part once read; nothing by default."""

    def bound(self, rows: int, columns: int) -> None:
        if rows > MAX_ROWS:
            raise _bomb(self.name, f"a sheet has {rows:,} rows, more than {MAX_ROWS:,}")
        if columns > MAX_COLUMNS:
            raise _bomb(self.name, f"a sheet has {columns:,} columns, more than {MAX_COLUMNS:,}")
        if rows * columns > MAX_CELLS:
            raise _bomb(
                self.name,
                f"a sheet spans {rows:,} rows by {columns:,} columns, more than "
                f"{MAX_CELLS:,} cells",
            )


# A cell with a value as every writer seen writes it, its reference first.
_XLSX_PLAIN = re.compile(rb'<c r="([A-Z]{1,3})(\d{1,9})"[^>/]*>')
# Any other cell with a value (not self-closing): a namespace prefix (<x:c>, which the reader
# reads too) and the reference anywhere among its attributes.
_P = rb"(?:[\w.-]+:)?"
_XLSX_REFS = re.compile(
    rb"<" + _P + rb"c\b[^>]*?\b" + _P + rb'r="([A-Z]{1,3})(\d{1,9})"(?:[^>]*[^/>])?>'
)
_XLSX_ANY_CELL = re.compile(rb"<" + _P + rb"c[\s>]")
_XLSX_NUMBERED_CELLS = re.compile(rb"<" + _P + rb"c\b[^>]*?\b" + _P + rb'r="[A-Z]')
_XLSX_ROWS = re.compile(rb"<" + _P + rb"row[\s>]")
_XLSX_NUMBERED_ROWS = re.compile(rb"<" + _P + rb"row\b[^>]*?\b" + _P + rb'r="(\d{1,9})"')


_first, _second = itemgetter(0), itemgetter(1)


def _column_number(letters: bytes) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + ch - 64
    return number


class _XlsxScan(_Scan):
    """Rows and columns a worksheet's cells span: the reader allocates all of them."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.rows = 0
        self.columns = 0
        self.unnumbered_rows = 0
        self.unnumbered_cells = 0

    def pieces(self, text: bytes) -> None:
        cells = text.count(b"<c ") + text.count(b"<c>")
        prefixed = b":c " in text or b":c>" in text
        if text.count(b'<c r="') == cells and not prefixed:  # every cell the common way
            refs = _XLSX_PLAIN.findall(text)
        else:
            # Some cell is written another way: the slower, general reading, where rows and
            # cells without a reference count too (they follow the previous one).
            refs = _XLSX_REFS.findall(text)
            cells = len(_XLSX_ANY_CELL.findall(text))
            self.unnumbered_cells += cells - len(_XLSX_NUMBERED_CELLS.findall(text))
            rows = _XLSX_NUMBERED_ROWS.findall(text)
            if rows:
                self.rows = max(self.rows, max(map(int, rows)))
            self.unnumbered_rows += len(_XLSX_ROWS.findall(text)) - len(rows)
        if refs:
            self.rows = max(self.rows, max(map(int, map(_second, refs))))
            self.columns = max(self.columns, max(map(_column_number, set(map(_first, refs)))))
        self.done()

    def done(self) -> None:
        # Cells and rows without a reference follow the previous one: counted as if all in
        # one row and one column, which can only overstate the sheet.
        self.bound(self.rows + self.unnumbered_rows, self.columns + self.unnumbered_cells)


# A sheet's start, or a row's start tag (self-closing for an empty row).
_ODS_ROW = re.compile(rb"<table:table\s[^>]*>|<table:table-row\b([^>]*?)(/?)>")
_ODS_ROW_END = b"</table:table-row>"
_ODS_CELL = re.compile(rb"<table:(table-cell|covered-table-cell)\b([^>]*?)(/?)>")
_ODS_REPEAT_ROWS = re.compile(rb'table:number-rows-repeated="(\d{1,9})"')
_ODS_REPEAT_COLS = re.compile(rb'table:number-columns-repeated="(\d{1,9})"')
_ODS_SPAN_ROWS = re.compile(rb'table:number-rows-spanned="(\d{1,9})"')
_ODS_SPAN_COLS = re.compile(rb'table:number-columns-spanned="(\d{1,9})"')


def _number(pattern: re.Pattern[bytes], attrs: bytes) -> int:
    found = pattern.search(attrs)
    return int(found.group(1)) if found else 1


def _has_content(body: bytes) -> bool:
    return b"office:value-type" in body or b"<text:p" in body


class _OdsScan(_Scan):
    """Rows and columns with content, repeats counted, and the merged ranges of each sheet.

    LibreOffice writes a sheet's unused tail as one empty row “repeated 1,048,000 times”: only
    rows and cells with content count. Read a row at a time.
    """

    cut = b"</table:table-row>"

    def __init__(self, name: str, merges: list[Merge]) -> None:
        super().__init__(name)
        self.merges = merges
        self.sheet = -1
        self.row = 0  # the current row's 0-based number
        self.used_rows = 0
        self.width = 0

    def pieces(self, text: bytes) -> None:
        for found in _ODS_ROW.finditer(text):
            attrs, empty = found.groups()
            if attrs is None:  # a sheet begins: each is bounded on its own
                self.sheet += 1
                self.row = self.used_rows = self.width = 0
                continue
            repeat = _number(_ODS_REPEAT_ROWS, attrs)
            width = 0
            if not empty:
                end = text.find(_ODS_ROW_END, found.end())
                width = self._width(text[found.end() : end if end >= 0 else len(text)])
            if width:
                self.used_rows = max(self.used_rows, self.row + repeat)
                self.width = max(self.width, width)
                self.bound(self.used_rows, self.width)
            self.row += repeat

    def _width(self, body: bytes) -> int:
        """Columns up to the row's last cell with content (0: an empty row); merges noted."""
        if b"-repeated" not in body and b"-spanned" not in body:
            # The common row: one tag a cell. Its cell count can only overstate the width.
            if not _has_content(body):
                return 0
            return body.count(b"<table:table-cell") + body.count(b"<table:covered-table-cell")
        col = width = 0
        cells = list(_ODS_CELL.finditer(body))
        for i, cell in enumerate(cells):
            tag, attrs, empty = cell.groups()
            repeat = _number(_ODS_REPEAT_COLS, attrs)
            inner = body[cell.end() : cells[i + 1].start() if i + 1 < len(cells) else len(body)]
            if b"office:value-type" in attrs or (not empty and _has_content(inner)):
                width = col + repeat
                rows, cols = _number(_ODS_SPAN_ROWS, attrs), _number(_ODS_SPAN_COLS, attrs)
                if tag == b"table-cell" and (rows > 1 or cols > 1) and repeat == 1:
                    last = (self.row + rows - 1, col + cols - 1)
                    self.merges.append(Merge(self.sheet, self.row, col, *last))
            col += repeat
            if width > MAX_COLUMNS:
                break
        return width

    def done(self) -> None:
        self.bound(self.used_rows, self.width)


def _scanner(checked: Checked, member: str, name: str) -> _Scan | None:
    if checked.kind == "ods":
        return _OdsScan(name, checked.merges) if member == "content.xml" else None
    if member.startswith("xl/worksheets/") and member.endswith(".xml"):
        return _XlsxScan(name)
    if member.lower().endswith("sharedstrings.xml"):
        # The strings of an .xlsx's cells: text between tags may not grow past _MAX_PIECE.
        return _Scan(name)
    return None  # styles, pictures: counted, not read
