"""The console's sign-in, sign-out and language forms (/console/login, /console/logout,
/console/language). The password check is the API's (accounts.check_password), under the same
throttle and admission gate (signin.throttled_sign_in)."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from bluepacific_hub import audit, totp
from bluepacific_hub.accounts import check_password
from bluepacific_hub.audit import Action, Actor, Via
from bluepacific_hub.console import csrf
from bluepacific_hub.console.i18n import LANGUAGES, language
from bluepacific_hub.console.pending import COOKIE as PENDING_COOKIE
from bluepacific_hub.console.pending import open_pending
from bluepacific_hub.console.sessions import (
    COOKIE,
    Viewer,
    close_session,
    open_session,
    set_language,
)
from bluepacific_hub.console.templates import render
from bluepacific_hub.console.web import (
    CODE_PATH,
    ENROL_PATH,
    HOME_PATH,
    LANG_COOKIE,
    LANG_COOKIE_DAYS,
    LOGIN_PATH,
    anonymous_language,
    checked_form,
    client_address,
    drop_cookie,
    error_page,
    safe_next,
    set_cookie,
    signed_in,
)
from bluepacific_hub.gate import HubBusy
from bluepacific_hub.hub import Hub, get_hub
from bluepacific_hub.models import User
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


@dataclass(frozen=True)
class Opened:
    """A right password: the token of the cookie to set, and where the browser goes next (the
    home page with a session, or the second factor's step with a half sign-in)."""

    token: str
    then: str

    @property
    def session(self) -> bool:
        return self.then == HOME_PATH


def start_session(
    session: Session,
    user: User,
    lang: str,
    old_token: str | None,
    address: str,
    details: Mapping[str, Any] | None = None,
) -> str:
    """The user is signed in (password, and second factor when needed): logged, and a new
    session's token (a new one at every sign-in; the browser's old one is closed)."""
    audit.record(
        session,
        Action.LOGIN_OK,
        user.username,
        by=Actor(user.username, user.country, Via.CONSOLE, address=address),
        country=user.country,
        details=details,
    )
    if old_token:
        close_session(session, old_token)
    return open_session(session, user, lang, utc_now())


def _open(
    hub: Hub,
    username: str,
    password: str,
    chosen: str | None,
    old_token: str | None,
    address: str,
) -> Callable[[Session], Opened | None]:
    def check(session: Session) -> Opened | None:
        user = check_password(session, hub.passwords, username, password)
        if user is None:
            return None
        if chosen is not None:
            user.console_language = chosen
        lang = language(chosen or user.console_language)
        if totp.required(hub.settings, user.role):
            then = CODE_PATH if totp.state(session, user) is totp.TotpState.ENABLED else ENROL_PATH
            return Opened(open_pending(session, user, lang, utc_now()), then)
        return Opened(start_session(session, user, lang, old_token, address), HOME_PATH)

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
    address = client_address(request)
    chosen = request.cookies.get(LANG_COOKIE)
    chosen = chosen if chosen in LANGUAGES else None
    check = _open(hub, username, password, chosen, request.cookies.get(COOKIE), address)
    try:
        # A right password waiting for its second factor leaves the throttle's count as it is.
        opened = await throttled_sign_in(
            hub, username, address, check, Via.CONSOLE, settles=lambda o: o.session
        )
    except TooManyAttempts as exc:
        wait = math.ceil(exc.wait_s)
        response = _login_page(request, pre, 429, error="throttled", wait=wait, username=username)
        response.headers["Retry-After"] = str(wait)
        return response
    except HubBusy:
        return _login_page(request, pre, 503, error="busy", username=username)
    if opened is None:  # logged as a failed sign-in by throttled_sign_in
        return _login_page(request, pre, 401, error="wrong", username=username)
    response = RedirectResponse(opened.then, status_code=303)
    if opened.session:
        set_cookie(response, COOKIE, opened.token)
        drop_cookie(response, csrf.PRE_COOKIE)
    else:
        set_cookie(response, PENDING_COOKIE, opened.token)
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
