"""The hub's tables: users, devices, login throttle, records and their history, batches,
monthly-return events and settings, console sessions, the audit log, the second factor
(TOTP), the narrow rows the regional figures read, the results framework's targets."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from bluepacific_hub.dbtypes import UTCDateTime


class Base(DeclarativeBase):
    """Declarative base of the hub's models (its metadata is what Alembic must match)."""


class User(Base):
    """A person who may log in: a national focal point or a regional administrator."""

    __tablename__ = "hub_user"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    country: Mapped[str] = mapped_column(String(2))
    role: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # The language the user last chose on the console ("en", "fr"); None: not chosen yet.
    console_language: Mapped[str | None] = mapped_column(String(2))


class Device(Base):
    """One login of one user on one laptop; its bearer token is stored only hashed."""

    __tablename__ = "hub_device"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("hub_user.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    country: Mapped[str] = mapped_column(String(2))
    role: Mapped[str] = mapped_column(String(20))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    last_seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # The token stops working at this time unless used before; each use moves it on by
    # HubSettings.token_idle_days, so only a laptop left unused that long has to sign in again.
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # The app version the device last sent (the client-version header), for `device list`.
    client_version: Mapped[str | None] = mapped_column(String(32))
    # The device's clock minus the hub's, in seconds, when its last push came (its
    # device_time): a laptop whose clock is off dates its records wrongly.
    clock_skew_s: Mapped[int | None] = mapped_column(Integer)
    clock_seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # When a regional admin asked for the laptop's data to be erased, and when the hub told
    # the laptop so (its next authenticated call after the request).
    wipe_requested_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    wiped_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Whether the device's store is encrypted at rest, as it last said (the store-encrypted
    # header at login and sync); None: it never said (a desktop older than issue 15).
    store_encrypted: Mapped[bool | None] = mapped_column(Boolean)
    # How many of its records had changes not on the hub, as the device last said (the
    # waiting header of its sync's calls), and when; None: it never said.
    reported_waiting: Mapped[int | None] = mapped_column(Integer)
    reported_waiting_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class Policy(Base):
    """A hub-wide rule a regional admin sets at run time (console or `settings set`)."""

    __tablename__ = "hub_policy"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ThrottleEntry(Base):
    """Sign-in attempts not yet cleared by a success, per (user, address) and per address.

    In the database so that every worker process and a restarted hub see the same counts.
    """

    __tablename__ = "hub_login_throttle"

    # "a:<address>" or "u:<digest of the username>:<address>" (see ratelimit.py).
    key: Mapped[str] = mapped_column(String(128), primary_key=True)
    attempts: Mapped[int] = mapped_column(Integer)
    # No attempt for this key is checked before this time.
    blocked_until: Mapped[datetime] = mapped_column(UTCDateTime())
    last_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)


class Counter(Base):
    """Named hub-wide counters; the row `revision` is the sync cursor's sequence."""

    __tablename__ = "hub_counter"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger)


class Record(Base):
    """The latest version of every synced record (tombstones included)."""

    __tablename__ = "sync_record"

    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(40), index=True)
    country: Mapped[str | None] = mapped_column(String(2), index=True)
    revision: Mapped[int] = mapped_column(BigInteger, unique=True)
    deleted: Mapped[bool] = mapped_column(Boolean)
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    device_id: Mapped[str | None] = mapped_column(String(36))


class RecordVersion(Base):
    """Every version a record ever had, with the fields that version changed."""

    __tablename__ = "sync_record_version"

    revision: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    record_id: Mapped[str] = mapped_column(ForeignKey("sync_record.record_id"), index=True)
    deleted: Mapped[bool] = mapped_column(Boolean)
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)
    # Names of the fields that differ from the previous version; "*" when the
    # record was created, deleted or restored (every field counts as changed).
    changed_fields: Mapped[list[str]] = mapped_column(JSON)
    device_id: Mapped[str | None] = mapped_column(String(36))
    change_id: Mapped[str | None] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class AppliedChange(Base):
    """Each change_id the hub has applied, so a resent change is never applied twice."""

    __tablename__ = "sync_applied_change"

    change_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36))
    revision: Mapped[int] = mapped_column(BigInteger)
    device_id: Mapped[str] = mapped_column(String(36))
    applied_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Batch(Base):
    """A push batch: its body hash, whether it is done, and the answer to replay."""

    __tablename__ = "sync_batch"

    batch_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    body_hash: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))
    response: Mapped[str | None] = mapped_column(Text)
    claimed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class ReturnEvent(Base):
    """One transition of a monthly return, as the hub applied it: the month's history."""

    __tablename__ = "hub_return_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    country: Mapped[str] = mapped_column(String(2))
    period: Mapped[str] = mapped_column(String(7))
    action: Mapped[str] = mapped_column(String(16))
    from_state: Mapped[str] = mapped_column(String(16))
    to_state: Mapped[str] = mapped_column(String(16))
    username: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(20))
    device_id: Mapped[str] = mapped_column(String(36))
    comment: Mapped[str] = mapped_column(Text)
    taken_at: Mapped[str] = mapped_column(String(40))  # the device's clock, as it sent it
    applied_at: Mapped[datetime] = mapped_column(UTCDateTime())
    revision: Mapped[int] = mapped_column(BigInteger)


