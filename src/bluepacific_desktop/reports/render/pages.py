"""Lays a report document out on A4 or US Letter pages and writes the PDF, header and footer."""

from __future__ import annotations

import errno
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from bluepacific_desktop.files import replacing_path

# 300 dots per inch: fine enough for print, small enough that layout numbers stay readable.
DPI = 300
PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARGINS_MM = QMarginsF(15, 14, 15, 14)
HEADER_PT = 8.0
BODY_PT = 8.5
# "/Type /Pages … /Count N" in the PDF's page tree: how many pages the file says it holds.
_PAGE_TREE = re.compile(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)", re.S)


@dataclass(frozen=True)
class PageHeader:
    """What every page repeats: the report's title, country, period and when it was made."""

    title: str
    country: str
    period: str
    generated: str


def new_writer(target: str | QBuffer, page: str) -> QPdfWriter:
    writer = QPdfWriter(target)
    writer.setResolution(DPI)
    writer.setCreator("Blue Pacific Desktop")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(PAGE_SIZES[page]),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    return writer


def body_font() -> QFont:
    font = QFont()
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(BODY_PT)
    return font


def _points(pt: float, dpi: int = DPI) -> float:
    return pt * dpi / 72


def _header_height(dpi: int = DPI) -> float:
    return _points(HEADER_PT, dpi) * 4.2


def _footer_height(dpi: int = DPI) -> float:
    return _points(HEADER_PT, dpi) * 2.5


def _lay_out(document: QTextDocument, device: QPagedPaintDevice, scale: float) -> float:
    """Lay the document out on the device's page, `scale` times smaller; returns by how much
    its widest line or table passes the text width (0 when everything fits)."""
    dpi = device.logicalDpiY()
    body = device.pageLayout().paintRectPixels(dpi)
    width = body.width() / scale
    height = (body.height() - _header_height(dpi) - _footer_height(dpi)) / scale
    document.setPageSize(QSizeF(width, height))
    return max(0.0, document.documentLayout().documentSize().width() - width)


def prepare(document: QTextDocument, device: QPagedPaintDevice) -> float:
    """Lay the document out for the device's pages, leaving room for header and footer, so
    that nothing passes the right margin; returns the scale its text is painted at.

    In the device's own pixels: a QPdfWriter at DPI, or a printer at whatever it prints.
    A table wider than the text width (Qt's tables never wrap inside a word, so long French
    headers can push one past the margin, where the page would cut its last columns) turns
    the pages landscape; if even that is too narrow, the text is set smaller until it fits.
    """
    dpi = device.logicalDpiY()
    document.documentLayout().setPaintDevice(device)
    document.setDocumentMargin(0)
    # A table's border may pass the margin by a few pixels of rounding: a quarter millimetre.
    slack = dpi / 100
    if _lay_out(document, device, 1.0) <= slack:
        return 1.0
    if device.pageLayout().orientation() == QPageLayout.Orientation.Portrait:
        device.setPageOrientation(QPageLayout.Orientation.Landscape)
        if _lay_out(document, device, 1.0) <= slack:
            return 1.0
    scale = 1.0
    for _ in range(8):  # a smaller scale reflows the text: a few rounds settle it
        text_width = document.pageSize().width()
        over = _lay_out(document, device, scale)
        if over <= slack:
            break
        scale *= text_width / (text_width + over)
    return scale


def _draw_header(painter: QPainter, width: float, header: PageHeader, dpi: int) -> None:
    painter.save()
    font = body_font()
    font.setPointSizeF(HEADER_PT)
    line = _points(HEADER_PT, dpi) * 1.45
    left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    bold = QFont(font)
    bold.setBold(True)
    painter.setFont(bold)
    painter.drawText(QRectF(0, 0, width, line), left, header.title)
    painter.drawText(QRectF(0, 0, width, line), right, header.country)
    painter.setFont(font)
    painter.setPen(QColor("#444444"))
    painter.drawText(QRectF(0, line, width, line), left, header.period)
    painter.drawText(QRectF(0, line, width, line), right, header.generated)
    painter.setPen(QPen(QColor("#1f4e79"), _points(0.8, dpi)))
    painter.drawLine(QPointF(0, line * 2.3), QPointF(width, line * 2.3))
    painter.restore()


def _draw_footer(
    painter: QPainter, top: float, width: float, page: int, pages: int, dpi: int
) -> None:
    painter.save()
    font = body_font()
    font.setPointSizeF(HEADER_PT)
    painter.setFont(font)
    painter.setPen(QColor("#444444"))
    text = QCoreApplication.translate("Report", "Page {page} of {pages}").format(
        page=page, pages=pages
    )
    painter.drawText(
        QRectF(0, top, width, _footer_height(dpi)),
        Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
        text,
    )
    painter.restore()


def pdf_page_count(data: bytes) -> int | None:
    """The page count a complete PDF declares in its page tree, or None if it is cut short."""
    if not data.startswith(b"%PDF-") or not data.rstrip().endswith(b"%%EOF"):
        return None
    found = _PAGE_TREE.search(data)
    return int(found.group(1)) if found else None


def write_pdf(
    document: QTextDocument, path: Path, page: str, header: PageHeader, *, private: bool = False
) -> int:
    """Paint every page in memory, check the PDF is whole, then replace `path` with it
    (`private`: created readable by its owner only, for a file of one person's data).

    Qt's PDF writer reports no disk error (a full disk gives a short file and nothing else), so
    the bytes are written by Python, whose errors say what happened, and only once complete.
    """
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = new_writer(buffer, page)
    writer.setTitle(f"{header.title} – {header.country} – {header.period}")
    pages = paint_pages(document, writer, header)
    del writer  # the writer finishes the file when it goes
    data = bytes(buffer.data().data())
    if pdf_page_count(data) != pages:
        raise OSError(errno.EIO, f"The PDF of {pages} pages could not be completed")

    with replacing_path(path, private=private) as tmp:
        tmp.write_bytes(data)
    return pages


def paint_pages(document: QTextDocument, device: QPagedPaintDevice, header: PageHeader) -> int:
    """Lay out and paint every page on a PDF writer or a printer (its page layout as set)."""
    dpi = device.logicalDpiY()
    scale = prepare(document, device)
    pages = document.pageCount()
    page_height = document.pageSize().height()
    width = document.pageSize().width()
    page_width = width * scale
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("The PDF file or the printer cannot be opened for painting")
    try:
        for index in range(pages):
            if index:
                device.newPage()
            _draw_header(painter, page_width, header, dpi)
            painter.save()
            painter.translate(0, _header_height(dpi))
            painter.scale(scale, scale)
            painter.translate(0, -index * page_height)
            clip = QRectF(0, index * page_height, width, page_height)
            painter.setClipRect(clip)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = clip
            document.documentLayout().draw(painter, context)
            painter.restore()
            _draw_footer(
                painter,
                _header_height(dpi) + page_height * scale,
                page_width,
                index + 1,
                pages,
                dpi,
            )
    finally:
        finished = painter.end()
    if not finished:
        raise OSError(errno.EIO, "The PDF file or the printer could not finish the pages")
    return pages
