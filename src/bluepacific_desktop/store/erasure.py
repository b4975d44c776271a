"""Erasing a person or a contact here (bluepacific_wire.erasure says what an erase is).

`erase` replaces the name and contact details in the record, in every change of it still in
the outbox, in the certificates printed for the person and in open editors' drafts; the record
stays (the counts add up) and the erase is queued as one change, which the hub applies on every
copy. `take_erased` does the same here when the erase arrives from the hub: the local changes
made before it are set aside with the reason, their details gone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from bluepacific_desktop.domain.enums import ChangeOp, OutboxState, RecordKind
from bluepacific_desktop.domain.errors import FieldProblem, ValidationError
from bluepacific_desktop.store.device import device_zone
from bluepacific_desktop.store.models import (
    Attendance,
    Certificate,
    EditorDraft,
    OutboxEntry,
    SyncConflict,
    SyncedRecord,
)
from bluepacific_desktop.store.records import from_json_fields, to_json_value
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.types import utcnow
from bluepacific_wire.erasure import (
    AGENCY_FIELDS,
    ERASABLE_KINDS,
    ERASED_FIELD,
    SEX_FIELDS,
    erased_fields,
    personal_fields,
)

SET_ASIDE_REASON = (
    "This record was erased on another computer at the person's request; this change, made "
    "before the erase, was not sent."
)


@dataclass(frozen=True)
class Erased:
    """What an erase did: the record's new name, and what it kept."""

    kind: RecordKind
    record_id: str
    placeholder: str
    kept_sex: bool
    kept_agency: bool
    certificates: int  # certificates whose printed name was replaced


def erased_names(kind: RecordKind) -> set[str]:
    """Every field an erase may replace (the personal ones, sex and agency)."""
    names = set(personal_fields(kind))
    for table in (SEX_FIELDS, AGENCY_FIELDS):
        if kind in table:
            names.add(table[kind][0])
    return names


def _today(session: Session) -> date:
    return utcnow().astimezone(ZoneInfo(device_zone(session))).date()


def _scrub_outbox(
    session: Session, kind: RecordKind, record_id: str, fields: dict[str, Any], reason: str | None
) -> None:
    """Changes of the record still waiting keep no trace of the details (set aside if asked)."""
    names = erased_names(kind)
    entries = session.scalars(
        select(OutboxEntry).where(
            OutboxEntry.kind == kind.value, OutboxEntry.record_id == record_id
        )
    )
    for entry in entries:
        payload = dict(entry.payload)
        old = dict(payload.get("fields", {}))
        old.update({n: to_json_value(fields[n]) for n in names if n in old and n in fields})
        payload["fields"] = old
        entry.payload = payload
        if reason is not None:
            entry.state = OutboxState.SET_ASIDE.value
            entry.set_aside_reason = reason


def _forget_drafts(session: Session, record_id: str) -> None:
    session.execute(delete(EditorDraft).where(EditorDraft.record_id == record_id))


def _certificates(session: Session, person_id: str) -> list[Certificate]:
    attendances = select(Attendance.id).where(Attendance.person_id == person_id)
    return list(
        session.scalars(select(Certificate).where(Certificate.attendance_id.in_(attendances)))
    )


def erase(
    session: Session,
    kind: RecordKind,
    record_id: str,
    *,
    keep_sex: bool = False,
    keep_agency: bool = False,
) -> Erased:
    """Erase the person or contact `record_id` of this country, inside the caller's
    transaction; ValidationError if it is another country's or already erased."""
    if kind not in ERASABLE_KINDS:
        raise ValueError(f"{kind} records cannot be erased")
    service = RecordService(session)
    record: Any = service.get(kind, record_id)
    service._own(kind, record)
    if record.erased_on is not None:
        raise ValidationError(
            [FieldProblem("erased_on", "already_erased", "This record is already erased.")]
        )
    today = _today(session)
    fields = from_json_fields(
        kind,
        erased_fields(
            kind, record_id, today.isoformat(), keep_sex=keep_sex, keep_agency=keep_agency
        ),
    )
    for name, value in fields.items():
        setattr(record, name, value)
    _scrub_outbox(session, kind, record_id, fields, reason=None)
    service._queue(kind, record, ChangeOp.UPDATE, sorted(fields))
    session.execute(delete(SyncConflict).where(SyncConflict.record_id == record_id))
    _forget_drafts(session, record_id)
    certificates = _certificates(session, record_id) if kind is RecordKind.PERSON else []
    for certificate in certificates:
        # A printed certificate's code still answers on the hub's verify page, nameless.
        certificate.holder_name = fields["full_name"]
        service._queue(RecordKind.CERTIFICATE, certificate, ChangeOp.UPDATE, ["holder_name"])
    return Erased(kind, record_id, fields["full_name"], keep_sex, keep_agency, len(certificates))


def take_erased(session: Session, kind: RecordKind, record_id: str, fields: dict[str, Any]) -> None:
    """An erase pulled from the hub: local changes made before it are set aside, without the
    details; conflicts and drafts of the record go."""
    _scrub_outbox(session, kind, record_id, fields, reason=SET_ASIDE_REASON)
    session.execute(delete(SyncConflict).where(SyncConflict.record_id == record_id))
    _forget_drafts(session, record_id)


def is_erased_now(record: SyncedRecord) -> bool:
    return getattr(record, ERASED_FIELD, None) is not None
