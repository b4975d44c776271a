"""The audit log's page (/console/audit, regional admins only): the events, newest first, a
page at a time, filtered by day, actor, action and country; the same events as a CSV file
(/console/audit.csv, formula-safe, the export itself logged); the retention setting."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Final
from urllib.parse import urlencode

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from bluepacific_hub import audit
from bluepacific_hub.audit import Action, Actor, AuditFilter
from bluepacific_hub.console import words
from bluepacific_hub.console.templates import render
from bluepacific_hub.console.web import actor, admin_signed_in, error_page
from bluepacific_hub.hub import Hub, get_hub
from bluepacific_hub.models import AuditEvent
from bluepacific_hub.returns_grid import project_countries

router = APIRouter(include_in_schema=False)
AUDIT_PATH: Final = "/console/audit"
CSV_PATH: Final = "/console/audit.csv"
PAGE_EVENTS: Final = 50
# A CSV export holds at most this many events (the newest): more is the command line's job
# (`bluepacific-hub audit export`), not a browser download's.
CSV_EVENTS: Final = 100_000
FIELDS: Final = ("since", "until", "actor", "action", "country")


class BadFilter(ValueError):
    """A filter value the page does not take."""


@dataclass(frozen=True)
class Asked:
    """The filters as typed (to show them again) and as the log reads them."""

    typed: dict[str, str]
    filters: AuditFilter
    page: int

    def query(self, **extra: str) -> str:
        kept = {k: v for k, v in self.typed.items() if v}
        return urlencode({**kept, **extra})


def _day(text: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise BadFilter(text) from exc


def _at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def asked(request: Request) -> Asked:
    """The filters of the query string; BadFilter when one is not a day, action or country."""
    typed = {name: request.query_params.get(name, "").strip() for name in FIELDS}
    since, until = _day(typed["since"]), _day(typed["until"])
    action = typed["action"]
    if action and action not in set(Action):
        raise BadFilter(action)
    country = typed["country"].upper()
    if country and country not in project_countries():
        raise BadFilter(country)
    page_text = request.query_params.get("page", "1")
    if not page_text.isdigit() or int(page_text) < 1:
        raise BadFilter(page_text)
    filters = AuditFilter(
        since=_at(since) if since else None,
        # The day typed is included: events before the next day's start.
        until=_at(until) + timedelta(days=1) if until else None,
        actor=typed["actor"] or None,
        action=Action(action) if action else None,
        country=country or None,
    )
    return Asked(typed, filters, int(page_text))


@dataclass(frozen=True)
class Shown:
    events: list[AuditEvent]
    total: int


def _events(hub: Hub, filters: AuditFilter, page: int) -> Shown:
    with hub.sessions() as session:
        events = audit.list_events(
            session, filters, limit=PAGE_EVENTS, offset=(page - 1) * PAGE_EVENTS
        )
        session.expunge_all()
        return Shown(events, audit.count_events(session, filters))


def details_text(event: AuditEvent) -> str:
    """The event's details but `via` (a column of its own), as compact JSON."""
    rest = {k: v for k, v in event.details.items() if k != "via"}
    return json.dumps(rest, ensure_ascii=False, sort_keys=True) if rest else ""


@router.get(AUDIT_PATH)
async def audit_log(request: Request) -> Response:
    viewer = await admin_signed_in(request)
    if isinstance(viewer, Response):
        return viewer
    try:
        wanted = asked(request)
    except BadFilter:
        return error_page(request, 400, viewer)
    hub = get_hub(request)
    shown = await run_in_threadpool(_events, hub, wanted.filters, wanted.page)
    pages = max(1, -(-shown.total // PAGE_EVENTS))
    return render(
        "audit.html",
        lang=viewer.language,
        csrf=viewer.csrf,
        here=AUDIT_PATH,
        viewer=viewer,
        section="audit",
        events=shown.events,
        total=shown.total,
        page=wanted.page,
        pages=pages,
        wanted=wanted,
        actions=list(Action),
        countries=project_countries(),
        retention_days=hub.settings.audit_retention_days,
        details_text=details_text,
        w=words,
    )


def _csv(hub: Hub, filters: AuditFilter, by: Actor) -> bytes:
    with hub.sessions() as session, session.begin():
        data, _count = audit.export_csv_bytes(session, filters, by, limit=CSV_EVENTS)
        return data


@router.get(CSV_PATH)
async def audit_csv(request: Request) -> Response:
    """The filtered events as a CSV download (the newest CSV_EVENTS); the export is logged."""
    viewer = await admin_signed_in(request)
    if isinstance(viewer, Response):
        return viewer
    try:
        wanted = asked(request)
    except BadFilter:
        return error_page(request, 400, viewer)
    data = await run_in_threadpool(_csv, get_hub(request), wanted.filters, actor(viewer, request))
    return Response(
        data,
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="audit-log.csv"'},
    )
