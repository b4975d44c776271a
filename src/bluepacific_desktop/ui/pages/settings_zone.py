"""Settings → Time zone: this laptop's zone among its country's (Kiribati has three, Micronesia
and Papua New Guinea two). "Today", month ends, quarters and deadlines follow it."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.store.device import COUNTRY, device_zone, get_setting, set_device_zone
from bluepacific_desktop.store.models import RefCountry
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.ops import Changed, Job, WriteOp
from bluepacific_desktop.ui.problems import error_words


class ZoneBox(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.zone = QComboBox()
        self.zone.activated.connect(self._chosen)
        self.label = QLabel()
        self.label.setBuddy(self.zone)
        self.note = QLabel()
        self.note.setWordWrap(True)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.label, self.zone)
        form.addRow(self.note)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Time zone"))
        self.label.setText(self.tr("&Time zone of this computer:"))
        self.zone.setAccessibleName(self.tr("Time zone of this computer"))
        self.note.setText(
            self.tr(
                "Today's date, the end of each month, quarters and deadlines on this computer "
                "follow this zone."
            )
        )

    def refresh(self) -> None:
        """The country's zones in their own order (the first is the default), this one's chosen."""
        with self.ctx.store.read() as session:
            code = get_setting(session, COUNTRY)
            row = session.get(RefCountry, code) if code else None
            zones = list(row.zones) if row is not None else []
            current = device_zone(session) if zones else None
        self.zone.clear()
        for zone in zones:
            self.zone.addItem(zone, zone)
        self.zone.setCurrentIndex(max(0, self.zone.findData(current)))
        self.zone.setEnabled(len(zones) > 1)

    def _chosen(self, _index: int) -> None:
        zone = str(self.zone.currentData())

        def work(job: Job) -> Changed[str]:
            with job.store.write() as session:
                set_device_zone(session, zone)
            # Every screen's "today" moves with the zone: each refreshes, whatever it lists.
            return Changed.of(zone, RecordKind)

        def done(_result: object) -> None:
            self.note.setText(
                self.tr("Time zone saved: dates, months and deadlines follow %1 now.").replace(
                    "%1", zone
                )
            )

        WriteOp(self, self.ctx, work, done, lambda exc: self.note.setText(error_words(exc))).run()
