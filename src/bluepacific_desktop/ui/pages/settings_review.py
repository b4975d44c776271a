"""Settings → Review dates: how far ahead "Still correct" sets a contact's next review date
(6 or 12 months; domain/review.py). A contact past due by more than this interval is marked
"not reviewed for long" in the directory and the contacts report."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.domain.review import REVIEW_MONTHS_CHOICES
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.ops import Changed, Job, WriteOp
from bluepacific_desktop.ui.problems import error_words
from bluepacific_desktop.workflows import review


class ReviewBox(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.months = QComboBox()
        for months in REVIEW_MONTHS_CHOICES:
            self.months.addItem("", months)
        self.months.activated.connect(self._chosen)
        self.label = QLabel()
        self.label.setBuddy(self.months)
        self.note = QLabel()
        self.note.setWordWrap(True)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.label, self.months)
        form.addRow(self.note)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Contacts' review dates"))
        self.label.setText(self.tr("&Next review after “Still correct”:"))
        self.months.setAccessibleName(self.tr("Review interval"))
        for i in range(self.months.count()):
            self.months.setItemText(i, self.tr("in %n months", "", int(self.months.itemData(i))))
        self.note.setText(
            self.tr(
                "A contact whose review date passed more than this long ago is marked “not "
                "reviewed for long” in the directory and in the contacts report."
            )
        )

    def refresh(self) -> None:
        with self.ctx.store.read() as session:
            months = review.interval(session)
        self.months.setCurrentIndex(max(0, self.months.findData(months)))

    def _chosen(self, _index: int) -> None:
        months = int(self.months.currentData())

        def work(job: Job) -> Changed[int]:
            with job.store.write() as session:
                review.set_interval(session, months)
            return Changed.of(months, {RecordKind.CONTACT})  # the directory's marks move

        def done(_result: object) -> None:
            self.note.setText(
                self.tr("Saved: “Still correct” now sets the next review in %n months.", "", months)
            )

        WriteOp(self, self.ctx, work, done, lambda exc: self.note.setText(error_words(exc))).run()
