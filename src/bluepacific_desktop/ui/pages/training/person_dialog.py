"""Edit one person of the directory: the service's rules apply, problems show by the fields."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.domain.errors import ValidationError
from bluepacific_desktop.store.models import Person
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.geometry import fit_window
from bluepacific_desktop.ui.icons import Icon, icon
from bluepacific_desktop.ui.ops import Changed, Job, WriteOp
from bluepacific_desktop.ui.pages.training.common import FieldErrors, TrainingWords, sex_combo
from bluepacific_desktop.ui.pages.training.course_checklist import CourseChecklist
from bluepacific_desktop.ui.personal_data import PersonalDataButton
from bluepacific_desktop.ui.problems import error_words
from bluepacific_desktop.ui.unsaved import EditorDialog

TEXT_FIELDS = ("full_name", "agency", "rank", "position", "email", "phone")


class PersonDialog(EditorDialog):
    """Edits the person `person_id`, or adds a new one to the directory when it is None."""

    draft_name = "person"

    def __init__(
        self, ctx: AppContext, person_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.ctx = ctx
        self.person_id = person_id
        self.setWindowTitle(self.tr("Person") if person_id else self.tr("New person"))
        self.boxes = {name: QLineEdit() for name in TEXT_FIELDS}
        self.sex = sex_combo(TrainingWords(self))
        self.trains = CourseChecklist(ctx.store)
        self.errors = FieldErrors(self)
        form = QFormLayout()
        rows: list[tuple[str, str, QWidget, str]] = [
            (self.tr("&Name:"), "full_name", self.boxes["full_name"], self.tr("Name")),
            (self.tr("Se&x:"), "sex", self.sex, self.tr("Sex")),
            (self.tr("A&gency:"), "agency", self.boxes["agency"], self.tr("Agency")),
            (self.tr("Ran&k:"), "rank", self.boxes["rank"], self.tr("Rank")),
            (self.tr("Pos&ition:"), "position", self.boxes["position"], self.tr("Position")),
            (self.tr("&E-mail:"), "email", self.boxes["email"], self.tr("E-mail")),
            (self.tr("P&hone:"), "phone", self.boxes["phone"], self.tr("Phone")),
            (
                self.tr("&Trains courses:"),
                "trainer_courses",
                self.trains,
                self.tr("Courses this person trains"),
            ),
        ]
        for text, name, widget, accessible in rows:
            widget.setAccessibleName(accessible)
            self.errors.add_row(form, text, name, widget)
        form.addRow(self.errors.general)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setIcon(icon(Icon.SAVE))
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        for button in (self.save_button, cancel):
            button.setAutoDefault(False)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        buttons = QHBoxLayout()
        self.personal_data: PersonalDataButton | None = None
        if person_id:
            self.personal_data = PersonalDataButton(
                self, ctx, RecordKind.PERSON, lambda: self.person_id, self.draft_title
            )
            buttons.addWidget(self.personal_data)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        fit_window(self, "person-editor", QSize(520, 0))
        if person_id:
            self._load(person_id)
        self.mark_clean()

    def _load(self, person_id: str) -> None:
        with self.ctx.store.read() as session:
            person = session.get(Person, person_id)
        if person is None:
            return
        for name, box in self.boxes.items():
            box.setText(getattr(person, name) or "")
        self.sex.setCurrentIndex(self.sex.findData(person.sex))
        if self.personal_data is not None:
            self.personal_data.set_can_erase(person.erased_on is None)
        self.trains.set_codes(list(person.trainer_courses or []))

    def changes(self) -> dict[str, Any]:
        values: dict[str, Any] = {name: box.text() for name, box in self.boxes.items()}
        values["sex"] = self.sex.currentData()
        values["trainer_courses"] = self.trains.codes()
        return values

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        self.save_button.setEnabled(False)
        store, person_id, changes = self.ctx.store, self.person_id, self.changes()

        def work(_job: Job) -> Changed[None]:
            with store.write() as session:
                service = RecordService(session)
                if person_id:
                    service.update(RecordKind.PERSON, person_id, changes)
                else:
                    service.create(RecordKind.PERSON, changes)
            return Changed.of(None, {RecordKind.PERSON})

        WriteOp(self, self.ctx, work, self._saved, self._refused).run()

    def _saved(self, _result: object) -> None:
        self.saved_ok()

    # -- unsaved changes and drafts ----------------------------------------------------------

    def state(self) -> dict[str, Any]:
        return self.changes()

    def set_state(self, state: dict[str, Any]) -> None:
        for name, box in self.boxes.items():
            box.setText(str(state.get(name) or ""))
        self.sex.setCurrentIndex(self.sex.findData(state.get("sex")))
        self.trains.set_codes([str(c) for c in state.get("trainer_courses") or []])

    def draft_record_id(self) -> str | None:
        return self.person_id

    def draft_title(self) -> str:
        return self.boxes["full_name"].text().strip()

    def unsaved_question(self) -> str:
        name = self.draft_title()
        if not name:
            return self.tr("Save the new person before closing?")
        return self.tr("Save the changes to «%1» before closing?").replace("%1", name)

    def _refused(self, exc: Exception) -> None:
        self.guard.save_failed()
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.errors.show(exc.problems)
        else:
            self.errors.general.setText(error_words(exc))
            self.errors.general.show()
