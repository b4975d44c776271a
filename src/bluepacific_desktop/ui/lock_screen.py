"""The lock screen's window: the PIN or the hub password, the wait after wrong PINs, and the
PIN rules in words (shared with Settings → Lock screen). It shows no record: the windows it
stands in front of are covered by ui/lock_guard.py."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bluepacific_desktop.domain.pin import PIN_MAX_DIGITS, PIN_MIN_DIGITS, PinProblem
from bluepacific_desktop.i18n.formats import fill
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.icons import Icon, icon
from bluepacific_desktop.ui.ops import Changed, Job, NetworkOp, WriteOp, failure_words
from bluepacific_desktop.ui.style import make_heading
from bluepacific_desktop.workflows import lock
from bluepacific_desktop.workflows.lock import Attempt, LockSettings, Outcome


def pin_problem_words(problem: PinProblem | None) -> str:
    """Why a new PIN is refused (None: the current PIN given to change it was wrong)."""
    if problem is PinProblem.NOT_DIGITS:
        return QCoreApplication.translate("LockWords", "A PIN is made of digits only (0 to 9).")
    if problem is PinProblem.TOO_SHORT:
        return fill(
            QCoreApplication.translate("LockWords", "A PIN has at least %1 digits."),
            str(PIN_MIN_DIGITS),
        )
    if problem is PinProblem.TOO_LONG:
        return fill(
            QCoreApplication.translate("LockWords", "A PIN has at most %1 digits."),
            str(PIN_MAX_DIGITS),
        )
    if problem is PinProblem.TRIVIAL:
        return QCoreApplication.translate(
            "LockWords",
            "This PIN is too easy to guess (the same digit, a run such as 123456, a repeated "
            "pattern or a very common PIN). Choose another.",
        )
    return QCoreApplication.translate(
        "LockWords", "The current PIN is not right: the PIN was not changed."
    )


def wait_words(seconds: float) -> str:
    whole = max(1, math.ceil(seconds))
    if whole < 120:
        return QCoreApplication.translate(
            "LockWords",
            "Too many wrong PINs: wait %n seconds, or use your hub password.",
            None,
            whole,
        )
    return QCoreApplication.translate(
        "LockWords",
        "Too many wrong PINs: wait %n minutes, or use your hub password.",
        None,
        math.ceil(whole / 60),
    )


class LockWindow(QWidget):
    """In front of every window while the app is locked; `unlocked` when a PIN or the hub
    password was right. It cannot be closed: only unlocking ends the lock."""

    unlocked = Signal()

    def __init__(self, ctx: AppContext, settings: LockSettings) -> None:
        # Not "stay on top": over the app's windows only (ui/lock_guard.py raises it), never over
        # the other programs of a computer left for a moment.
        super().__init__(None, Qt.WindowType.Window)
        self.ctx = ctx
        self.setObjectName("lockWindow")
        # Above any dialog, modal or not, that was open when the lock came.
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        # Set apart from the veils behind it (window grey) by the fields' own colour.
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.picture = QLabel()
        self.picture.setPixmap(icon(Icon.LOCK).pixmap(48, 48))
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading = make_heading(QLabel(), 1)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(PIN_MAX_DIGITS)
        self.pin.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.pin.returnPressed.connect(self.try_pin)
        self.pin_button = QPushButton()
        self.pin_button.clicked.connect(self.try_pin)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self.try_password)
        self.password_button = QPushButton()
        self.password_button.clicked.connect(self.try_password)
        self.pin_label = QLabel()
        self.pin_label.setBuddy(self.pin)
        self.password_label = QLabel()
        self.password_label.setBuddy(self.password)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setAccessibleName("lock note")
        form = QFormLayout()
        form.addRow(self.pin_label, self.pin)
        form.addRow("", self.pin_button)
        form.addRow(self.password_label, self.password)
        form.addRow("", self.password_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addStretch(1)
        layout.addWidget(self.picture)
        layout.addWidget(self.heading)
        layout.addWidget(self.explain)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.has_pin = settings.has_pin
        for widget in (self.pin_label, self.pin, self.pin_button):
            widget.setVisible(settings.has_pin)
        self.checking = False
        self.wait_timer = QTimer(self)
        self.wait_timer.setInterval(1000)
        self.wait_timer.timeout.connect(self._count_down)
        self.retranslate()
        self.resize(520, 400)
        left = lock.wait_left(ctx.store)
        if left > 0:  # the wait after wrong PINs outlives a restart
            self._waiting(left)

    def retranslate(self) -> None:
        self.setWindowTitle(
            QCoreApplication.translate("LockWords", "Blue Pacific Desktop is locked")
        )
        self.heading.setText(
            QCoreApplication.translate("LockWords", "Blue Pacific Desktop is locked")
        )
        self.explain.setText(
            QCoreApplication.translate(
                "LockWords",
                "Your records are hidden while you are away. Type your PIN or your hub "
                "password to go on: whatever you were typing is still there.",
            )
            if self.has_pin
            else QCoreApplication.translate(
                "LockWords",
                "Your records are hidden while you are away. Type your hub password to go on: "
                "whatever you were typing is still there.",
            )
        )
        self.pin_label.setText(QCoreApplication.translate("LockWords", "&PIN:"))
        self.pin.setAccessibleName(QCoreApplication.translate("LockWords", "PIN"))
        self.pin_button.setText(QCoreApplication.translate("LockWords", "&Unlock"))
        self.password_label.setText(QCoreApplication.translate("LockWords", "&Hub password:"))
        self.password.setAccessibleName(QCoreApplication.translate("LockWords", "Hub password"))
        self.password_button.setText(
            QCoreApplication.translate("LockWords", "Unlock with the &hub password")
        )

    def start(self) -> None:
        (self.pin if self.has_pin else self.password).setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()  # Alt+F4 does not unlock

    # -- checks, off the GUI thread (argon2: 0.1 s; the hub password may ask the hub) ----------

    def try_pin(self) -> None:
        pin = self.pin.text()
        if self.checking or not pin or not self.pin_button.isEnabled():
            return
        self.checking = True

        def work(job: Job) -> Changed[Attempt]:
            return Changed(lock.try_pin(job.store, pin))

        WriteOp(self, self.ctx, work, self._answered, self._failed).run()

    def try_password(self) -> None:
        password = self.password.text()
        if self.checking or not password:
            return
        self.checking = True
        self.note.setText(QCoreApplication.translate("LockWords", "Checking the hub password…"))

        def work(job: Job) -> Changed[Attempt]:
            return Changed(lock.try_hub_password(job.store, password))

        NetworkOp(self, self.ctx, work, self._answered, self._failed).run()

    def _failed(self, exc: Exception) -> None:
        self.checking = False
        self.note.setText(failure_words(exc))

    def _answered(self, attempt: Attempt) -> None:
        self.checking = False
        self.pin.clear()
        self.password.clear()
        if attempt.outcome is Outcome.UNLOCKED:
            self.note.clear()
            self.wait_timer.stop()
            self.unlocked.emit()
            return
        if attempt.outcome is Outcome.CANNOT_CHECK:
            self.note.setText(
                QCoreApplication.translate(
                    "LockWords",
                    "The hub password cannot be checked: this computer has not signed in to "
                    "the hub with this version yet, and the hub cannot be reached. Use your "
                    "PIN, or connect and try again.",
                )
            )
            return
        if attempt.wait_s > 0:
            self._waiting(attempt.wait_s)
            return
        is_pin = attempt.wrong_in_a_row > 0
        self.note.setText(
            fill(
                QCoreApplication.translate("LockWords", "Wrong PIN (%1 in a row). Try again."),
                attempt.wrong_in_a_row,
            )
            if is_pin
            else QCoreApplication.translate("LockWords", "Wrong hub password. Try again.")
        )

    def _waiting(self, seconds: float) -> None:
        self.wait_left = seconds
        self.pin_button.setEnabled(False)
        self.pin.setEnabled(False)
        self.note.setText(wait_words(seconds))
        self.wait_timer.start()
        if self.password.isVisible() or not self.isVisible():
            self.password.setFocus()

    def _count_down(self) -> None:
        self.wait_left = lock.wait_left(self.ctx.store)
        if self.wait_left <= 0:
            self.wait_timer.stop()
            self.pin_button.setEnabled(True)
            self.pin.setEnabled(True)
            self.note.setText(
                QCoreApplication.translate("LockWords", "You can type your PIN again.")
            )
            self.pin.setFocus()
            return
        self.note.setText(wait_words(self.wait_left))
