"""The running hub's shared objects (engine, sessions, hashing, throttles) and the caller check."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from fastapi import Request
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from bluepacific_hub.accounts import DeviceIdentity, authenticate
from bluepacific_hub.credentials import Passwords
from bluepacific_hub.errors import HubError
from bluepacific_hub.gate import Gate
from bluepacific_hub.pull_ahead import PullAhead
from bluepacific_hub.ratelimit import LoginThrottle
from bluepacific_hub.settings import HubSettings
from bluepacific_wire import CLIENT_HEADER, ErrorCode


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


def _unauthorized(message: str) -> HubError:
    return HubError(401, ErrorCode.UNAUTHORIZED, message, {"WWW-Authenticate": "Bearer"})


def _check_token(hub: Hub, token: str, client_version: str | None) -> DeviceIdentity | None:
    with hub.sessions() as session, session.begin():
        return authenticate(
            session, token, lifetime=hub.token_lifetime, client_version=client_version
        )


async def current_device(request: Request) -> DeviceIdentity:
    """The device behind the bearer token; 401 at once when unknown or revoked."""
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise _unauthorized("Please sign in: this request needs the device's access token.")
    identity = await run_in_threadpool(
        _check_token, get_hub(request), token.strip(), request.headers.get(CLIENT_HEADER)
    )
    if identity is None:
        raise _unauthorized(
            "This device's access has been withdrawn or has expired. Please sign in again."
        )
    return identity
