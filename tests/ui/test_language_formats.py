"""File names, dates and numbers follow the chosen language: "formation-2025T3.pdf" when the
report is in French, "training-2025Q3.pdf" in English; 04/03/2025 and 1 234 in French."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from bluepacific_desktop.reports.figures.periods import quarter_of
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.formatting import day, number
from bluepacific_desktop.ui.pages.dashboard_todo import Item, ToDoBox
from bluepacific_desktop.ui.pages.reports.output import ReportOutput
from bluepacific_desktop.ui.translations import install_language
from bluepacific_desktop.workflows.report_jobs import ReportRequest
from bluepacific_desktop.workflows.todo_rules import ToDo


def test_report_files_are_named_in_the_report_language(
    qtbot: Any, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    suggested: list[str] = []

    def save_file_name(_parent: QWidget, _title: str, name: str, _kinds: str) -> tuple[str, str]:
        suggested.append(name)
        return "", ""  # cancelled

    # The system's save dialog is modal and native: it cannot be driven offscreen.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_file_name)
    widget = QWidget()
    qtbot.addWidget(widget)
    output = ReportOutput(ctx, widget)
    summer = quarter_of(date(2025, 8, 1))
    for kind, language, suffix in [
        ("training", "fr", "pdf"),
        ("quarterly", "fr", "csv"),
        ("training", "en", "pdf"),
        ("contacts", "fr", "pdf"),
    ]:
        assert output._ask_file(ReportRequest(kind, summer, language), suffix, "") is None
    assert [Path(s).name for s in suggested] == [
        "formation-2025T3.pdf",
        "synthese-trimestrielle-2025T3.csv",
        "training-2025Q3.pdf",
        "annuaire-2025T3.pdf",
    ]
    assert ReportRequest("capabilities", summer, "fr").file_stem(summer) == "capacites-2025T3"


def test_the_waiting_changes_file_is_named_in_the_ui_language(qtbot: Any) -> None:
    app = QApplication.instance()
    name = "waiting-changes.json"
    why = "the default file name: no spaces, no accents"
    try:
        install_language(app, "fr")  # type: ignore[arg-type]
        assert QCoreApplication.translate("HubBox", name, why) == "modifications-en-attente.json"
    finally:
        install_language(app, "en")  # type: ignore[arg-type]
    assert QCoreApplication.translate("HubBox", name, why) == name


def test_dates_and_numbers_follow_the_language(qtbot: Any) -> None:
    app = QApplication.instance()
    try:
        install_language(app, "fr")  # type: ignore[arg-type]
        assert number(1234) in ("1\u202f234", "1\u00a0234")
        assert day(date(2025, 3, 4)) == "04/03/2025"
        install_language(app, "en")  # type: ignore[arg-type]
        assert number(1234) == "1,234"
        assert day(date(2025, 3, 4)) == "4/3/25"  # day first, as written in the region
    finally:
        install_language(app, "en")  # type: ignore[arg-type]


def test_counts_in_sentences_group_their_digits_in_the_language(qtbot: Any) -> None:
    # A laptop back from months offline holds six-figure counts: "253107 changes waiting"
    # was hard to read at a glance.
    app = QApplication.instance()
    todo = ToDo((), 1_204, 0, 2_500, 253_107, None)
    try:
        for language, waiting, contacts in [
            ("en", "253,107 changes waiting to be sent", "1,204 contacts due for review"),
            ("fr", "253 107 modifications en attente d'envoi", "1 204 contacts à revoir"),
        ]:
            install_language(app, language)  # type: ignore[arg-type]
            box = ToDoBox()
            qtbot.addWidget(box)
            box.show_todo(todo)
            said = {item: button.text().replace("\u202f", " ").replace("\u00a0", " ")
                    for item, button in box.buttons.items()}  # fmt: skip
            assert said[Item.WAITING].endswith(waiting), said
            assert said[Item.CONTACTS].endswith(contacts), said
            assert "2,500" in said[Item.SET_ASIDE] or "2 500" in said[Item.SET_ASIDE], said
            # The status bar's count, as SyncStatusWidget asks for it.
            words = "%Ln changes waiting"
            status = QCoreApplication.translate("SyncStatusWidget", words, "", 253_107)
            assert status.replace("\u202f", " ").startswith(waiting.split(" ")[0] + " "), status
    finally:
        install_language(app, "en")  # type: ignore[arg-type]
