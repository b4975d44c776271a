"""The hub's audit log: who did what to the hub, when and from where — sign-ins, device
revocations, user and role changes, monthly-return transitions, exports. Each event is written
in the transaction of the change it records (so one is never without the other), listed with
filters, exported as a formula-safe CSV file and purged past its retention."""

from __future__ import annotations

import getpass
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any, Final

from sqlalchemy import ColumnElement, delete, func, select
from sqlalchemy.orm import Session

from bluepacific_hub.figures.export import csv_text, write_csv
from bluepacific_hub.figures.tables import Table
from bluepacific_hub.models import AuditEvent
from bluepacific_wire import format_time, utc_now


class Action(StrEnum):
    """What an audit event records (the codes the console's filter offers)."""

    LOGIN_OK = "login_ok"
    LOGIN_FAILED = "login_failed"
    DEVICE_REVOKED = "device_revoked"
    # A regional admin asked for a device's data to be erased; the hub told the device.
    DEVICE_WIPE_REQUESTED = "device_wipe_requested"
    DEVICE_WIPED = "device_wiped"
    # A hub-wide policy changed (require-encryption).
    POLICY_CHANGED = "policy_changed"
    USER_ADDED = "user_added"
    USER_DISABLED = "user_disabled"
    USER_ENABLED = "user_enabled"
    ROLE_CHANGED = "role_changed"
    PASSWORD_RESET = "password_reset"
    # One per monthly-return action (bluepacific_wire.returns.ReturnAction), "return_" + it.
    RETURN_SUBMIT = "return_submit"
    RETURN_NIL = "return_nil"
    RETURN_APPROVE = "return_approve"
    RETURN_ACCEPT = "return_accept"
    RETURN_SEND_BACK = "return_send_back"
    RETURN_REOPEN = "return_reopen"
    # A country's monthly-return settings: skipping national approval, an entry exception.
    RETURN_SETTING_CHANGED = "return_setting_changed"
    FIGURES_EXPORTED = "figures_exported"
    # The results framework's baselines and targets (results/targets.py).
    TARGETS_SET = "targets_set"
    TARGETS_IMPORTED = "targets_imported"
    DONOR_PACK_GENERATED = "donor_pack_generated"
    # A console page showing people's data (the contact directory) was viewed.
    PERSONAL_DATA_VIEWED = "personal_data_viewed"
    AUDIT_EXPORTED = "audit_exported"
    AUDIT_PURGED = "audit_purged"
    TOTP_ENROLLED = "totp_enrolled"
    TOTP_CONFIRMED = "totp_confirmed"
    TOTP_DISABLED = "totp_disabled"
    TOTP_RECOVERY_USED = "totp_recovery_used"


def return_action(action: str) -> Action:
    """The audit code of a monthly-return action ("send_back" → RETURN_SEND_BACK)."""
    return Action(f"return_{action}")


class Via(StrEnum):
    """Through which door the actor came."""

    API = "api"  # the desktop app's sync API
    CONSOLE = "console"  # the hub's web pages
    CLI = "cli"  # `bluepacific-hub` on the hub's own machine
    HUB = "hub"  # the hub itself (at start, or a program using it as a library)


@dataclass(frozen=True)
class Actor:
    """Who is acting: a signed-in hub user (username and country), or nobody signed in (the
    command line, which only someone on the hub's machine can run); from which address."""

    username: str | None
    country: str | None
    via: Via
    address: str | None = None
    # The operating-system account that ran the command line, as the one trace of who it was.
    os_user: str | None = None


def command_line() -> Actor:
    """The actor of a `bluepacific-hub` command: whoever is logged in on the hub's machine."""
    try:
        os_user: str | None = getpass.getuser()
    except (OSError, KeyError):  # no user name in the environment nor in the password file
        os_user = None
    return Actor(None, None, Via.CLI, os_user=os_user)


HUB: Final = Actor(None, None, Via.HUB)

ADDRESS_LENGTH: Final = 64
SUBJECT_LENGTH: Final = 200


def record(
    session: Session,
    action: Action,
    subject: str,
    *,
    by: Actor,
    country: str | None = None,
    details: Mapping[str, Any] | None = None,
    at: datetime | None = None,
) -> AuditEvent:
    """Add one event to `session`, committed (or rolled back) with the caller's transaction.
    `country` is the subject's (a user's, a device's, a month's), the one the log filters on."""
    extra: dict[str, Any] = {"via": by.via.value}
    if by.os_user:
        extra["os_user"] = by.os_user
    event = AuditEvent(
        at=at or utc_now(),
        actor=by.username,
        actor_country=by.country,
        action=action.value,
        subject=subject[:SUBJECT_LENGTH],
        country=country,
        address=by.address[:ADDRESS_LENGTH] if by.address else None,
        details={**extra, **(details or {})},
    )
    session.add(event)
    return event