class ReturnSetting(Base):
    """A country's monthly-return settings, set by a regional admin on the hub."""

    __tablename__ = "hub_return_setting"

    country: Mapped[str] = mapped_column(String(2), primary_key=True)
    # The country has no national approver: the regional team accepts submitted months.
    skip_national_approval: Mapped[bool] = mapped_column(Boolean)
    # An exception to the closing of entry periods (HubSettings.return_entry_closes_days): the
    # country's months stay open until this time.
    entry_open_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ConsoleSession(Base):
    """A signed-in browser on the regional console; its cookie's token is stored only hashed."""

    __tablename__ = "hub_console_session"

    # SHA-256 of the cookie's random token (credentials.token_digest): a copy of the table
    # signs no one in.
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("hub_user.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # The idle timeout (HubSettings.console_idle_minutes) counts from here.
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # Every form of the session carries this; a POST without it changes nothing.
    csrf_secret: Mapped[str] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(2))


class ConsolePending(Base):
    """A browser whose password was right, waiting for its second factor (a code, or its
    enrolment): short-lived, with its own cookie and CSRF secret; never a signed-in session."""

    __tablename__ = "hub_console_pending"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("hub_user.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    csrf_secret: Mapped[str] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(2))


class AuditEvent(Base):
    """One thing done to or through the hub, for the audit log (audit.py writes and reads it)."""

    __tablename__ = "hub_audit_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    # Who did it: a hub username, or None for the hub's own command line and for sign-ins
    # that failed (the name typed is the subject then, not a proven actor).
    actor: Mapped[str | None] = mapped_column(String(64))
    actor_country: Mapped[str | None] = mapped_column(String(2))
    action: Mapped[str] = mapped_column(String(32), index=True)  # an audit.Action
    subject: Mapped[str] = mapped_column(Text)  # what it was done to: a username, a device…
    country: Mapped[str | None] = mapped_column(String(2))  # the subject's, for filtering
    address: Mapped[str | None] = mapped_column(String(64))  # the client's IP address
    details: Mapped[dict[str, Any]] = mapped_column(JSON)


class UserTotp(Base):
    """A user's TOTP second factor (totp.py): pending until a first code confirms it."""

    __tablename__ = "hub_user_totp"

    user_id: Mapped[int] = mapped_column(ForeignKey("hub_user.id"), primary_key=True)
    # Base32, stored as is: the hub has no key of its own to encrypt it (see r0006_totp).
    secret: Mapped[str] = mapped_column(String(64))
    enabled: Mapped[bool] = mapped_column(Boolean)
    # The time step of the last code accepted: a code of that step or before is refused, so
    # one seen over a shoulder or replayed cannot sign in again.
    last_step: Mapped[int | None] = mapped_column(BigInteger)
    enrolled_at: Mapped[datetime] = mapped_column(UTCDateTime())
    confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class RecoveryCode(Base):
    """One single-use recovery code of a user's second factor, argon2-hashed."""

    __tablename__ = "hub_totp_recovery_code"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("hub_user.id"), index=True)
    # The code's first group, in clear: it picks the one hash to check (ten argon2 checks per
    # attempt would let anyone holding a password keep the hub's cores busy).
    lookup: Mapped[str] = mapped_column(String(8))
    code_hash: Mapped[str] = mapped_column(String(255))
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


# The longest course code the figures keep (a longer one reads as none): it is indexed, and an
# index entry must stay well within PostgreSQL's 2,704 bytes.
CODE_LENGTH = 200

# The narrow rows the regional figures read (figure_rows.py writes them, r0007_figures says
# why): one row per live record of the kind, the fields the figures filter, group and join on
# as plain columns; a deleted record has no row. Texts that were not JSON strings, and dates
# and months not in their ISO form, are NULL.


class FigureSession(Base):
    """A live training session: its course and first day."""

    __tablename__ = "fig_session"

    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    country: Mapped[str | None] = mapped_column(String(2))
    course_code: Mapped[str | None] = mapped_column(String(CODE_LENGTH))
    day: Mapped[str | None] = mapped_column(String(10), index=True)  # start_date, YYYY-MM-DD
    quarter: Mapped[str | None] = mapped_column(String(6))  # YYYYQn of the day


