"""Shared parts of the Training screen: UI language, labels of fixed lists, and problems shown
in red next to the field they name (in words from ui/problems.py)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from bluepacific_desktop.domain.enums import Sex, TrainingMode
from bluepacific_desktop.domain.errors import FieldProblem
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui.problems import problem_words
from bluepacific_desktop.ui.style import ERROR_STYLE
from bluepacific_desktop.workflows.training_queries import courses


def ui_language() -> str:
    """The language the UI speaks (install_language sets the default locale with it)."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def rename_courses(combo: QComboBox, store: Store) -> None:
    """Course names are reference data kept in both languages: after a language switch the
    combo's items take the new language's names, the chosen course staying chosen."""
    with store.read() as session:
        names = dict(courses(session, ui_language()))
    for i in range(combo.count()):
        name = names.get(combo.itemData(i))
        if name is not None:
            combo.setItemText(i, name)


def py_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class TrainingWords(QObject):
    """Translated labels of the fixed lists."""

    def modes(self) -> dict[str, str]:
        return {
            TrainingMode.IN_PERSON: self.tr("In person"),
            TrainingMode.ONLINE: self.tr("Online"),
            TrainingMode.BLENDED: self.tr("Blended"),
        }

    def sexes(self) -> dict[str, str]:
        return {
            Sex.FEMALE: self.tr("Female"),
            Sex.MALE: self.tr("Male"),
            Sex.ANOTHER: self.tr("Another"),
            Sex.NOT_STATED: self.tr("Not stated"),
        }


def sex_combo(words: TrainingWords) -> QComboBox:
    """Sex feeds the sex-split figures donors read: it starts empty and must be chosen, so a
    hurried entry never counts a man as a woman."""
    combo = QComboBox()
    for value, text in words.sexes().items():
        combo.addItem(text, value)
    combo.setPlaceholderText(QCoreApplication.translate("TrainingWords", "Choose"))
    combo.setCurrentIndex(-1)
    return combo


class FieldErrors(QObject):
    """One red label under each field; `show(problems)` puts each message under its field."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.labels: dict[str, QLabel] = {}
        # Problems naming no field of the form (e.g. "country") go to this general label.
        self.general = self._label()

    def _label(self) -> QLabel:
        label = QLabel()
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        return label

    def add_row(self, form: QFormLayout, text: str, field: str, widget: QWidget) -> QLabel:
        """A form row: the mnemonic label, the widget and its (hidden) problem label beneath."""
        error = self._label()
        error.setAccessibleName(self.tr("Problem"))
        self.labels[field] = error
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        label = QLabel(text)
        label.setBuddy(widget)
        form.addRow(label, box)
        return error

    def clear(self) -> None:
        for label in [*self.labels.values(), self.general]:
            label.clear()
            label.hide()

    def show(self, problems: list[FieldProblem]) -> None:
        self.clear()
        for p in problems:
            label = self.labels.get(p.field, self.general)
            text = problem_words(p)
            label.setText(f"{label.text()}\n{text}" if label.text() else text)
            label.show()
