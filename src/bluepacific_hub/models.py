"""The hub's tables: users, devices, records with their full history, batches, counters."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, ForeignKey, Integer, String, Text
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
