"""Bar charts drawn by the app itself with QPainter, placed in the text as vector objects."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, QPointF, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPen,
    QPyTextObject,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from bluepacific_desktop.reports.render.pages import BODY_PT, body_font
from bluepacific_wire.axis import ticks

CHART_OBJECT = QTextFormat.ObjectTypes.UserObject + 1
_CHART_ID = QTextFormat.Property.UserProperty + 1


@dataclass(frozen=True)
class Series:
    label: str
    color: str
    values: tuple[int, ...]


@dataclass(frozen=True)
class BarChart:
    title: str
    categories: tuple[str, ...]  # along the x axis
    series: tuple[Series, ...]
    stacked: bool = False  # stacked: one bar per category, its height the sum
    width: float = 1.0  # share of the text width
    height: float = 0.32  # share of the text width, so charts side by side line up
    language: str = "en"  # for the numbers' thousands separators


class ChartObject(QPyTextObject):
    """Qt asks this handler for the size of each chart character and then to paint it."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.charts: list[BarChart] = []

    def intrinsicSize(self, doc: QTextDocument, pos: int, fmt: QTextFormat) -> QSizeF:
        chart = self.charts[int(fmt.property(_CHART_ID))]
        text_width = doc.pageSize().width()
        return QSizeF(text_width * chart.width * 0.98, text_width * chart.height)

    def drawObject(
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        doc: QTextDocument,
        pos: int,
        fmt: QTextFormat,
    ) -> None:
        box = QRectF(rect)
        shown = painter.clipBoundingRect().intersected(box) if painter.hasClipping() else box
        if shown.height() < box.height() - 1:
            # Qt moves a chart that would cross a page break to the next page, yet also asks
            # for it on the page before, where it starts a hair above the break: painted there,
            # its texts would be clipped out of sight but still in the PDF, read by search.
            return
        painter.save()
        try:
            _paint(painter, box, self.charts[int(fmt.property(_CHART_ID))])
        finally:
            painter.restore()


def install(document: QTextDocument) -> ChartObject:
    handler = ChartObject(document)
    document.documentLayout().registerHandler(CHART_OBJECT, handler)
    return handler


def insert(cursor: QTextCursor, handler: ChartObject, chart: BarChart) -> None:
    fmt = QTextCharFormat()
    fmt.setObjectType(CHART_OBJECT)
    fmt.setProperty(_CHART_ID, len(handler.charts))
    handler.charts.append(chart)
    cursor.insertText("\ufffc", fmt)


