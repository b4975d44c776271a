"""With French chosen, every screen speaks French: no English text of ours is left on screen."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QAbstractListModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
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

from bluepacific_desktop.store.device import set_up_device
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui.app import open_main_window
from bluepacific_desktop.ui.retranslate import KEEP
from bluepacific_desktop.ui.translations import install_language

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