@dataclass(frozen=True)
class AuditFilter:
    """Which events to list; None means any. `since` is inclusive, `until` exclusive."""

    since: datetime | None = None
    until: datetime | None = None
    actor: str | None = None
    action: Action | None = None
    country: str | None = None
    subject: str | None = None

    def where(self) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if self.since is not None:
            conditions.append(AuditEvent.at >= self.since)
        if self.until is not None:
            conditions.append(AuditEvent.at < self.until)
        if self.actor is not None:
            conditions.append(AuditEvent.actor == self.actor.strip().lower())
        if self.action is not None:
            conditions.append(AuditEvent.action == self.action.value)
        if self.country is not None:
            conditions.append(AuditEvent.country == self.country.strip().upper())
        if self.subject is not None:
            conditions.append(AuditEvent.subject == self.subject.strip())
        return conditions


def list_events(
    session: Session,
    filters: AuditFilter = AuditFilter(),
    *,
    limit: int | None = None,
    offset: int = 0,
) -> list[AuditEvent]:
    """The matching events, newest first (`limit` and `offset` page through them)."""
    query = (
        select(AuditEvent)
        .where(*filters.where())
        .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
        .offset(offset)
        .limit(limit)
    )
    return list(session.scalars(query))


def count_events(session: Session, filters: AuditFilter = AuditFilter()) -> int:
    """How many events match (for the console's pages of events)."""
    return int(session.scalar(select(func.count(AuditEvent.id)).where(*filters.where())) or 0)


HEADERS: Final = (
    "at", "actor", "actor_country", "action", "subject", "country", "address", "details",
)  # fmt: skip


def events_table(events: Sequence[AuditEvent]) -> Table:
    """The events as a figures Table, so the one formula-safe CSV writer writes them."""
    rows = tuple(
        (
            format_time(e.at),
            e.actor,
            e.actor_country,
            e.action,
            e.subject,
            e.country,
            e.address,
            json.dumps(e.details, ensure_ascii=False, sort_keys=True),
        )
        for e in events
    )
    return Table("audit log", HEADERS, rows)


def _exported(session: Session, by: Actor, filters: AuditFilter, count: int, to: str) -> None:
    wanted = {
        k: (format_time(v) if isinstance(v, datetime) else str(v))
        for k, v in vars(filters).items()
        if v is not None
    }
    record(
        session,
        Action.AUDIT_EXPORTED,
        to,
        by=by,
        country=filters.country,
        details={"filters": wanted, "events": count},
    )


def export_csv_bytes(
    session: Session, filters: AuditFilter, by: Actor, *, limit: int | None = None
) -> tuple[bytes, int]:
    """The matching events as a CSV file's bytes (UTF-8 with a byte-order mark, as write_csv
    writes, for a download) and how many; the export is logged."""
    events = list_events(session, filters, limit=limit)
    _exported(session, by, filters, len(events), "csv download")
    return csv_text(events_table(events)).encode("utf-8-sig"), len(events)


def export_csv(
    session: Session, path: Path, filters: AuditFilter, by: Actor, *, limit: int | None = None
) -> int:
    """Write the matching events to a CSV file; how many. The export is logged."""
    events = list_events(session, filters, limit=limit)
    write_csv(path, events_table(events))
    _exported(session, by, filters, len(events), path.name)
    return len(events)


def purge(session: Session, retention_days: int, by: Actor, now: datetime | None = None) -> int:
    """Delete the events older than `retention_days`; how many. A purge that deleted some is
    itself logged, so a gap in the log always says who made it."""
    if retention_days < 1:
        raise ValueError("the audit log's retention must be one day or more")
    when = now or utc_now()
    cutoff = when - timedelta(days=retention_days)
    done = session.execute(
        delete(AuditEvent)
        .where(AuditEvent.at < cutoff)
        .execution_options(synchronize_session=False)
    )
    removed = int(getattr(done, "rowcount", 0))
    if removed:
        record(
            session,
            Action.AUDIT_PURGED,
            f"events before {format_time(cutoff)}",
            by=by,
            details={"events": removed, "retention_days": retention_days},
            at=when,
        )
    return removed
