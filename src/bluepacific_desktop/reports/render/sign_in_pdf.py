"""Sign-in sheets as PDF pages: landscape A4 or Letter, English or French; every page heads
with the session's title, dates, place and its session code (so a loose page still says which
session it belongs to), then a ruled table: the registered attendees with their row ids, then
blank rows for the walk-ins. Drawn with QPainter on the report machinery's PDF writer; written
only once whole, through files.replacing_path."""

from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from bluepacific_desktop.domain.sheet_codes import printed_session_code
from bluepacific_desktop.domain.sheet_columns import SEX_MARKS, SHEET_COLUMNS
from bluepacific_desktop.domain.sign_in_sheet import SheetRow, SignInSheet
from bluepacific_desktop.files import replacing_path
from bluepacific_desktop.reports.render.pages import DPI, PAGE_SIZES, pdf_page_count
from bluepacific_desktop.reports.render.qt import Formats, ensure_qt_app, translating

LANGUAGES = ("en", "fr")
NAVY = QColor("#1f3a5f")
GREY = QColor("#444444")
MARGIN_MM = 12.0
# A row tall enough to sign in and to write a score by hand.
ROW_MM = 10.0
HEAD_MM = 30.0


def _mm(value: float) -> float:
    return value * DPI / 25.4


def _font(pt: float, *, bold: bool = False) -> QFont:
    font = QFont("DejaVu Sans")
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPixelSize(max(1, round(pt * DPI / 72)))
    font.setBold(bold)
    return font


def _dates(sheet: SignInSheet, fmt: Formats) -> str:
    if sheet.start_date == sheet.end_date:
        return fmt.day(sheet.start_date)
    return QCoreApplication.translate("Report", "{start} to {end}").format(
        start=fmt.day(sheet.start_date), end=fmt.day(sheet.end_date)
    )


def _cells(row: SheetRow | None, language: str) -> dict[str, str]:
    if row is None:
        return {}
    return {
        "row_id": row.row_id,
        "name": row.name,
        "sex": SEX_MARKS[language].get(row.sex, ""),
        "agency": row.agency,
        "rank": row.rank,
    }


def _paint_head(
    painter: QPainter, area: QRectF, sheet: SignInSheet, fmt: Formats, page: int, pages: int
) -> None:
    lang = fmt.language
    code_width = area.width() * 0.28
    left = QRectF(area.left(), area.top(), area.width() - code_width, area.height())
    right = QRectF(area.right() - code_width, area.top(), code_width, area.height())
    top_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
    painter.setPen(GREY)
    painter.setFont(_font(9))
    line = _mm(5)
    painter.drawText(
        QRectF(left.left(), left.top(), left.width(), line),
        top_left,
        QCoreApplication.translate(
            "Report", "Sign-in sheet · Project Blue Pacific · {country}"
        ).format(country=sheet.country(lang)),
    )
    painter.setPen(NAVY)
    painter.setFont(_font(15, bold=True))
    title = QRectF(left.left(), left.top() + line, left.width(), _mm(8))
    painter.drawText(title, top_left | Qt.TextFlag.TextSingleLine, sheet.title(lang))
    painter.setPen(GREY)
    painter.setFont(_font(10))
    where = _dates(sheet, fmt)
    if sheet.location:
        where = f"{where} · {sheet.location}"
    if sheet.organiser:
        where = f"{where} · {sheet.organiser}"
    painter.drawText(
        QRectF(left.left(), title.bottom() + _mm(1), left.width(), _mm(6)), top_left, where
    )
    # The code in a box, big enough to read from a photo of the page.
    box = QRectF(right.left(), right.top(), right.width(), _mm(17))
    painter.setPen(QPen(NAVY, _mm(0.5)))
    painter.drawRect(box)
    painter.setFont(_font(8))
    painter.setPen(GREY)
    centre = Qt.AlignmentFlag.AlignHCenter
    painter.drawText(
        box.adjusted(0, _mm(1.2), 0, 0),
        centre | Qt.AlignmentFlag.AlignTop,
        QCoreApplication.translate("Report", "Session code"),
    )
    painter.setFont(_font(18, bold=True))
    painter.setPen(NAVY)
    painter.drawText(
        box.adjusted(0, 0, 0, -_mm(1.2)),
        centre | Qt.AlignmentFlag.AlignBottom,
        printed_session_code(sheet.code),
    )
    painter.setFont(_font(8))
    painter.setPen(GREY)
    painter.drawText(
        QRectF(right.left(), box.bottom() + _mm(1), right.width(), _mm(5)),
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
        QCoreApplication.translate("Report", "Page {page} of {pages}").format(
            page=page, pages=pages
        ),
    )


