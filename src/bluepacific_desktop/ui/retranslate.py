"""Switches every open window and dialog to the newly chosen language at once, with no restart
and without touching a character anyone typed.

The catalogue (ui/translations.py) remembers the source of every text it handed out. When the
language changes, each text on screen that came from it — a label, a button, a title, a
placeholder, a tooltip, a tab, a list or combo item, an action — is asked for again in the new
language; a text built from a template ("Backup written: %1") keeps what was put into it. What
people type (line edits, text boxes, an editable combo's text) is never read or written here,
so an editor holding unsaved typing keeps it. Tables re-read their headers and cells, date
boxes take the new locale's month names. Screens whose texts the catalogue cannot trace (a
sentence joined from several) re-read them in their own `retranslate()`/`changeEvent`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import is_dataclass, replace
from functools import partial

import shiboken6
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractProxyModel,
    QCoreApplication,
    QLocale,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from bluepacific_desktop.ui.translations import Origin, percent_n

_PLACEHOLDER = re.compile(r"%(\d)")

# A widget whose texts are not ours to translate (the languages, each in its own words)
# carries this property; `keep_texts(widget)` sets it.
KEEP = "bluepacificKeepTexts"


def keep_texts(widget: QWidget) -> None:
    """Leave this widget's texts as they are on a language switch."""
    widget.setProperty(KEEP, True)


def _again(origins: list[Origin]) -> str:
    """The text in the current language: the first context asked that has it."""
    for context, source, disambiguation, n in origins:
        fresh = QCoreApplication.translate(context, source, disambiguation, n)
        if fresh != percent_n(source, n):
            return fresh
    return QCoreApplication.translate(*origins[0])


class _Template:
    """A translated text with %1…%9 in it, and how to read the values back out of it."""

    def __init__(self, text: str, origins: list[Origin]) -> None:
        self.origins = origins
        self.prefix = _PLACEHOLDER.split(text)[0]
        pattern = ""
        last = 0
        for match in _PLACEHOLDER.finditer(text):
            pattern += re.escape(text[last : match.start()])
            pattern += f"(?P<p{match.group(1)}_{match.start()}>.*?)"
            last = match.end()
        self.regex = re.compile(pattern + re.escape(text[last:]) + r"\Z", re.DOTALL)

    def again(self, shown: str) -> str | None:
        if not shown.startswith(self.prefix):
            return None
        match = self.regex.match(shown)
        if match is None:
            return None
        values = {name.split("_")[0][1:]: value for name, value in match.groupdict().items()}
        fresh = _again(self.origins)
        return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), fresh)