def _paint(p: QPainter, rect: QRectF, chart: BarChart) -> None:
    locale = QLocale(
        QLocale.Language.French if chart.language == "fr" else QLocale.Language.English,
        QLocale.Country.AnyCountry,
    )
    font = body_font()
    font.setPointSizeF(BODY_PT * 0.85)
    p.setFont(font)
    metrics = QFontMetricsF(font, p.device())
    line = metrics.height()
    title_font = QFont(font)
    title_font.setBold(True)
    p.setFont(title_font)
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), line * 1.3), chart.title)
    p.setFont(font)
    # Plot area: room for the y labels on the left, the legend and x labels below, and a line
    # between the title and the top gridline for the value above the tallest bar.
    top = rect.top() + line * 2.6
    left = rect.left() + metrics.horizontalAdvance("000000")
    legend = _legend_lines(chart.series, rect.right() - left, metrics)
    bottom = rect.bottom() - line * (1.6 + 1.2 * len(legend))
    right = rect.right() - line * 0.5
    totals = [
        sum(s.values[i] for s in chart.series)
        if chart.stacked
        else max((s.values[i] for s in chart.series), default=0)
        for i in range(len(chart.categories))
    ]
    grid = QPen(QColor("#d0d0d0"), 1)
    steps = ticks(max(totals, default=0))
    peak = steps[-1]
    label_right = left - line * 0.3
    for value in steps:
        y = bottom - (bottom - top) * value / peak
        p.setPen(grid)
        p.drawLine(QPointF(left, y), QPointF(right, y))
        p.setPen(QColor("#444444"))
        p.drawText(
            QRectF(rect.left(), y - line / 2, label_right - rect.left(), line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            locale.toString(int(value)),
        )
    count = max(1, len(chart.categories))
    slot = (right - left) / count
    bars = 1 if chart.stacked else max(1, len(chart.series))
    bar = slot * 0.7 / bars
    scale = (bottom - top) / peak
    for i, category in enumerate(chart.categories):
        x0 = left + slot * i + slot * 0.15
        base = bottom
        for j, series in enumerate(chart.series):
            height = series.values[i] * scale
            x = x0 if chart.stacked else x0 + bar * j
            y = base - height if chart.stacked else bottom - height
            p.fillRect(QRectF(x, y, bar, height), QColor(series.color))
            if chart.stacked:
                base -= height
            elif series.values[i]:
                box = _inside(_over(x, bar, slot, y - line, line), left, right)
                _label(p, box, series.values[i], locale)
        if chart.stacked and totals[i]:
            box = _inside(_over(x0, bar, slot, base - line, line), left, right)
            _label(p, box, totals[i], locale)
        p.setPen(QColor("#222222"))
        p.drawText(
            QRectF(left + slot * i, bottom + line * 0.2, slot, line),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            category,
        )
    p.setPen(QPen(QColor("#444444"), 2))
    p.drawLine(QPointF(left, bottom), QPointF(right, bottom))
    _legend(p, QRectF(left, bottom + line * 1.5, right - left, line), legend, metrics)


def _over(x: float, bar: float, slot: float, top: float, line: float) -> QRectF:
    """The box of a value above the bar at `x`: centred on it, as wide as its category's slot
    at most (a wider one, pushed right of the axis, would sit beside the bar, not over it)."""
    width = max(bar, min(bar * 3, slot))
    return QRectF(x + bar / 2 - width / 2, top, width, line)


def _inside(box: QRectF, left: float, right: float) -> QRectF:
    """A value's box moved right of the y axis's labels and left of the plot's edge."""
    box.setWidth(min(box.width(), right - left))
    if box.left() < left:
        box.moveLeft(left)
    if box.right() > right:
        box.moveRight(right)
    return box


def _label(p: QPainter, box: QRectF, value: int, locale: QLocale) -> None:
    p.setPen(QColor("#222222"))
    p.drawText(
        box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, locale.toString(value)
    )


def _legend_lines(
    series: tuple[Series, ...], width: float, metrics: QFontMetricsF
) -> list[list[Series]]:
    """Legend entries in lines that fit the chart's width (narrow charts get two lines)."""
    swatch = metrics.height() * 0.7
    lines: list[list[Series]] = [[]]
    used = 0.0
    for s in series:
        need = swatch * 3.4 + metrics.horizontalAdvance(s.label)
        if lines[-1] and used + need > width:
            lines.append([])
            used = 0.0
        lines[-1].append(s)
        used += need
    return lines


def _legend(p: QPainter, box: QRectF, lines: list[list[Series]], metrics: QFontMetricsF) -> None:
    swatch = metrics.height() * 0.7
    for row, entries in enumerate(lines):
        x = box.left()
        top = box.top() + row * metrics.height() * 1.2
        for s in entries:
            p.fillRect(QRectF(x, top + metrics.height() * 0.15, swatch, swatch), QColor(s.color))
            x += swatch * 1.4
            p.setPen(QColor("#222222"))
            width = metrics.horizontalAdvance(s.label) + 2
            left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            p.drawText(QRectF(x, top, width, metrics.height()), left, s.label)
            x += width + swatch * 2


def paint_chart(painter: QPainter, rect: QRectF, chart: BarChart) -> None:
    """Draw `chart` into `rect`: the same drawing on a PDF page and on a screen (the dashboard)."""
    painter.save()
    try:
        _paint(painter, rect, chart)
    finally:
        painter.restore()
