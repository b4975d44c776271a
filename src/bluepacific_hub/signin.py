"""The one sign-in sequence of the API and the console: the attempt counted by the login
throttle before anything else, the password checked inside the admission gate, the throttle
cleared on success or refunded when the hub was too busy to check; a refused password
logged in the audit log with its address."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from bluepacific_hub import audit
from bluepacific_hub.accounts import normalise_username
from bluepacific_hub.audit import Action, Actor, Via
from bluepacific_hub.gate import HubBusy
from bluepacific_hub.hub import Hub
from bluepacific_hub.models import User

T = TypeVar("T")


class TooManyAttempts(Exception):
    """The throttle holds this (user, address) or address back for `wait_s` seconds."""

    def __init__(self, wait_s: float) -> None:
        super().__init__(wait_s)
        self.wait_s = wait_s


def _failed(
    session: Session, username: str, address: str, via: Via, reason: str = "wrong password"
) -> None:
    """Log a refused sign-in (`reason`: what was wrong, for a known and active user). A name
    that is no user's is not kept: people type their password into the username field, and
    the log must not hold it."""
    user = session.scalars(
        select(User).where(User.username == normalise_username(username))
    ).one_or_none()
    if user is None:
        subject, country, reason = "", None, "unknown user"
    else:
        subject, country = user.username, user.country
        reason = reason if user.active else "user disabled"
    audit.record(
        session,
        Action.LOGIN_FAILED,
        subject,
        by=Actor(None, None, via, address=address),
        country=country,
        details={"reason": reason},
    )


async def throttled_sign_in(
    hub: Hub,
    username: str,
    address: str,
    check: Callable[[Session], T | None],
    via: Via,
    *,
    failure: str = "wrong password",
    settles: Callable[[T], bool] = lambda _result: True,
) -> T | None:
    """Run `check` (which checks the password and does what a success does, its audit event
    included, in the session given) under the throttle and the gate; its result, None when the
    credentials are wrong (then logged as a failed sign-in through `via`).

    TooManyAttempts when throttled, HubBusy when too many checks are running (the attempt is
    given back: its password was not checked). `failure` is the reason logged (the console's
    second step logs "wrong code"); a success clears the throttle only when `settles(result)`
    — a right password still waiting for its second factor leaves the attempts counted, so
    that a password known cannot buy fresh guesses at the code.
    """
    # Counted before the slow check, so that parallel guesses cannot all get past the limit.
    attempt = await run_in_threadpool(hub.throttle.claim, username, address)
    if attempt.wait_s > 0:
        raise TooManyAttempts(attempt.wait_s)

    def run() -> T | None:
        with hub.sessions() as session, session.begin():
            result = check(session)
            if result is None:
                _failed(session, username, address, via, failure)
            elif settles(result):
                hub.throttle.succeeded(session, attempt)
            return result

    try:
        async with hub.checks.slot():
            return await run_in_threadpool(run)
    except HubBusy:
        await run_in_threadpool(hub.throttle.refund, attempt)
        raise
