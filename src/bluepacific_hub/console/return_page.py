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
from bluepacific_hub.console.sessions import Viewer
from bluepacific_hub.console.templates import render
from bluepacific_hub.console.web import error_page, signed_in
from bluepacific_hub.hub import Hub, get_hub
from bluepacific_hub.models import ReturnEvent
from bluepacific_hub.returns import return_id
from bluepacific_hub.returns_grid import month_statuses, project_countries
from bluepacific_wire import Role, utc_now
from bluepacific_wire.completeness import MonthStatus, Timeliness, deadline, timeliness
from bluepacific_wire.returns import ReturnAction

router = APIRouter(include_in_schema=False)
_PERIOD = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


@dataclass(frozen=True)
class ReturnView:
    month: MonthStatus
    timeliness: Timeliness
    last_due_day: str  # the deadline's day in the country's calendar
    events: list[ReturnEvent]


def may_see(viewer: Viewer, country: str) -> bool:
    """A regional admin sees every country; anyone else their own (the session's user's)."""
    return viewer.is_admin or country == viewer.country


def return_view(
    session: Session, country: str, period: str, now: datetime, due_days: int
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
    return ReturnView(month, timeliness(month, now, due_days), last_day, events)


def _view(hub: Hub, country: str, period: str) -> ReturnView:
    with hub.sessions() as session:
        return return_view(session, country, period, utc_now(), hub.settings.return_due_days)


@router.get("/console/returns/{country}/{period}")
async def return_page(request: Request, country: str, period: str) -> Response:
    viewer = await signed_in(request)
    if isinstance(viewer, Response):
        return viewer
    found = _PERIOD.match(period)
    # One answer for "no such month" and "not yours": nothing tells Fiji what Tonga has.
    if (
        found is None
        or country not in project_countries()
        or not may_see(viewer, country)
        or not 2000 <= int(found.group(1)) <= 2100
    ):
        return error_page(request, 404, viewer)
    view = await run_in_threadpool(_view, get_hub(request), country, period)
    return render(
        "return.html",
        lang=viewer.language,
        csrf=viewer.csrf,
        here=f"/console/returns/{country}/{period}",
        viewer=viewer,
        section="grid",
        view=view,
        w=words,
        actions=ReturnAction,
        roles=Role,
    )
