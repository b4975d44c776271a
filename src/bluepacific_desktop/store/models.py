"""SQLAlchemy tables of the local store: reference data, synced records, the outbox, settings."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    event,
    text,
)
from sqlalchemy.engine import Connection
from sqlalchemy.orm import DeclarativeBase, Mapped, Mapper, mapped_column

from bluepacific_desktop.domain.enums import OutboxState
from bluepacific_desktop.domain.folding import fold
from bluepacific_desktop.store.types import UTCDateTime

# Stable constraint names so Alembic migrations can refer to them on every platform.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Setting(Base):
    """Per-device settings (country, language, device id); never synced."""

    __tablename__ = "device_settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class RefCountry(Base):
    __tablename__ = "ref_countries"
    code: Mapped[str] = mapped_column(String(2), primary_key=True)
    name_en: Mapped[str] = mapped_column(String(100))
    name_fr: Mapped[str] = mapped_column(String(100))
    zones: Mapped[list[str]] = mapped_column(JSON)
    in_project: Mapped[bool] = mapped_column(Boolean, default=False)


class RefCapability(Base):
    __tablename__ = "ref_capabilities"
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name_en: Mapped[str] = mapped_column(String(200))
    name_fr: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(32))
    metrics: Mapped[list[str]] = mapped_column(JSON)


class RefCourse(Base):
    __tablename__ = "ref_courses"
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name_en: Mapped[str] = mapped_column(String(200))
    name_fr: Mapped[str] = mapped_column(String(200))
    tags: Mapped[list[str]] = mapped_column(JSON)
    # How long the course's certificate holds, in months (issue 16); None: for good.
    validity_months: Mapped[int | None] = mapped_column(Integer)


class RefOrgType(Base):
    __tablename__ = "ref_org_types"
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name_en: Mapped[str] = mapped_column(String(200))
    name_fr: Mapped[str] = mapped_column(String(200))


class RefContactRole(Base):
    __tablename__ = "ref_contact_roles"
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name_en: Mapped[str] = mapped_column(String(200))
    name_fr: Mapped[str] = mapped_column(String(200))


class SyncedRecord(Base):
    """Columns every synced record carries (PRODUCT.md §3)."""

    __abstract__ = True
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # client-made UUID
    country: Mapped[str] = mapped_column(String(2), ForeignKey("ref_countries.code"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    revision: Mapped[int | None] = mapped_column(Integer)  # assigned by the hub
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    device_id: Mapped[str] = mapped_column(String(36))  # device that last changed it
    confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # hub's acknowledgement


class Searchable:
    """A record a search box finds: `search_key` holds its `search_fields` folded (fold()).

    Local only (never synced, not a data field): kept by the mapper events below on every ORM
    insert and update, and by the service's bulk insert, so no writer can forget it."""

    search_fields: ClassVar[tuple[str, ...]]
    search_key: Mapped[str] = mapped_column(String(400), index=True, default="", server_default="")


def search_key_of(model: type[Searchable], fields: Mapping[str, Any]) -> str:
    """The folded fields, one line each: a typed text (one line) never matches across two."""
    return "\n".join(fold(fields.get(name)) for name in model.search_fields)


@event.listens_for(Searchable, "before_insert", propagate=True)
@event.listens_for(Searchable, "before_update", propagate=True)
def _keep_search_key(_mapper: Mapper[Any], _conn: Connection, target: Searchable) -> None:
    fields = {name: getattr(target, name) for name in target.search_fields}
    target.search_key = search_key_of(type(target), fields)


class Person(Searchable, SyncedRecord):
    __tablename__ = "people"
    search_fields = ("full_name",)
    __table_args__ = (
        # The people filter walks this index in name order and tests each key (and the
        # tombstone) inside it, and takes the matches' ids from it: the table is not read.
        # Without it, 100,000 row look-ups took the filter from 39 ms to 500 ms; without the
        # id, 17,500 matches' look-ups were 20 ms of an encrypted store's cold filter.
        Index("ix_people_name_search", "full_name", "search_key", "deleted", "id"),
    )
    full_name: Mapped[str] = mapped_column(String(200), index=True)
    sex: Mapped[str] = mapped_column(String(16))
    agency: Mapped[str | None] = mapped_column(String(200))
    rank: Mapped[str | None] = mapped_column(String(200))
    position: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(32))
    # The day the person was erased at their request (bluepacific_wire.erasure), else None.
    erased_on: Mapped[date | None] = mapped_column(Date)
    # The course codes this person trains (issue 16): the session form offers them first as
    # trainers of those courses. An older hub or desktop leaves it out: none.
    trainer_courses: Mapped[list[str]] = mapped_column(
        JSON, default=list, server_default=text("'[]'")
    )


