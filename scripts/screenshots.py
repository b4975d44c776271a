"""Renders current screenshots of the app into docs/screenshots/ (offscreen, no display needed).

Run: make screenshots (offscreen, on a 1366×768 screen: tests/support/laptop-1366x768.json)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

_LAPTOP = Path(__file__).resolve().parents[1] / "tests" / "support" / "laptop-1366x768.json"
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_LAPTOP}")

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui import unsaved
from bluepacific_desktop.ui.app import default_pages, prepare_demo
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.first_start import FirstStartDialog
from bluepacific_desktop.ui.main_window import MainWindow
from bluepacific_desktop.ui.translations import install_language

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def contacts_screens(app: QApplication, store: Store, language: str) -> None:
    """Contacts & engagements: directory, engagements, an editor showing a problem, read-only."""
    from bluepacific_desktop.store.types import utcnow
    from bluepacific_desktop.sync.incoming import apply_envelope
    from bluepacific_desktop.ui.pages.contacts import ContactsPage

    samoa = "5a3c0f43-1b8e-4c53-9d7e-1f2a3b4c5d6e"  # a contact kept by Samoa, as pulled
    fields = {"full_name": "Aaliyah Leota", "organisation": "PTCCC", "org_type": "PTCCC"}
    fields |= {"contact_country": "WS", "emails": ["a.leota@ptccc.org"], "phones": []}
    fields |= {"languages": ["en", "sm"], "secure_channel": True, "notes": "", "role": None}
    env = {"kind": "contact", "record_id": samoa, "country": "WS", "revision": 3}
    env |= {"deleted": False, "fields": fields, "device_id": "hub"}
    env |= {"created_at": "2025-01-02T03:04:05Z", "updated_at": "2025-01-02T03:04:05Z"}
    with store.write() as session:
        apply_envelope(session, env, utcnow())  # type: ignore[arg-type]
    ctx = AppContext(store)
    window = MainWindow(ctx, default_pages())
    window.resize(1366, 768)
    window.show()
    page = next(p for p in window.pages if isinstance(p, ContactsPage))
    window.nav.setCurrentRow(window.pages.index(page))
    app.processEvents()
    window.grab().save(str(OUT / f"contacts-{language}.png"))
    if language == "en":
        page.tabs.setCurrentWidget(page.engagements)
        app.processEvents()
        window.grab().save(str(OUT / "contacts-engagements-en.png"))
        page.tabs.setCurrentWidget(page.directory)
        page.directory.select(samoa)
        page.directory.open_current()
        app.processEvents()
        assert page.directory.editor is not None
        page.directory.editor.grab().save(str(OUT / "contact-editor-read-only-en.png"))
        page.directory.editor.reject()
        page.new_record()
        editor = page.directory.editor
        editor.name.setText("Mere Vula")
        editor.phones.setPlainText("+679 331 2345\n12345")
        editor.save()
        ctx.background.wait()
        app.processEvents()
        editor.grab().save(str(OUT / "contact-editor-en.png"))
        editor.reject()
    window.sync.shutdown()
    window.close()


def capabilities_and_settings_screens(app: QApplication, store: Store, language: str) -> None:
    """Capabilities (months list, the monthly grid with a refused count) and Settings."""
    from bluepacific_desktop.ui.pages.capabilities import CapabilitiesPage
    from bluepacific_desktop.ui.pages.settings_page import SettingsPage

    ctx = AppContext(store)
    window = MainWindow(ctx, default_pages())
    window.resize(1366, 768)
    window.show()
    page = next(p for p in window.pages if isinstance(p, CapabilitiesPage))
    window.nav.setCurrentRow(window.pages.index(page))
    app.processEvents()
    window.grab().save(str(OUT / f"capabilities-{language}.png"))
    page.table.setCurrentIndex(page.proxy.index(0, 0))
    page._open_index(page.table.currentIndex())
    grid = page.editor.grid
    first = next(r for r in range(page.editor.model.rowCount()) if page.editor.model.row_at(r))
    grid.setCurrentIndex(page.editor.model.index(first + 2, 0))
    if language == "en":  # a count typed wrongly: shown in its cell, nothing saved
        page.editor.model.setData(page.editor.model.index(first + 2, 1), "1,5")
        page.editor.save()
        ctx.background.wait()
        app.processEvents()
    app.processEvents()
    window.grab().save(str(OUT / f"capabilities-month-{language}.png"))
    page.editor.model.dirty = False
    page.editor.cancel()
    settings = next(p for p in window.pages if isinstance(p, SettingsPage))
    window.nav.setCurrentRow(window.pages.index(settings))
    app.processEvents()
    window.grab().save(str(OUT / f"settings-{language}.png"))
    window.sync.shutdown()
    window.close()


def returns_screens(app: QApplication, store: Store, language: str) -> None:
    """Monthly returns (a submitted month picked, with its history) and its locked grid."""
    from bluepacific_desktop.domain.returns import ReturnAction
    from bluepacific_desktop.reports.figures.country import report_country
    from bluepacific_desktop.store.device import set_setting
    from bluepacific_desktop.sync.state import HUB_ROLE
    from bluepacific_desktop.ui.pages.capabilities import CapabilitiesPage
    from bluepacific_desktop.ui.pages.returns import ReturnsPage
    from bluepacific_desktop.workflows.capability_month import month_summaries
    from bluepacific_desktop.workflows.returns import (
        current_period,
        get_return,
        month_checks,
        transition,
    )

    with store.write() as session:
        set_setting(session, HUB_ROLE, "national_approver")
    # The newest month with figures that is over: submitted, then approved with a comment.
    current = current_period(store)
    submitted = next(m.period for m in month_summaries(store) if m.period < current)
    if not get_return(store, submitted).locked:
        with store.read() as session:
            code = report_country(session).code
            problems = month_checks(session, code, submitted, {})
        why = {p.capability: "Joint border operation" for p in problems if p.explainable}
        transition(store, submitted, ReturnAction.SUBMIT, explanations=why)
        transition(store, submitted, ReturnAction.APPROVE, "Checked with the head of the NCB")
    ctx = AppContext(store)
    window = MainWindow(ctx, default_pages())
    window.resize(1366, 768)
    window.show()
    page = next(p for p in window.pages if isinstance(p, ReturnsPage))
    window.nav.setCurrentRow(window.pages.index(page))
    ctx.background.wait()
    app.processEvents()
    page.select(submitted)
    app.processEvents()
    window.grab().save(str(OUT / f"returns-{language}.png"))
    capabilities = next(p for p in window.pages if isinstance(p, CapabilitiesPage))
    window.nav.setCurrentRow(window.pages.index(capabilities))
    capabilities.open_month(submitted)
    app.processEvents()
    window.grab().save(str(OUT / f"capabilities-month-locked-{language}.png"))
    capabilities.editor.cancel()
    window.sync.shutdown()
    window.close()


def training_screens(app: QApplication, store: Store, language: str) -> None:
    """Training: sessions list, a session's editor with its attendance grid, a refused save,
    the inline new-person form, and the people directory."""
    from PySide6.QtCore import QDate

    from bluepacific_desktop.ui.pages.training import TrainingPage
    from bluepacific_desktop.ui.pages.training.attendees import PRE

    ctx = AppContext(store)
    window = MainWindow(ctx, default_pages())
    window.resize(1366, 768)
    window.show()
    page = next(p for p in window.pages if isinstance(p, TrainingPage))
    window.nav.setCurrentRow(window.pages.index(page))
    app.processEvents()
    window.grab().save(str(OUT / f"training-sessions-{language}.png"))
    page.open_session(page.sessions.model.ids[0])
    app.processEvents()
    assert page.editor is not None
    page.editor.grab().save(str(OUT / f"training-session-editor-{language}.png"))
    page.editor.reject()
    if language == "en":
        page.new_record()
        editor = page.editor
        editor.form.title_box.setText("Gender mainstreaming in policing")
        editor.form.start.setDate(QDate(2025, 3, 5))
        editor.form.end.setDate(QDate(2025, 3, 3))
        editor.finder.setText("Mere")
        editor.finder._look_up("Mere")
        editor.finder.finder.popup().hide()
        editor.add_person(editor.finder.matches[0])
        editor.attendees.setData(editor.attendees.index(0, PRE), "140")
        editor.save()
        ctx.background.wait()
        app.processEvents()
        editor.new_person.start("Ana Tuʻipulotu")
        app.processEvents()
        editor.grab().save(str(OUT / "training-session-refused-en.png"))
        editor.reject()
        page.tabs.setCurrentWidget(page.people)
        page.people.search.setText("ana")
        app.processEvents()
        window.grab().save(str(OUT / "training-people-en.png"))
    window.sync.shutdown()
    window.close()


def attendance_status_screens(app: QApplication, store: Store, language: str) -> None:
    """The session editor's attendance grid with each status (late, excused, absent chosen in
    the Status column; closed unsaved), and the Training screen's "Due for refresher" tab."""
    from bluepacific_desktop.ui.pages.training import TrainingPage
    from bluepacific_desktop.ui.pages.training.attendees import STATUS

    ctx = AppContext(store)
    window = MainWindow(ctx, default_pages())
    window.resize(1366, 768)
    window.show()
    page = next(p for p in window.pages if isinstance(p, TrainingPage))
    window.nav.setCurrentRow(window.pages.index(page))
    app.processEvents()
    page.open_session(page.sessions.model.ids[0])
    app.processEvents()
    editor = page.editor
    assert editor is not None
    for row, status in ((1, "late"), (2, "excused"), (3, "absent")):
        editor.attendees.setData(editor.attendees.index(row, STATUS), status)
    editor.grid.setCurrentIndex(editor.attendees.index(3, STATUS))
    editor.grid.setFocus()
    app.processEvents()
    editor.grab().save(str(OUT / f"training-session-statuses-{language}.png"))
    editor.reject()
    page.tabs.setCurrentWidget(page.refreshers)
    ctx.background.wait()
    app.processEvents()  # the list arrives
    app.processEvents()  # and the count beside the button takes its width
    window.grab().save(str(OUT / f"training-refreshers-{language}.png"))
    window.sync.shutdown()
    window.close()


