"""Dashboard: the focal point's to-do list (each item opens the screen that settles it), above
this quarter's figures next to the last quarter's (the printed quarterly summary's code), two
small charts and what is on this computer. Two reads run off the GUI thread: the to-do list
and the counts (quick, shown first) and the figures (aggregations, workflows/dashboard.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bluepacific_desktop.domain.enums import EDITABLE_KINDS, RecordKind
from bluepacific_desktop.reports.figures.country import ReportCountry, report_country
from bluepacific_desktop.store.status import KindCount, record_counts
from bluepacific_desktop.ui.charts import ChartView
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.formatting import number
from bluepacific_desktop.ui.icons import Icon
from bluepacific_desktop.ui.ops import Job, ReadOp
from bluepacific_desktop.ui.pages.base import Page
from bluepacific_desktop.ui.pages.dashboard_todo import ToDoBox
from bluepacific_desktop.ui.sync_controller import SyncController
from bluepacific_desktop.workflows.todo import ToDo, to_do
from bluepacific_wire import REFERENCE_KINDS

if TYPE_CHECKING:
    from bluepacific_desktop.reports.figures.quarterly import PillarFigures
    from bluepacific_desktop.workflows.dashboard import DashboardFigures

# The figures' and the charts' modules load with the figures' first read, after the to-do
# list is on screen: importing them took a tenth of a second of the start-up.

Counted = tuple[ReportCountry, ToDo]
Figured = tuple[dict[str, KindCount], "DashboardFigures"]


def _first_of(month: str) -> QDate:
    year, number = (int(part) for part in month.split("-"))
    return QDate(year, number, 1)


class DashboardPage(Page):
    nav_icon = Icon.DASHBOARD
    # Every count, and the country's name (reference data a pull may bring).
    kinds = frozenset(k.value for k in EDITABLE_KINDS) | REFERENCE_KINDS
    todo_shown = Signal()  # the to-do list is on screen (after every refresh)
    figures_shown = Signal()  # the records' counts, the quarter's figures and the charts too

    def __init__(
        self, ctx: AppContext, sync: SyncController | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self._reading: set[str] = set()  # the reads under way
        self._again: set[str] = set()  # the reads to run once more when they end
        self.figures: DashboardFigures | None = None
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.todo = ToDoBox()
        self.todo.go_to.connect(self.go_to)
        self.sex_chart = ChartView()
        self.usage_chart = ChartView()
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(self.heading)
        # The to-do list above the figures: side by side they were wider than the window at
        # 1280×720 and 125 %.
        layout.addWidget(self.todo)
        layout.addWidget(self._headline_box())
        charts = QHBoxLayout()
        charts.addWidget(self.sex_chart, 1)
        charts.addWidget(self.usage_chart, 1)
        layout.addLayout(charts)
        layout.addWidget(self._counts_box())
        layout.addStretch(1)
        # Scrolls rather than squeezes on a small screen or at 150 % scaling.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        if sync is not None:
            # A sync that changed no record still moves the last sync and what waits.
            sync.finished.connect(lambda _report: self.refresh())
        self.refresh()

    def title(self) -> str:
        return self.tr("Dashboard")

    def _headline_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("This quarter"))
        grid = QGridLayout(box)
        self.quarter_headers = [QLabel(), QLabel()]
        for column, label in enumerate(self.quarter_headers, start=1):
            label.setAlignment(Qt.AlignmentFlag.AlignRight)
            grid.addWidget(label, 0, column)
        self.rows = {
            "sessions": self.tr("Training sessions"),
            "people": self.tr("People trained"),
            "women": self.tr("Women trained"),
            "men": self.tr("Men trained"),
            "female_share": self.tr("Share of women"),
            "searches": self.tr("Database searches"),
            "hits": self.tr("Hits"),
            "engagements": self.tr("Engagements with partners"),
        }
        self.figure_labels: dict[str, list[QLabel]] = {}
        for row, (key, text) in enumerate(self.rows.items(), start=1):
            grid.addWidget(QLabel(text), row, 0)
            cells = [QLabel(), QLabel()]
            for column, cell in enumerate(cells, start=1):
                cell.setAlignment(Qt.AlignmentFlag.AlignRight)
                grid.addWidget(cell, row, column)
            self.figure_labels[key] = cells
        grid.setColumnStretch(0, 1)
        for column in (1, 2):
            grid.setColumnMinimumWidth(column, 90)
        return box

    def _counts_box(self) -> QGroupBox:
        labels = {
            RecordKind.PERSON: self.tr("People"),
            RecordKind.TRAINING_SESSION: self.tr("Training sessions"),
            RecordKind.ATTENDANCE: self.tr("Attendances"),
            RecordKind.CAPABILITY_REPORT: self.tr("Capability reports"),
            RecordKind.CONTACT: self.tr("Contacts"),
            RecordKind.ENGAGEMENT: self.tr("Engagements"),
        }
        self.count_labels: dict[RecordKind, QLabel] = {}
        box = QGroupBox(self.tr("Records on this computer"))
        grid = QGridLayout(box)
        # Three pairs of columns: the six counts take two lines.
        for i, (kind, text) in enumerate(labels.items()):
            value = QLabel()
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.count_labels[kind] = value
            row, pair = divmod(i, 3)
            grid.addWidget(QLabel(text), row, pair * 2)
            grid.addWidget(value, row, pair * 2 + 1)
        for pair in range(3):
            grid.setColumnStretch(pair * 2, 1)
        return box

    def refresh(self) -> None:
        store = self.ctx.store

        def counted(_job: Job) -> Counted:
            with store.read() as session:
                return report_country(session), to_do(session)

        def figures(_job: Job) -> Figured:
            from bluepacific_desktop.workflows.dashboard import dashboard_figures

            # The records on this computer come with the figures: counting 100,000 people
            # is a tenth of a second the to-do list need not wait for.
            counts = record_counts(store)
            with store.read() as session:
                return counts, dashboard_figures(session)

        # One after the other: run side by side, the aggregations' Python would slow the
        # quick to-do list (the GIL), which is what a focal point looks at first.
        self._read(
            "todo",
            counted,
            self._show_todo,
            after=lambda: self._read("figures", figures, self._show_figures),
        )

    @property
    def loading(self) -> bool:
        return bool(self._reading)

    def _read(
        self,
        name: str,
        work: Callable[[Job], Any],
        show: Callable[[Any], None],
        after: Callable[[], None] | None = None,
    ) -> None:
        # A burst of changes while a read runs asks for one more reading, not one each.
        if name in self._reading:
            self._again.add(name)
            return
        self._reading.add(name)

        def ended() -> None:
            self._reading.discard(name)
            if name in self._again:
                self._again.discard(name)
                self._read(name, work, show, after)
            elif after is not None:
                after()

        def done(result: Any) -> None:
            show(result)
            ended()

        # What is shown stays as it was if it cannot be read (the failure is logged): this
        # runs after every change, where a message box each time would only get in the way.
        ReadOp(self, self.ctx, work, done, lambda _exc: ended()).run()

    def _show_todo(self, result: Counted) -> None:
        country, todo = result
        self.heading.setText(self.tr("Country: %1").replace("%1", country.name(self._language())))
        self.todo.show_todo(todo)
        self.todo_shown.emit()

    def _show_figures(self, result: Figured) -> None:
        from bluepacific_desktop.reports.render.pillars_pdf import sex_chart, usage_chart
        from bluepacific_desktop.reports.render.qt import Formats

        counts, figures = result
        for kind, label in self.count_labels.items():
            label.setText(number(counts[kind.value].live))
        self.figures = figures
        summary = figures.summary
        for label, pillars in zip(
            self.quarter_headers, (summary.current, summary.previous), strict=True
        ):
            label.setText(pillars.period.quarter or "")
        for column, pillars in enumerate((summary.current, summary.previous)):
            for key, value in self._values(pillars).items():
                self.figure_labels[key][column].setText(value)
        fmt = Formats(self._language())
        self.sex_chart.show_chart(sex_chart(figures.by_quarter, fmt))
        usage = usage_chart(figures.usage, fmt)
        # Twelve months side by side on half a screen: the month's short name alone (the year
        # is in the title).
        months = tuple(fmt.locale.toString(_first_of(m), "MMM") for m in figures.usage.months)
        first, last = figures.usage.months[0], figures.usage.months[-1]
        title = (
            self.tr("Searches and hits per month, %1 – %2")
            .replace("%1", fmt.month(first))
            .replace("%2", fmt.month(last))
        )
        self.usage_chart.show_chart(replace(usage, title=title, categories=months))
        self.figures_shown.emit()

    def _language(self) -> str:
        return "fr" if QLocale().language() == QLocale.Language.French else "en"

    def _values(self, f: PillarFigures) -> dict[str, str]:
        t = f.training.total
        share = t.female_share
        totals = f.capabilities.totals()
        return {
            "sessions": number(t.sessions),
            "people": number(t.people),
            "women": number(t.female),
            "men": number(t.male),
            "female_share": "—" if share is None else f"{number(round(share * 100))} %",
            "searches": number(totals.get("searches", 0)),
            "hits": number(totals.get("hits", 0)),
            "engagements": number(f.cooperation.engagements),
        }
