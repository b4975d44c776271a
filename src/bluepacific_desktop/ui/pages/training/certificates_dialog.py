"""The "Certificates…" dialog of the session editor: the session's certified attendees with
their certificates' codes and states; print one or all of them as a PDF, revoke one (saying
why) or re-issue it. The work is workflows/certificates.py's, off the GUI thread (printing
issues the missing certificates, so it is a write); the dialog only asks and shows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.reports.render.certificate_pdf import write_certificates_pdf
from bluepacific_desktop.reports.render.qt import install_report_translator
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.icons import Icon, icon
from bluepacific_desktop.ui.ops import Changed, Job, ReadOp, WriteOp
from bluepacific_desktop.ui.pages.training.common import ui_language
from bluepacific_desktop.ui.problems import error_words
from bluepacific_desktop.ui.style import ERROR_STYLE
from bluepacific_desktop.workflows import certificates
from bluepacific_desktop.workflows.certificates import CertifiedLine
from bluepacific_wire.certificates import printed_code

CHANGED = (RecordKind.CERTIFICATE,)


class CertificatesDialog(QDialog):
    def __init__(self, ctx: AppContext, session_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id = session_id
        self.lines: list[CertifiedLine] = []
        self.setWindowTitle(self.tr("Certificates"))
        intro = QLabel(
            self.tr(
                "A certificate is issued for each attendee marked completed with a certificate, "
                "the first time it is printed; printing again prints the same code."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Holder"), self.tr("Code"), self.tr("State")])
        self.table.setAccessibleName(self.tr("Certified attendees"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.language = QComboBox()
        self.language.addItem("English", "en")
        self.language.addItem("Français", "fr")
        self.language.setCurrentIndex(1 if ui_language() == "fr" else 0)
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Paper:"), self.paper)
        self.print_all = QPushButton(icon(Icon.PRINT), self.tr("Print &all…"))
        self.print_all.clicked.connect(lambda: self.ask_print(None))
        self.print_one = QPushButton(icon(Icon.PRINT), self.tr("Print &selected…"))
        self.print_one.clicked.connect(lambda: self.ask_print(self.selected()))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why (required to revoke)"))
        self.revoke_button = QPushButton(self.tr("&Revoke"))
        self.revoke_button.clicked.connect(self.revoke)
        self.reissue_button = QPushButton(self.tr("Re-&issue"))
        self.reissue_button.clicked.connect(self.reissue)
        change = QGroupBox(self.tr("The selected certificate"))
        change_row = QHBoxLayout(change)
        reason_label = QLabel(self.tr("Reas&on:"))
        reason_label.setBuddy(self.reason)
        change_row.addWidget(reason_label)
        change_row.addWidget(self.reason, 1)
        change_row.addWidget(self.revoke_button)
        change_row.addWidget(self.reissue_button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        prints = QHBoxLayout()
        prints.addWidget(self.print_all)
        prints.addWidget(self.print_one)
        prints.addStretch(1)
        prints.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(change)
        layout.addWidget(self.message)
        layout.addLayout(prints)
        for button in (self.print_all, self.print_one, self.revoke_button, self.reissue_button):
            button.setAutoDefault(False)
        self.resize(720, 480)
        self._selection_changed()
        self.reload()

    # -- the list ----------------------------------------------------------------------------

    def reload(self) -> None:
        store, session_id = self.ctx.store, self.session_id

        def work(_job: Job) -> list[CertifiedLine]:
            return certificates.session_certificates(store, session_id)

        ReadOp(self, self.ctx, work, self._show, self._failed).run()

    def _show(self, lines: list[CertifiedLine]) -> None:
        chosen = self.selected()
        self.lines = lines
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            cert = line.certificate
            if cert is None:
                code, state = "", self.tr("not printed yet")
            elif cert.revoked:
                code, state = printed_code(cert.code), self.tr("revoked")
            else:
                code, state = printed_code(cert.code), self.tr("valid")
            for column, text in enumerate((line.holder_name, code, state)):
                self.table.setItem(row, column, QTableWidgetItem(text))
            if line.attendance_id == chosen:
                self.table.selectRow(row)
        self.print_all.setEnabled(bool(lines))
        if not lines:
            self._say(
                self.tr(
                    "No attendee of this session is marked completed with a certificate: "
                    "tick both in the attendance list and save first."
                )
            )
        self._selection_changed()

    def selected(self) -> str | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if len(rows) != 1:
            return None
        row = rows.pop()
        return self.lines[row].attendance_id if row < len(self.lines) else None

    def select(self, attendance_id: str) -> None:
        for row, line in enumerate(self.lines):
            if line.attendance_id == attendance_id:
                self.table.selectRow(row)

    def _selected_line(self) -> CertifiedLine | None:
        chosen = self.selected()
        return next((line for line in self.lines if line.attendance_id == chosen), None)

    def _selection_changed(self) -> None:
        line = self._selected_line()
        self.print_one.setEnabled(line is not None)
        cert = line.certificate if line is not None else None
        self.revoke_button.setEnabled(cert is not None and not cert.revoked)
        self.reissue_button.setEnabled(cert is not None)

    # -- printing ----------------------------------------------------------------------------

    def ask_print(self, attendance_id: str | None) -> None:
        stem = "certificats" if self.language.currentData() == "fr" else "certificates"
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the certificates"),
            QDir.home().filePath(f"{stem}.pdf"),
            self.tr("PDF documents (*.pdf)"),
        )
        if chosen:
            path = Path(chosen)
            self.print_to(path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf"),
                          attendance_id)  # fmt: skip

    def print_to(self, path: Path, attendance_id: str | None = None) -> None:
        store, session_id = self.ctx.store, self.session_id
        language, paper = str(self.language.currentData()), str(self.paper.currentData())
        install_report_translator()  # on the GUI thread, before the worker renders

        def work(_job: Job) -> Changed[int]:
            if attendance_id is None:
                sheets = certificates.issue_for_session(store, session_id)
            else:
                sheets = [certificates.issue_for_attendance(store, attendance_id, session_id)]
            return Changed.of(write_certificates_pdf(sheets, path, language, paper), CHANGED)

        def done(pages: int) -> None:
            words = self.tr("Saved %1 (%n certificates).", "", pages).replace("%1", str(path))
            self._say(words)
            self.ctx.status_message.emit(words)
            self.reload()

        self._say(self.tr("Writing…"))
        WriteOp(self, self.ctx, work, done, self._failed).run()

    # -- revoking and re-issuing -------------------------------------------------------------

    def revoke(self) -> None:
        line = self._selected_line()
        if line is None or line.certificate is None:
            return
        reason = self.reason.text().strip()
        if not reason:
            self._say(self.tr("Say why the certificate is revoked."), error=True)
            self.reason.setFocus()
            return
        store, code = self.ctx.store, line.certificate.code

        def work(_job: Job) -> Changed[object]:
            return Changed.of(certificates.revoke(store, code, reason), CHANGED)

        def done(_sheet: object) -> None:
            self.reason.clear()
            self._say(self.tr("%1 is revoked.").replace("%1", printed_code(code)))
            self.reload()

        WriteOp(self, self.ctx, work, done, self._failed).run()

    def reissue(self) -> None:
        line = self._selected_line()
        if line is None or line.certificate is None:
            return
        store, code = self.ctx.store, line.certificate.code
        reason = self.reason.text().strip() or None

        def work(_job: Job) -> Changed[object]:
            return Changed.of(certificates.reissue(store, code, reason), CHANGED)

        def done(sheet: object) -> None:
            self.reason.clear()
            new = getattr(sheet, "code", "")
            self._say(
                self.tr("%1 is revoked; the new certificate is %2.")
                .replace("%1", printed_code(code))
                .replace("%2", printed_code(new) if new else "")
            )
            self.reload()

        WriteOp(self, self.ctx, work, done, self._failed).run()

    # -- words -------------------------------------------------------------------------------

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, certificates.NothingToCertify):
            self._say(
                self.tr(
                    "No attendee of this session is marked completed with a certificate: "
                    "tick both in the attendance list and save first."
                ),
                error=True,
            )
            return
        self._say(self.tr("Nothing was done: %1").replace("%1", error_words(exc)), error=True)