def reports_screens(app: QApplication, store: Store, language: str) -> None:
    """Reports: the screen (both languages) and an import preview with a refused row."""
    from bluepacific_desktop.io.importing import ImportKind
    from bluepacific_desktop.ui.pages.reports import ReportsPage

    ctx = AppContext(store)
    window = MainWindow(ctx, default_pages())
    window.resize(1366, 768)
    window.show()
    page = next(p for p in window.pages if isinstance(p, ReportsPage))
    window.nav.setCurrentRow(window.pages.index(page))
    page.status.setText(page.texts.saved_pdf(Path.home() / "training-2025Q3.pdf", 3))
    app.processEvents()
    window.grab().save(str(OUT / f"reports-{language}.png"))
    if language == "en":
        sheet = Path(tempfile.mkdtemp()) / "attendance-march.csv"
        sheet.write_text(
            "Attendance – Human rights in policing\n"
            "Name;Sex;Agency;Course;Start date;End date;Location;Pre-test;Post-test;Completed\n"
            "Mere Vula;F;Fiji Police Force;HR_POLICING;03/03/2025;05/03/2025;Suva;40;75,5;yes\n"
            "Jone Tora;M;Fiji Police Force;HR_POLICING;03/03/2025;05/03/2025;Suva;55;80;yes\n"
            "Ana Koro;F;Fiji Police Force;HR_POLICING;31/02/2025;05/03/2025;Suva;35;70;no\n",
            encoding="utf-8",
        )
        page.open_import(ImportKind.ATTENDANCE)
        dialog = page.import_dialog
        assert dialog is not None
        dialog.load(sheet)
        ctx.background.wait()
        app.processEvents()
        dialog.grab().save(str(OUT / "import-preview-refused-en.png"))
        dialog.reject()
    window.sync.shutdown()
    window.close()


