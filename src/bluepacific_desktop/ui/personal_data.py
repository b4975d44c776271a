"""The person and contact editors' "Personal data" button: export everything held about the
person (a PDF and a JSON file beside it, both readable by their owner only) and, for a record
of this country, erase them (reports/person_data.py, store/erasure.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDir, QLocale
from PySide6.QtWidgets import QFileDialog, QMenu, QPushButton, QWidget

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.reports import person_data
from bluepacific_desktop.reports.render.qt import install_report_translator
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.ops import Job, ReadOp


def _language() -> str:
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


class PersonalDataButton(QPushButton):
    """A button with a menu: export everything about this person (and, later, erase)."""

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
        self.setMenu(menu)

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
