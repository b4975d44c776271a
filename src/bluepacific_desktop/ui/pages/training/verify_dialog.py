"""The "Verify a code…" dialog (Training screen): a certificate's verification code checked
offline against this computer's own records — valid, revoked or unknown, with the holder and
the course. The look-up is workflows/certificates.find, off the GUI thread."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bluepacific_desktop.reports.certificate_sheet import CertificateSheet
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.formatting import day
from bluepacific_desktop.ui.ops import Job, ReadOp
from bluepacific_desktop.ui.pages.training.common import ui_language
from bluepacific_desktop.ui.problems import error_words
from bluepacific_desktop.ui.style import ERROR_STYLE
from bluepacific_desktop.workflows import certificates
from bluepacific_wire.certificates import MAX_TYPED, printed_code, read_code


class VerifyCodeDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Verify a certificate"))
        intro = QLabel(
            self.tr(
                "Type the verification code printed on a certificate. It is checked against "
                "this computer's records; a certificate issued on another computer is known "
                "here once both have synced."
            )
        )
        intro.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setMaxLength(MAX_TYPED)
        self.code.setPlaceholderText("ABCDE-FGHJK")
        self.code.returnPressed.connect(self.check)
        label = QLabel(self.tr("&Code:"))
        label.setBuddy(self.code)
        self.check_button = QPushButton(self.tr("C&heck"))
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.code, 1)
        row.addWidget(self.check_button)
        self.answer = QLabel()
        self.answer.setWordWrap(True)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.answer)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.resize(560, 240)

    def check(self) -> None:
        typed = self.code.text()
        if read_code(typed) is None:
            self.answer.setStyleSheet(ERROR_STYLE)
            self.answer.setText(
                self.tr(
                    "This is not a verification code: it has 10 letters and digits (ABCDE-FGHJK). "
                    "Check each character."
                )
            )
            return
        store = self.ctx.store

        def work(_job: Job) -> CertificateSheet | None:
            return certificates.find(store, typed)

        self.check_button.setEnabled(False)
        ReadOp(self, self.ctx, work, self._show, self._failed).run()

    def _show(self, sheet: CertificateSheet | None) -> None:
        self.check_button.setEnabled(True)
        if sheet is None:
            self.answer.setStyleSheet(ERROR_STYLE)
            self.answer.setText(
                self.tr(
                    "Unknown: no certificate on this computer has this code. It may have been "
                    "issued elsewhere: the hub's verify page knows every synced certificate."
                )
            )
            return
        facts = (
            self.tr("%1, %2, %3 – %4")
            .replace("%1", sheet.holder_name)
            .replace("%2", sheet.course(ui_language()))
            .replace("%3", day(sheet.start_date))
            .replace("%4", day(sheet.end_date))
        )
        code = printed_code(sheet.code)
        if sheet.revoked:
            self.answer.setStyleSheet(ERROR_STYLE)
            self.answer.setText(
                self.tr("Revoked: %1 (%2). Reason: %3")
                .replace("%1", code)
                .replace("%2", facts)
                .replace("%3", sheet.revoke_reason or "–")
            )
        else:
            self.answer.setStyleSheet("")
            self.answer.setText(self.tr("Valid: %1 (%2).").replace("%1", code).replace("%2", facts))

    def _failed(self, exc: Exception) -> None:
        self.check_button.setEnabled(True)
        self.answer.setStyleSheet(ERROR_STYLE)
        self.answer.setText(error_words(exc))
