"""Dashboard: what is on this computer and what waits to reach the region."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.store.status import collect_status
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.formatting import number
from bluepacific_desktop.ui.pages.base import Page


class DashboardPage(Page):
    kinds = frozenset(k.value for k in RecordKind)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.labels = {
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
        for kind, text in self.labels.items():
            value = QLabel()
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.count_labels[kind] = value
            form.addRow(text, value)
        self.heading = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(box)
        layout.addStretch(1)
        self.refresh()

    def title(self) -> str:
        return self.tr("Dashboard")

    def refresh(self) -> None:
        status = collect_status(self.ctx.store)
        self.heading.setText(self.tr("Country: %1").replace("%1", status.country or "-"))
        for kind, label in self.count_labels.items():
            label.setText(number(status.live_counts.get(kind.value, 0)))