def empty_screens(app: QApplication, folder: Path, language: str) -> None:
    """A fresh install: the sessions and capabilities lists say what they are for."""
    from bluepacific_desktop.store.device import set_up_device
    from bluepacific_desktop.ui.pages.capabilities import CapabilitiesPage
    from bluepacific_desktop.ui.pages.training import TrainingPage

    # The folder outlives the window: its timers may still read the store after close().
    with Store.open(folder) as store:
        with store.write() as session:
            set_up_device(session, "FJ", language)
        window = MainWindow(AppContext(store), default_pages())
        window.resize(1366, 768)
        window.show()
        for kind, name in (
            (TrainingPage, "training-empty"),
            (CapabilitiesPage, "capabilities-empty"),
        ):
            page = next(p for p in window.pages if isinstance(p, kind))
            window.nav.setCurrentRow(window.pages.index(page))
            app.processEvents()
            window.grab().save(str(OUT / f"{name}-{language}.png"))
        window.sync.shutdown()
        window.close()
        window.ctx.background.wait()


def main() -> int:
    app = QApplication(sys.argv[:1])
    # The editors shown with typing in them are closed unsaved: the Save / Discard / Keep
    # editing question would wait for a click nobody gives offscreen.
    unsaved.ask_unsaved = lambda _parent, _question: unsaved.Answer.DISCARD
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        prepare_demo(Path(tmp), size=200)
        with Store.open(Path(tmp)) as store:
            for language in ("en", "fr"):
                install_language(app, language)
                window = MainWindow(AppContext(store), default_pages())
                window.resize(1366, 768)
                window.show()
                dashboard = window.pages[0]
                # The dashboard reads its figures off the GUI thread: wait for them.
                while getattr(dashboard, "loading", False):
                    QTest.qWait(20)
                app.processEvents()
                window.grab().save(str(OUT / f"main-window-{language}.png"))
                window.sync.shutdown()
                window.close()
                contacts_screens(app, store, language)
                capabilities_and_settings_screens(app, store, language)
                returns_screens(app, store, language)
                training_screens(app, store, language)
                attendance_status_screens(app, store, language)
                reports_screens(app, store, language)
                empty_screens(app, Path(tmp) / f"empty-{language}", language)
            install_language(app, "en")
            dialog = FirstStartDialog([("FJ", "Fiji"), ("VU", "Vanuatu")])
            dialog.show()
            app.processEvents()
            dialog.grab().save(str(OUT / "first-start-en.png"))
            dialog.hub_box.setChecked(True)
            app.processEvents()
            dialog.grab().save(str(OUT / "first-start-hub-en.png"))
            # Picking Français switches the dialog (and the app) to French at once.
            dialog.hub_box.setChecked(False)
            dialog.language.setCurrentIndex(dialog.language.findData("fr"))
            dialog.switch_language()
            app.processEvents()
            dialog.adjustSize()
            dialog.grab().save(str(OUT / "first-start-fr.png"))
            install_language(app, "en")
    print(f"Screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