class FigureAttendance(Base):
    """A live attendance: who came to which session, completion and the two scores; and, so
    that the training figures read one table, its session's country, course, day and quarter
    and its person's sex as they stand (NULL while the session or person is not live)."""

    __tablename__ = "fig_attendance"
    # The training figures read a period's attendances from an index alone (no table
    # lookups): PostgreSQL from the first (the day first, then every column they group and
    # count), SQLite from the two that start with the quarter.
    __table_args__ = (
        Index("ix_fig_attendance_figures", "day", "session_country", "course_code", "quarter",
              "sex", "person_id", "completed", "pre_score", "post_score", "status"),
        # SQLite (no GROUPING SETS) reads a period's attendances in the order of one of the
        # page's groupings from these two, instead of sorting them per grouping (r0012).
        Index("ix_fig_attendance_by_keys", "quarter", "session_country", "course_code", "sex",
              "person_id", "day", "completed", "pre_score", "post_score", "status"),
        Index("ix_fig_attendance_by_sex", "quarter", "sex", "person_id", "day",
              "session_country", "course_code", "completed", "pre_score", "post_score", "status"),
    )  # fmt: skip

    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    country: Mapped[str | None] = mapped_column(String(2))
    # Only an id that could be a record's (36 characters) is kept: it is joined on.
    session_id: Mapped[str | None] = mapped_column(String(36), index=True)
    person_id: Mapped[str | None] = mapped_column(String(36), index=True)
    completed: Mapped[bool] = mapped_column(Boolean)  # JSON true only
    pre_score: Mapped[float | None] = mapped_column(Float)
    post_score: Mapped[float | None] = mapped_column(Float)
    session_country: Mapped[str | None] = mapped_column(String(2))
    course_code: Mapped[str | None] = mapped_column(String(CODE_LENGTH))
    day: Mapped[str | None] = mapped_column(String(10))
    quarter: Mapped[str | None] = mapped_column(String(6))
    sex: Mapped[str | None] = mapped_column(String(10))
    # present, late, excused or absent (bluepacific_wire.training.attendance_status): a record
    # from a desktop older than statuses has none and is present.
    status: Mapped[str] = mapped_column(String(8), server_default="present")


class FigurePerson(Base):
    """A live person and the sex they are counted under (bluepacific_wire.training)."""

    __tablename__ = "fig_person"

    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    country: Mapped[str | None] = mapped_column(String(2))
    sex: Mapped[str] = mapped_column(String(10))


class FigureReport(Base):
    """A live monthly capability report: its capability, month and counts."""

    __tablename__ = "fig_report"

    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    country: Mapped[str | None] = mapped_column(String(2))
    capability_code: Mapped[str | None] = mapped_column(Text)
    period: Mapped[str | None] = mapped_column(String(7), index=True)  # YYYY-MM
    searches: Mapped[float | None] = mapped_column(Float)
    hits: Mapped[float | None] = mapped_column(Float)
    notices_requested: Mapped[float | None] = mapped_column(Float)
    diffusions_requested: Mapped[float | None] = mapped_column(Float)
    messages_exchanged: Mapped[float | None] = mapped_column(Float)
    active_accounts: Mapped[float | None] = mapped_column(Float)


class FigureEngagement(Base):
    """A live engagement: its kind and day."""

    __tablename__ = "fig_engagement"

    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    country: Mapped[str | None] = mapped_column(String(2))
    kind: Mapped[str | None] = mapped_column(Text)
    day: Mapped[str | None] = mapped_column(String(10), index=True)  # date, YYYY-MM-DD
    quarter: Mapped[str | None] = mapped_column(String(6))


class FigureContact(Base):
    """A live contact of the shared directory: its country and organisation."""

    __tablename__ = "fig_contact"

    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    country: Mapped[str | None] = mapped_column(String(2))  # the record's (who entered it)
    contact_country: Mapped[str | None] = mapped_column(Text)
    org_type: Mapped[str | None] = mapped_column(Text)
    organisation: Mapped[str | None] = mapped_column(Text)


class IndicatorTarget(Base):
    """A results-framework indicator's baseline and target for one country (or the region)
    and one year (results/targets.py sets them; the actual is computed, never stored)."""

    __tablename__ = "hub_indicator_target"

    indicator: Mapped[str] = mapped_column(String(40), primary_key=True)  # an indicator's code
    # A project country's code, or "REGION" for the region's own target (not a sum: unique
    # people trained in the region are fewer than the countries' added up).
    country: Mapped[str] = mapped_column(String(8), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    baseline: Mapped[float | None] = mapped_column(Float)
    target: Mapped[float | None] = mapped_column(Float)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_by: Mapped[str | None] = mapped_column(String(64))  # None: the command line


class ProjectTarget(Base):
    """An indicator's life-of-project target for one country or the region: its yearly
    targets may not add up to more (TolaData's rule, results/targets.py)."""

    __tablename__ = "hub_project_target"

    indicator: Mapped[str] = mapped_column(String(40), primary_key=True)
    country: Mapped[str] = mapped_column(String(8), primary_key=True)
    target: Mapped[float] = mapped_column(Float)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_by: Mapped[str | None] = mapped_column(String(64))