class TrainingSession(SyncedRecord):
    __tablename__ = "training_sessions"
    course_code: Mapped[str] = mapped_column(String(32), index=True)
    title: Mapped[str | None] = mapped_column(String(200))
    mode: Mapped[str] = mapped_column(String(16))
    start_date: Mapped[date] = mapped_column(Date, index=True)
    end_date: Mapped[date] = mapped_column(Date)
    time_zone: Mapped[str] = mapped_column(String(64))
    location: Mapped[str | None] = mapped_column(String(200))
    organiser: Mapped[str | None] = mapped_column(String(200))
    tags: Mapped[list[str]] = mapped_column(JSON)
    trainer_ids: Mapped[list[str]] = mapped_column(JSON)
    notes: Mapped[str] = mapped_column(Text, default="")


class Attendance(SyncedRecord):
    __tablename__ = "attendances"
    # No foreign keys between synced records: the hub may deliver an attendance before the
    # session it belongs to; the service layer and `db check` keep the references sound.
    session_id: Mapped[str] = mapped_column(String(36), index=True)
    person_id: Mapped[str] = mapped_column(String(36))
    completed: Mapped[bool] = mapped_column(Boolean, default=False)
    # present, late, excused or absent (bluepacific_wire.training); a record from an older hub
    # or desktop has none and is stored as present.
    status: Mapped[str] = mapped_column(
        String(16), default="present", server_default=text("'present'")
    )
    pre_score: Mapped[float | None] = mapped_column(Float)
    post_score: Mapped[float | None] = mapped_column(Float)
    certificate_issued: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        # With `deleted`: a person's sessions attended, counted for every row of the people
        # list, read from this index alone (migration 0013).
        Index("ix_attendances_person_id", "person_id", "deleted"),
        Index(
            "uq_attendances_session_person",
            "session_id",
            "person_id",
            unique=True,
            sqlite_where=text("deleted = 0"),
        ),
    )


class CapabilityReport(SyncedRecord):
    __tablename__ = "capability_reports"
    capability_code: Mapped[str] = mapped_column(String(32))
    period: Mapped[str] = mapped_column(String(7), index=True)  # YYYY-MM, the country's calendar
    searches: Mapped[int | None] = mapped_column(Integer)
    hits: Mapped[int | None] = mapped_column(Integer)
    notices_requested: Mapped[int | None] = mapped_column(Integer)
    diffusions_requested: Mapped[int | None] = mapped_column(Integer)
    messages_exchanged: Mapped[int | None] = mapped_column(Integer)
    active_accounts: Mapped[int | None] = mapped_column(Integer)
    participants: Mapped[int | None] = mapped_column(Integer)
    narrative: Mapped[str] = mapped_column(Text, default="")
    success_stories: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index(
            "uq_capability_reports_month",
            "country",
            "capability_code",
            "period",
            unique=True,
            sqlite_where=text("deleted = 0"),
        ),
    )


class MonthlyReturn(SyncedRecord):
    """One country's month (domain/returns.py): its state, and the lock on its figures.

    Its id is derived from (country, period), so every laptop of the country meets on one
    record. `from_state` and `steps` carry the transitions made here and not yet confirmed by
    the hub; `history` is written by the hub only (bluepacific_wire/returns.py)."""

    __tablename__ = "monthly_returns"
    period: Mapped[str] = mapped_column(String(7), index=True)  # YYYY-MM, the country's calendar
    state: Mapped[str] = mapped_column(String(16), default="draft")
    nil: Mapped[bool] = mapped_column(Boolean, default=False)
    comment: Mapped[str] = mapped_column(Text, default="")  # the last send-back's or reopen's
    explanations: Mapped[list[str]] = mapped_column(JSON, default=list)  # "CODE=text"
    sessions_complete: Mapped[bool] = mapped_column(Boolean, default=False)
    engagements_complete: Mapped[bool] = mapped_column(Boolean, default=False)
    time_zone: Mapped[str] = mapped_column(String(64))
    from_state: Mapped[str | None] = mapped_column(String(16))
    steps: Mapped[list[str]] = mapped_column(JSON, default=list)
    history: Mapped[list[str]] = mapped_column(JSON, default=list)

    __table_args__ = (
        Index(
            "uq_monthly_returns_month",
            "country",
            "period",
            unique=True,
            sqlite_where=text("deleted = 0"),
        ),
    )


