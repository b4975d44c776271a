"""Which training session each attendance row belongs to: chosen, existing, or new."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bluepacific_desktop.domain.enums import RecordKind, TrainingMode
from bluepacific_desktop.io.importing.courses import (
    Catalogue,
    CourseQuestion,
    Proposal,
    load_aliases,
)
from bluepacific_desktop.io.importing.errors import FileRefused
from bluepacific_desktop.io.importing.headers import Columns, header_key
from bluepacific_desktop.io.importing.matching import exact_key
from bluepacific_desktop.io.importing.plan import Fields, Problem
from bluepacific_desktop.io.importing.rows import Lookups, RowProblems, column_values
from bluepacific_desktop.io.importing.values import MODE, from_table, month_first_example, parse_day
from bluepacific_desktop.store.device import DeviceContext
from bluepacific_desktop.store.locks import lock_problems
from bluepacific_desktop.store.models import Attendance, TrainingSession

# Record field → the sheet column it comes from (to name the column in messages).
SESSION_COLUMNS = {
    "course_code": "course",
    "title": "title",
    "mode": "mode",
    "start_date": "start_date",
    "end_date": "end_date",
    "location": "location",
    "organiser": "organiser",
}
_KEY_COLUMNS = ("course", "start_date", "end_date", "location", "mode", "title", "organiser")


class Sessions:
    """Rows with the same session columns form one session; an existing one is reused when
    its course and dates match."""

    def __init__(
        self,
        session: Session,
        device: DeviceContext,
        columns: Columns,
        rows: list[tuple[int, list[Any]]],
        chosen: str | None,
        course: str | None = None,
        course_choices: Mapping[str, str] | None = None,
    ) -> None:
        self.session = session
        self.device = device
        self.columns = columns
        self.lookups = Lookups.load(session)
        self.catalogue = Catalogue.load(session)
        # Names chosen on this computer before, then the catalogue's own names (which win).
        self.course_names = {**load_aliases(session), **self.lookups.courses}
        self.course = self._known_course(course) if course else None
        self.choices = {
            header_key(written): self._known_course(code)
            for written, code in (course_choices or {}).items()
        }
        self.questions: dict[str, CourseQuestion] = {}
        self.settled: dict[str, str] = {}  # written name → code, to remember after the import
        self.chosen = self._chosen(chosen) if chosen else None
        self.existing: dict[tuple[str, Any, Any], str] = {}
        if self.chosen is None:
            query = (
                select(TrainingSession)
                .where(
                    TrainingSession.country == device.country, TrainingSession.deleted.is_(False)
                )
                .order_by(TrainingSession.created_at)
            )
            for s in session.scalars(query):
                self.existing.setdefault((s.course_code, s.start_date, s.end_date), s.id)
        self.month_first = {
            c: month_first_example(column_values(rows, columns, c))
            for c in ("start_date", "end_date")
        }
        self._seen: dict[tuple[Any, ...], str | int | list[Problem]] = {}
        # The same cells as an earlier row: its answer and its course's question key, without
        # folding them again.
        self._raw_seen: dict[tuple[Any, ...], tuple[str | int | list[Problem], str | None]] = {}
        self._key_cells = columns.picker(_KEY_COLUMNS)
        self._cache_key = columns.key_picker(_KEY_COLUMNS)
        self._new: dict[tuple[Any, ...], int] = {}
        self._taken: dict[str, set[str]] = {}
        self.reused: set[str] = set()

    def _known_course(self, code: str) -> str:
        found = from_table(code, self.course_names)
        if found not in self.device.rules.courses:
            raise FileRefused(
                f"No course with code {code} exists on this computer: write one of "
                + ", ".join(sorted(self.device.rules.courses))
                + ".",
                key="unknown_course_code",
                code=code,
                codes=", ".join(sorted(self.device.rules.courses)),
            )
        return str(found)

    def _course(self, written: Any) -> Any:
        """The course's code; for a name that is no course's, the one chosen for it, or the
        closest course while the choice is asked (the raw name, refused, if none is close)."""
        if written is None:
            return None
        code = from_table(written, self.course_names)
        if code in self.device.rules.courses:
            return code
        key = header_key(written)
        chosen = self.choices.get(key) or self.course
        if chosen:
            self.settled[str(written)] = chosen
            return chosen
        if key not in self.questions:
            proposals = self.catalogue.closest(str(written))
            if not proposals:
                return written  # nothing plausible: the rules refuse it, naming it
            self.questions[key] = CourseQuestion(str(written), [], proposals)
        return self.questions[key].proposals[0].code

    def questions_asked(self) -> list[CourseQuestion]:
        return sorted(self.questions.values(), key=lambda q: q.lines[0] if q.lines else 0)

    def every_course(self) -> list[Proposal]:
        """The whole catalogue, for a choice beyond the proposals (only when one is asked)."""
        if not self.questions:
            return []
        return [Proposal(code, en) for code, (en, _fr) in sorted(self.catalogue.names.items())]

    def _chosen(self, session_id: str) -> str:
        found = self.session.get(TrainingSession, session_id.strip().lower())
        if found is None or found.deleted or found.country != self.device.country:
            raise FileRefused(
                f"No training session with id {session_id} exists on this computer.",
                key="unknown_session",
                id=session_id,
            )
        return found.id

    def row_key(self, cells: list[Any]) -> Any:
        """What names the row's session as written (to find a row repeated, even refused)."""
        if self.chosen is not None:
            return self.chosen
        return self._key_cells(cells)

    def resolve(
        self, cells: list[Any], problems: RowProblems, new: list[tuple[int, Fields]], line: int
    ) -> str | int | None:
        """The row's session: an id, the index of a new one in `new`, or None (problems)."""
        if self.chosen is not None:
            self.reused.add(self.chosen)
            return self.chosen
        cached = self._cache_key(cells)
        seen = self._raw_seen.get(cached)
        if seen is None:
            raw = self._key_cells(cells)
            key = tuple(_key(value) for value in raw)
            if key not in self._seen:
                self._seen[key] = self._describe(cells, new, line)
            asked = header_key(raw[0]) if raw[0] is not None else None
            seen = self._raw_seen[cached] = (self._seen[key], asked)
        found, asked = seen
        question = self.questions.get(asked) if asked is not None else None
        if question is not None:
            question.lines.append(line)
        if isinstance(found, list):  # the same session problems on every row that names it
            problems.found.extend(found)
            return None
        if isinstance(found, str):
            self.reused.add(found)
        return found

    def _describe(
        self, cells: list[Any], new: list[tuple[int, Fields]], line: int
    ) -> str | int | list[Problem]:
        cols = self.columns
        problems = RowProblems(cols)
        start = problems.take(self._day(cells, "start_date", "Start date"), "start_date")
        end_raw = cols.get(cells, "end_date")
        # A one-day session often has no end date written.
        end = (
            problems.take(self._day(cells, "end_date", "End date"), "end_date")
            if end_raw
            else start
        )
        data = {
            "course_code": self._course(cols.get(cells, "course")),
            # Most field sheets are of classroom sessions and leave the mode out.
            "mode": from_table(cols.get(cells, "mode"), MODE) or TrainingMode.IN_PERSON.value,
            "start_date": start,
            "end_date": end,
            "title": cols.get(cells, "title"),
            "location": cols.get(cells, "location"),
            "organiser": cols.get(cells, "organiser"),
        }
        if problems:  # a date that cannot be read: the rules would only add “required”
            return problems.found
        kind = RecordKind.TRAINING_SESSION
        fields = problems.check(kind, data, self.device.rules, SESSION_COLUMNS)
        if fields is None:
            return problems.found
        locked = self._locked(fields)
        if locked:
            return locked
        match = self.existing.get((fields["course_code"], fields["start_date"], fields["end_date"]))
        if match:
            return match
        # “HR_POLICING” and “Human rights in policing” on two rows are the same session.
        same = tuple(_key(fields[f]) for f in SESSION_COLUMNS)
        if same not in self._new:
            new.append((line, fields))
            self._new[same] = len(new) - 1
        return self._new[same]

    def _locked(self, fields: Mapping[str, Any]) -> list[Problem]:
        """Why the session's month takes no more training, if its return is submitted and
        declared its sessions complete (store/locks.py, as RecordService would refuse)."""
        name = self.device.rules.country_name(self.device.country)
        found = lock_problems(
            self.session, self.device.country, name, RecordKind.TRAINING_SESSION, [fields]
        )
        column = self.columns.label("start_date")
        return [Problem(column, p.code, p.message, p.params, p.field) for p in found.get(0, [])]

    def _day(self, cells: list[Any], column: str, label: str) -> Any:
        raw = self.columns.get(cells, column)
        if raw is None:
            return None
        return parse_day(raw, column, label, self.month_first[column])

    def already_attending(self, session_id: str, person_id: str) -> bool:
        """Whether the person is on an existing session's list (one query per session)."""
        if session_id not in self._taken:
            self._taken[session_id] = set(
                self.session.scalars(
                    select(Attendance.person_id).where(
                        Attendance.session_id == session_id, Attendance.deleted.is_(False)
                    )
                )
            )
        return person_id in self._taken[session_id]


def _key(value: Any) -> Any:
    return exact_key(value) if isinstance(value, str) else value
