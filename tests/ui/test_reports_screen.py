"""Reports screen, driven through its real widgets on a real store (offscreen): Save as PDF read
back with pdftotext, Export CSV with its BOM, the print preview's pages, printing (painted on a
PDF printer), Ctrl+P on the Reports, Training and Contacts screens, and mistakes in words."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui.app import open_main_window
from bluepacific_desktop.ui.main_window import MainWindow
from bluepacific_desktop.ui.pages.contacts import ContactsPage
from bluepacific_desktop.ui.pages.reports import ReportsPage
from bluepacific_desktop.ui.pages.reports.output import new_printer, paint
from bluepacific_desktop.ui.pages.training import TrainingPage
from bluepacific_desktop.ui.translations import install_language
from bluepacific_desktop.workflows.report_jobs import ReportRequest, prepare

CTRL = Qt.KeyboardModifier.ControlModifier


def _fill(store: Store) -> None:
    """One session in 2025Q1 with three people (two women): a female share of 66.7%."""
    with store.write() as session:
        service = RecordService(session)
        sid = service.create(
            RecordKind.TRAINING_SESSION,
            {
                "course_code": "HR_POLICING",
                "mode": "in_person",
                "start_date": "2025-03-03",
                "end_date": "2025-03-05",
                "location": "Suva",
            },
        ).id
        for name, sex in (("Mere Vula", "female"), ("Ana Tora", "female"), ("Jone Koro", "male")):
            pid = service.create(
                RecordKind.PERSON, {"full_name": name, "sex": sex, "agency": "Fiji Police"}
            ).id
            service.create(
                RecordKind.ATTENDANCE,
                {"session_id": sid, "person_id": pid, "completed": True, "pre_score": 40},
            )
        service.create(
            RecordKind.CONTACT,
            {
                "full_name": "Sione Fifita",
                "organisation": "Tonga Police",
                "org_type": "TCU",
                "contact_country": "TO",
                "emails": "sione@police.gov.to",
            },
        )


@pytest.fixture
def window(qtbot: Any, store: Store) -> Iterator[MainWindow]:
    _fill(store)
    app = QApplication.instance()
    opened = open_main_window(store, app)  # type: ignore[arg-type]
    assert opened is not None
    qtbot.addWidget(opened)
    install_language(app, "en")  # type: ignore[arg-type]
    qtbot.waitUntil(opened.isVisible)
    opened.activateWindow()
    qtbot.waitUntil(opened.isActiveWindow)
    yield opened
    opened.ctx.background.wait()
    install_language(app, "en")  # type: ignore[arg-type]


def reports(window: MainWindow, quarter: str = "2025Q1") -> ReportsPage:
    page = next(p for p in window.pages if isinstance(p, ReportsPage))
    window.nav.setCurrentRow(window.pages.index(page))
    page.period.quarter.setCurrentIndex(page.period.quarter.findText(quarter))
    return page


def save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    # Stands for the user's choice in the system's Save dialog (which cannot be driven here).
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def test_reports_screen_sits_between_contacts_and_sync(window: MainWindow) -> None:
    titles = [p.title() for p in window.pages]
    assert titles.index("Reports") == titles.index("Contacts & engagements") + 1
    assert titles[titles.index("Reports") + 1] == "Sync"
    page = reports(window)
    assert page.language.currentData() == "en" and page.paper.currentData() == "a4"


def test_save_as_pdf_writes_the_figures(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = reports(window)
    target = tmp_path / "training.pdf"
    save_to(monkeypatch, target)
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved" in page.status.text(), timeout=20_000)
    text = pdf_text(target)
    assert "Training summary" in text and "Fiji" in text and "2025Q1" in text
    assert "66.7%" in text  # two women of three people
    assert "(pages: 1)" in page.status.text() and str(target) in page.status.text()


def test_french_report_under_english_ui_and_english_report_under_french_ui(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = reports(window)
    page.language.setCurrentIndex(page.language.findData("fr"))
    save_to(monkeypatch, tmp_path / "fr.pdf")
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    # Until the first save has finished, its button is disabled and a second click is lost.
    qtbot.waitUntil(
        lambda: page.pdf_button.isEnabled() and "fr.pdf" in page.status.text(), timeout=20_000
    )
    assert "Bilan des formations" in pdf_text(tmp_path / "fr.pdf")
    install_language(QApplication.instance(), "fr")  # type: ignore[arg-type]
    page.language.setCurrentIndex(page.language.findData("en"))
    save_to(monkeypatch, tmp_path / "en.pdf")
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (tmp_path / "en.pdf").exists(), timeout=20_000)
    text = pdf_text(tmp_path / "en.pdf")
    assert "Training summary" in text and "Bilan des formations" not in text


def test_export_csv_has_a_bom_and_the_rows(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = reports(window)
    page.kind.setCurrentIndex(page.kind.findData("contacts"))
    target = tmp_path / "directory"  # no suffix typed: .csv is added
    save_to(monkeypatch, target)
    qtbot.mouseClick(page.csv_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "directory.csv"
    qtbot.waitUntil(lambda: "Saved" in page.status.text(), timeout=20_000)
    data = written.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert "Sione Fifita" in data.decode("utf-8-sig")


def test_preview_dialog_renders_the_pages(qtbot: Any, window: MainWindow) -> None:
    page = reports(window)
    page.kind.setCurrentIndex(page.kind.findData("quarterly"))
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.output.preview is not None, timeout=20_000)
    preview = page.output.preview
    assert preview is not None
    widget = preview.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: widget.pageCount() >= 1, timeout=20_000)
    preview.close()


def test_printing_paints_every_page(store: Store, tmp_path: Path) -> None:
    # The system's print dialog cannot be driven offscreen: the same painting goes to a printer
    # set to PDF output instead, and the PDF is counted and read back.
    _fill(store)
    prepared = prepare(store, ReportRequest("training", None, "en", "letter"))
    printer = new_printer(prepared)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = paint(prepared, printer)
    assert pages >= 1 and pdf_pages(tmp_path / "printed.pdf") == pages
    info = subprocess.run(["pdfinfo", str(tmp_path / "printed.pdf")], capture_output=True)
    assert b"612 x 792" in info.stdout  # US Letter


@pytest.mark.parametrize("screen", [ReportsPage, TrainingPage, ContactsPage])
def test_ctrl_p_prints_the_screens_report(
    qtbot: Any,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    screen: type,
) -> None:
    # The print dialog stands for the user choosing a printer: here a PDF file.
    target = tmp_path / "printed.pdf"

    def accept(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(target))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    page = next(p for p in window.pages if isinstance(p, screen))
    window.nav.setCurrentRow(window.pages.index(page))
    QTest.keyClick(window, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(target.exists, timeout=20_000)
    window.ctx.background.wait()
    text = pdf_text(target)
    expected = {ReportsPage: "Training summary", TrainingPage: "Training summary"}
    assert expected.get(screen, "Regional contact directory") in text


def test_dates_the_wrong_way_round_are_refused_in_words(qtbot: Any, window: MainWindow) -> None:
    page = reports(window)
    page.period.by_dates.setChecked(True)
    page.period.start.setDate(page.period.end.date().addDays(1))
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    assert page.period_problem.isVisible()
    assert page.period_problem.text() == "The first day is after the last day."


def test_a_folder_that_cannot_be_written_is_said_in_words(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = reports(window)
    save_to(monkeypatch, tmp_path / "missing" / "training.pdf")
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "could not" in page.status.text(), timeout=20_000)
    assert "b00020" in page.status.styleSheet()
    assert page.pdf_button.isEnabled()


def test_fits_1366_by_768(qtbot: Any, window: MainWindow) -> None:
    window.resize(1366, 768)
    page = reports(window)
    qtbot.wait(50)
    for button in (page.preview_button, page.print_button, page.pdf_button, page.csv_button):
        assert button.isVisible() and button.width() >= button.sizeHint().width()


def test_saved_files_are_said_to_hold_personal_data(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = reports(window)
    page.kind.setCurrentIndex(page.kind.findData("contacts"))
    for button, name in ((page.csv_button, "directory.csv"), (page.pdf_button, "directory.pdf")):
        save_to(monkeypatch, tmp_path / name)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda b=button, n=name: b.isEnabled() and n in page.status.text(), timeout=20_000
        )
        assert (tmp_path / name).exists()
        assert "holds personal data" in page.status.text()
