"""The Training screen: training sessions (list + editor), the directory of people and who is
due for a refresher, as tabs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.domain.errors import ValidationError
from bluepacific_desktop.io.importing import ImportKind
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.ui import confirm
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.dialogs.import_dialog import ImportDialog
from bluepacific_desktop.ui.icons import Icon, icon
from bluepacific_desktop.ui.ops import Changed, Job, WriteOp
from bluepacific_desktop.ui.pages.base import Page
from bluepacific_desktop.ui.pages.reports.printing import print_report
from bluepacific_desktop.ui.pages.training.people_view import PeopleView
from bluepacific_desktop.ui.pages.training.person_dialog import PersonDialog
from bluepacific_desktop.ui.pages.training.refreshers_view import RefreshersView
from bluepacific_desktop.ui.pages.training.session_editor import SessionEditor
from bluepacific_desktop.ui.pages.training.sessions_view import SessionsView
from bluepacific_desktop.ui.pages.training.verify_dialog import VerifyCodeDialog
from bluepacific_desktop.ui.problems import error_words, problem_words
from bluepacific_desktop.workflows.drafts import Draft
from bluepacific_wire import REFERENCE_KINDS


class TrainingPage(Page):
    nav_icon = Icon.TRAINING
    # Reference kinds too: course and country names are shown.
    kinds = REFERENCE_KINDS | {
        RecordKind.TRAINING_SESSION.value,
        RecordKind.ATTENDANCE.value,
        RecordKind.PERSON.value,
    }

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.editor: SessionEditor | None = None
        self.person_editor: PersonDialog | None = None
        self.sessions = SessionsView(ctx.store)
        self.sessions.open_session.connect(self.open_session)
        self.sessions.delete_session.connect(self.delete_session)
        self.sessions.create_session.connect(lambda: self.open_session(None))
        self.people = PeopleView(ctx.store)
        self.people.open_person.connect(self.open_person)
        self.people.delete_person.connect(self.delete_person)
        self.people.create_person.connect(lambda name: self.open_person(None, name))
        self.refreshers = RefreshersView(ctx)
        self.refreshers.print_button.clicked.connect(
            lambda: print_report(self.ctx, self, "refreshers")
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self.sessions, self.tr("&Sessions"))
        self.tabs.addTab(self.people, self.tr("&People"))
        self.tabs.addTab(self.refreshers, self.tr("&Due for refresher"))
        self.tabs.currentChanged.connect(lambda _i: self._reload_if_stale())
        self.import_button = QPushButton(icon(Icon.IMPORT), self.tr("Import attendance s&heet…"))
        self.import_button.clicked.connect(self.open_import)
        self.verify_button = QPushButton(self.tr("&Verify a code…"))
        self.verify_button.clicked.connect(self.open_verify)
        self.verify_dialog: VerifyCodeDialog | None = None
        corner = QWidget()
        corner_row = QHBoxLayout(corner)
        corner_row.setContentsMargins(0, 0, 0, 0)
        corner_row.addWidget(self.verify_button)
        corner_row.addWidget(self.import_button)
        self.tabs.setCornerWidget(corner)
        # Read when the tab is first shown.
        self._stale: set[QWidget] = {self.people, self.refreshers}
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def title(self) -> str:
        return self.tr("Training")

    def open_verify(self) -> VerifyCodeDialog:
        if self.verify_dialog is None:
            self.verify_dialog = VerifyCodeDialog(self.ctx, self)
        self.verify_dialog.open()
        return self.verify_dialog

    def refresh(self) -> None:
        # Reload the tab in view now, the other one when it is next shown.
        self._stale = {self.sessions, self.people, self.refreshers}
        self._reload_if_stale()

    def _reload_if_stale(self) -> None:
        view = self.tabs.currentWidget()
        if view in self._stale:
            self._stale.discard(view)
            view.reload()  # type: ignore[attr-defined]

    # -- shortcuts ---------------------------------------------------------------------------

    def new_record(self) -> None:
        if self.tabs.currentWidget() is self.people:
            self.open_person(None)
        else:
            self.open_session(None)

    def find_records(self) -> None:
        view = self.tabs.currentWidget()
        box = self.people.search if view is self.people else self.sessions.search
        box.setFocus()
        box.selectAll()

    def print_page(self) -> None:
        """Ctrl+P: the training summary of the current quarter, through the print dialog; the
        status bar then says what went to which printer."""
        print_report(self.ctx, self, "training")

    def open_import(self) -> None:
        self.import_dialog = ImportDialog(self.ctx, ImportKind.ATTENDANCE, self)
        self.import_dialog.open()

    def open_draft(self, draft: Draft) -> bool:
        if draft.editor == SessionEditor.draft_name:
            self.tabs.setCurrentWidget(self.sessions)
            self.open_session(draft.record_id)
            assert self.editor is not None
            self.editor.restore(draft)
            return True
        if draft.editor == PersonDialog.draft_name:
            self.tabs.setCurrentWidget(self.people)
            self.open_person(draft.record_id)
            assert self.person_editor is not None
            self.person_editor.restore(draft)
            return True
        return False

    # -- sessions ----------------------------------------------------------------------------

    def open_session(self, session_id: str | None) -> None:
        self.editor = SessionEditor(self.ctx, session_id, self)
        self.editor.saved.connect(self.sessions.select)
        self.editor.open()

    def delete_session(self, session_id: str) -> None:
        data = self.sessions.model.row_data(self.sessions.model.row_of(session_id))
        name = str(data.get("title") or data.get("course") or "")
        attendees = int(data.get("attendees") or 0)
        if attendees:
            question = self.tr(
                "Delete the session «%1» and its %n attendance records?", "", attendees
            )
        else:
            question = self.tr("Delete the session «%1»? It has no attendance records.")
        if not confirm.confirm_delete(self, question.replace("%1", name)):
            return
        self._write(
            lambda service: service.delete(RecordKind.TRAINING_SESSION, session_id),
            (RecordKind.TRAINING_SESSION, RecordKind.ATTENDANCE),
        )

    # -- people ------------------------------------------------------------------------------

    def open_person(self, person_id: str | None, name: str = "") -> None:
        """Open a person, or a new one (with `name` filled in, from an empty search)."""
        self.person_editor = PersonDialog(self.ctx, person_id, self)
        if person_id is None and name:
            self.person_editor.boxes["full_name"].setText(name)
        self.person_editor.open()

    def delete_person(self, person_id: str) -> None:
        data = self.people.model.row_data(self.people.model.row_of(person_id))
        question = self.tr("Delete «%1» from the directory of people?")
        if not confirm.confirm_delete(
            self, question.replace("%1", str(data.get("full_name") or ""))
        ):
            return
        self._write(
            lambda service: service.delete(RecordKind.PERSON, person_id), (RecordKind.PERSON,)
        )

    # -- helpers -----------------------------------------------------------------------------

    def _write(self, change: Callable[[RecordService], Any], kinds: tuple[str, ...]) -> None:
        store = self.ctx.store

        def work(_job: Job) -> Changed[None]:
            with store.write() as session:
                change(RecordService(session))
            return Changed.of(None, kinds)

        WriteOp(self, self.ctx, work, on_failed=self._refused).run()

    def _refused(self, exc: Exception) -> None:
        if isinstance(exc, ValidationError):
            text = "\n".join(problem_words(p) for p in exc.problems)
        else:
            text = error_words(exc)
        QMessageBox.warning(self, self.tr("Not deleted"), text)
