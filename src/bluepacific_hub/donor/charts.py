"""The donor pack's charts, drawn by ReportLab's own graphics (the hub's SVG charts would need
svglib to reach a PDF): grouped bars with a legend, each series told apart by its shade and its
place, the numbers themselves in the tables beside them."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart  # type: ignore[import-untyped]
from reportlab.graphics.charts.legends import Legend  # type: ignore[import-untyped]
from reportlab.graphics.shapes import Drawing, String  # type: ignore[import-untyped]
from reportlab.lib import colors  # type: ignore[import-untyped]

# Dark and light enough apart to read in black and white print.
SHADES = (colors.HexColor("#0b4f6c"), colors.HexColor("#7fb8d4"), colors.HexColor("#c9d1da"))
HEIGHT = 190.0


def bar_chart(
    width: float,
    title: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    font: str,
    height: float = HEIGHT,
) -> Drawing:
    """Bars of each (name, values) series over `categories`, a legend under the title."""
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 12, title, fontName=font, fontSize=10))
    chart = VerticalBarChart()
    chart.x, chart.y = 36, 28
    chart.width, chart.height = width - 46, height - 80
    chart.data = [list(values) or [0] for _name, values in series]
    chart.categoryAxis.categoryNames = list(categories) or [""]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    top = max((v for _n, values in series for v in values), default=0)
    chart.valueAxis.valueMax = max(1, top * 1.1)
    chart.valueAxis.forceZero = True
    chart.barSpacing = 1
    chart.groupSpacing = 6
    for i in range(len(series)):
        chart.bars[i].fillColor = SHADES[i % len(SHADES)]
        chart.bars[i].strokeColor = colors.black
        chart.bars[i].strokeWidth = 0.3
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 36, height - 26
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.fontName = font
    legend.fontSize = 8
    legend.dx = legend.dy = 7
    legend.deltax = 90
    legend.colorNamePairs = [(SHADES[i % len(SHADES)], name) for i, (name, _v) in enumerate(series)]
    drawing.add(legend)
    return drawing
