"""Login throttling: attempts counted in the database before the password is checked, and
growing waits per (user, address)."""

from __future__ import annotations

import hashlib
import ipaddress
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import ColumnElement, case, delete, literal, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from bluepacific_hub.accounts import normalise_username
from bluepacific_hub.dbtypes import UTCDateTime
from bluepacific_hub.models import ThrottleEntry
from bluepacific_hub.settings import HubSettings
from bluepacific_wire import utc_now

log = logging.getLogger(__name__)

# `blocked_until` of a key that may try now. A fixed time in the past rather than "now": with
# parallel requests, one request's "now" can be later than another's.
NOT_BLOCKED = datetime(2000, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Backoff:
    """`free` attempts in a row, then a wait before each next one: `first_s`, doubling, capped."""

    free: int
    first_s: float
    max_s: float

    def waits(self) -> list[float]:
        """The wait after attempt number free, free + 1, … until the cap is reached."""
        waits = [min(self.first_s, self.max_s)]
        while waits[-1] < self.max_s:
            waits.append(min(waits[-1] * 2, self.max_s))
        return waits

    def blocked_until(self, attempts: ColumnElement[int], now: datetime) -> ColumnElement[datetime]:
        """SQL for the time the next attempt may be checked, after `attempts` attempts.

        A CASE over the few possible waits keeps the arithmetic out of the database, whose
        date functions differ between SQLite and PostgreSQL.
        """

        def at(wait: float) -> ColumnElement[datetime]:
            return literal(now + timedelta(seconds=wait), UTCDateTime())

        waits = self.waits()
        steps = [(attempts == self.free + i, at(wait)) for i, wait in enumerate(waits)]
        free = literal(NOT_BLOCKED, UTCDateTime())
        return case((attempts < self.free, free), *steps, else_=at(waits[-1]))


def address_key(host: str) -> str:
    """The throttle key of a client address; an IPv6 client counts by its /64 network, since
    one such network (one home, one office) can pick new addresses at will."""
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return f"a:{host[:80]}"
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return f"a:{ip.ipv4_mapped}"
        return f"a:{ipaddress.IPv6Network((ip, 64), strict=False)}"
    return f"a:{ip}"


def _user_prefix(username: str) -> str:
    # A digest, not the name: people type passwords into the username field, and the hub
    # keeps no record of what strangers typed.
    name = normalise_username(username).encode("utf-8", "surrogatepass")
    return f"u:{hashlib.sha256(name).hexdigest()[:32]}:"


@dataclass(frozen=True)
class Attempt:
    """A counted sign-in attempt (wait_s == 0), or a refusal to check it (wait_s > 0)."""

    user_key: str
    address_key: str
    wait_s: float


class _Refused(Exception):
    def __init__(self, wait_s: float) -> None:
        super().__init__(wait_s)
        self.wait_s = wait_s


class LoginThrottle:
    """Counts sign-in attempts per (user, address) and per address, in the hub database.

    The attempt is counted before the password is checked, in one conditional UPDATE per key,
    so parallel requests cannot all slip past the limit, and every worker process and a
    restarted hub share the counts. A success clears its (user, address) and refunds its
    address; a failure stays counted until `login_forget_s` of quiet.
    """

    def __init__(
        self,
        settings: HubSettings,
        sessions: sessionmaker[Session],
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._forget = timedelta(seconds=settings.login_forget_s)
        first, cap = settings.login_backoff_first_s, settings.login_backoff_max_s
        self._user = Backoff(settings.login_attempts_per_user_address, first, cap)
        self._address = Backoff(settings.login_attempts_per_address, first, cap)

    def claim(self, username: str, host: str) -> Attempt:
        """Count an attempt of `username` from `host`, or say how long it must wait."""
        user_key, addr_key = _user_prefix(username) + address_key(host)[2:], address_key(host)
        self._ensure_rows([addr_key, user_key])
        now = self._clock()
        try:
            with self._sessions() as session, session.begin():
                # Always the address row first, then the user's: one lock order, no deadlock.
                for key, backoff in ((addr_key, self._address), (user_key, self._user)):
                    wait = self._count(session, key, backoff, now)
                    if wait > 0:
                        raise _Refused(wait)  # rolls back the other key's count with it
        except _Refused as refused:
            return Attempt(user_key, addr_key, refused.wait_s)
        return Attempt(user_key, addr_key, 0.0)

    def count(self, key: str, backoff: Backoff) -> float:
        """Count one use of `key` (another throttle's key sharing this table, such as the
        verify page's per address) under `backoff`; the seconds to wait, 0 when it may go on."""
        self._ensure_rows([key])
        now = self._clock()
        with self._sessions() as session, session.begin():
            return self._count(session, key, backoff, now)

    def _count(self, session: Session, key: str, backoff: Backoff, now: datetime) -> float:
        entry = ThrottleEntry
        attempts = case((entry.last_attempt_at < now - self._forget, 1), else_=entry.attempts + 1)
        counted = session.execute(
            update(entry)
            .where(entry.key == key, entry.blocked_until <= now)
            .values(
                attempts=attempts,
                blocked_until=backoff.blocked_until(attempts, now),
                last_attempt_at=now,
            )
            .execution_options(synchronize_session=False)
        )
        if getattr(counted, "rowcount", 0) == 1:
            return 0.0
        until = session.scalar(select(entry.blocked_until).where(entry.key == key))
        return max((until - now).total_seconds(), 1.0) if until is not None else 1.0

    def _ensure_rows(self, keys: list[str]) -> None:
        """Create the rows `claim` updates, so that counting is a plain conditional UPDATE."""
        now = self._clock()
        for _attempt in range(3):
            try:
                with self._sessions() as session, session.begin():
                    have = set(
                        session.scalars(
                            select(ThrottleEntry.key).where(ThrottleEntry.key.in_(keys))
                        )
                    )
                    missing = [k for k in keys if k not in have]
                    for key in missing:
                        session.add(
                            ThrottleEntry(
                                key=key,
                                attempts=0,
                                blocked_until=NOT_BLOCKED,
                                last_attempt_at=now,
                            )
                        )
                if missing:
                    self._purge(now)
                return
            except IntegrityError:
                continue  # created by a parallel attempt a moment ago: look again

    def _purge(self, now: datetime) -> None:
        """Drop rows quiet for longer than `login_forget_s`, so that a spray of made-up
        usernames does not grow the table without end."""
        try:
            with self._sessions() as session, session.begin():
                session.execute(
                    delete(ThrottleEntry).where(
                        ThrottleEntry.last_attempt_at < now - self._forget,
                        ThrottleEntry.blocked_until < now,
                    )
                )
        except DBAPIError:
            # Two purges racing for the same old rows: the other one does the job.
            log.debug("login throttle purge skipped", exc_info=True)

    def refund(self, attempt: Attempt) -> None:
        """Take back an attempt whose password was never checked (the hub was too busy)."""
        with self._sessions() as session, session.begin():
            self._refund(session, attempt.address_key, self._address)
            self._refund(session, attempt.user_key, self._user)

    def succeeded(self, session: Session, attempt: Attempt) -> None:
        """The password was right: clear its (user, address), refund its address."""
        self._refund(session, attempt.address_key, self._address)
        session.execute(delete(ThrottleEntry).where(ThrottleEntry.key == attempt.user_key))

    def _refund(self, session: Session, key: str, backoff: Backoff) -> None:
        entry = ThrottleEntry
        left = case((entry.attempts > 0, entry.attempts - 1), else_=0)
        session.execute(
            update(entry)
            .where(entry.key == key)
            .values(
                attempts=left,
                blocked_until=case(
                    (entry.attempts - 1 < backoff.free, literal(NOT_BLOCKED, UTCDateTime())),
                    else_=entry.blocked_until,
                ),
            )
            .execution_options(synchronize_session=False)
        )


def forget_user(session: Session, username: str) -> int:
    """Clear the waits of `username` from every address (its password was just reset)."""
    prefix = _user_prefix(username)
    done = session.execute(delete(ThrottleEntry).where(ThrottleEntry.key.startswith(prefix)))
    return int(getattr(done, "rowcount", 0))
