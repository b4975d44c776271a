"""A monthly return's page (/console/returns/{country}/{YYYY-MM}): its state, deadline and
timeliness, and its history as the hub applied it (hub_return_event). Another country's month
is "not found" for anyone but a regional admin, as is a month that does not exist."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from fastapi import APIRouter
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from bluepacific_hub.console import words
from bluepacific_hub.console.review import month_actions
from bluepacific_hub.console.sessions import Viewer
from bluepacific_hub.console.templates import render
from bluepacific_hub.console.web import error_page, signed_in
from bluepacific_hub.hub import Hub, get_hub
from bluepacific_hub.models import Record, ReturnEvent
from bluepacific_hub.returns import return_id
from bluepacific_hub.returns_grid import month_statuses, project_countries
from bluepacific_wire import Role, utc_now
from bluepacific_wire.completeness import MonthStatus, Timeliness, deadline, timeliness
from bluepacific_wire.returns import TRANSITIONS, ReturnAction

router = APIRouter(include_in_schema=False)
_PERIOD = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


@dataclass(frozen=True)
class ReturnView:
    month: MonthStatus
    timeliness: Timeliness
    last_due_day: str  # the deadline's day in the country's calendar
    events: list[ReturnEvent]
    actions: list[ReturnAction]  # what the viewer may do to it now
    explanations: list[str]  # kept with the submission, for figures far from the usual


def may_see(viewer: Viewer, country: str) -> bool:
    """A regional admin sees every country; anyone else their own (the session's user's)."""
    return viewer.is_admin or country == viewer.country


def return_view(
    session: Session, viewer: Viewer, country: str, period: str, now: datetime, due_days: int
) -> ReturnView:
    month = month_statuses(session, int(period[:4]))[country][int(period[5:7]) - 1]
    due = deadline(period, month.zone, due_days)
    last_day = (due.astimezone(ZoneInfo(month.zone)) - timedelta(days=1)).date().isoformat()
    events = list(
        session.scalars(
            select(ReturnEvent)
            .where(ReturnEvent.record_id == return_id(country, period))
            .order_by(ReturnEvent.id)
        )
    )
    actions = month_actions(session, viewer, country, month.state)
    record = session.get(Record, return_id(country, period))
    raw = record.fields.get("explanations") if record is not None and not record.deleted else None
    explanations = [str(x) for x in raw] if isinstance(raw, list) else []
    return ReturnView(
        month, timeliness(month, now, due_days), last_day, events, actions, explanations
    )


def load_view(hub: Hub, viewer: Viewer, country: str, period: str) -> ReturnView:
    with hub.sessions() as session:
        due_days = hub.settings.return_due_days
        return return_view(session, viewer, country, period, utc_now(), due_days)


def month_address(country: str, period: str) -> bool:
    """Whether `country`/`period` names a month of the project's countries."""
    found = _PERIOD.match(period)
    return (
        found is not None and country in project_countries() and 2000 <= int(found.group(1)) <= 2100
    )


def render_return(
    request: Request,
    viewer: Viewer,
    view: ReturnView,
    status: int = 200,
    error: str | None = None,
    comment: str = "",
    tried: str | None = None,
) -> Response:
    """A return's page; after a refused decision, with the reason and what was typed."""
    m = view.month
    return render(
        "return.html",
        lang=viewer.language,
        csrf=viewer.csrf,
        here=f"/console/returns/{m.country}/{m.period}",
        viewer=viewer,
        section="grid",
        status=status,
        view=view,
        w=words,
        actions=ReturnAction,
        roles=Role,
        needs_comment={a for a in ReturnAction if TRANSITIONS[a].needs_comment},
        error=error,
        comment=comment,
        tried=tried,
    )


@router.get("/console/returns/{country}/{period}")
async def return_page(request: Request, country: str, period: str) -> Response:
    viewer = await signed_in(request)
    if isinstance(viewer, Response):
        return viewer
    # One answer for "no such month" and "not yours": nothing tells Fiji what Tonga has.
    if not month_address(country, period) or not may_see(viewer, country):
        return error_page(request, 404, viewer)
    view = await run_in_threadpool(load_view, get_hub(request), viewer, country, period)
    return render_return(request, viewer, view)
