"""The console's sign-in, sign-out and language forms (/console/login, /console/logout,
/console/language). The password check is the API's (accounts.check_password), under the same
throttle and admission gate (signin.throttled_sign_in)."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from fastapi import APIRouter
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from bluepacific_hub import audit
from bluepacific_hub.accounts import check_password
from bluepacific_hub.audit import Action, Actor, Via
from bluepacific_hub.console import csrf
from bluepacific_hub.console.i18n import LANGUAGES, language
from bluepacific_hub.console.sessions import (
    COOKIE,
    Viewer,
    close_session,
    open_session,
    set_language,
)
from bluepacific_hub.console.templates import render
from bluepacific_hub.console.web import (
    HOME_PATH,
    LANG_COOKIE,
    LANG_COOKIE_DAYS,
    LOGIN_PATH,
    anonymous_language,
    checked_form,
    drop_cookie,
    error_page,
    safe_next,
    set_cookie,
    signed_in,
)
from bluepacific_hub.gate import HubBusy
from bluepacific_hub.hub import Hub, get_hub
from bluepacific_hub.signin import TooManyAttempts, throttled_sign_in
from bluepacific_wire import utc_now

router = APIRouter(include_in_schema=False)

# The API's limits on the same fields (api_auth.auth_login).
USERNAME_CHARS = 64
PASSWORD_CHARS = 1024


def _login_page(request: Request, token: str, status: int = 200, **context: Any) -> Response:
    context.setdefault("error", None)
    context.setdefault("ended", request.query_params.get("ended"))
    context.setdefault("username", "")
    response = render(
        "login.html",
        lang=anonymous_language(request),
        csrf=token,
        here=LOGIN_PATH,
        status=status,
        **context,
    )
    if request.cookies.get(csrf.PRE_COOKIE) != token:
        set_cookie(response, csrf.PRE_COOKIE, token)
    return response


@router.get("/console/login")
async def login_page(request: Request) -> Response:
    """The sign-in form (a signed-in browser goes to the home page instead)."""
    if request.cookies.get(COOKIE):
        found = await signed_in(request)
        if isinstance(found, Viewer):
            return RedirectResponse(HOME_PATH, status_code=303)
    token = request.cookies.get(csrf.PRE_COOKIE) or csrf.new_secret()
    return _login_page(request, token)


def _open(
    hub: Hub,
    username: str,
    password: str,
    chosen: str | None,
    old_token: str | None,
    address: str,
) -> Callable[[Session], str | None]:
    def check(session: Session) -> str | None:
        user = check_password(session, hub.passwords, username, password)
        if user is None:
            return None
        audit.record(
            session,
            Action.LOGIN_OK,
            user.username,
            by=Actor(user.username, user.country, Via.CONSOLE, address=address),
            country=user.country,
        )
        if chosen is not None:
            user.console_language = chosen
        if old_token:
            close_session(session, old_token)  # a new token at every sign-in
        lang = language(chosen or user.console_language)
        return open_session(session, user, lang, utc_now())

    return check


@router.post("/console/login")
async def login_post(request: Request) -> Response:
    """Check the form's CSRF token, then the password; a session and its cookie on success."""
    pre = request.cookies.get(csrf.PRE_COOKIE)
    form = await checked_form(request, pre)
    if isinstance(form, Response):
        return form
    assert pre is not None
    username, password = form.get("username", ""), form.get("password", "")
    if len(username) > USERNAME_CHARS or len(password) > PASSWORD_CHARS:
        return _login_page(request, pre, 400, error="invalid")
    hub = get_hub(request)
    address = request.client.host if request.client else "unknown"
    chosen = request.cookies.get(LANG_COOKIE)
    chosen = chosen if chosen in LANGUAGES else None
    check = _open(hub, username, password, chosen, request.cookies.get(COOKIE), address)
    try:
        token = await throttled_sign_in(hub, username, address, check, Via.CONSOLE)
    except TooManyAttempts as exc:
        wait = math.ceil(exc.wait_s)
        response = _login_page(request, pre, 429, error="throttled", wait=wait, username=username)
        response.headers["Retry-After"] = str(wait)
        return response
    except HubBusy:
        return _login_page(request, pre, 503, error="busy", username=username)
    if token is None:  # logged as a failed sign-in by throttled_sign_in
        return _login_page(request, pre, 401, error="wrong", username=username)
    response = RedirectResponse(HOME_PATH, status_code=303)
    set_cookie(response, COOKIE, token)
    drop_cookie(response, csrf.PRE_COOKIE)
    return response


def _close(hub: Hub, token: str) -> None:
    with hub.sessions() as session, session.begin():
        close_session(session, token)


@router.post("/console/logout")
async def logout(request: Request) -> Response:
    """Sign out: the session's row is deleted and the cookie dropped."""
    found = await signed_in(request)
    if not isinstance(found, Viewer):
        return found
    form = await checked_form(request, found.csrf, found)
    if isinstance(form, Response):
        return form
    await run_in_threadpool(_close, get_hub(request), request.cookies[COOKIE])
    response = RedirectResponse(LOGIN_PATH, status_code=303)
    drop_cookie(response, COOKIE)
    return response


def _keep_language(hub: Hub, viewer: Viewer, lang: str) -> None:
    with hub.sessions() as session, session.begin():
        set_language(session, viewer, lang)


@router.post("/console/language")
async def choose_language(request: Request) -> Response:
    """The language form of every page: kept on the session and the user when signed in, in
    a cookie in any case (the login page speaks it too)."""
    viewer: Viewer | None = None
    if request.cookies.get(COOKIE):
        found = await signed_in(request)
        if not isinstance(found, Viewer):
            return found
        viewer = found
    expected = viewer.csrf if viewer else request.cookies.get(csrf.PRE_COOKIE)
    form = await checked_form(request, expected, viewer)
    if isinstance(form, Response):
        return form
    lang = form.get("lang", "")
    if lang not in LANGUAGES:
        return error_page(request, 400, viewer)
    if viewer is not None:
        await run_in_threadpool(_keep_language, get_hub(request), viewer, lang)
    response = RedirectResponse(safe_next(form.get("next")), status_code=303)
    set_cookie(response, LANG_COOKIE, lang, max_age=LANG_COOKIE_DAYS * 86400)
    return response
