"""The second step of a console sign-in for a user who must give a second factor
(totp.required): a 6-digit code from their app or a recovery code (/console/login/code), or,
the first time, the enrolment of their app (/console/login/enrol: the secret as text and as a
QR code, the recovery codes once, then a first code confirms it). Wrong codes go through the
login throttle and the audit log like wrong passwords."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pyotp
import segno
from fastapi import APIRouter
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from bluepacific_hub import totp
from bluepacific_hub.audit import Actor, Via
from bluepacific_hub.console import csrf
from bluepacific_hub.console.login import start_session
from bluepacific_hub.console.pending import COOKIE as PENDING_COOKIE
from bluepacific_hub.console.pending import close_pending, find_pending
from bluepacific_hub.console.sessions import COOKIE
from bluepacific_hub.console.templates import render
from bluepacific_hub.console.web import (
    CODE_PATH,
    ENROL_PATH,
    HOME_PATH,
    LOGIN_PATH,
    checked_form,
    client_address,
    drop_cookie,
    set_cookie,
)
from bluepacific_hub.gate import HubBusy
from bluepacific_hub.hub import Hub, get_hub
from bluepacific_hub.models import UserTotp
from bluepacific_hub.signin import TooManyAttempts, throttled_sign_in
from bluepacific_wire import utc_now

router = APIRouter(include_in_schema=False)

CODE_CHARS = 32  # a recovery code typed with spaces fits; anything longer is not a code


@dataclass(frozen=True)
class Half:
    """A half-signed-in browser as the second step's pages need it."""

    username: str
    lang: str
    csrf: str
    state: totp.TotpState


@dataclass(frozen=True)
class Shown:
    """What the enrolment page shows: the secret, its QR code, the recovery codes (once)."""

    secret: str
    qr: str  # a data: URI of an SVG image (the CSP allows data: images, not inline script)
    recovery_codes: tuple[str, ...]


def _half(hub: Hub, token: str) -> Half | None:
    with hub.sessions() as session, session.begin():
        found = find_pending(session, token, utc_now())
        if found is None:
            return None
        row, user = found
        return Half(user.username, row.language, row.csrf_secret, totp.state(session, user))


async def _find(request: Request) -> Half | Response:
    """The half sign-in of the request's cookie, or back to the login page."""
    token = request.cookies.get(PENDING_COOKIE)
    half = await run_in_threadpool(_half, get_hub(request), token) if token else None
    if half is not None:
        return half
    response = RedirectResponse(LOGIN_PATH, status_code=303)
    drop_cookie(response, PENDING_COOKIE)
    return response


def _qr(uri: str) -> str:
    return str(segno.make(uri, error="m").svg_data_uri(scale=5, border=2))


def _page(half: Half, template: str, status: int = 200, **context: Any) -> Response:
    context.setdefault("error", None)
    context.setdefault("wait", 0)
    here = ENROL_PATH if template == "enrol.html" else CODE_PATH
    return render(
        template,
        lang=half.lang,
        csrf=half.csrf,
        here=here,
        status=status,
        username=half.username,
        half_signed_in=True,
        **context,
    )


@router.get(CODE_PATH)
async def code_page(request: Request) -> Response:
    half = await _find(request)
    if isinstance(half, Response):
        return half
    if half.state is not totp.TotpState.ENABLED:
        return RedirectResponse(ENROL_PATH, status_code=303)
    return _page(half, "code.html")


def _enrol(hub: Hub, token: str, address: str) -> Shown | None:
    with hub.sessions() as session, session.begin():
        found = find_pending(session, token, utc_now())
        if found is None:
            return None
        _row, user = found
        if totp.state(session, user) is totp.TotpState.ENABLED:
            return None
        by = Actor(user.username, user.country, Via.CONSOLE, address=address)
        # Ten argon2 hashes of the recovery codes: seconds at production cost, on a worker
        # thread (the caller runs this off the event loop).
        enrolment = totp.enrol(session, hub.passwords, user, by=by)
        return Shown(enrolment.secret, _qr(enrolment.uri), enrolment.recovery_codes)


