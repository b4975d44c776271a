"""The console's home page (/console/): the completeness grid of a year."""

from __future__ import annotations

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from bluepacific_hub.console import words
from bluepacific_hub.console.grid import Grid, completeness_grid, years
from bluepacific_hub.console.sessions import Viewer
from bluepacific_hub.console.templates import render
from bluepacific_hub.console.web import HOME_PATH, error_page, signed_in
from bluepacific_hub.hub import Hub, get_hub
from bluepacific_wire import utc_now

router = APIRouter(include_in_schema=False)


@router.get("/console")
async def console_bare() -> Response:
    # The session cookie's path is /console/: without the slash the browser would not send it.
    return RedirectResponse(HOME_PATH, status_code=308)


def _grid(hub: Hub, viewer: Viewer, year: int) -> Grid:
    with hub.sessions() as session:
        return completeness_grid(session, viewer, year, utc_now(), hub.settings.return_due_days)


@router.get("/console/")
async def home(request: Request) -> Response:
    """The grid of the year asked for (`?year=`), this year by default."""
    viewer = await signed_in(request)
    if isinstance(viewer, Response):
        return viewer
    offered = years(utc_now())
    asked = request.query_params.get("year", "")
    if asked and (not asked.isdigit() or int(asked) not in offered):
        return error_page(request, 404, viewer)
    year = int(asked) if asked else offered[-1]
    grid = await run_in_threadpool(_grid, get_hub(request), viewer, year)
    here = HOME_PATH + (f"?year={year}" if asked else "")
    return render_grid(viewer, grid, here, get_hub(request).settings.return_due_days)


def render_grid(viewer: Viewer, grid: Grid, here: str, due_days: int) -> HTMLResponse:
    """The home page of `grid` (also what the benchmark times beside the bare SQL)."""
    return render(
        "home.html",
        lang=viewer.language,
        csrf=viewer.csrf,
        here=here,
        viewer=viewer,
        section="grid",
        grid=grid,
        years=years(utc_now()),
        w=words,
        due_days=due_days,
    )


async def not_found(request: Request) -> Response:
    """Any other console address: the console's own 404 page, not the API's JSON."""
    return error_page(request, 404)
