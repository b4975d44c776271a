"""`bluepacific-hub audit list|purge`: the audit log printed (newest first, tab-separated) or
exported as CSV with filters, and its events past the retention deleted."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from bluepacific_hub import audit
from bluepacific_hub.audit import Action, AuditFilter
from bluepacific_hub.models import AuditEvent
from bluepacific_hub.settings import HubSettings
from bluepacific_wire import format_time


def add_audit_parser(
    commands: Any, with_db: Callable[[argparse.ArgumentParser], argparse.ArgumentParser]
) -> None:
    log = commands.add_parser("audit", help="the audit log: who did what, when, from where")
    actions = log.add_subparsers(dest="action", required=True)
    listing = with_db(actions.add_parser("list", help="list events, newest first (or --csv)"))
    listing.add_argument("--since", metavar="DATE", help="from this day (YYYY-MM-DD, UTC) or time")
    listing.add_argument(
        "--until", metavar="DATE", help="to the end of this day (YYYY-MM-DD, UTC), or a time"
    )
    listing.add_argument("--action", dest="event", choices=[a.value for a in Action])
    listing.add_argument("--user", help="events done by this user")
    listing.add_argument("--subject", help="events done to this user, device or month")
    listing.add_argument("--country", help="events about this country (e.g. FJ)")
    listing.add_argument("--limit", type=int, help="at most this many events")
    listing.add_argument("--csv", type=Path, metavar="FILE", help="write a CSV file instead")
    purge = with_db(actions.add_parser("purge", help="delete the events older than the retention"))
    purge.add_argument(
        "--days",
        type=int,
        default=HubSettings.audit_retention_days,
        help=f"the retention in days (default {HubSettings.audit_retention_days})",
    )


def parse_when(text: str, *, end_of_day: bool) -> datetime:
    """A day (its start, or with `end_of_day` the next day's start) or a time, in UTC; a time
    without a zone is UTC."""
    try:
        day = date.fromisoformat(text)
    except ValueError:
        pass
    else:
        return datetime.combine(day + timedelta(days=1 if end_of_day else 0), time(), UTC)
    try:
        when = datetime.fromisoformat(text)
    except ValueError as exc:
        raise ValueError(f"{text!r}: write a day as YYYY-MM-DD or a time as ISO 8601") from exc
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


def filters_of(args: argparse.Namespace) -> AuditFilter:
    return AuditFilter(
        since=parse_when(args.since, end_of_day=False) if args.since else None,
        until=parse_when(args.until, end_of_day=True) if args.until else None,
        actor=args.user,
        action=Action(args.event) if args.event else None,
        country=args.country,
        subject=args.subject,
    )


def event_line(event: AuditEvent) -> str:
    cells = (
        format_time(event.at),
        event.actor or "-",
        event.actor_country or "-",
        event.action,
        event.subject or "-",
        event.country or "-",
        event.address or "-",
        json.dumps(event.details, ensure_ascii=False, sort_keys=True),
    )
    return "\t".join(cells)


def audit_command(args: argparse.Namespace, session: Session) -> None:
    """audit list | purge."""
    by = audit.command_line()
    if args.action == "purge":
        removed = audit.purge(session, args.days, by)
        print(f"deleted {removed} audit event(s) older than {args.days} days")
        return
    filters = filters_of(args)
    if args.csv:
        count = audit.export_csv(session, args.csv, filters, by, limit=args.limit)
        print(f"wrote {count} audit event(s) to {args.csv}")
        return
    for event in audit.list_events(session, filters, limit=args.limit):
        print(event_line(event))