def _paint_table(
    painter: QPainter, area: QRectF, rows: list[SheetRow | None], language: str
) -> None:
    widths = [area.width() * c.width / sum(c.width for c in SHEET_COLUMNS) for c in SHEET_COLUMNS]
    height = _mm(ROW_MM)
    pad = _mm(1.5)
    y = area.top()
    # The header row, shaded.
    painter.fillRect(QRectF(area.left(), y, area.width(), _mm(8)), QColor("#e6ecf3"))
    painter.setFont(_font(8.5, bold=True))
    painter.setPen(NAVY)
    x = area.left()
    for column, width in zip(SHEET_COLUMNS, widths, strict=True):
        painter.drawText(
            QRectF(x + pad, y, width - 2 * pad, _mm(8)),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            column.header(language),
        )
        x += width
    y += _mm(8)
    painter.setFont(_font(9))
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
    for row in rows:
        cells = _cells(row, language)
        x = area.left()
        for column, width in zip(SHEET_COLUMNS, widths, strict=True):
            text = cells.get(column.key, "")
            if text:
                painter.setPen(QColor("#000000"))
                painter.drawText(QRectF(x + pad, y, width - 2 * pad, height), flags, text)
            x += width
        y += height
    # The rules: horizontal under every row, vertical between columns.
    painter.setPen(QPen(GREY, _mm(0.25)))
    bottom = y
    y = area.top()
    painter.drawLine(int(area.left()), int(y), int(area.right()), int(y))
    y += _mm(8)
    while y <= bottom + 1:
        painter.drawLine(int(area.left()), int(y), int(area.right()), int(y))
        y += height
    x = area.left()
    for width in [0.0, *widths]:
        x += width
        painter.drawLine(int(x), int(area.top()), int(x), int(bottom))


def _layout(paper: str) -> QPageLayout:
    return QPageLayout(
        QPageSize(PAGE_SIZES[paper]),
        QPageLayout.Orientation.Landscape,
        QMarginsF(0, 0, 0, 0),
        QPageLayout.Unit.Millimeter,
    )


def _pages(sheet: SignInSheet, rows_per_page: int) -> list[list[SheetRow | None]]:
    """The rows of each page: the registered attendees, then blank rows to the end of the last
    page, at least `walk_in_rows` of them (a page more when fewer fit)."""
    registered = len(sheet.rows)
    count = max(1, -(-(registered + sheet.walk_in_rows) // rows_per_page))
    rows: list[SheetRow | None] = [*sheet.rows, *([None] * (count * rows_per_page - registered))]
    return [rows[i : i + rows_per_page] for i in range(0, len(rows), rows_per_page)]


def write_sign_in_pdf(sheet: SignInSheet, path: Path, language: str, paper: str = "a4") -> int:
    """Write the sheet to `path` as one PDF (replaced only once whole); the page count."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    if paper not in PAGE_SIZES:
        raise ValueError(f"unknown paper {paper!r}")
    ensure_qt_app()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setCreator("Blue Pacific Desktop")
    writer.setTitle(f"{sheet.title(language)} {printed_session_code(sheet.code)}")
    writer.setPageLayout(_layout(paper))
    full = writer.pageLayout().fullRectPixels(DPI)
    page_rect = QRectF(0, 0, full.width(), full.height())
    body = page_rect.adjusted(_mm(MARGIN_MM), _mm(MARGIN_MM), -_mm(MARGIN_MM), -_mm(MARGIN_MM))
    head = QRectF(body.left(), body.top(), body.width(), _mm(HEAD_MM))
    table = QRectF(body.left(), head.bottom(), body.width(), body.bottom() - head.bottom())
    rows_per_page = max(1, int((table.height() - _mm(8)) // _mm(ROW_MM)))
    pages = _pages(sheet, rows_per_page)
    with translating(language):
        fmt = Formats(language)
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError("The PDF file cannot be opened for painting")
        try:
            for index, rows in enumerate(pages):
                if index:
                    writer.newPage()
                _paint_head(painter, head, sheet, fmt, index + 1, len(pages))
                _paint_table(painter, table, rows, language)
        finally:
            finished = painter.end()
    if not finished:
        raise OSError(errno.EIO, "The PDF file could not finish the pages")
    del writer  # the writer finishes the file when it goes
    data = bytes(buffer.data().data())
    if pdf_page_count(data) != len(pages):
        raise OSError(errno.EIO, f"The PDF of {len(pages)} pages could not be completed")
    with replacing_path(path) as tmp:
        tmp.write_bytes(data)
    return len(pages)
