"""The person and contact editors' "Personal data" button: export everything held about the
person (a PDF and a JSON file beside it, both readable by their owner only) and, for a record
of this country, erase them (reports/person_data.py, store/erasure.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDir, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.domain.errors import ValidationError
from bluepacific_desktop.reports import person_data
from bluepacific_desktop.reports.render.qt import install_report_translator
from bluepacific_desktop.store import erasure
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.ops import Changed, Job, ReadOp, WriteOp
from bluepacific_desktop.ui.problems import error_words, problem_words
from bluepacific_desktop.ui.unsaved import EditorDialog


def _language() -> str:
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


@dataclass(frozen=True)
class EraseChoice:
    keep_sex: bool
    keep_agency: bool


class EraseDialog(QDialog):
    """The question before an erase: names the person and what is kept; Cancel is the default
    (and Esc), so a hurried Enter erases nothing."""

    def __init__(self, parent: QWidget | None, kind: RecordKind, name: str) -> None:
        super().__init__(parent)
        person = kind is RecordKind.PERSON
        self.setWindowTitle(
            self.tr("Erase this person") if person else self.tr("Erase this contact")
        )
        question = QLabel(
            (
                self.tr(
                    "Erase «%1»? The name, e-mail, phone, rank and position are replaced on "
                    "this computer, on the hub and on every computer that has a copy. The "
                    "record stays, nameless, so the figures still add up. This cannot be undone."
                )
                if person
                else self.tr(
                    "Erase «%1»? The name, e-mails, phones, languages and notes are replaced on "
                    "this computer, on the hub and on every computer that has a copy. The "
                    "organisation type, role and country stay, so the figures still add up. "
                    "This cannot be undone."
                )
            ).replace("%1", name)
        )
        question.setWordWrap(True)
        self.keep_sex = QCheckBox(self.tr("Keep the person's &sex (the figures by sex stay)"))
        self.keep_agency = QCheckBox(
            self.tr("Keep the &agency") if person else self.tr("Keep the &organisation")
        )
        self.keep_sex.setVisible(person)
        buttons = QDialogButtonBox()
        self.erase_button = buttons.addButton(
            self.tr("&Erase"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.cancel_button = buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.erase_button.setAutoDefault(False)
        self.cancel_button.setDefault(True)
        self.erase_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (question, self.keep_sex, self.keep_agency, buttons):
            layout.addWidget(widget)
        self.cancel_button.setFocus()

    def choice(self) -> EraseChoice:
        return EraseChoice(self.keep_sex.isChecked(), self.keep_agency.isChecked())


def ask_erase(parent: QWidget, kind: RecordKind, name: str) -> EraseChoice | None:
    """The user's answer: what to keep, or None for Cancel (tests stand in for it)."""
    dialog = EraseDialog(parent, kind, name)
    return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


class PersonalDataButton(QPushButton):
    """A button with a menu: export everything about this person, erase them."""

    def __init__(
        self,
        parent: QWidget,
        ctx: AppContext,
        kind: RecordKind,
        record_id: Callable[[], str | None],
        name: Callable[[], str],
    ) -> None:
        super().__init__(self.tr("Personal &data"), parent)
        self.setAutoDefault(False)
        self.ctx = ctx
        self.kind = kind
        self.record_id = record_id
        self.name = name
        self.dialog = parent
        menu = QMenu(self)
        self.export_action = menu.addAction(self.tr("&Export everything about this person…"))
        self.export_action.triggered.connect(self.export)
        self.erase_action = menu.addAction(
            self.tr("E&rase this person…")
            if kind is RecordKind.PERSON
            else self.tr("E&rase this contact…")
        )
        self.erase_action.triggered.connect(self.erase)
        self.setMenu(menu)

    def set_can_erase(self, allowed: bool) -> None:
        """Another country's record (or one already erased) cannot be erased here."""
        self.erase_action.setEnabled(allowed)

    def erase(self) -> None:
        record_id = self.record_id()
        if record_id is None:
            return
        name = self.name()
        choice = ask_erase(self.dialog, self.kind, name)
        if choice is None:
            return
        store, kind = self.ctx.store, self.kind

        def work(_job: Job) -> Changed[str]:
            with store.write() as session:
                done = erasure.erase(
                    session,
                    kind,
                    record_id,
                    keep_sex=choice.keep_sex,
                    keep_agency=choice.keep_agency,
                )
            kinds = {kind, RecordKind.CERTIFICATE} if done.certificates else {kind}
            return Changed.of(done.placeholder, kinds)

        def done(placeholder: str) -> None:
            self.ctx.status_message.emit(
                self.tr("«%1» was erased; the record is now «%2».")
                .replace("%1", name)
                .replace("%2", placeholder)
            )
            if isinstance(self.dialog, EditorDialog):
                self.dialog.saved_ok()  # nothing of what it showed is to be kept

        def failed(exc: Exception) -> None:
            words = (
                "\n".join(problem_words(p) for p in exc.problems)
                if isinstance(exc, ValidationError)
                else error_words(exc)
            )
            QMessageBox.warning(self.dialog, self.tr("Not erased"), words)

        WriteOp(self.dialog, self.ctx, work, done, failed).run()

    def _ask_file(self) -> Path | None:
        stem = "donnees-personnelles" if _language() == "fr" else "personal-data"
        title = self.tr("Export everything about %1 — the files contain personal data").replace(
            "%1", self.name() or self.tr("this person")
        )
        chosen, _filter = QFileDialog.getSaveFileName(
            self.dialog, title, QDir.home().filePath(f"{stem}.pdf"), self.tr("PDF files (*.pdf)")
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".pdf" else path.with_name(f"{path.name}.pdf")

    def export(self) -> None:
        record_id = self.record_id()
        if record_id is None:
            return
        pdf = self._ask_file()
        if pdf is None:
            return
        json_path = pdf.with_suffix(".json")
        store, language = self.ctx.store, _language()
        # On the GUI thread, before the worker renders (reports/render/qt.py).
        install_report_translator()

        def work(_job: Job) -> int:
            from bluepacific_desktop.reports.render.person_pdf import write_person_pdf

            data = person_data.person_data(store, record_id)
            person_data.write_json(data, json_path)
            return write_person_pdf(data, pdf, language)

        def done(_pages: int) -> None:
            self.ctx.status_message.emit(
                self.tr("Saved %1 and %2 (personal data).")
                .replace("%1", pdf.name)
                .replace("%2", json_path.name)
            )

        ReadOp(self.dialog, self.ctx, work, done).run()
