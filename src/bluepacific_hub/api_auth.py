"""POST /auth/login: username + password → a revocable bearer token for this device; each
sign-in whose password was checked, right or wrong, goes to the audit log with its address."""

from __future__ import annotations

import math

from fastapi import APIRouter, Request, Response
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from bluepacific_hub import audit
from bluepacific_hub.accounts import NewDevice, login, normalise_username
from bluepacific_hub.audit import Action, Actor, Via
from bluepacific_hub.body import login_limits, read_json_body
from bluepacific_hub.errors import HubError
from bluepacific_hub.gate import HubBusy
from bluepacific_hub.hub import Hub, get_hub
from bluepacific_hub.models import User
from bluepacific_hub.ratelimit import Attempt
from bluepacific_wire import (
    CLIENT_HEADER,
    ErrorCode,
    LoginResponse,
    WireFormatError,
    encode_json,
    format_time,
    utc_now,
)
from bluepacific_wire.fields import parse_str, require_key, require_object

router = APIRouter()


def _too_many(wait: float) -> HubError:
    seconds = math.ceil(wait)
    how_long = f"{seconds} seconds" if seconds < 120 else f"{math.ceil(seconds / 60)} minutes"
    return HubError(
        429,
        ErrorCode.TOO_MANY_ATTEMPTS,
        f"Too many failed sign-in attempts. Please wait {how_long} and try again.",
        {"Retry-After": str(seconds)},
    )


# Long enough for the few checks ahead in the queue to finish.
BUSY_RETRY_AFTER_S = 5


def _busy() -> HubError:
    return HubError(
        503,
        ErrorCode.HUB_BUSY,
        "The hub is checking many sign-ins at once. Please try again in a few seconds.",
        {"Retry-After": str(BUSY_RETRY_AFTER_S)},
    )


def _failed(session: Session, username: str, address: str) -> None:
    """Log a refused sign-in. A name that is no user's is not kept: people type their password
    into the username field, and the log must not hold it."""
    user = session.scalars(
        select(User).where(User.username == normalise_username(username))
    ).one_or_none()
    if user is None:
        subject, country, reason = "", None, "unknown user"
    else:
        subject, country = user.username, user.country
        reason = "wrong password" if user.active else "user disabled"
    audit.record(
        session,
        Action.LOGIN_FAILED,
        subject,
        by=Actor(None, None, Via.API, address=address),
        country=country,
        details={"reason": reason},
    )


def _login(
    hub: Hub,
    attempt: Attempt,
    username: str,
    password: str,
    device_name: str,
    client_version: str | None,
    address: str,
) -> NewDevice | None:
    with hub.sessions() as session, session.begin():
        device = login(
            session,
            hub.passwords,
            username,
            password,
            device_name,
            lifetime=hub.token_lifetime,
            client_version=client_version,
        )
        if device is None:
            _failed(session, username, address)
            return None
        hub.throttle.succeeded(session, attempt)
        who = device.identity
        audit.record(
            session,
            Action.LOGIN_OK,
            who.username,
            by=Actor(who.username, who.country, Via.API, address=address),
            country=who.country,
            details={"device_id": who.device_id, "client_version": client_version},
        )
        return device


@router.post(
    "/auth/login", summary="Sign a device in and get its bearer token", response_model=None
)
async def auth_login(request: Request) -> Response:
    """Body `{"username", "password", "device_name"}`; 401 bad_credentials, 429 when throttled,
    503 hub_busy when too many passwords are being checked."""
    hub = get_hub(request)
    body = await read_json_body(request, login_limits(hub.settings))
    try:
        obj = require_object(body, "body")
        username = parse_str(require_key(obj, "username", ""), "username", max_length=64)
        password = parse_str(require_key(obj, "password", ""), "password", max_length=1024)
        device_name = parse_str(require_key(obj, "device_name", ""), "device_name", max_length=100)
    except WireFormatError as exc:
        raise HubError(400, ErrorCode.BAD_REQUEST, f"The request is not valid: {exc}") from exc
    address = request.client.host if request.client else "unknown"
    # Counted before the slow check, so that parallel guesses cannot all get past the limit.
    attempt = await run_in_threadpool(hub.throttle.claim, username, address)
    if attempt.wait_s > 0:
        raise _too_many(attempt.wait_s)
    version = request.headers.get(CLIENT_HEADER)
    try:
        async with hub.checks.slot():
            device = await run_in_threadpool(
                _login, hub, attempt, username, password, device_name, version, address
            )
    except HubBusy:
        await run_in_threadpool(hub.throttle.refund, attempt)  # its password was not checked
        raise _busy() from None
    if device is None:
        raise HubError(401, ErrorCode.BAD_CREDENTIALS, "The username or the password is not right.")
    identity = device.identity
    answer = LoginResponse(
        device_id=identity.device_id,
        token=device.token,
        country=identity.country,
        role=identity.role.value,
        server_time=format_time(utc_now()),
    )
    return Response(encode_json(answer), media_type="application/json")
