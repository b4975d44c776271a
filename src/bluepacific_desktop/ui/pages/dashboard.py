"""Dashboard: this quarter's headline figures next to the last quarter's (the same code as the
printed quarterly summary), and what is on this computer."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFormLayout, QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from bluepacific_desktop.domain.enums import EDITABLE_KINDS, RecordKind
from bluepacific_desktop.reports.figures.country import ReportCountry, report_country
from bluepacific_desktop.reports.figures.periods import country_today, quarter_of
from bluepacific_desktop.reports.figures.quarterly import (
    PillarFigures,
    QuarterlySummary,
    quarterly_summary,
)
from bluepacific_desktop.store.status import record_counts
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.formatting import number
from bluepacific_desktop.ui.icons import Icon
from bluepacific_desktop.ui.ops import Job, ReadOp
from bluepacific_desktop.ui.pages.base import Page
from bluepacific_wire import REFERENCE_KINDS


def _quarters(store: Store) -> tuple[ReportCountry, QuarterlySummary]:
    with store.read() as session:
        country = report_country(session)
        today = country_today(country.zone)
        return country, quarterly_summary(session, country.code, quarter_of(today))


class DashboardPage(Page):
    nav_icon = Icon.DASHBOARD
    # Every count, and the country's name (reference data a pull may bring).
    kinds = frozenset(k.value for k in EDITABLE_KINDS) | REFERENCE_KINDS

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self._headline_box())
        layout.addWidget(self._counts_box())
        layout.addStretch(1)
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
            grid.setColumnMinimumWidth(column, 140)
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
        form = QFormLayout(box)
        for kind, text in labels.items():
            value = QLabel()
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.count_labels[kind] = value
            form.addRow(text, value)
        return box

    def refresh(self) -> None:
        # Counting rows is quick; the quarter's figures are aggregations, so they run off the
        # GUI thread and fill in when ready.
        counts = record_counts(self.ctx.store)
        for kind, label in self.count_labels.items():
            label.setText(number(counts[kind.value].live))
        store = self.ctx.store

        def work(_job: Job) -> Any:
            return _quarters(store)

        # The figures stay as they were if they cannot be read (the failure is logged): this
        # runs after every change, where a message box each time would only get in the way.
        ReadOp(self, self.ctx, work, self._show_quarters, lambda _exc: None).run()

    def _show_quarters(self, result: tuple[ReportCountry, QuarterlySummary]) -> None:
        country, summary = result
        french = QLocale().language() == QLocale.Language.French
        self.heading.setText(
            self.tr("Country: %1").replace("%1", country.name("fr" if french else "en"))
        )
        for label, figures in zip(
            self.quarter_headers, (summary.current, summary.previous), strict=True
        ):
            label.setText(figures.period.quarter or "")
        for column, figures in enumerate((summary.current, summary.previous)):
            for key, value in self._values(figures).items():
                self.figure_labels[key][column].setText(value)

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
