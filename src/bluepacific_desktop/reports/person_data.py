"""Everything this computer holds about one person or one contact (people's right of access):
the record, its sync state, the attendances with their sessions, the sessions they trained,
certificates, engagements and the monthly returns whose words mention them. The JSON file and
the PDF (reports/render/person_pdf.py) are both written from `PersonData`."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import String, cast, select
from sqlalchemy.orm import Session

from bluepacific_desktop import __version__
from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.domain.errors import RecordNotFound
from bluepacific_desktop.domain.folding import fold
from bluepacific_desktop.files import replacing
from bluepacific_desktop.reports.figures.country import ReportCountry, report_country
from bluepacific_desktop.store.models import (
    Attendance,
    Certificate,
    Contact,
    Engagement,
    MonthlyReturn,
    Person,
    RefCourse,
    SyncedRecord,
    TrainingSession,
)
from bluepacific_desktop.store.outbox import record_states
from bluepacific_desktop.store.records import record_fields, to_json_value
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.store.types import utcnow

FORMAT = "bluepacific-person-export"
FORMAT_VERSION = 1
Row = dict[str, Any]


@dataclass
class PersonData:
    """One person's (or contact's) data, as plain JSON values."""

    kind: RecordKind
    record: Row
    sync: Row
    exported_at: datetime
    attendances: list[Row] = field(default_factory=list)
    trained: list[Row] = field(default_factory=list)  # sessions they were a trainer of
    certificates: list[Row] = field(default_factory=list)
    engagements: list[Row] = field(default_factory=list)
    return_mentions: list[Row] = field(default_factory=list)
    country: ReportCountry | None = None  # this computer's, for the PDF's header

    @property
    def name(self) -> str:
        return str(self.record.get("full_name") or "")

    def to_json(self) -> Row:
        return {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "app_version": __version__,
            "exported_at": to_json_value(self.exported_at),
            "kind": self.kind.value,
            "record": self.record,
            "sync": self.sync,
            "attendances": self.attendances,
            "trained_sessions": self.trained,
            "certificates": self.certificates,
            "engagements": self.engagements,
            "monthly_return_mentions": self.return_mentions,
        }


def _plain(kind: RecordKind, record: SyncedRecord) -> Row:
    """The record's fields and envelope, JSON values (the local search key left out)."""
    row: Row = {"id": record.id, "country": record.country}
    row.update({k: to_json_value(v) for k, v in record_fields(kind, record).items()})
    row["created_at"] = to_json_value(record.created_at)
    row["updated_at"] = to_json_value(record.updated_at)
    row["deleted"] = record.deleted
    return row


def _sync(session: Session, kind: RecordKind, record: SyncedRecord) -> Row:
    waiting = record_states(session, kind.value, [record.id]).get(record.id)
    return {
        "revision": record.revision,
        "confirmed_by_hub_at": to_json_value(record.confirmed_at),
        "waiting": waiting.value if waiting is not None else None,
        "last_changed_on_device": record.device_id,
    }


def _session_row(s: TrainingSession | None, courses: dict[str, RefCourse]) -> Row:
    if s is None:
        return {}
    course = courses.get(s.course_code)
    return {
        "session_id": s.id,
        "course_code": s.course_code,
        "course_en": course.name_en if course else None,
        "course_fr": course.name_fr if course else None,
        "title": s.title,
        "start_date": to_json_value(s.start_date),
        "end_date": to_json_value(s.end_date),
        "location": s.location,
        "organiser": s.organiser,
        "mode": s.mode,
    }


def _listing(column: Any, record_id: str) -> Any:
    """Rows whose JSON list column may hold `record_id` (checked again in Python)."""
    return cast(column, String).contains(record_id)


def _mentions(session: Session, name: str) -> list[Row]:
    """Monthly returns whose comment or explanations hold the name (folded, as search does)."""
    key = fold(name)
    if len(key) < 3:  # a one-letter name would match every text
        return []
    found: list[Row] = []
    for r in session.scalars(select(MonthlyReturn).where(MonthlyReturn.deleted.is_(False))):
        texts = [r.comment, *r.explanations]
        hits = [t for t in texts if t and key in fold(t)]
        if hits:
            found.append({"return_id": r.id, "period": r.period, "state": r.state, "texts": hits})
    return found


def gather(session: Session, record_id: str) -> PersonData:
    """Everything about the person or contact `record_id` (deleted ones too: still held)."""
    person = session.get(Person, record_id)
    if person is not None:
        return _person(session, person)
    contact = session.get(Contact, record_id)
    if contact is not None:
        return _contact(session, contact)
    raise RecordNotFound(RecordKind.PERSON.value, record_id)


def _person(session: Session, person: Person) -> PersonData:
    kind = RecordKind.PERSON
    data = PersonData(kind, _plain(kind, person), _sync(session, kind, person), utcnow())
    courses = {c.code: c for c in session.scalars(select(RefCourse))}
    attendances = list(
        session.scalars(
            select(Attendance).where(Attendance.person_id == person.id).order_by(Attendance.id)
        )
    )
    sessions = {
        s.id: s
        for s in session.scalars(
            select(TrainingSession).where(
                TrainingSession.id.in_([a.session_id for a in attendances])
            )
        )
    }
    for a in sorted(
        attendances, key=lambda a: str(getattr(sessions.get(a.session_id), "start_date", ""))
    ):
        row = _plain(RecordKind.ATTENDANCE, a)
        row["session"] = _session_row(sessions.get(a.session_id), courses)
        data.attendances.append(row)
    trained = session.scalars(
        select(TrainingSession)
        .where(_listing(TrainingSession.trainer_ids, person.id))
        .order_by(TrainingSession.start_date)
    )
    data.trained = [_session_row(s, courses) for s in trained if person.id in s.trainer_ids]
    certificates = session.scalars(
        select(Certificate)
        .where(Certificate.attendance_id.in_([a.id for a in attendances]))
        .order_by(Certificate.issued_on, Certificate.code)
    )
    data.certificates = [_plain(RecordKind.CERTIFICATE, c) for c in certificates]
    data.return_mentions = _mentions(session, person.full_name)
    return data


def _contact(session: Session, contact: Contact) -> PersonData:
    kind = RecordKind.CONTACT
    data = PersonData(kind, _plain(kind, contact), _sync(session, kind, contact), utcnow())
    engagements = session.scalars(
        select(Engagement)
        .where(_listing(Engagement.contact_ids, contact.id))
        .order_by(Engagement.date)
    )
    data.engagements = [
        _plain(RecordKind.ENGAGEMENT, e) for e in engagements if contact.id in e.contact_ids
    ]
    data.return_mentions = _mentions(session, contact.full_name)
    return data


def person_data(store: Store, record_id: str) -> PersonData:
    with store.read() as session:
        data = gather(session, record_id)
        data.country = report_country(session)
        return data


def write_json(data: PersonData, path: Path) -> None:
    """The JSON file, readable by its owner only (0600): it holds personal data."""
    with replacing(path, private=True) as fh:
        json.dump(data.to_json(), fh, ensure_ascii=False, indent=2, sort_keys=False)
        fh.write("\n")
