"""Import of an attendance sheet or a contact list: a dry run off the GUI thread, a preview of
what would be created with every refused row and doubtful match, then the import itself (all
rows or none, on the writer) only when nothing is refused. Both report the rows checked in a
progress bar. A course name that is no course's is asked once for the whole sheet (the closest
courses first); the choice is remembered on this computer when the import is written.

A sheet checked and ready, or a course chosen, and not yet imported is an unsaved change: Esc,
Close and quitting ask Save (import) / Discard / Keep editing like every editor (ui/unsaved.py);
a sheet with refused rows has nothing to lose (it is corrected in the sheet itself)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.i18n.import_words import said_words
from bluepacific_desktop.io.importing import FileRefused, ImportKind, ImportPlan, run_import
from bluepacific_desktop.io.importing.courses import CourseQuestion
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.dialogs.import_rows import LinesModel, doubtful_rows, refused_rows
from bluepacific_desktop.ui.formatting import number
from bluepacific_desktop.ui.geometry import fit_window
from bluepacific_desktop.ui.ops import Changed, Job, ReadOp, WriteOp
from bluepacific_desktop.ui.problems import error_words
from bluepacific_desktop.ui.style import ERROR_STYLE
from bluepacific_desktop.ui.unsaved import EditorDialog


def _table(model: LinesModel, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    header = view.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view


def created_kinds(plan: ImportPlan) -> list[str]:
    """The record kinds an import wrote, for the screens that list them to refresh."""
    counts = plan.counts()
    if plan.kind == ImportKind.CONTACTS.value:
        return [RecordKind.CONTACT.value] if counts["contacts"] else []
    pairs = (
        ("people", RecordKind.PERSON),
        ("sessions", RecordKind.TRAINING_SESSION),
        ("attendances", RecordKind.ATTENDANCE),
        ("attendances_filled", RecordKind.ATTENDANCE),
    )
    return sorted({kind.value for key, kind in pairs if counts.get(key)})


class ImportDialog(EditorDialog):
    def __init__(self, ctx: AppContext, kind: ImportKind, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ctx = ctx
        self.kind = kind
        self.path: Path | None = None
        self.plan: ImportPlan | None = None
        self.courses: dict[str, str] = {}  # course name as written → code the user chose
        self.asked: str | None = None  # the course name the dialog asks about
        attendance = kind is ImportKind.ATTENDANCE
        self.setWindowTitle(
            self.tr("Import an attendance sheet")
            if attendance
            else self.tr("Import a contact list")
        )
        self.file = QLineEdit()
        self.file.setReadOnly(True)
        self.file.setAccessibleName(self.tr("File to import"))
        self.choose_button = QPushButton(self.tr("C&hoose a file…"))
        self.choose_button.clicked.connect(self.choose)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.choose_button)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.setAccessibleName(self.tr("Rows checked"))
        self.progress.hide()
        file_row = QHBoxLayout()
        file_row.addWidget(file_label)
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.progress)
        self.status = QLabel(
            self.tr(
                "Choose a CSV, Excel (.xlsx) or LibreOffice (.ods) file. Nothing is written "
                "until you press Import."
            )
        )
        self.status.setWordWrap(True)
        # What reading the sheet changed or doubts (merged cells filled, letters lost).
        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        self.notes_label.hide()
        self.course_question = QLabel()
        self.course_question.setWordWrap(True)
        self.course_choice = QComboBox()
        self.course_choice.setAccessibleName(self.tr("Course of the sheet"))
        self.course_question.setBuddy(self.course_choice)
        self.use_course = QPushButton(self.tr("&Use this course"))
        self.use_course.clicked.connect(self.choose_course)
        course_row = QHBoxLayout()
        course_row.addWidget(self.course_choice, 1)
        course_row.addWidget(self.use_course)
        self.course_box = QWidget()
        course_layout = QVBoxLayout(self.course_box)
        course_layout.setContentsMargins(0, 0, 0, 0)
        course_layout.addWidget(self.course_question)
        course_layout.addLayout(course_row)
        self.course_box.hide()
        self.counts_heading = QLabel()
        self.counts = QFormLayout()
        self.counts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        keys = (
            (
                "people",
                "sessions",
                "attendances",
                "attendances_filled",
                "people_reused",
                "sessions_reused",
            )
            if attendance
            else ("contacts", "contacts_skipped")
        )
        texts = self._count_texts()
        self.count_labels: dict[str, QLabel] = {}
        for key in keys:
            value = QLabel("–")
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.count_labels[key] = value
            self.counts.addRow(texts[key], value)
        if "attendances_filled" in self.count_labels:  # until a sign-in sheet is read
            self.counts.setRowVisible(self.count_labels["attendances_filled"], False)
        line, column, reason = self.tr("Line"), self.tr("Column"), self.tr("Reason")
        self.refused_model = LinesModel((line, column, reason))
        self.doubtful_model = LinesModel((line, self.tr("In the sheet"), self.tr("May be")))
        self.refused_label = QLabel()
        self.refused_view = _table(self.refused_model, self.tr("Refused rows"))
        self.doubtful_label = QLabel()
        self.doubtful_view = _table(self.doubtful_model, self.tr("Doubtful matches"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.commit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.status)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.course_box)
        layout.addWidget(self.counts_heading)
        layout.addLayout(self.counts)
        layout.addWidget(self.doubtful_label)
        layout.addWidget(self.doubtful_view, 1)
        layout.addWidget(self.refused_label)
        layout.addWidget(self.refused_view, 2)
        layout.addWidget(self.buttons)
        self._show_tables()
        fit_window(self, "import", QSize(860, 600))
        self.mark_clean()

    # -- unsaved changes (ui/unsaved.py) -----------------------------------------------------

    def state(self) -> dict[str, Any]:
        """A checked sheet that can be imported, and the courses chosen for it."""
        ready = self.plan is not None and not self.plan.committed and not self.plan.refused
        return {
            "ready": str(self.path) if ready and self.import_button.isEnabled() else "",
            "courses": dict(self.courses),
        }

    def set_state(self, state: dict[str, Any]) -> None:
        """No draft is kept: the sheet itself is the draft, checked again when chosen again."""

    def save(self) -> None:
        self.commit()

    def unsaved_question(self) -> str:
        if self.path is not None and self.import_button.isEnabled():
            return self.tr(
                "The sheet «%1» is checked but not imported yet. Import it before closing?"
            ).replace("%1", self.path.name)
        return self.tr(
            "The course you chose for this sheet is not remembered until the sheet is "
            "imported. Import it before closing?"
        )

    def draft_title(self) -> str:
        return ""

    def draft_record_id(self) -> str | None:
        return None

    def _count_texts(self) -> dict[str, str]:
        return {
            "people": self.tr("New people"),
            "sessions": self.tr("New training sessions"),
            "attendances": self.tr("Attendances"),
            "attendances_filled": self.tr("Registered attendees filled in (sign-in sheet)"),
            "people_reused": self.tr("People already on this computer (reused)"),
            "sessions_reused": self.tr("Sessions already on this computer (reused)"),
            "contacts": self.tr("New contacts"),
            "contacts_skipped": self.tr("Already in the directory (left out)"),
        }

    # -- dry run -----------------------------------------------------------------------------

    def choose(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.windowTitle(),
            QDir.homePath(),
            self.tr("Sheets (*.csv *.xlsx *.ods);;All files (*)"),
        )
        if chosen:
            self.courses = {}  # another sheet: its course names are its own
            self.load(Path(chosen))

    def load(self, path: Path) -> None:
        """Read and check the file off the GUI thread (a read: nothing is written)."""
        self.path = path
        self.plan = None
        self.file.setText(str(path))
        self.import_button.setEnabled(False)
        self.course_box.hide()
        self._busy(self.tr("Reading and checking the file…"))
        store, kind, courses = self.ctx.store, self.kind, dict(self.courses)

        def work(job: Job) -> ImportPlan:
            return run_import(
                store, kind, path, courses=courses, progress=lambda d, t: job.progress((d, t))
            )

        ReadOp(self, self.ctx, work, self._planned, self._failed, self._progressed).run()

    def _progressed(self, value: object) -> None:
        """Rows checked so far, from the worker (about a hundred times per sheet)."""
        if isinstance(value, tuple):
            done, total = value
            self.progress.setRange(0, max(1, total))
            self.progress.setValue(done)
            self.progress.setFormat(
                self.tr("%1 of %2 rows").replace("%1", number(done)).replace("%2", number(total))
            )

    def _ask_course(self, question: CourseQuestion, plan: ImportPlan) -> None:
        """One choice for the whole sheet: the closest courses first, then every course."""
        self.course_question.setText(
            self.tr(
                "The course “%1” (%Ln rows) is not a course name this app knows. Choose the "
                "course it means; it is remembered on this computer for the next sheets.",
                "",
                len(question.lines),
            ).replace("%1", question.written)
        )
        self.course_choice.clear()
        proposed = {p.code for p in question.proposals}
        for p in question.proposals:
            self.course_choice.addItem(f"{p.name} ({p.code})", p.code)
        others = [p for p in plan.every_course if p.code not in proposed]
        if others:
            self.course_choice.insertSeparator(self.course_choice.count())
            for p in others:
                self.course_choice.addItem(f"{p.name} ({p.code})", p.code)
        self.course_choice.setCurrentIndex(0)
        self.asked = question.written
        self.course_box.show()

    def choose_course(self) -> None:
        """The user's course for the sheet's name: checked again with it (nothing written)."""
        code = self.course_choice.currentData()
        if self.path is None or self.asked is None or not code:
            return
        self.courses[self.asked] = str(code)
        self.load(self.path)

    def _planned(self, plan: ImportPlan) -> None:
        self.plan = plan
        self._show_plan(plan)
        if plan.courses_to_choose:
            self._ask_course(plan.courses_to_choose[0], plan)
            self._say(self.tr("Choose the course of this sheet, then press Use this course."))
        elif plan.refused:
            self._say(
                self.tr(
                    "Rows refused: %Ln. Correct them in the sheet and choose it again: nothing "
                    "is imported while a row is refused.",
                    "",
                    len(plan.refused),
                ),
                error=True,
            )
        elif not any(created_kinds(plan)):
            self._say(self.tr("There is nothing new to import in this file."))
        else:
            self._say(self.tr("Ready: press Import to write these records."))
            self.import_button.setEnabled(True)

    def _show_plan(self, plan: ImportPlan) -> None:
        self.counts_heading.setText(
            self.tr("Created:") if plan.committed else self.tr("The import will create:")
        )
        counts = plan.counts()
        for key, label in self.count_labels.items():
            label.setText(number(counts[key]) if key in counts else "–")
        filled = self.count_labels.get("attendances_filled")
        if filled is not None:  # shown for a sign-in sheet only
            self.counts.setRowVisible(filled, "attendances_filled" in counts)
        self.refused_model.set_rows(refused_rows(plan.refused))
        self.doubtful_model.set_rows(doubtful_rows(plan.doubtful))
        heading = self.tr("Notes on the sheet (check them):")
        self.notes_label.setText("\n".join([heading, *(said_words(n) for n in plan.notes)]))
        self.notes_label.setVisible(bool(plan.notes))
        self._show_tables()

    def _show_tables(self) -> None:
        refused, doubtful = len(self.refused_model.rows), len(self.doubtful_model.rows)
        self.refused_label.setText(self.tr("Refused rows: %1").replace("%1", number(refused)))
        self.doubtful_label.setText(
            self.tr("Doubtful matches (a new person is created; check them): %1").replace(
                "%1", number(doubtful)
            )
        )
        self.doubtful_label.setVisible(self.kind is ImportKind.ATTENDANCE)
        self.doubtful_view.setVisible(bool(doubtful))
        self.refused_view.setVisible(bool(refused))

    # -- import ------------------------------------------------------------------------------

    def commit(self) -> None:
        """All rows or none, in one transaction on the writer, through the service layer."""
        if self.path is None or self.plan is None or self.plan.refused:
            self.guard.save_failed()  # Save in the question: nothing to import yet
            return
        self.import_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self._busy(self.tr("Importing…"))
        store, kind, path, courses = self.ctx.store, self.kind, self.path, dict(self.courses)

        def work(job: Job) -> Changed[ImportPlan]:
            plan = run_import(
                store,
                kind,
                path,
                commit=True,
                courses=courses,
                progress=lambda d, t: job.progress((d, t)),
            )
            return Changed.of(plan, created_kinds(plan) if plan.committed else ())

        WriteOp(self, self.ctx, work, self._committed, self._failed, self._progressed).run()

    def _committed(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.choose_button.setEnabled(True)
        self._show_plan(plan)
        if plan.committed:
            self._say(self.tr("Imported. The records wait in the outbox for the next sync."))
            self.guard.saved()  # what was asked after Save (closing, quitting) runs now
            self.mark_clean()  # another sheet may be chosen next
        else:  # the file or the store changed since the dry run
            self.guard.save_failed()
            self._say(self.tr("Nothing was imported: rows were refused."), error=True)

    def _failed(self, exc: Exception) -> None:
        self.choose_button.setEnabled(True)
        self.guard.save_failed()
        if isinstance(exc, FileRefused):
            text = self.tr("This file cannot be imported: %1").replace("%1", error_words(exc))
        elif isinstance(exc, OSError):
            text = self.tr("The file cannot be read: %1").replace(
                "%1", exc.strerror or error_words(exc)
            )
        else:
            text = self.tr("Nothing was imported (%1).").replace("%1", type(exc).__name__)
        self._say(text, error=True)

    def _busy(self, text: str) -> None:
        self.progress.setRange(0, 0)  # moving until the first rows are checked
        self.progress.setFormat("")
        self.progress.show()
        self.status.setStyleSheet("")
        self.status.setText(text)

    def _say(self, text: str, error: bool = False) -> None:
        self.progress.hide()
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setText(text)
