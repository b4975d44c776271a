"""The running hub's shared objects (engine, sessions, hashing, throttles) and the caller check."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from fastapi import Request
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from bluepacific_hub.accounts import (
    DeviceIdentity,
    DeviceState,
    check_token,
    store_encrypted_said,
    waiting_said,
)
from bluepacific_hub.credentials import Passwords
from bluepacific_hub.errors import HubError
from bluepacific_hub.gate import Gate
from bluepacific_hub.pull_ahead import PullAhead
from bluepacific_hub.ratelimit import LoginThrottle
from bluepacific_hub.settings import HubSettings
from bluepacific_wire import (
    CLIENT_HEADER,
    REFUSAL_FIELD,
    STORE_ENCRYPTED_HEADER,
    WAITING_HEADER,
    AccessRefusal,
    ErrorCode,
)


@dataclass
class Hub:
    """What every request handler needs; one per application."""

    settings: HubSettings
    engine: Engine
    sessions: sessionmaker[Session]
    passwords: Passwords
    throttle: LoginThrottle = field(init=False)
    checks: Gate = field(init=False)  # password checks
    pushes: Gate = field(init=False)  # batches being applied
    pull_ahead: PullAhead = field(init=False)  # next pull pages, made while one crosses

    def __post_init__(self) -> None:
        s = self.settings
        self.throttle = LoginThrottle(s, self.sessions)
        self.checks = Gate(
            s.password_checks_at_once, s.password_checks_waiting, s.password_check_wait_s
        )
        self.pushes = Gate(s.pushes_at_once, s.pushes_waiting, s.push_wait_s)
        self.pull_ahead = PullAhead()

    @property
    def token_lifetime(self) -> timedelta:
        """How long a device token lasts without being used."""
        return timedelta(days=self.settings.token_idle_days)


def get_hub(request: Request) -> Hub:
    """The Hub of the application serving `request`."""
    hub = request.app.state.hub
    assert isinstance(hub, Hub)
    return hub


def _unauthorized(
    message: str, code: ErrorCode = ErrorCode.UNAUTHORIZED, reason: AccessRefusal | None = None
) -> HubError:
    extra = {REFUSAL_FIELD: reason.value} if reason is not None else None
    return HubError(401, code, message, {"WWW-Authenticate": "Bearer"}, extra)


def _check_token(
    hub: Hub,
    token: str,
    client_version: str | None,
    store_encrypted: bool | None,
    waiting: int | None = None,
) -> DeviceIdentity | DeviceState | None:
    with hub.sessions() as session, session.begin():
        return check_token(
            session,
            token,
            lifetime=hub.token_lifetime,
            client_version=client_version,
            store_encrypted=store_encrypted,
            waiting=waiting,
        )


def refusal(state: DeviceState | None) -> HubError:
    """The 401 for a token that does not work: always 401, so that a desktop that knows none
    of the reasons stops syncing and keeps its data; the reason beside it for one that does."""
    if state in (DeviceState.WIPE_REQUESTED, DeviceState.WIPED):
        return _unauthorized(
            "The regional team asked for this computer's Blue Pacific data to be erased.",
            ErrorCode.WIPE_REQUESTED,
            AccessRefusal.WIPE,
        )
    if state is DeviceState.REVOKED:
        return _unauthorized(
            "This device's access has been withdrawn by the regional team. Please sign in again.",
            reason=AccessRefusal.REVOKED,
        )
    if state is DeviceState.USER_DISABLED:
        return _unauthorized(
            "Your hub account was disabled by the regional team.",
            reason=AccessRefusal.USER_DISABLED,
        )
    # An unknown token is told nothing more than an expired one is, and no reason at all:
    # whoever holds a made-up token learns nothing.
    return _unauthorized(
        "This device's access has been withdrawn or has expired. Please sign in again.",
        reason=AccessRefusal.EXPIRED if state is DeviceState.EXPIRED else None,
    )


def bearer_token(request: Request) -> str | None:
    """The request's bearer token (`Authorization: Bearer …`), or None."""
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    return (token.strip() or None) if scheme.lower() == "bearer" else None


async def current_device(request: Request) -> DeviceIdentity:
    """The device behind the bearer token; 401 at once when unknown, revoked, expired, its
    user disabled or the device marked for wiping (the reason in the answer's body)."""
    token = bearer_token(request)
    if token is None:
        raise _unauthorized("Please sign in: this request needs the device's access token.")
    found = await run_in_threadpool(
        _check_token,
        get_hub(request),
        token,
        request.headers.get(CLIENT_HEADER),
        store_encrypted_said(request.headers.get(STORE_ENCRYPTED_HEADER)),
        waiting_said(request.headers.get(WAITING_HEADER)),
    )
    if not isinstance(found, DeviceIdentity):
        raise refusal(found)
    # The answer's header is added on its way out (policy_header.PolicyHeader).
    request.state.encryption_required = found.encryption_required
    return found
