"""A sign-in sheet as an XLSX template to fill on a laptop: the session's code and title at
the top, then the sheet's columns (domain/sheet_columns.py) with the registered attendees and
their row ids, and blank rows for walk-ins. The import reads it back (io/importing/sign_in.py).

The desktop ships no XLSX writer (python-calamine only reads), so the workbook is the minimal
SpreadsheetML that Excel, LibreOffice and calamine open: one sheet of inline strings, written
with zipfile. Texts are cells of type "inlineStr", never formulas, so a name starting with "="
stays a name."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from bluepacific_desktop.domain.sheet_codes import printed_session_code
from bluepacific_desktop.domain.sheet_columns import SESSION_CODE_LABEL, SEX_MARKS, SHEET_COLUMNS
from bluepacific_desktop.domain.sign_in_sheet import SignInSheet
from bluepacific_desktop.files import replacing_path

# Characters XML 1.0 cannot hold: control characters but tab, LF, CR.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# The line of the column headers (1-based); the importer looks for it in the first 10 lines.
HEADER_LINE = 5

_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_OOXML = "application/vnd.openxmlformats-officedocument.spreadsheetml"
_PKG = "http://schemas.openxmlformats.org/package/2006"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CONTENT_TYPES = (
    f'{_XML}<Types xmlns="{_PKG}/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/xl/workbook.xml" ContentType="{_OOXML}.sheet.main+xml"/>'
    f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_OOXML}.worksheet+xml"/>'
    f'<Override PartName="/xl/styles.xml" ContentType="{_OOXML}.styles+xml"/>'
    "</Types>"
)
_ROOT_RELS = (
    f'{_XML}<Relationships xmlns="{_PKG}/relationships">'
    f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
_WORKBOOK_RELS = (
    f'{_XML}<Relationships xmlns="{_PKG}/relationships">'
    f'<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{_REL}/styles" Target="styles.xml"/>'
    "</Relationships>"
)
# Two cell styles: 0 plain, 1 bold (the headers and the code).
_STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)  # fmt: skip


def _workbook(name: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<sheets><sheet name="{escape(name, {chr(34): "&quot;"})}" sheetId="1" r:id="rId1"/>'
        "</sheets></workbook>"
    )


def _column(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _row(line: int, cells: Sequence[str], bold: bool = False) -> str:
    style = ' s="1"' if bold else ""
    out = []
    for i, text in enumerate(cells):
        if not text:
            continue
        value = escape(_ILLEGAL.sub("", text))
        out.append(
            f'<c r="{_column(i)}{line}" t="inlineStr"{style}><is><t xml:space="preserve">'
            f"{value}</t></is></c>"
        )
    return f'<row r="{line}">{"".join(out)}</row>'


def _sheet_xml(sheet: SignInSheet, language: str) -> str:
    where = " · ".join(
        part
        for part in (
            sheet.start_date.isoformat()
            if sheet.start_date == sheet.end_date
            else f"{sheet.start_date.isoformat()} – {sheet.end_date.isoformat()}",
            sheet.location or "",
            sheet.organiser or "",
        )
        if part
    )
    rows = [
        _row(1, [SESSION_CODE_LABEL[language], printed_session_code(sheet.code)], bold=True),
        _row(2, [sheet.title(language)], bold=True),
        _row(3, [where]),
        _row(HEADER_LINE, [c.header(language) for c in SHEET_COLUMNS], bold=True),
    ]
    marks = SEX_MARKS[language]
    line = HEADER_LINE
    for attendee in sheet.rows:
        line += 1
        values = {
            "row_id": attendee.row_id,
            "name": attendee.name,
            "sex": marks.get(attendee.sex, ""),
            "agency": attendee.agency,
            "rank": attendee.rank,
        }
        rows.append(_row(line, [values.get(c.key, "") for c in SHEET_COLUMNS]))
    # The walk-ins' rows are left empty: a spreadsheet has room below for as many as come.
    widths = "".join(
        f'<col min="{i + 1}" max="{i + 1}" width="{max(8.0, c.width * 120):.1f}" customWidth="1"/>'
        for i, c in enumerate(SHEET_COLUMNS)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<cols>{widths}</cols><sheetData>{''.join(rows)}</sheetData></worksheet>"
    )


def template_bytes(sheet: SignInSheet, language: str) -> bytes:
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as book:
        book.writestr("[Content_Types].xml", _CONTENT_TYPES)
        book.writestr("_rels/.rels", _ROOT_RELS)
        book.writestr("xl/workbook.xml", _workbook(printed_session_code(sheet.code)))
        book.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        book.writestr("xl/styles.xml", _STYLES)
        book.writestr("xl/worksheets/sheet1.xml", _sheet_xml(sheet, language))
    return buffer.getvalue()


def write_template(sheet: SignInSheet, path: Path, language: str) -> None:
    """Write the template to `path` (replaced only once whole)."""
    data = template_bytes(sheet, language)
    with replacing_path(path) as tmp:
        tmp.write_bytes(data)
