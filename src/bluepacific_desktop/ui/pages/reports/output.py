"""Preview, print, save as PDF and export CSV of one report: the figures are read off the GUI
thread first; the PDF and CSV are written off it too; a printer is painted on the GUI thread,
when the print or preview dialog asks (Qt's printer belongs to the thread of its dialog)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir, QObject, Signal
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from bluepacific_desktop.io.files import write_csv
from bluepacific_desktop.reports.render.pages import DPI, MARGINS_MM, PAGE_SIZES
from bluepacific_desktop.reports.render.qt import install_report_translator
from bluepacific_desktop.reports.render.report import render_pdf, render_to_device
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.ops import Job, ReadOp
from bluepacific_desktop.ui.pages.reports.texts import ReportTexts
from bluepacific_desktop.workflows.report_jobs import (
    FILE_WORDS_FR,
    Prepared,
    ReportRequest,
    prepare,
)


def new_printer(prepared: Prepared) -> QPrinter:
    """A printer on the report's paper and margins; the user may change them in the dialog."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(DPI)  # as the PDF is laid out (a printer may keep its own)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(PAGE_SIZES[prepared.request.page]),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    printer.setDocName(prepared.request.file_stem(prepared.meta.period))
    return printer


def paint(prepared: Prepared, printer: QPrinter) -> int:
    """Paint every page of the report on the printer (GUI thread); the page count."""
    return render_to_device(prepared.figures, prepared.meta, printer)


class ReportOutput(QObject):
    """Runs the four outputs for a screen; `busy`, `finished` and `failed` carry words to show."""

    busy = Signal(str)
    finished = Signal(str)
    failed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.widget = parent
        self.texts = ReportTexts(self)
        self.preview: QPrintPreviewDialog | None = None
        self.printer: QPrinter | None = None

    def _run(self, work: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        self.busy.emit(self.texts.preparing())
        # On the GUI thread, before every report: first among the translators (the UI's
        # language may have been switched since), so that a worker never has to install it.
        install_report_translator()

        def task(_job: Job) -> Any:
            return work()

        def failed(exc: Exception) -> None:
            self.failed.emit(self.texts.error(exc))

        ReadOp(self.widget, self.ctx, task, on_done, failed).run()

    # -- preview and print (painted on the GUI thread) ------------------------------------

    def open_preview(self, request: ReportRequest) -> None:
        store = self.ctx.store
        self._run(lambda: prepare(store, request), self._show_preview)

    def _show_preview(self, prepared: Prepared) -> None:
        self.printer = new_printer(prepared)
        self.preview = QPrintPreviewDialog(self.printer, self.widget)
        self.preview.setWindowTitle(self.texts.preview_title(prepared.request.kind))
        self.preview.paintRequested.connect(lambda printer: paint(prepared, printer))
        self.preview.resize(900, 700)
        self.preview.open()
        self.finished.emit("")

    def print_report(self, request: ReportRequest) -> None:
        store = self.ctx.store
        self._run(lambda: prepare(store, request), self._ask_printer)

    def _ask_printer(self, prepared: Prepared) -> None:
        self.printer = new_printer(prepared)
        dialog = QPrintDialog(self.printer, self.widget)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self.finished.emit("")
            return
        pages = paint(prepared, self.printer)
        to_file = self.printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
        self.finished.emit(
            self.texts.printed(
                prepared.request.kind,
                pages,
                self.printer.printerName(),
                self.printer.outputFileName() if to_file else "",
            )
        )

    # -- files (written off the GUI thread) -------------------------------------------------

    def _ask_file(self, request: ReportRequest, suffix: str, kind: str) -> Path | None:
        title = self.texts.save_title(suffix)
        stem = (
            request.file_stem(request.period)
            if request.period
            else FILE_WORDS_FR.get(request.kind, request.kind)
            if request.language == "fr"
            else request.kind
        )
        suggested = QDir.home().filePath(f"{stem}.{suffix}")
        chosen, _filter = QFileDialog.getSaveFileName(self.widget, title, suggested, kind)
        if not chosen:
            return None
        path = Path(chosen)
        return (
            path if path.suffix.lower() == f".{suffix}" else path.with_name(f"{path.name}.{suffix}")
        )

    def save_pdf(self, request: ReportRequest) -> None:
        path = self._ask_file(request, "pdf", self.texts.pdf_filter())
        if path is None:
            return
        store = self.ctx.store

        def work() -> int:
            prepared = prepare(store, request)
            return render_pdf(prepared.figures, prepared.meta, path)

        self._run(work, lambda pages: self.finished.emit(self.texts.saved_pdf(path, pages)))

    def export_csv(self, request: ReportRequest) -> None:
        path = self._ask_file(request, "csv", self.texts.csv_filter())
        if path is None:
            return
        store = self.ctx.store

        def work() -> int:
            return write_csv(path, *prepare(store, request).table)

        self._run(work, lambda rows: self.finished.emit(self.texts.saved_csv(path, rows)))
