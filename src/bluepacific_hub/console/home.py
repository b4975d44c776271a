"""The console's home page (/console/)."""

from __future__ import annotations

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from bluepacific_hub.console.templates import render
from bluepacific_hub.console.web import HOME_PATH, error_page, signed_in

router = APIRouter(include_in_schema=False)


@router.get("/console")
async def console_bare() -> Response:
    # The session cookie's path is /console/: without the slash the browser would not send it.
    return RedirectResponse(HOME_PATH, status_code=308)


@router.get("/console/")
async def home(request: Request) -> Response:
    viewer = await signed_in(request)
    if isinstance(viewer, Response):
        return viewer
    return render(
        "home.html", lang=viewer.language, csrf=viewer.csrf, here=HOME_PATH, viewer=viewer
    )


async def not_found(request: Request) -> Response:
    """Any other console address: the console's own 404 page, not the API's JSON."""
    return error_page(request, 404)
