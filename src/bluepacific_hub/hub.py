"""The running hub's shared objects (engine, sessions, hashing, throttles) and the caller check."""

from __future__ import annotations

from dataclasses import dataclass, field

from fastapi import Request
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from bluepacific_hub.accounts import DeviceIdentity, authenticate
from bluepacific_hub.credentials import Passwords
from bluepacific_hub.errors import HubError
from bluepacific_hub.ratelimit import LoginThrottle
from bluepacific_hub.settings import HubSettings
from bluepacific_wire import ErrorCode


@dataclass
class Hub:
    """What every request handler needs; one per application."""

    settings: HubSettings
    engine: Engine
    sessions: sessionmaker[Session]
    passwords: Passwords
    by_username: LoginThrottle = field(init=False)
    by_address: LoginThrottle = field(init=False)

    def __post_init__(self) -> None:
        s = self.settings
        self.by_username = LoginThrottle(s.max_failures_per_username, s.login_window_s, s.lockout_s)
        self.by_address = LoginThrottle(s.max_failures_per_address, s.login_window_s, s.lockout_s)


def get_hub(request: Request) -> Hub:
    """The Hub of the application serving `request`."""
    hub = request.app.state.hub
    assert isinstance(hub, Hub)
    return hub


def _unauthorized(message: str) -> HubError:
    return HubError(401, ErrorCode.UNAUTHORIZED, message, {"WWW-Authenticate": "Bearer"})


def _check_token(hub: Hub, token: str) -> DeviceIdentity | None:
    with hub.sessions() as session, session.begin():
        return authenticate(session, token)


async def current_device(request: Request) -> DeviceIdentity:
    """The device behind the bearer token; 401 at once when unknown or revoked."""
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise _unauthorized("Please sign in: this request needs the device's access token.")
    identity = await run_in_threadpool(_check_token, get_hub(request), token.strip())
    if identity is None:
        raise _unauthorized(
            "This device's access has been withdrawn or has expired. Please sign in again."
        )
    return identity
