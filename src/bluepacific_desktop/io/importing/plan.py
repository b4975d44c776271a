"""What an import would do (records to create, rows refused, doubtful matches); the command
line words it (cli/import_words.py), the import dialog shows it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from bluepacific_desktop.domain.checked import Checked
from bluepacific_desktop.domain.errors import FieldProblem
from bluepacific_desktop.io.importing.courses import CourseQuestion, Proposal
from bluepacific_desktop.io.importing.said import Said

# A record to create: its fields as its kind's rule returned them (written without a second run).
Fields = Checked
Progress = Callable[[int, int], None]  # (rows checked, rows in the sheet)
# How often a long sheet reports its progress: about a hundred times, whatever its length.
PROGRESS_STEPS = 100


@dataclass(frozen=True, slots=True)
class Problem:
    """One reason a row is refused: the column as the sheet heads it (if any), in plain words,
    with the FieldProblem's field, code and parameters (i18n/problem_words.py words them)."""

    column: str | None
    code: str
    message: str
    params: dict[str, Any] = field(default_factory=dict)
    record_field: str = ""

    def as_field_problem(self) -> FieldProblem:
        return FieldProblem(self.record_field, self.code, self.message, self.params)


@dataclass(frozen=True, slots=True)
class RefusedRow:
    line: int
    problems: list[Problem]


@dataclass(frozen=True, slots=True)
class Doubtful:
    """A row's person who may already exist: a new person is created unless told otherwise."""

    line: int
    name: str
    agency: str | None
    candidates: list[tuple[str, Said]]  # (who, why): “Mere Tuilagi (Fiji Police)”, reason
    others: int = 0  # more people with similar names, not listed
    others_or_more: bool = False  # the search for them stopped early: there may be more still


@dataclass(frozen=True)
class Skipped:
    """A row left out on purpose (a contact already in the directory)."""

    line: int
    said: Said

    @property
    def message(self) -> str:
        return self.said.message


@dataclass(frozen=True, slots=True)
class AttendanceRow:
    line: int
    person: str | int  # an existing person's id, or the index of a new person in `people`
    session: str | int  # an existing session's id, or the index of a new one in `sessions`
    fields: Fields


@dataclass(frozen=True, slots=True)
class AttendanceUpdate:
    """A sign-in sheet's pre-filled row: the fields it fills on an attendance already here."""

    line: int
    attendance_id: str
    fields: dict[str, Any]


@dataclass
class ImportPlan:
    """Everything the import would write, and every row it would not, with line numbers."""

    kind: str  # "attendance" or "contacts"
    source: str
    header_line: int
    rows_read: int = 0
    people: list[tuple[int, Fields]] = field(default_factory=list)  # (first line, fields)
    sessions: list[tuple[int, Fields]] = field(default_factory=list)
    attendances: list[AttendanceRow] = field(default_factory=list)
    # A sign-in sheet's registered rows whose scores (or other cells) were filled in.
    updates: list[AttendanceUpdate] = field(default_factory=list)
    sheet_code: str | None = None  # the session code of a sign-in sheet, as printed
    contacts: list[tuple[int, Fields]] = field(default_factory=list)
    people_reused: int = 0
    sessions_reused: int = 0
    refused: list[RefusedRow] = field(default_factory=list)
    doubtful: list[Doubtful] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    # What the reading of the sheet changed or doubts (merged cells filled, lost characters).
    notes: list[Said] = field(default_factory=list)
    # Course names that are no course's, with the closest courses: the user chooses one.
    courses_to_choose: list[CourseQuestion] = field(default_factory=list)
    courses_settled: dict[str, str] = field(default_factory=dict)  # written → code chosen
    every_course: list[Proposal] = field(default_factory=list)  # when a course is asked
    committed: bool = False

    @property
    def ok(self) -> bool:
        """Nothing refused and no course left to choose: the plan can be written."""
        return not self.refused and not self.courses_to_choose

    def counts(self) -> dict[str, int]:
        if self.kind == "contacts":
            return {"contacts": len(self.contacts), "contacts_skipped": len(self.skipped)}
        counts = {
            "people": len(self.people),
            "people_reused": self.people_reused,
            "sessions": len(self.sessions),
            "sessions_reused": self.sessions_reused,
            "attendances": len(self.attendances),
        }
        if self.sheet_code is not None:  # a sign-in sheet's registered rows
            counts["attendances_filled"] = len(self.updates)
        return counts

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "file": self.source,
            "committed": self.committed,
            "rows_read": self.rows_read,
            "to_create" if not self.committed else "created": self.counts(),
            "refused": [
                {
                    "line": r.line,
                    "problems": [
                        {"column": p.column, "code": p.code, "message": p.message}
                        for p in r.problems
                    ],
                }
                for r in self.refused
            ],
            "doubtful_matches": [
                {
                    "line": d.line,
                    "name": d.name,
                    "agency": d.agency,
                    "candidates": [
                        {
                            "who": c,
                            "why": why.message,
                            "new_from_line": why.params.get("new_from_line"),
                        }
                        for c, why in d.candidates
                    ],
                    "others": d.others,
                    "others_or_more": d.others_or_more,
                }
                for d in self.doubtful
            ],
            "skipped": [{"line": s.line, "message": s.message} for s in self.skipped],
            "courses_to_choose": [
                {
                    "written": q.written,
                    "lines": q.lines,
                    "proposals": [{"code": p.code, "name": p.name} for p in q.proposals],
                }
                for q in self.courses_to_choose
            ],
            "courses_settled": self.courses_settled,
            "sheet_code": self.sheet_code,
            "ignored_columns": self.ignored_columns,
            "notes": [n.message for n in self.notes],
        }
