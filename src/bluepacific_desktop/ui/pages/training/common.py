"""Shared parts of the Training screen: UI language, labels of fixed lists, and problems shown
in red next to the field they name (translated by the problem's code in French)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QObject
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from bluepacific_desktop.domain.enums import Sex, TrainingMode
from bluepacific_desktop.domain.errors import FieldProblem
from bluepacific_desktop.ui.style import ERROR_STYLE


def ui_language() -> str:
    """The language the UI speaks (install_language sets the default locale with it)."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def py_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class TrainingWords(QObject):
    """Translated labels of the fixed lists and of the service's problems."""

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

    def problem(self, p: FieldProblem) -> str:
        """The service's own message in English; in French, a translation chosen by code."""
        if ui_language() == "en":
            return p.message
        known = {
            "required": self.tr("This field is required."),
            "end_before_start": self.tr("The end date is before the start date."),
            "too_long": self.tr("This text is too long."),
            "not_a_number": self.tr("This is not a number."),
            "number_out_of_range": self.tr("Out of range: a score is between 0 and 100."),
            "bad_email": self.tr(
                "This is not an e-mail address (it should look like name@example.org)."
            ),
            "bad_phone": self.tr(
                "This is not a valid phone number. Write it with the country code, "
                "for example +679 331 2345."
            ),
            "date_out_of_range": self.tr("This date is out of range."),
            "bad_zone": self.tr("Choose one of the country's time zones."),
            "not_in_list": self.tr("Choose a value from the list."),
            "unknown_code": self.tr("Choose a value from the list."),
            "already_attending": self.tr(
                "This person is already on this session's attendance list."
            ),
            "missing_person": self.tr("The person no longer exists on this computer."),
            "missing_session": self.tr("The training session no longer exists on this computer."),
            "missing_trainer": self.tr(
                "Some trainers no longer exist on this computer; choose the trainers again."
            ),
            "person_in_use": self.tr(
                "This person is on attendance lists or trains in sessions. "
                "Remove them from those sessions first."
            ),
            "not_owner": self.tr(
                "This record belongs to another country; only its focal point can change it."
            ),
        }
        return known.get(p.code, p.message)


class FieldErrors(QObject):
    """One red label under each field; `show(problems)` puts each message under its field."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.words = TrainingWords(self)
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
            text = self.words.problem(p)
            label.setText(f"{label.text()}\n{text}" if label.text() else text)
            label.show()
