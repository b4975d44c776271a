"""Ctrl+P on the Training, Capabilities and Contacts screens: print that screen's report for the
current quarter, in the UI's language, through the system's print dialog; the window's status
bar then says what went to which printer."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.pages.reports.output import ReportOutput
from bluepacific_desktop.ui.pages.reports.texts import ui_language
from bluepacific_desktop.workflows.report_jobs import ReportRequest


def report_output(ctx: AppContext, screen: QWidget) -> ReportOutput:
    """The screen's one ReportOutput (made on first use); failures are shown in a message."""
    output = screen.findChild(ReportOutput)
    if output is None:
        output = ReportOutput(ctx, screen)
        output.failed.connect(
            lambda text: QMessageBox.warning(screen, output.texts.not_printed(), text)
        )
        output.finished.connect(lambda text: ctx.status_message.emit(text) if text else None)
    return output


def print_report(ctx: AppContext, screen: QWidget, kind: str) -> ReportOutput:
    output = report_output(ctx, screen)
    output.print_report(ReportRequest(kind, None, ui_language()))
    return output
