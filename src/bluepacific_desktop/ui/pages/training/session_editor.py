"""The session editor: the session's fields beside its attendance grid, saved all at once.

Save (Ctrl+S) writes the session, the people created inline and the attendances in one
background write transaction; problems come back next to their field or in their row.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.domain.errors import ValidationError
from bluepacific_desktop.store.models import TrainingSession
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.formatting import number
from bluepacific_desktop.ui.geometry import fit_window
from bluepacific_desktop.ui.icons import Icon, icon
from bluepacific_desktop.ui.ops import Changed, Job, WriteOp
from bluepacific_desktop.ui.pages.training.attendees import PROBLEM, STATUS, AttendeesModel
from bluepacific_desktop.ui.pages.training.certificates_dialog import CertificatesDialog
from bluepacific_desktop.ui.pages.training.new_person_form import NewPersonForm
from bluepacific_desktop.ui.pages.training.person_finder import PersonFinder
from bluepacific_desktop.ui.pages.training.session_form import SessionForm
from bluepacific_desktop.ui.pages.training.sheet_dialog import SignInSheetDialog
from bluepacific_desktop.ui.pages.training.status_column import StatusDelegate
from bluepacific_desktop.ui.problems import error_words, problem_words
from bluepacific_desktop.ui.style import ERROR_STYLE
from bluepacific_desktop.ui.unsaved import EditorDialog
from bluepacific_desktop.workflows.session_drafts import (
    AttendeeDraft,
    SaveRefused,
    SessionDraft,
    save_session,
)
from bluepacific_desktop.workflows.training_queries import PersonMatch, session_attendees

CHANGED = (RecordKind.TRAINING_SESSION, RecordKind.ATTENDANCE, RecordKind.PERSON)


class SessionEditor(EditorDialog):
    """Emits `saved(session_id)` once the write has committed."""

    saved = Signal(str)
    draft_name = "session"

    def __init__(self, ctx: AppContext, session_id: str | None, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.ctx = ctx
        self.session_id = session_id
        self.setWindowTitle(self.tr("Training session") if session_id else self.tr("New session"))
        self.form = SessionForm(ctx.store)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.form)
        self.attendees = AttendeesModel(self)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(self._attendance_box())
        splitter.setSizes([430, 790])
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setIcon(icon(Icon.SAVE))
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        for button in (self.save_button, cancel):
            button.setAutoDefault(False)  # Enter in a box must not save half-typed work
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        # Sheets and certificates are printed from the session as saved: a new one has none.
        self.sheet_button = QPushButton(self.tr("Sign-&in sheet…"))
        self.sheet_button.setIcon(icon(Icon.PRINT))
        self.sheet_button.setAutoDefault(False)
        self.sheet_button.setEnabled(session_id is not None)
        self.sheet_button.clicked.connect(self.open_sign_in_sheet)
        self.certificates_button = QPushButton(self.tr("Cer&tificates…"))
        self.certificates_button.setAutoDefault(False)
        self.certificates_button.setEnabled(session_id is not None)
        self.certificates_button.clicked.connect(self.open_certificates)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sheet_button)
        buttons.addWidget(self.certificates_button)
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        fit_window(self, "session-editor", QSize(1220, 660))
        if session_id:
            self._load(session_id)
        self.mark_clean()

    def _attendance_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Attendance"))
        self.finder = PersonFinder(self.ctx.store)
        self.finder.setAccessibleName(self.tr("Add a person by name"))
        self.finder.picked.connect(self.add_person)
        find_label = QLabel(self.tr("Add a &person:"))
        find_label.setBuddy(self.finder)
        self.new_person = NewPersonForm(self.ctx.store)
        self.new_person.ready.connect(self.add_new_person)
        self.create_button = QPushButton(self.tr("Create ne&w person…"))
        self.create_button.setAutoDefault(False)
        self.create_button.clicked.connect(lambda: self.new_person.start(self.finder.text()))
        self.finder_problem = QLabel()
        self.finder_problem.setStyleSheet(ERROR_STYLE)
        self.grid = QTableView()
        self.grid.setModel(self.attendees)
        self.grid.setItemDelegateForColumn(STATUS, StatusDelegate(self.grid))
        self.grid.setAccessibleName(self.tr("Attendees"))
        self.grid.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The problem column takes the room left, its text wrapped; never narrower than its
        # header (ui/geometry.py widens it), so a long translation scrolls instead of cutting.
        header.setSectionResizeMode(PROBLEM, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.grid.setTabKeyNavigation(False)  # Tab leaves the grid; arrows move inside it
        remove = QPushButton(self.tr("Remo&ve attendee"))
        remove.setAutoDefault(False)
        remove.clicked.connect(self.remove_attendee)
        QShortcut(QKeySequence.StandardKey.Delete, self.grid, self.remove_attendee).setContext(
            Qt.ShortcutContext.WidgetShortcut
        )
        row = QHBoxLayout()
        row.addWidget(find_label)
        row.addWidget(self.finder, 1)
        row.addWidget(self.create_button)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self.finder_problem)
        layout.addWidget(self.new_person)
        layout.addWidget(self.grid, 1)
        layout.addWidget(remove, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def _load(self, session_id: str) -> None:
        with self.ctx.store.read() as session:
            record = session.get(TrainingSession, session_id)
            rows = session_attendees(session, session_id)
        if record is None:
            return
        self.form.load(record)
        for attendance, person in rows:
            draft = AttendeeDraft(
                person_id=person.id,
                attendance_id=attendance.id,
                status=attendance.status,
                completed=attendance.completed,
                pre_score=_score(attendance.pre_score),
                post_score=_score(attendance.post_score),
                certificate_issued=attendance.certificate_issued,
            )
            self.attendees.add_person(person, draft)

    # -- attendance list ---------------------------------------------------------------------

    def add_person(self, match: PersonMatch) -> None:
        if self.attendees.has_person(match.id):
            self.finder_problem.setText(
                self.tr("%1 is already on the list.").replace("%1", match.full_name)
            )
            return
        self.finder_problem.clear()
        self.grid.selectRow(self.attendees.add_person(match))

    def add_new_person(self, data: dict[str, Any]) -> None:
        self.finder.clear()
        self.grid.selectRow(self.attendees.add_new_person(data))
        self.finder.setFocus()

    def remove_attendee(self) -> None:
        self.attendees.remove(self.grid.currentIndex().row())

    def open_sign_in_sheet(self) -> SignInSheetDialog | None:
        if self.session_id is None:
            return None
        dialog = SignInSheetDialog(self.ctx, self.session_id, self)
        dialog.open()
        return dialog

    def open_certificates(self) -> CertificatesDialog | None:
        if self.session_id is None:
            return None
        dialog = CertificatesDialog(self.ctx, self.session_id, self)
        dialog.open()
        return dialog

    # -- saving ------------------------------------------------------------------------------

    def draft(self) -> SessionDraft:
        return SessionDraft(
            fields=self.form.fields(),
            attendees=self.attendees.drafts(),
            session_id=self.session_id,
            removed=list(self.attendees.removed),
        )

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return  # already saving
        self.save_button.setEnabled(False)
        self.message.setText(self.tr("Saving…"))
        store, draft = self.ctx.store, self.draft()

        def work(_job: Job) -> Changed[str]:
            with store.write() as session:
                return Changed.of(save_session(session, draft), CHANGED)

        WriteOp(self, self.ctx, work, self._saved, self._refused).run()

    def _saved(self, session_id: str) -> None:
        self.saved.emit(session_id)
        self.saved_ok()

    # -- unsaved changes and drafts ----------------------------------------------------------

    def state(self) -> dict[str, Any]:
        state: dict[str, Any] = {
            "fields": self.form.state(),
            "attendees": self.attendees.state(),
            "removed": list(self.attendees.removed),
        }
        typing = self.new_person.state()  # a person being created, not yet on the list
        if typing is not None:
            state["new_person"] = typing
        return state

    def set_state(self, state: dict[str, Any]) -> None:
        self.form.set_state(state.get("fields", {}))
        self.attendees.set_state(state.get("attendees", []))
        self.attendees.removed = [str(r) for r in state.get("removed", [])]
        self.new_person.set_state(state.get("new_person"))

    def draft_record_id(self) -> str | None:
        return self.session_id

    def draft_title(self) -> str:
        return self.form.display_name()

    def unsaved_question(self) -> str:
        name = self.form.display_name()
        if not name:
            return self.tr("Save the new training session before closing?")
        return self.tr("Save the changes to the session «%1» before closing?").replace("%1", name)

    def _refused(self, exc: Exception) -> None:
        self.guard.save_failed()
        self.save_button.setEnabled(True)
        self.message.clear()
        if isinstance(exc, SaveRefused):
            self.form.errors.show(exc.session_problems)
            self.attendees.set_problems(
                {
                    row: " ".join(problem_words(p) for p in problems)
                    for row, problems in exc.rows.items()
                }
            )
            self.grid.resizeRowsToContents()  # the whole problem, wrapped in its row
            self.message.setText(self.tr("Nothing was saved: correct the fields shown in red."))
        elif isinstance(exc, ValidationError):
            self.form.errors.show(exc.problems)
        else:
            self.message.setText(self.tr("Nothing was saved: %1").replace("%1", error_words(exc)))


def _score(value: float | None) -> str:
    # In the UI's style (75,5 in French): the service reads a decimal comma in scores.
    return "" if value is None else number(value)
