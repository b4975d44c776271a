"""POST /auth/login: username + password → a revocable bearer token for this device."""

from __future__ import annotations

import math

from fastapi import APIRouter, Request, Response
from starlette.concurrency import run_in_threadpool

from bluepacific_hub.accounts import NewDevice, login
from bluepacific_hub.body import login_limits, read_json_body
from bluepacific_hub.errors import HubError
from bluepacific_hub.hub import Hub, get_hub
from bluepacific_wire import (
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
    minutes = max(1, math.ceil(wait / 60))
    return HubError(
        429,
        ErrorCode.TOO_MANY_ATTEMPTS,
        f"Too many failed sign-in attempts. Please wait {minutes} minute(s) and try again.",
        {"Retry-After": str(math.ceil(wait))},
    )


def _login(hub: Hub, username: str, password: str, device_name: str) -> NewDevice | None:
    with hub.sessions() as session, session.begin():
        return login(session, hub.passwords, username, password, device_name)


@router.post(
    "/auth/login", summary="Sign a device in and get its bearer token", response_model=None
)
async def auth_login(request: Request) -> Response:
    """Body `{"username", "password", "device_name"}`; 401 bad_credentials, 429 when throttled."""
    hub = get_hub(request)
    body = await read_json_body(request, login_limits(hub.settings))
    try:
        obj = require_object(body, "body")
        username = parse_str(require_key(obj, "username", ""), "username", max_length=64)
        password = parse_str(require_key(obj, "password", ""), "password", max_length=1024)
        device_name = parse_str(require_key(obj, "device_name", ""), "device_name", max_length=100)
    except WireFormatError as exc:
        raise HubError(400, ErrorCode.BAD_REQUEST, f"The request is not valid: {exc}") from exc
    user_key = username.strip().lower()
    address_key = request.client.host if request.client else "unknown"
    wait = max(hub.by_username.retry_after(user_key), hub.by_address.retry_after(address_key))
    if wait > 0:
        raise _too_many(wait)
    device = await run_in_threadpool(_login, hub, username, password, device_name)
    if device is None:
        hub.by_username.failed(user_key)
        hub.by_address.failed(address_key)
        raise HubError(401, ErrorCode.BAD_CREDENTIALS, "The username or the password is not right.")
    hub.by_username.succeeded(user_key)
    identity = device.identity
    answer = LoginResponse(
        device_id=identity.device_id,
        token=device.token,
        country=identity.country,
        role=identity.role.value,
        server_time=format_time(utc_now()),
    )
    return Response(encode_json(answer), media_type="application/json")
