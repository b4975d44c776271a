"""Lays a report document out on A4 or US Letter pages and writes the PDF, header and footer."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

# 300 dots per inch: fine enough for print, small enough that layout numbers stay readable.
DPI = 300
PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARGINS_MM = QMarginsF(15, 14, 15, 14)
HEADER_PT = 8.0
BODY_PT = 8.5


@dataclass(frozen=True)
class PageHeader:
    """What every page repeats: the report's title, country, period and when it was made."""

    title: str
    country: str
    period: str
    generated: str


def new_writer(path: Path, page: str) -> QPdfWriter:
    writer = QPdfWriter(str(path))
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


def _points(pt: float) -> float:
    return pt * DPI / 72


def _header_height() -> float:
    return _points(HEADER_PT) * 4.2


def _footer_height() -> float:
    return _points(HEADER_PT) * 2.5


def prepare(document: QTextDocument, writer: QPdfWriter) -> None:
    """Lay the document out for the writer's pages, leaving room for header and footer."""
    document.documentLayout().setPaintDevice(writer)
    document.setDocumentMargin(0)
    body = writer.pageLayout().paintRectPixels(DPI)
    document.setPageSize(QSizeF(body.width(), body.height() - _header_height() - _footer_height()))


def _draw_header(
    painter: QPainter, width: float, header: PageHeader, page: int, pages: int
) -> None:
    painter.save()
    font = body_font()
    font.setPointSizeF(HEADER_PT)
    line = _points(HEADER_PT) * 1.45
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
    painter.setPen(QPen(QColor("#1f4e79"), _points(0.8)))
    painter.drawLine(QPointF(0, line * 2.3), QPointF(width, line * 2.3))
    painter.restore()


def _draw_footer(painter: QPainter, top: float, width: float, page: int, pages: int) -> None:
    painter.save()
    font = body_font()
    font.setPointSizeF(HEADER_PT)
    painter.setFont(font)
    painter.setPen(QColor("#444444"))
    text = QCoreApplication.translate("Report", "Page {page} of {pages}").format(
        page=page, pages=pages
    )
    painter.drawText(
        QRectF(0, top, width, _footer_height()),
        Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
        text,
    )
    painter.restore()


def write_pdf(document: QTextDocument, path: Path, page: str, header: PageHeader) -> int:
    """Write every page to a temporary file, then rename it: never a half-written PDF."""
    tmp = path.with_name(f".{path.name}.part")
    try:
        writer = new_writer(tmp, page)
        writer.setTitle(f"{header.title} – {header.country} – {header.period}")
        prepare(document, writer)
        pages = document.pageCount()
        page_height = document.pageSize().height()
        width = document.pageSize().width()
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError(f"Cannot write the PDF file {path}")
        try:
            for index in range(pages):
                if index:
                    writer.newPage()
                _draw_header(painter, width, header, index + 1, pages)
                painter.save()
                painter.translate(0, _header_height() - index * page_height)
                clip = QRectF(0, index * page_height, width, page_height)
                painter.setClipRect(clip)
                context = QAbstractTextDocumentLayout.PaintContext()
                context.clip = clip
                document.documentLayout().draw(painter, context)
                painter.restore()
                _draw_footer(painter, _header_height() + page_height, width, index + 1, pages)
        finally:
            painter.end()
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return pages
