"""The inline "Create new person" form of the session editor: name, sex, agency and rank.

The fields are checked at once with the same rules the service applies on save (domain/rules),
so a mistake shows next to its field before the person joins the attendance list.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.domain.errors import ValidationError
from bluepacific_desktop.domain.rules import RULES
from bluepacific_desktop.store.device import device_context
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui.pages.training.common import FieldErrors, TrainingWords, sex_combo


class NewPersonForm(QGroupBox):
    """Emits `ready(dict)` with checked person fields; the person is written with the session."""

    ready = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setTitle(self.tr("New person"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name of the new person"))
        self.sex = sex_combo(TrainingWords(self))
        self.sex.setAccessibleName(self.tr("Sex of the new person"))
        self.agency = QLineEdit()
        self.agency.setAccessibleName(self.tr("Agency of the new person"))
        self.rank = QLineEdit()
        self.rank.setAccessibleName(self.tr("Rank of the new person"))
        self.errors = FieldErrors(self)
        form = QFormLayout(self)
        self.errors.add_row(form, self.tr("&Full name:"), "full_name", self.name)
        self.errors.add_row(form, self.tr("Se&x:"), "sex", self.sex)
        self.errors.add_row(form, self.tr("A&gency:"), "agency", self.agency)
        self.errors.add_row(form, self.tr("Ran&k:"), "rank", self.rank)
        self.add_button = QPushButton(self.tr("&Add to the list"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.submit)
        cancel = QPushButton(self.tr("Cance&l new person"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.close_form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(cancel)
        buttons.addStretch(1)
        form.addRow(self.errors.general)
        form.addRow(buttons)
        self.name.returnPressed.connect(self.submit)
        self.hide()

    def start(self, name: str) -> None:
        for box in (self.name, self.agency, self.rank):
            box.clear()
        self.name.setText(name.strip())
        self.sex.setCurrentIndex(-1)  # to be chosen: see sex_combo
        self.errors.clear()
        self.show()
        self.name.setFocus()

    def data(self) -> dict[str, Any]:
        return {
            "full_name": self.name.text(),
            "sex": self.sex.currentData(),
            "agency": self.agency.text(),
            "rank": self.rank.text(),
        }

    def state(self) -> dict[str, Any] | None:
        """What is typed in the open form, for the editor's draft; None when it is closed."""
        return None if self.isHidden() else self.data()

    def set_state(self, state: dict[str, Any] | None) -> None:
        if not state:
            self.close_form()
            return
        self.start(str(state.get("full_name") or ""))
        self.sex.setCurrentIndex(self.sex.findData(state.get("sex")))
        self.agency.setText(str(state.get("agency") or ""))
        self.rank.setText(str(state.get("rank") or ""))

    def submit(self) -> None:
        data = self.data()
        with self.store.read() as session:
            rules = device_context(session).rules
        try:
            RULES[RecordKind.PERSON](data, rules)
        except ValidationError as exc:
            self.errors.show(exc.problems)
            return
        self.ready.emit(data)
        self.close_form()

    def close_form(self) -> None:
        self.errors.clear()
        self.hide()
