"""POST /auth/login: username + password → a revocable bearer token for this device; each
sign-in whose password was checked, right or wrong, goes to the audit log with its address."""

from __future__ import annotations

import math
from collections.abc import Callable

from fastapi import APIRouter, Request, Response
from sqlalchemy.orm import Session

from bluepacific_hub import audit
from bluepacific_hub.accounts import DeviceState, NewDevice, login, store_encrypted_said
from bluepacific_hub.audit import Action, Actor, Via
from bluepacific_hub.body import login_limits, read_json_body
from bluepacific_hub.errors import HubError
from bluepacific_hub.gate import HubBusy
from bluepacific_hub.hub import Hub, bearer_token, get_hub, refusal
from bluepacific_hub.signin import TooManyAttempts, throttled_sign_in
from bluepacific_wire import (
    CLIENT_HEADER,
    ENCRYPTION_REQUIRED_HEADER,
    STORE_ENCRYPTED_HEADER,
    ErrorCode,
    LoginResponse,
    WireFormatError,
    encode_json,
    format_time,
    utc_now,
)
from bluepacific_wire.fields import parse_str, require_key, require_object

router = APIRouter()
MAX_TOKEN_LENGTH = 256  # the hub's tokens are 43 characters (secrets.token_urlsafe(32))


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


def _login(
    hub: Hub,
    username: str,
    password: str,
    device_name: str,
    client_version: str | None,
    address: str,
    store_encrypted: bool | None = None,
    again: tuple[str, str] | None = None,
) -> Callable[[Session], NewDevice | DeviceState | None]:
    def check(session: Session) -> NewDevice | DeviceState | None:
        device = login(
            session,
            hub.passwords,
            username,
            password,
            device_name,
            lifetime=hub.token_lifetime,
            client_version=client_version,
            store_encrypted=store_encrypted,
            again=again,
        )
        if isinstance(device, NewDevice):
            who = device.identity
            details = {"device_id": who.device_id, "client_version": client_version}
            if device.again:
                details["signed_in_again"] = "yes"
            audit.record(
                session,
                Action.LOGIN_OK,
                who.username,
                by=Actor(who.username, who.country, Via.API, address=address),
                country=who.country,
                details=details,
            )
        return device

    return check


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
        device_id = obj.get("device_id")  # optional: the device signing in again
        if device_id is not None:
            device_id = parse_str(device_id, "device_id", max_length=36)
    except WireFormatError as exc:
        raise HubError(400, ErrorCode.BAD_REQUEST, f"The request is not valid: {exc}") from exc
    address = request.client.host if request.client else "unknown"
    version = request.headers.get(CLIENT_HEADER)
    encrypted = store_encrypted_said(request.headers.get(STORE_ENCRYPTED_HEADER))
    # The laptop's own token and device id, when it has been one: it signs in again as it.
    current = bearer_token(request)
    if current is not None and len(current) > MAX_TOKEN_LENGTH:
        current = None  # no token of ours is that long: not looked up
    again = (current, device_id) if current and device_id else None
    check = _login(hub, username, password, device_name, version, address, encrypted, again)
    try:
        device: NewDevice | DeviceState | None = await throttled_sign_in(
            hub, username, address, check, Via.API
        )
    except TooManyAttempts as exc:
        raise _too_many(exc.wait_s) from None
    except HubBusy:
        raise _busy() from None
    if device is None:
        raise HubError(401, ErrorCode.BAD_CREDENTIALS, "The username or the password is not right.")
    if isinstance(device, DeviceState):
        raise refusal(device)  # marked for wiping: told so, as its next sync would be
    identity = device.identity
    answer = LoginResponse(
        device_id=identity.device_id,
        token=device.token,
        country=identity.country,
        role=identity.role.value,
        server_time=format_time(utc_now()),
    )
    headers = {ENCRYPTION_REQUIRED_HEADER: "yes"} if identity.encryption_required else None
    return Response(encode_json(answer), media_type="application/json", headers=headers)
