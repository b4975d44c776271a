"""The "Sign-in sheet…" dialog of the session editor: the session's code, its language and
paper, and the buttons that save the PDF to print and the Excel template to fill. The sheet
is gathered and written off the GUI thread (workflows/sign_in_sheets.py); the dialog only asks
where."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bluepacific_desktop.domain.sheet_codes import printed_session_code, session_code
from bluepacific_desktop.io.sheet_template import write_template
from bluepacific_desktop.reports.render.qt import install_report_translator
from bluepacific_desktop.reports.render.sign_in_pdf import write_sign_in_pdf
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.icons import Icon, icon
from bluepacific_desktop.ui.ops import Job, ReadOp
from bluepacific_desktop.ui.pages.training.common import ui_language
from bluepacific_desktop.ui.problems import error_words
from bluepacific_desktop.ui.style import ERROR_STYLE
from bluepacific_desktop.workflows.sign_in_sheets import sign_in_sheet


class SignInSheetDialog(QDialog):
    def __init__(self, ctx: AppContext, session_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id = session_id
        self.setWindowTitle(self.tr("Sign-in sheet"))
        intro = QLabel(
            self.tr(
                "The sheet lists the session's attendees as saved, each with a row id, and "
                "blank rows for walk-ins. Its session code, on every page, brings the filled "
                "sheet back to this session when you import it."
            )
        )
        intro.setWordWrap(True)
        self.code = QLabel(printed_session_code(session_code(session_id)))
        self.code.setAccessibleName(self.tr("Session code"))
        self.language = QComboBox()
        self.language.addItem("English", "en")
        self.language.addItem("Français", "fr")
        self.language.setCurrentIndex(1 if ui_language() == "fr" else 0)
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        form = QFormLayout()
        form.addRow(self.tr("Session code:"), self.code)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Paper:"), self.paper)
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"))
        self.pdf_button.setIcon(icon(Icon.PRINT))
        self.pdf_button.clicked.connect(self.ask_pdf)
        self.xlsx_button = QPushButton(self.tr("Save &Excel template…"))
        self.xlsx_button.setIcon(icon(Icon.SAVE))
        self.xlsx_button.clicked.connect(self.ask_xlsx)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.xlsx_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def _ask(self, suffix: str, kind: str) -> Path | None:
        stem = "feuille-emargement" if self.language.currentData() == "fr" else "sign-in-sheet"
        suggested = QDir.home().filePath(f"{stem}-{session_code(self.session_id)}.{suffix}")
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the sign-in sheet"), suggested, kind
        )
        if not chosen:
            return None
        path = Path(chosen)
        return (
            path if path.suffix.lower() == f".{suffix}" else path.with_name(f"{path.name}.{suffix}")
        )

    def ask_pdf(self) -> None:
        path = self._ask("pdf", self.tr("PDF documents (*.pdf)"))
        if path is not None:
            self.save_pdf(path)

    def ask_xlsx(self) -> None:
        path = self._ask("xlsx", self.tr("Excel workbooks (*.xlsx)"))
        if path is not None:
            self.save_xlsx(path)

    def save_pdf(self, path: Path) -> None:
        store, session_id = self.ctx.store, self.session_id
        language, paper = str(self.language.currentData()), str(self.paper.currentData())
        # On the GUI thread, before the worker renders (ui/pages/reports/output.py does so too).
        install_report_translator()

        def work(_job: Job) -> int:
            return write_sign_in_pdf(sign_in_sheet(store, session_id), path, language, paper)

        self._busy()
        ReadOp(self, self.ctx, work, lambda pages: self._done(path), self._failed).run()

    def save_xlsx(self, path: Path) -> None:
        store, session_id = self.ctx.store, self.session_id
        language = str(self.language.currentData())

        def work(_job: Job) -> None:
            write_template(sign_in_sheet(store, session_id), path, language)

        self._busy()
        ReadOp(self, self.ctx, work, lambda _none: self._done(path), self._failed).run()

    def _busy(self) -> None:
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Writing…"))
        for button in (self.pdf_button, self.xlsx_button):
            button.setEnabled(False)

    def _done(self, path: Path) -> None:
        for button in (self.pdf_button, self.xlsx_button):
            button.setEnabled(True)
        words = self.tr("Saved %1.").replace("%1", str(path))
        self.message.setText(words)
        self.ctx.status_message.emit(words)

    def _failed(self, exc: Exception) -> None:
        for button in (self.pdf_button, self.xlsx_button):
            button.setEnabled(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(self.tr("Nothing was written: %1").replace("%1", error_words(exc)))