class Certificate(SyncedRecord):
    """A training certificate issued for an attendance (completed, certificate issued): its
    verification code and what it certifies as printed (domain/certificates.py). Its id is
    derived from the code (bluepacific_wire.ids). Re-issuing revokes it and makes another, so a
    code once printed always answers on the hub's verify page: valid or revoked."""

    __tablename__ = "certificates"
    code: Mapped[str] = mapped_column(String(10), index=True)
    attendance_id: Mapped[str] = mapped_column(String(36), index=True)
    holder_name: Mapped[str] = mapped_column(String(200))
    course_code: Mapped[str] = mapped_column(String(32))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    issued_on: Mapped[date] = mapped_column(Date)
    # The day it stops being valid, from its course's validity (None: it does not expire).
    expires_on: Mapped[date | None] = mapped_column(Date)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    revoke_reason: Mapped[str | None] = mapped_column(String(500))


class Contact(Searchable, SyncedRecord):
    __tablename__ = "contacts"
    search_fields = ("full_name", "organisation")
    full_name: Mapped[str] = mapped_column(String(200), index=True)
    organisation: Mapped[str] = mapped_column(String(200))
    org_type: Mapped[str] = mapped_column(String(32))
    role: Mapped[str | None] = mapped_column(String(32))
    contact_country: Mapped[str] = mapped_column(String(2), index=True)
    emails: Mapped[list[str]] = mapped_column(JSON)
    phones: Mapped[list[str]] = mapped_column(JSON)
    languages: Mapped[list[str]] = mapped_column(JSON)
    secure_channel: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    review_date: Mapped[date | None] = mapped_column(Date)
    erased_on: Mapped[date | None] = mapped_column(Date)  # as a person's


class Engagement(SyncedRecord):
    __tablename__ = "engagements"
    date: Mapped[date] = mapped_column(Date, index=True)
    time_zone: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(32))
    summary: Mapped[str] = mapped_column(Text)
    contact_ids: Mapped[list[str]] = mapped_column(JSON)


class OutboxEntry(Base):
    """One committed local change waiting for the hub's durable acknowledgement."""

    __tablename__ = "outbox"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(8))
    base_revision: Mapped[int | None] = mapped_column(Integer)
    changed_fields: Mapped[list[str]] = mapped_column(JSON)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    state: Mapped[str] = mapped_column(String(16), default=OutboxState.PENDING.value, index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    set_aside_reason: Mapped[str | None] = mapped_column(Text)
    # The hub's refusal by code: {"code": ..., "params": {...}} (bluepacific_wire.refusals),
    # worded in the chosen language by i18n/refusal_words.py; None from an older hub.
    set_aside_code: Mapped[dict[str, Any] | None] = mapped_column(JSON)

    # With `state`: the lists read the state of each row's waiting change (outbox.state_rank)
    # from this index alone (migration 0013).
    __table_args__ = (Index("ix_outbox_record", "kind", "record_id", "state"),)


class OutboxTally(Base):
    """How many records have a change in the outbox: one row, kept by triggers on the outbox
    (migration 0008_outbox_tally), so the status bar need not count 250,000 entries."""

    __tablename__ = "outbox_tally"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    records: Mapped[int] = mapped_column(Integer)


class SyncBatch(Base):
    """The batch being pushed, kept byte for byte so a retry resends exactly the same request."""

    __tablename__ = "sync_batches"
    batch_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    body: Mapped[bytes] = mapped_column(LargeBinary)  # zstd or gzip JSON (its magic says), as sent
    entry_seqs: Mapped[list[int]] = mapped_column(JSON)  # outbox entries the batch carries
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class SyncConflict(Base):
    """A local change that overlaps a change made elsewhere; waits for the user to decide."""

    __tablename__ = "sync_conflicts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(36), unique=True)
    fields: Mapped[list[str]] = mapped_column(JSON)  # the fields both sides changed
    theirs: Mapped[dict[str, Any]] = mapped_column(JSON)  # the hub's envelope
    detected_at: Mapped[datetime] = mapped_column(UTCDateTime)


class EditorDraft(Base):
    """What an open editor holds and has not saved, kept every few seconds so that a power cut
    or a crash loses at most the last seconds of typing. Local only: never synced, never in
    the outbox; removed when the editor saves or the user discards."""

    __tablename__ = "editor_drafts"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)  # "<editor>:<record id|new>"
    editor: Mapped[str] = mapped_column(String(32))  # which editor opens it again
    record_id: Mapped[str | None] = mapped_column(String(36))  # None: a record not yet saved
    title: Mapped[str] = mapped_column(Text)  # what the user was recording, for the offer
    state: Mapped[dict[str, Any]] = mapped_column(JSON)  # the editor's fields, as typed
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
