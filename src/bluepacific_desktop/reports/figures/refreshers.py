"""Who is due for a refresher (issue 16): for each course with a validity in the catalog, each
person certified in it (completed, certificate issued, present or late) is due again
`validity_months` after the last day of their latest such session; the list holds those whose
date falls by the end of the period (the overdue ones included), by course and agency."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from bluepacific_desktop.reports.figures.periods import Period
from bluepacific_desktop.store.models import Person, RefCourse
from bluepacific_wire import training as rules

# Each live person's latest certified session of each course with a validity, in the country.
_LATEST = (
    "SELECT a.person_id, s.course_code, MAX(s.end_date) "
    "FROM attendances a JOIN training_sessions s ON s.id = a.session_id "
    "JOIN ref_courses c ON c.code = s.course_code "
    "WHERE a.deleted = 0 AND s.deleted = 0 AND s.country = :country "
    "AND a.completed = 1 AND a.certificate_issued = 1 "
    "AND a.status NOT IN ({}) AND c.validity_months > 0 "
    "GROUP BY a.person_id, s.course_code"
).format(", ".join(f"'{s}'" for s in rules.NOT_TRAINED))


@dataclass(frozen=True)
class RefresherRow:
    course_code: str
    course_en: str
    course_fr: str
    agency: str  # "" when the person's record has none
    person_id: str
    full_name: str
    last_trained: date  # the last day of their latest certified session of the course
    due: date

    def course(self, language: str) -> str:
        return self.course_fr if language == "fr" else self.course_en


@dataclass(frozen=True)
class RefresherList:
    period: Period
    today: date  # on the country's clock: a date before it is overdue
    rows: tuple[RefresherRow, ...]  # by course, agency, due date, name

    def overdue(self, row: RefresherRow) -> bool:
        return row.due < self.today

    def groups(self) -> list[tuple[str, str, list[RefresherRow]]]:
        """(course code, agency, its rows) in the rows' order."""
        out: list[tuple[str, str, list[RefresherRow]]] = []
        for row in self.rows:
            if not out or (out[-1][0], out[-1][1]) != (row.course_code, row.agency):
                out.append((row.course_code, row.agency, []))
            out[-1][2].append(row)
        return out


def refreshers_due(
    session: Session,
    country: str,
    period: Period,
    today: date,
    *,
    course: str | None = None,
    agency: str | None = None,
) -> RefresherList:
    """The people due for a refresher by the period's end; `course` and `agency` (as written
    on the person, case aside) narrow the list."""
    courses = {c.code: c for c in session.scalars(select(RefCourse))}
    latest = session.execute(text(_LATEST), {"country": country}).all()
    ids = sorted({person_id for person_id, _, _ in latest})
    people: dict[str, Person] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        people.update(
            (p.id, p)
            for p in session.scalars(select(Person).where(Person.id.in_(chunk)))
            if not p.deleted
        )
    rows = []
    for person_id, code, last in latest:
        person, ref = people.get(person_id), courses.get(code)
        if person is None or ref is None or not ref.validity_months:
            continue
        if course and code != course:
            continue
        their_agency = (person.agency or "").strip()
        if agency and their_agency.casefold() != agency.strip().casefold():
            continue
        last_day = last if isinstance(last, date) else date.fromisoformat(str(last))
        due = rules.refresher_due(last_day, ref.validity_months)
        if due <= period.end:
            rows.append(
                RefresherRow(
                    code,
                    ref.name_en,
                    ref.name_fr,
                    their_agency,
                    person_id,
                    person.full_name,
                    last_day,
                    due,
                )
            )
    rows.sort(key=lambda r: (r.course_en, r.agency.casefold(), r.due, r.full_name))
    return RefresherList(period, today, tuple(rows))
