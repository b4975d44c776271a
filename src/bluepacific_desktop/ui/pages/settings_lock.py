"""Settings → Lock screen: the minutes without use before the app locks, and the PIN that
unlocks it (set the first time, changed with the current one or the hub password)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from bluepacific_desktop.domain.pin import PIN_MAX_DIGITS
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.lock_screen import pin_problem_words
from bluepacific_desktop.ui.ops import Changed, Job, WriteOp, failure_words
from bluepacific_desktop.workflows import lock
from bluepacific_desktop.workflows.lock import PinRefused


def _pin_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(PIN_MAX_DIGITS)
    return field


class LockBox(QGroupBox):
    pin_saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.minutes = QSpinBox()
        self.minutes.setRange(*lock.IDLE_MINUTES_RANGE)
        self.minutes.editingFinished.connect(self._minutes_chosen)
        self.minutes_label = QLabel()
        self.minutes_label.setBuddy(self.minutes)
        self.current = _pin_field()
        self.current_label = QLabel()
        self.current_label.setBuddy(self.current)
        self.new_pin = _pin_field()
        self.new_label = QLabel()
        self.new_label.setBuddy(self.new_pin)
        self.again = _pin_field()
        self.again_label = QLabel()
        self.again_label.setBuddy(self.again)
        self.again.returnPressed.connect(self._set_pin)
        self.set_button = QPushButton()
        self.set_button.clicked.connect(self._set_pin)
        self.note = QLabel()
        self.note.setWordWrap(True)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.minutes_label, self.minutes)
        form.addRow(self.current_label, self.current)
        form.addRow(self.new_label, self.new_pin)
        form.addRow(self.again_label, self.again)
        form.addRow("", self.set_button)
        form.addRow(self.note)
        self.has_pin = False
        self.kept_minutes = lock.DEFAULT_IDLE_MINUTES
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Lock screen"))
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes_label.setText(self.tr("Lock after this long &without use:"))
        self.minutes.setAccessibleName(self.tr("Minutes without use before the app locks"))
        self.current_label.setText(self.tr("C&urrent PIN (or hub password):"))
        self.current.setAccessibleName(self.tr("Current PIN"))
        self.new_label.setText(self.tr("New &PIN (at least 6 digits):"))
        self.new_pin.setAccessibleName(self.tr("New PIN"))
        self.again_label.setText(self.tr("New PIN &again:"))
        self.again.setAccessibleName(self.tr("New PIN again"))
        self.set_button.setText(
            self.tr("&Change the PIN") if self.has_pin else self.tr("Set the &PIN")
        )
        if not self.note.text():
            self.note.setText(self._summary())

    def _summary(self) -> str:
        if self.has_pin:
            return self.tr(
                "The app locks after these minutes without use, when the computer's session "
                "locks, and on File → Lock now (Ctrl+L). Your PIN or your hub password unlocks it."
            )
        return self.tr(
            "Choose a PIN: the app then locks after these minutes without use, when the "
            "computer's session locks, and on File → Lock now (Ctrl+L). Until a PIN is set, "
            "only the hub password (once signed in) can unlock it."
        )

    def refresh(self) -> None:
        settings = lock.lock_settings(self.ctx.store)
        self.has_pin = settings.has_pin
        self.kept_minutes = settings.idle_minutes
        self.minutes.setValue(settings.idle_minutes)
        self.current.setVisible(self.has_pin)
        self.current_label.setVisible(self.has_pin)
        self.note.clear()
        self.retranslate()

    def _minutes_chosen(self) -> None:
        minutes = self.minutes.value()
        # Also sent when the box merely loses focus, even as its window is being destroyed.
        if minutes == self.kept_minutes or not shiboken6.isValid(self.ctx):
            return
        self.kept_minutes = minutes

        def work(job: Job) -> Changed[int]:
            return Changed(lock.set_idle_minutes(job.store, minutes))

        def done(kept: int) -> None:
            self.note.setText(
                self.tr("Saved: the app locks after %n minutes without use.", None, kept)
            )

        WriteOp(self, self.ctx, work, done, self._failed).run()

    def _set_pin(self) -> None:
        pin, again = self.new_pin.text(), self.again.text()
        current = self.current.text() if self.has_pin else None
        if pin != again:
            self.note.setText(self.tr("The two new PINs are not the same: type it again."))
            return

        def work(job: Job) -> Changed[None]:
            lock.set_pin(job.store, pin, current)  # argon2: 0.1 s, off the GUI thread
            return Changed(None)

        def done(_result: object) -> None:
            for field in (self.current, self.new_pin, self.again):
                field.clear()
            self.refresh()
            self.note.setText(self.tr("PIN saved: it unlocks the app from now on."))
            self.pin_saved.emit()

        WriteOp(self, self.ctx, work, done, self._failed).run()

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, PinRefused):
            self.note.setText(pin_problem_words(exc.problem))
        else:
            self.note.setText(failure_words(exc))
