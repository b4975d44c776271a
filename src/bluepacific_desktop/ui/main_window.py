"""The main window: what is on this computer and what waits to reach the region."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.store.status import StoreStatus


class MainWindow(QMainWindow):
    def __init__(self, status: StoreStatus) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Blue Pacific Desktop"))
        self.resize(1200, 700)
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
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.heading)
        layout.addWidget(box)
        layout.addStretch(1)
        self.setCentralWidget(central)
        self.show_status(status)

    def show_status(self, status: StoreStatus) -> None:
        self.heading.setText(self.tr("Country: %1").replace("%1", status.country or "-"))
        for kind, label in self.count_labels.items():
            label.setText(str(status.live_counts.get(kind.value, 0)))
        self.statusBar().showMessage(
            self.tr("Offline · %n change(s) waiting to sync", "", status.pending)
        )
