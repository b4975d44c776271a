"""A bar's value label sits over its bar, also the first bar next to the y axis (seen: a
stacked bar's total pushed right of the axis labels, beside the bar instead of over it)."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from bluepacific_desktop.reports.render.charts import BarChart, Series, paint_chart

BAR = "#8e44ad"


def bar_and_label_columns(chart: BarChart) -> tuple[range, list[int]]:
    image = QImage(720, 260, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_chart(painter, QRectF(0, 0, 720, 260), chart)
    painter.end()
    bar = [
        (x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).name() == BAR
    ]
    # The bar's columns are purple over many rows; the legend's swatch over a few.
    heights = Counter(x for x, _ in bar)
    xs = [x for x, h in heights.items() if h > 30]
    top = min(y for x, y in bar if x in xs)
    # Dark text just above the bar's top and right of the y axis's labels: its value label.
    text = [
        x
        for x in range(min(xs) - 10, image.width())
        for y in range(max(0, top - 22), top)
        if image.pixelColor(x, y).lightness() < 90
    ]
    return range(min(xs), max(xs) + 1), text


def test_the_first_stacked_bars_total_is_over_the_bar() -> None:
    chart = BarChart(
        "People trained by sex per quarter",
        ("2026Q1", "2026Q2", "2026Q3", "2026Q4"),
        (Series("Women", BAR, (42, 0, 0, 0)),),
        stacked=True,
    )
    bar, text = bar_and_label_columns(chart)
    assert text, "no value label above the bar"
    centre = (min(text) + max(text)) / 2
    assert bar.start <= centre <= bar.stop, (bar, min(text), max(text))
    # Centred within a few pixels, not merely touching the bar.
    assert abs(centre - (bar.start + bar.stop) / 2) < 6