class Retranslator:
    """Maps a text shown in the previous language to the same text in the current one."""

    def __init__(self, said: dict[str, list[Origin]], formats: tuple[str, str] = ("", "")) -> None:
        self.said = said
        self.formats = formats
        self.models_done: set[int] = set()
        # A template with no words of its own ("%1 (%2)") would match anyone's name: skipped.
        self.templates = [
            _Template(text, origin)
            for text, origin in said.items()
            if _PLACEHOLDER.search(text) and len(re.sub(r"\W|%\d", "", text)) >= 3
        ]

    def text(self, shown: str) -> str | None:
        """The text in the current language, or None when it is not one of ours."""
        if not shown:
            return None
        origins = self.said.get(shown)
        if origins:
            return _again(origins)
        for template in self.templates:
            fresh = template.again(shown)
            if fresh is not None:
                return fresh
        return None

    def apply(self, get: Callable[[], str], put: Callable[[str], object]) -> None:
        fresh = self.text(get())
        if fresh is not None:
            put(fresh)

    # -- widgets ----------------------------------------------------------------------------

    def window(self, window: QWidget) -> None:
        # Date boxes and numbers follow the locale: a window set to it passes it to every
        # child that has none of its own.
        window.setLocale(QLocale())
        for widget in [window, *window.findChildren(QWidget)]:
            if shiboken6.isValid(widget):
                self.widget(widget)

    def widget(self, w: QWidget) -> None:
        if w.property(KEEP):
            return
        self.apply(w.windowTitle, w.setWindowTitle)
        self.apply(w.toolTip, w.setToolTip)
        self.apply(w.statusTip, w.setStatusTip)
        self.apply(w.whatsThis, w.setWhatsThis)
        self.apply(w.accessibleName, w.setAccessibleName)
        self.apply(w.accessibleDescription, w.setAccessibleDescription)
        for action in w.actions():
            self.apply(action.text, action.setText)
            self.apply(action.toolTip, action.setToolTip)
            self.apply(action.statusTip, action.setStatusTip)
        if isinstance(w, QLabel | QAbstractButton):
            self.apply(w.text, w.setText)
        elif isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit):
            self.apply(w.placeholderText, w.setPlaceholderText)  # never the typed text
        elif isinstance(w, QComboBox):
            self.combo(w)
        elif isinstance(w, QAbstractSpinBox):
            self.apply(w.specialValueText, w.setSpecialValueText)
            if isinstance(w, QDateTimeEdit):
                self.date_box(w)
        elif isinstance(w, QProgressBar):
            self.apply(w.format, w.setFormat)
        elif isinstance(w, QMenu):
            self.apply(w.title, w.setTitle)
        if isinstance(w, QGroupBox):
            self.apply(w.title, w.setTitle)
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                self.apply(partial(w.tabText, i), partial(w.setTabText, i))
                self.apply(partial(w.tabToolTip, i), partial(w.setTabToolTip, i))
        if isinstance(w, QAbstractItemView):
            self.view(w)

    def date_box(self, box: QDateTimeEdit) -> None:
        """A box in the language's own date format (3/12/26 in English, 03/12/2026 in
        French) takes the new one; a format chosen on purpose ("MMMM yyyy") stays, its month
        names following the locale."""
        short = QLocale.FormatType.ShortFormat
        date_format, date_time_format = self.formats
        if box.displayFormat() == date_format:
            box.setDisplayFormat(QLocale().dateFormat(short))
        elif box.displayFormat() == date_time_format:
            box.setDisplayFormat(QLocale().dateTimeFormat(short))

    def combo(self, box: QComboBox) -> None:
        self.apply(box.placeholderText, box.setPlaceholderText)
        tip = Qt.ItemDataRole.ToolTipRole
        for i in range(box.count()):
            if box.isEditable() and i == box.currentIndex():
                continue  # its text is in the edit line, where the user may have typed
            self.apply(partial(box.itemText, i), partial(box.setItemText, i))
            said = box.itemData(i, tip)
            fresh = self.text(said) if isinstance(said, str) else None
            if fresh is not None:
                box.setItemData(i, fresh, tip)

    def model_texts(self, model: QAbstractItemModel) -> None:
        """The texts a model of ours keeps for its headers and words: its public attributes
        that are texts, lists of texts or of columns (a dataclass with a `header`), or
        dictionaries of texts. Rows it caches (private attributes) are records: left alone."""
        if id(model) in self.models_done:
            return
        self.models_done.add(id(model))
        for name, value in list(vars(model).items()):
            if name.startswith("_"):
                continue
            if isinstance(value, str):
                setattr(model, name, self.text(value) or value)
            elif isinstance(value, list):
                value[:] = [self.kept_text(item) for item in value]
            elif isinstance(value, dict):
                for key, item in value.items():
                    if isinstance(item, str):
                        value[key] = self.text(item) or item

    def kept_text(self, item: object) -> object:
        if isinstance(item, str):
            return self.text(item) or item
        if is_dataclass(item) and not isinstance(item, type):
            header = getattr(item, "header", None)
            fresh = self.text(header) if isinstance(header, str) else None
            if fresh is not None:
                return replace(item, header=fresh)
        return item

    def view(self, view: QAbstractItemView) -> None:
        if isinstance(view, QListWidget):
            for row in range(view.count()):
                item = view.item(row)
                self.apply(item.text, item.setText)
                self.apply(item.toolTip, item.setToolTip)
        if isinstance(view, QTableWidget):
            for column in range(view.columnCount()):
                header = view.horizontalHeaderItem(column)
                if header is not None:
                    self.apply(header.text, header.setText)
            for row in range(view.rowCount()):
                for column in range(view.columnCount()):
                    cell = view.item(row, column)
                    # Only cells nobody can type in: an editable one holds someone's words.
                    if cell is not None and not cell.flags() & Qt.ItemFlag.ItemIsEditable:
                        self.apply(cell.text, cell.setText)
                        self.apply(cell.toolTip, cell.setToolTip)
        # Models answer from the texts they keep (headers, state words): those are asked for
        # again, then the view re-reads headers and cells.
        model = view.model()
        if isinstance(model, QAbstractProxyModel) and model.sourceModel() is not None:
            self.model_texts(model.sourceModel())
        if model is not None:
            self.model_texts(model)
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
            if columns:  # row headers are numbers: 100,000 of them need no asking
                model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
        view.viewport().update()


def retranslate_open_windows(
    said: dict[str, list[Origin]], formats: tuple[str, str] = ("", "")
) -> None:
    """Every open window and dialog, in the language just installed; `formats` are the
    previous language's short date and date-time formats (date boxes that used them follow)."""
    again = Retranslator(said, formats)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    for window in app.topLevelWidgets():
        again.window(window)
