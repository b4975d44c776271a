"""SQL of the Training screen (no Qt): session and people lists, name look-ups, one session.

Every query here is bounded or index-driven so it can run on the GUI thread: lists return ids
(RecordTableModel reads visible rows a page at a time) and name look-ups stop at LIMIT.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import Session

from bluepacific_desktop.domain.folding import fold
from bluepacific_desktop.store.device import device_zones
from bluepacific_desktop.store.models import (
    Attendance,
    Person,
    RefCourse,
    TrainingSession,
)
from bluepacific_desktop.store.search import (
    folded_contains,
    folded_prefix,
    folded_text_contains,
)


def course_name(language: str) -> Any:
    return RefCourse.name_fr if language == "fr" else RefCourse.name_en


@dataclass
class SessionFilter:
    text: str = ""
    course: str | None = None
    start: date | None = None  # sessions that end on or after this day
    end: date | None = None  # sessions that start on or before this day


def session_ids(f: SessionFilter, language: str) -> Select[Any]:
    """Live sessions matching the filter, newest first."""
    stmt = select(TrainingSession.id).where(TrainingSession.deleted.is_(False))
    if fold(f.text):  # folded: “nukualofa” finds “Nukuʻalofa”
        stmt = stmt.outerjoin(RefCourse, RefCourse.code == TrainingSession.course_code).where(
            or_(
                folded_text_contains(TrainingSession.title, f.text),
                folded_text_contains(TrainingSession.location, f.text),
                folded_text_contains(course_name(language), f.text),
            )
        )
    if f.course:
        stmt = stmt.where(TrainingSession.course_code == f.course)
    if f.start is not None:
        stmt = stmt.where(TrainingSession.end_date >= f.start)
    if f.end is not None:
        stmt = stmt.where(TrainingSession.start_date <= f.end)
    return stmt.order_by(TrainingSession.start_date.desc(), TrainingSession.created_at.desc())


def _attendee_count(person: bool) -> Any:
    key: ColumnElement[bool] = (
        Attendance.person_id == Person.id if person else Attendance.session_id == TrainingSession.id
    )
    return (
        select(func.count())
        .select_from(Attendance)
        .where(key, Attendance.deleted.is_(False))
        .correlate(Person if person else TrainingSession)
        .scalar_subquery()
    )


def session_rows(ids: list[str], language: str) -> Select[Any]:
    return (
        select(
            TrainingSession.id,
            course_name(language).label("course"),
            TrainingSession.title,
            TrainingSession.start_date,
            TrainingSession.end_date,
            TrainingSession.location,
            TrainingSession.mode,
            _attendee_count(person=False).label("attendees"),
            TrainingSession.confirmed_at,
        )
        .outerjoin(RefCourse, RefCourse.code == TrainingSession.course_code)
        .where(TrainingSession.id.in_(ids))
    )


def people_ids(text: str) -> Select[Any]:
    """Live people whose folded name contains `text` folded, by name (walks the full_name index
    in order)."""
    stmt = select(Person.id).where(Person.deleted.is_(False))
    if fold(text):
        stmt = stmt.where(folded_contains(Person.search_key, text))
    return stmt.order_by(Person.full_name)


def people_rows(ids: list[str]) -> Select[Any]:
    return select(
        Person.id,
        Person.full_name,
        Person.sex,
        Person.agency,
        Person.rank,
        _attendee_count(person=True).label("sessions"),
        Person.confirmed_at,
    ).where(Person.id.in_(ids))


@dataclass(frozen=True)
class PersonMatch:
    id: str
    full_name: str
    agency: str | None


def find_people(session: Session, text: str, limit: int = 20) -> list[PersonMatch]:
    """Names starting with `text` first, then names containing it; at most `limit`.

    Both compare folded text (store/search.py): “semisi” finds “Sēmisi”."""
    if not fold(text):
        return []
    found: list[PersonMatch] = []
    for match in (folded_prefix(Person.search_key, text), folded_contains(Person.search_key, text)):
        stmt = (
            select(Person.id, Person.full_name, Person.agency)
            .where(Person.deleted.is_(False), match)
            .order_by(Person.full_name)
            .limit(limit)
        )
        if found:
            stmt = stmt.where(Person.id.not_in([m.id for m in found]))
        found.extend(PersonMatch(*row) for row in session.execute(stmt))
        if len(found) >= limit:
            break
    return found[:limit]


def trainers_first(
    session: Session, matches: list[PersonMatch], course: str | None
) -> tuple[list[PersonMatch], set[str]]:
    """The matches with the people who train `course` (their trainer_courses) first, and
    those people's ids; the order is otherwise kept."""
    if not course or not matches:
        return matches, set()
    rows = session.execute(
        select(Person.id, Person.trainer_courses).where(Person.id.in_([m.id for m in matches]))
    )
    trainers = {pid for pid, codes in rows if course in (codes or [])}
    ordered = [m for m in matches if m.id in trainers] + [
        m for m in matches if m.id not in trainers
    ]
    return ordered, trainers


def courses(session: Session, language: str) -> list[tuple[str, str]]:
    name = course_name(language)
    return [(c, n) for c, n in session.execute(select(RefCourse.code, name).order_by(name))]


def country_zones(session: Session) -> list[str]:
    """The country's zones for a zone list, this laptop's first (the default)."""
    return list(device_zones(session))


def people_names(session: Session, ids: list[str]) -> list[PersonMatch]:
    rows = session.execute(
        select(Person.id, Person.full_name, Person.agency).where(Person.id.in_(ids))
    )
    return sorted((PersonMatch(*r) for r in rows), key=lambda m: m.full_name)


def session_attendees(session: Session, session_id: str) -> list[tuple[Attendance, PersonMatch]]:
    """A session's live attendance rows with each person's name (one session: bounded).

    Rows whose person has not reached this computer yet are left out, and so left untouched.
    """
    rows = session.execute(
        select(Attendance, Person.id, Person.full_name, Person.agency)
        .join(Person, Person.id == Attendance.person_id)
        .where(Attendance.session_id == session_id, Attendance.deleted.is_(False))
        .order_by(Person.full_name)
    )
    return [(a, PersonMatch(pid, name, agency)) for a, pid, name, agency in rows]
