"""A small bar chart on a screen, drawn with QPainter by the reports' own chart code (the same
round axis steps and labels as the printed summaries; no chart library)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

if TYPE_CHECKING:
    # The drawing code loads with the first chart (not at start-up).
    from bluepacific_desktop.reports.render.charts import BarChart


class ChartView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart: BarChart | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(280)

    def sizeHint(self) -> QSize:
        return QSize(420, 210)

    def minimumSizeHint(self) -> QSize:
        return QSize(280, 210)

    def show_chart(self, chart: BarChart) -> None:
        self.chart = chart
        self.setAccessibleName(chart.title)
        # Read out by a screen reader in place of the bars.
        self.setAccessibleDescription(
            "; ".join(
                f"{category}: "
                + ", ".join(f"{series.label} {series.values[i]}" for series in chart.series)
                for i, category in enumerate(chart.categories)
            )
        )
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        # A chart's words are the figures' (read in the old language): it is drawn again when
        # its screen reads them in the new one, and shows nothing of the old meanwhile.
        if event.type() == QEvent.Type.LanguageChange and self.chart is not None:
            self.chart = None
            self.setAccessibleName("")
            self.setAccessibleDescription("")
            self.update()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.chart is None:
            return
        from bluepacific_desktop.reports.render.charts import paint_chart

        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_chart(painter, QRectF(self.rect()).adjusted(6, 4, -6, -4), self.chart)
        painter.end()
