"""The files that leave the encrypted store in plain text (a report's PDF or CSV) are chosen in
a save dialog that says they contain personal data, in the chosen language."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from bluepacific_desktop.reports.figures.periods import quarter_of
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.pages.reports.output import ReportOutput
from bluepacific_desktop.ui.translations import install_language
from bluepacific_desktop.workflows.report_jobs import ReportRequest


def test_the_report_save_dialogs_say_the_file_contains_personal_data(
    qtbot: Any, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    titles: list[str] = []

    def save_file_name(_parent: QWidget, title: str, _name: str, _kinds: str) -> tuple[str, str]:
        titles.append(title)
        return "", ""  # cancelled: the native dialog cannot be driven offscreen

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_file_name)
    widget = QWidget()
    qtbot.addWidget(widget)
    request = ReportRequest("contacts", quarter_of(date(2025, 8, 1)), "en")
    for suffix in ("pdf", "csv"):
        assert ReportOutput(ctx, widget)._ask_file(request, suffix, "") is None
    app = QApplication.instance()
    try:
        install_language(app, "fr")  # type: ignore[arg-type]
        for suffix in ("pdf", "csv"):
            assert ReportOutput(ctx, widget)._ask_file(request, suffix, "") is None
    finally:
        install_language(app, "en")  # type: ignore[arg-type]
    assert titles[:2] == [
        "Save the report as PDF (the file contains personal data)",
        "Export as CSV (the file contains personal data)",
    ]
    assert all("contient des données personnelles" in t for t in titles[2:]), titles