def _again(hub: Hub, token: str) -> Shown | None:
    """The pending secret shown again after a wrong first code (the recovery codes were shown
    with it the first time and are not kept in clear)."""
    with hub.sessions() as session:
        found = find_pending(session, token, utc_now())
        if found is None:
            return None
        row = session.get(UserTotp, found[1].id)
        if row is None or row.enabled:
            return None
        uri = pyotp.TOTP(row.secret).provisioning_uri(
            name=found[1].username, issuer_name=totp.ISSUER
        )
        return Shown(row.secret, _qr(uri), ())


@router.get(ENROL_PATH)
async def enrol_page(request: Request) -> Response:
    """A new secret and recovery codes (a pending one is replaced), shown this once."""
    half = await _find(request)
    if isinstance(half, Response):
        return half
    if half.state is totp.TotpState.ENABLED:
        return RedirectResponse(CODE_PATH, status_code=303)
    token = request.cookies[PENDING_COOKIE]
    shown = await run_in_threadpool(_enrol, get_hub(request), token, client_address(request))
    if shown is None:
        return RedirectResponse(LOGIN_PATH, status_code=303)
    return _page(half, "enrol.html", shown=shown)


def _second_step(
    hub: Hub, token: str, code: str, enrolling: bool, old_token: str | None, address: str
) -> Callable[[Session], str | None]:
    def check(session: Session) -> str | None:
        found = find_pending(session, token, utc_now())
        if found is None:
            return None
        row, user = found
        by = Actor(user.username, user.country, Via.CONSOLE, address=address)
        typed = code.strip().replace(" ", "")
        how: str
        if enrolling:
            if not totp.confirm(session, user, typed, by=by):
                return None
            how = "first code"
        elif typed.isdigit():
            if not totp.verify(session, user, typed):
                return None
            how = "code"
        else:
            # Logged by use_recovery_code, with how many are left.
            if totp.use_recovery_code(session, hub.passwords, user, code, by=by) is None:
                return None
            how = "recovery code"
        lang = row.language
        close_pending(session, token)
        return start_session(session, user, lang, old_token, address, {"second_factor": how})

    return check


async def _post(request: Request, enrolling: bool) -> Response:
    half = await _find(request)
    if isinstance(half, Response):
        return half
    form = await checked_form(request, half.csrf)
    if isinstance(form, Response):
        return form
    template = "enrol.html" if enrolling else "code.html"
    hub = get_hub(request)
    token = request.cookies[PENDING_COOKIE]

    async def again(status: int, **context: Any) -> Response:
        if enrolling:
            shown = await run_in_threadpool(_again, hub, token)
            if shown is None:
                return RedirectResponse(LOGIN_PATH, status_code=303)
            context["shown"] = shown
        return _page(half, template, status, **context)

    code = form.get("code", "")
    if not code.strip() or len(code) > CODE_CHARS:
        return await again(400, error="wrong")
    address = client_address(request)
    check = _second_step(hub, token, code, enrolling, request.cookies.get(COOKIE), address)
    try:
        session_token = await throttled_sign_in(
            hub, half.username, address, check, Via.CONSOLE, failure="wrong code"
        )
    except TooManyAttempts as exc:
        wait = math.ceil(exc.wait_s)
        response = await again(429, error="throttled", wait=wait)
        response.headers["Retry-After"] = str(wait)
        return response
    except HubBusy:
        return await again(503, error="busy")
    if session_token is None:  # logged as LOGIN_FAILED, "wrong code"
        return await again(401, error="wrong")
    response = RedirectResponse(HOME_PATH, status_code=303)
    set_cookie(response, COOKIE, session_token)
    drop_cookie(response, PENDING_COOKIE)
    drop_cookie(response, csrf.PRE_COOKIE)
    return response


@router.post(CODE_PATH)
async def code_post(request: Request) -> Response:
    """A code (or a recovery code) checked: the session opens, or the form again."""
    return await _post(request, enrolling=False)


@router.post(ENROL_PATH)
async def enrol_post(request: Request) -> Response:
    """The first code of a new enrolment: the factor is on and the session opens."""
    return await _post(request, enrolling=True)
