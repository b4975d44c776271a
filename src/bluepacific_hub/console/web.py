"""What every console route needs: the viewer behind the request's cookie (or where to send a
browser that is not signed in), the CSRF check of a post, cookies set with the console's
flags, and the error pages."""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from urllib.parse import urlencode

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from bluepacific_hub.audit import Actor, Via
from bluepacific_hub.console import csrf
from bluepacific_hub.console.forms import FormRefused, read_form
from bluepacific_hub.console.i18n import language
from bluepacific_hub.console.sessions import COOKIE, COOKIE_PATH, Ended, Viewer, find_viewer
from bluepacific_hub.console.templates import render
from bluepacific_hub.hub import Hub, get_hub
from bluepacific_wire import utc_now

LOGIN_PATH = "/console/login"
# The second step of a sign-in that needs a second factor: a code, or a first enrolment.
CODE_PATH = "/console/login/code"
ENROL_PATH = "/console/login/enrol"
HOME_PATH = "/console/"
# The language chosen before signing in (the login page's form), and kept for the next visit.
LANG_COOKIE = "bp_console_lang"
LANG_COOKIE_DAYS = 365


def set_cookie(response: Response, name: str, value: str, max_age: int | None = None) -> None:
    """A console cookie: HTTPS only, out of reach of scripts, never sent by another site."""
    response.set_cookie(
        name,
        value,
        max_age=max_age,
        path=COOKIE_PATH,
        secure=True,
        httponly=True,
        samesite="strict",
    )


def drop_cookie(response: Response, name: str) -> None:
    response.delete_cookie(name, path=COOKIE_PATH, secure=True, httponly=True, samesite="strict")


def idle_timeout(hub: Hub) -> timedelta:
    return timedelta(minutes=hub.settings.console_idle_minutes)


def token_viewer(hub: Hub, token: str) -> Viewer | Ended:
    """The viewer behind a session cookie's token, or why it signs nobody in."""
    with hub.sessions() as session, session.begin():
        return find_viewer(session, token, idle_timeout(hub), utc_now())


async def signed_in(request: Request) -> Viewer | Response:
    """The viewer, or a redirect to the login page (saying why a session ended)."""
    token = request.cookies.get(COOKIE)
    found = (
        await run_in_threadpool(token_viewer, get_hub(request), token) if token else Ended.UNKNOWN
    )
    if isinstance(found, Viewer):
        return found
    query = "" if found is Ended.UNKNOWN else "?" + urlencode({"ended": found.value})
    response = RedirectResponse(LOGIN_PATH + query, status_code=303)
    if token:
        drop_cookie(response, COOKIE)
    return response


async def admin_signed_in(request: Request) -> Viewer | Response:
    """The viewer when a regional admin; anyone else gets the 404 page (the address is not
    theirs to know of), a browser not signed in the login page."""
    found = await signed_in(request)
    if isinstance(found, Viewer) and not found.is_admin:
        return error_page(request, 404, found)
    return found


def actor(viewer: Viewer, request: Request) -> Actor:
    """The audit log's actor of a change made on the console."""
    return Actor(viewer.username, viewer.country, Via.CONSOLE, address=client_address(request))


def anonymous_language(request: Request) -> str:
    return language(request.cookies.get(LANG_COOKIE))


def error_page(
    request: Request, status: int, viewer: Viewer | None = None, **context: Any
) -> HTMLResponse:
    """The page of an error status (403, 404…), in the viewer's language."""
    lang = viewer.language if viewer else anonymous_language(request)
    token = viewer.csrf if viewer else request.cookies.get(csrf.PRE_COOKIE, "")
    return render(
        "error.html",
        lang=lang,
        csrf=token,
        here=HOME_PATH,
        viewer=viewer,
        status=status,
        code=status,
        **context,
    )


async def checked_form(
    request: Request, expected: str | None, viewer: Viewer | None = None
) -> dict[str, str] | Response:
    """The posted form when its CSRF token is `expected`; else the 403 (or 400) page, and
    nothing is done."""
    try:
        form = await read_form(request)
    except FormRefused:
        return error_page(request, 400, viewer)
    if not csrf.matches(expected, form.get(csrf.FIELD)):
        return error_page(request, 403, viewer)
    return form


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def safe_next(value: str | None) -> str:
    """Where to go back to after a form: a console path of this hub, never another site."""
    if value and value.startswith(HOME_PATH) and "//" not in value and "\\" not in value:
        return value
    return HOME_PATH
