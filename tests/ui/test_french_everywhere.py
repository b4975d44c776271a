"""With French chosen, every screen speaks French: no English text of ours is left on screen."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QAbstractListModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from sqlalchemy import select

from bluepacific_desktop.store.backup import BackupInfo
from bluepacific_desktop.store.device import set_up_device
from bluepacific_desktop.store.models import TrainingSession
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.sync.conflicts import ConflictView
from bluepacific_desktop.ui import confirm
from bluepacific_desktop.ui.app import open_main_window, prepare_demo
from bluepacific_desktop.ui.dialogs.conflict_edit import ConflictEditDialog
from bluepacific_desktop.ui.dialogs.login_dialog import LoginDialog
from bluepacific_desktop.ui.main_window import MainWindow
from bluepacific_desktop.ui.pages.contacts.page import ContactsPage
from bluepacific_desktop.ui.pages.settings_page import SettingsPage
from bluepacific_desktop.ui.pages.training.page import TrainingPage
from bluepacific_desktop.ui.retranslate import KEEP
from bluepacific_desktop.ui.translations import install_language
from tests.ui.conftest import REAL_ASK

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "bluepacific_fr.ts"


def english_and_french() -> tuple[set[str], set[str]]:
    """Our English source texts whose French differs (they must not show in French), and
    those French texts."""
    out, french_texts = set(), set()
    for message in ET.parse(TS).getroot().iter("message"):
        source = (message.findtext("source") or "").replace("&", "")
        french = "".join(message.find("translation").itertext()).replace("&", "")
        if source and "%" not in source and french and french != source and len(source) > 3:
            out.add(source)
            french_texts.add(french)
    return out, french_texts


def every_source() -> set[str]:
    """All our English source texts (some French words are English too: "Type")."""
    return {
        (m.findtext("source") or "").replace("&", "")
        for m in ET.parse(TS).getroot().iter("message")
    }


def kept(widget: QWidget | None) -> bool:
    while widget is not None:
        if widget.property(KEEP):
            return True
        widget = widget.parentWidget()
    return False


def every_text(windows: list[QWidget]) -> set[str]:
    """Every text of ours a person can see or hear (screen readers) in these windows, shown
    or folded away: labels, buttons, titles, placeholders, tabs, list and combo items, table
    headers, tooltips, accessible names, actions. Typed contents are left out."""
    texts: set[str] = set()
    for window in windows:
        for w in [window, *window.findChildren(QWidget)]:
            if kept(w):  # the languages, each named in its own words
                continue
            texts |= {w.windowTitle(), w.toolTip(), w.accessibleName()}
            texts |= {a.text() for a in w.actions()}
            if isinstance(w, QComboBox):
                texts.add(w.placeholderText())
                texts |= {w.itemText(i) for i in range(w.count())}
            if isinstance(w, QAbstractSpinBox):
                texts.add(w.specialValueText())
            if isinstance(w, QPlainTextEdit | QTextEdit):
                texts.add(w.placeholderText())
            if isinstance(w, QListWidget):
                texts |= {w.item(i).text() for i in range(w.count())}
            if isinstance(w, QAbstractItemView) and w.model() is not None:
                model = w.model()
                columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
                texts |= {
                    str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                    for c in range(columns)
                }
                texts |= {  # the first rows' cells: words like a mode or a sync state
                    str(model.index(r, c).data() or "")
                    for r in range(min(20, model.rowCount()))
                    for c in range(columns)
                }
        texts |= visible_texts(window)
    return {t.replace("&", "").strip() for t in texts if t}


def visible_texts(page: QWidget) -> set[str]:
    texts: set[str] = set()
    for w in page.findChildren(QLabel):
        texts.add(w.text())
    for w in page.findChildren(QAbstractButton):
        texts.add(w.text())
    for w in page.findChildren(QGroupBox):
        texts.add(w.title())
    for w in page.findChildren(QLineEdit):
        texts.add(w.placeholderText())
    for w in page.findChildren(QTabWidget):
        texts.update(w.tabText(i) for i in range(w.count()))
    return {t.replace("&", "").strip() for t in texts if t}


def question_texts(ask: Callable[[], object]) -> set[str]:
    """The texts of the question `ask` puts up (a modal box), answered with Esc."""
    seen: set[str] = set()

    def grab() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, grab)
            return
        seen.update(every_text([box]))
        box.reject()

    QTimer.singleShot(0, grab)
    ask()
    assert seen, "no question was asked"
    return seen


def open_dialogs(window: MainWindow) -> Iterator[tuple[str, set[str]]]:
    """Every dialog of the app, opened one after the other on the demo data: its name and the
    texts it shows (fields, folded-away parts and tooltips included)."""
    training = next(p for p in window.pages if isinstance(p, TrainingPage))
    contacts = next(p for p in window.pages if isinstance(p, ContactsPage))
    settings = next(p for p in window.pages if isinstance(p, SettingsPage))
    with window.ctx.store.read() as session:
        session_id = session.scalars(select(TrainingSession.id)).first()
    editors: list[tuple[str, Callable[[], QDialog | None]]] = [
        ("new session", lambda: (training.open_session(None), training.editor)[1]),
        ("session with attendees", lambda: (training.open_session(session_id), training.editor)[1]),
        ("new person", lambda: (training.open_person(None), training.person_editor)[1]),
        ("attendance import", lambda: (training.open_import(), training.import_dialog)[1]),
        ("new contact", lambda: (contacts.directory.edit(None), contacts.directory.editor)[1]),
        (
            "new engagement",
            lambda: (contacts.engagements.edit(None), contacts.engagements.editor)[1],
        ),
        ("contact import", lambda: (contacts.open_import(), contacts.import_dialog)[1]),
        ("login", lambda: _shown(LoginDialog(window.ctx, window))),
        (
            "conflict",
            lambda: _shown(
                ConflictEditDialog(
                    ConflictView(1, "person", "p-1", ["rank"], {"rank": "Inspector"}, {}, 3, None),
                    window,
                )
            ),
        ),
    ]
    for name, make in editors:
        dialog = make()
        assert dialog is not None and dialog.isVisible(), name
        yield name, every_text([dialog])
        dialog.reject()
        dialog.close()
    yield "delete question", question_texts(lambda: confirm.confirm_delete(window, "«X»?"))
    yield "unsaved question", question_texts(lambda: REAL_ASK(window, "«X»?"))
    backup = BackupInfo(Path("b.sqlite3"), datetime(2025, 3, 1, tzinfo=UTC), 1, False)
    yield "restore question", question_texts(lambda: settings.data.confirm_restore(backup))
    files = QFileDialog(window)
    files.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own, as on Linux
    files.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    yield "Qt's file dialog", every_text([files])


def _shown(dialog: QDialog) -> QDialog:
    dialog.open()
    return dialog


def test_every_dialog_shows_french(qtbot, tmp_path: Path) -> None:
    # Seen before: "Cancel" in the login dialog, Yes/No on questions and field names in the
    # conflict dialog stayed English in the French interface.
    app = QApplication.instance()
    prepare_demo(tmp_path, size=20, language="fr")
    with Store.open(tmp_path) as store:
        window = open_main_window(store, app)
        assert window is not None
        qtbot.addWidget(window)
        english, french = english_and_french()
        try:
            for name, shown in open_dialogs(window):
                left = (shown & english) | (shown & QT_ENGLISH)
                assert not left, f"the {name} dialog still shows English: {sorted(left)}"
                assert len(shown & (french | QT_FRENCH)) >= 2, f"{name}: little French: {shown}"
        finally:
            window.sync.shutdown()
            window.ctx.background.wait()
            install_language(app, "en")


QT_ENGLISH = {"OK", "Cancel", "Yes", "No", "Save", "Discard", "Open", "Close"} - {"OK"}
QT_FRENCH = {"Annuler", "Oui", "Non", "Enregistrer", "Ouvrir", "Fermer"}


def test_every_screen_shows_french(qtbot, tmp_path: Path) -> None:
    app = QApplication.instance()
    with Store.open(tmp_path) as store:
        with store.write() as session:
            set_up_device(session, "VU", "fr")
        window = open_main_window(store, app)
        assert window is not None
        qtbot.addWidget(window)
        english, french = english_and_french()
        titles = [window.nav.item(i).text() for i in range(window.nav.count())]
        assert "Tableau de bord" in titles and "Paramètres" in titles
        for row, page in enumerate(window.pages):
            window.nav.setCurrentRow(row)
            shown = visible_texts(page)
            left = shown & english
            assert not left, f"{titles[row]} still shows English: {sorted(left)}"
            assert len(shown & french) >= 3, f"{titles[row]} shows little French: {shown}"
        window.sync.shutdown()
        window.ctx.background.wait()
    install_language(app, "en")


def standard_texts() -> set[str]:
    """What Qt's standard buttons say now (as the login, first-start and Settings dialogs and
    the yes/no questions show them)."""
    wanted = QDialogButtonBox.StandardButton
    box = QDialogButtonBox(
        wanted.Ok | wanted.Cancel | wanted.Save | wanted.Discard | wanted.Yes | wanted.No
    )
    texts = {b.text() for b in box.buttons()}
    question = QMessageBox(QMessageBox.Icon.Question, "", "")
    question.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    texts |= {b.text() for b in question.buttons()}
    return {t.replace("&", "") for t in texts}


def test_qt_standard_buttons_speak_the_chosen_language(qtbot) -> None:
    # Seen before: "Cancel" in the login dialog and Yes/No on questions stayed English in
    # the French interface, as only our own .qm was loaded, not Qt's.
    app = QApplication.instance()
    english = standard_texts()
    assert {"Cancel", "Yes", "Save"} <= english
    try:
        install_language(app, "fr")
        french = standard_texts()
        assert {"Annuler", "Oui", "Non", "Enregistrer"} <= french, french
        assert not french & {"Cancel", "Yes", "No", "Save", "Discard"}
    finally:
        install_language(app, "en")
    assert standard_texts() == english  # switching back leaves no French behind
