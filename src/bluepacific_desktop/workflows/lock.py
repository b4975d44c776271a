"""The lock screen's steps, without Qt: set the PIN, check a PIN (counting wrong ones in a row,
kept in the store so a restart does not reset them), check the hub password (always allowed),
and the minutes of inactivity before the window locks.

The hub password is checked against the argon2id hash kept at the last successful sign-in
(sync/account.py), so it works offline. When that hash does not match or was never kept (a
sign-in made before this version) and a hub is set up, it is checked by signing in to the hub
again, which also keeps the new hash: the password may have been changed on the hub since.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from bluepacific_desktop.domain.pin import PinProblem, pin_problem, wait_after
from bluepacific_desktop.store.device import get_setting
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.store.types import utcnow
from bluepacific_desktop.store.unlock import (
    HUB_PASSWORD_HASH,
    IDLE_MINUTES,
    PIN_HASH,
    WAIT_UNTIL,
    WRONG_PINS,
    hash_secret,
    secret_matches,
    set_value,
)
from bluepacific_desktop.sync import credentials, state
from bluepacific_desktop.sync.errors import LinkDown, SyncError

DEFAULT_IDLE_MINUTES = 10
IDLE_MINUTES_RANGE = (1, 240)


class PinRefused(ValueError):
    """A new PIN that breaks a rule, or a wrong current PIN when changing it."""

    def __init__(self, problem: PinProblem | None) -> None:
        super().__init__(problem.value if problem is not None else "wrong_current_pin")
        self.problem = problem  # None: the current PIN given to change it was wrong


class Outcome(Enum):
    UNLOCKED = "unlocked"
    WRONG = "wrong"
    WAIT = "wait"  # a PIN typed while the wait after wrong ones runs: not even checked
    CANNOT_CHECK = "cannot_check"  # hub password: no hash kept here and the hub out of reach


@dataclass(frozen=True)
class Attempt:
    outcome: Outcome
    wrong_in_a_row: int = 0
    wait_s: float = 0.0  # before the next PIN is checked


@dataclass(frozen=True)
class LockSettings:
    idle_minutes: int
    has_pin: bool
    has_hub_password: bool
    wrong_in_a_row: int

    @property
    def can_lock(self) -> bool:
        """Only a window that something can unlock is ever locked."""
        return self.has_pin or self.has_hub_password


def lock_settings(store: Store) -> LockSettings:
    with store.read() as session:
        minutes = _minutes(get_setting(session, IDLE_MINUTES))
        return LockSettings(
            minutes,
            bool(get_setting(session, PIN_HASH)),
            bool(get_setting(session, HUB_PASSWORD_HASH)),
            int(get_setting(session, WRONG_PINS) or 0),
        )


def _minutes(value: str | None) -> int:
    try:
        minutes = int(value) if value else DEFAULT_IDLE_MINUTES
    except ValueError:
        return DEFAULT_IDLE_MINUTES
    low, high = IDLE_MINUTES_RANGE
    return min(high, max(low, minutes))


def set_idle_minutes(store: Store, minutes: int) -> int:
    kept = _minutes(str(minutes))
    with store.write() as session:
        set_value(session, IDLE_MINUTES, str(kept))
    return kept


def set_pin(store: Store, pin: str, current: str | None = None) -> None:
    """Keep the hash of a new PIN. Changing one asks for the current PIN (or the hub
    password, for someone who forgot it); PinRefused otherwise, nothing changed."""
    problem = pin_problem(pin)
    if problem is not None:
        raise PinRefused(problem)
    with store.read() as session:
        old = get_setting(session, PIN_HASH)
        hub = get_setting(session, HUB_PASSWORD_HASH)
    if old and not (
        current is not None and (secret_matches(old, current) or secret_matches(hub, current))
    ):
        raise PinRefused(None)
    hashed = hash_secret(pin)  # 0.1 s, outside the write transaction
    with store.write() as session:
        set_value(session, PIN_HASH, hashed)
        set_value(session, WRONG_PINS, None)
        set_value(session, WAIT_UNTIL, None)


def wait_left(store: Store, now: datetime | None = None) -> float:
    """Seconds before a PIN is checked again (0 when none is waiting)."""
    with store.read() as session:
        until = get_setting(session, WAIT_UNTIL)
    return _seconds_until(until, now or utcnow())


def _seconds_until(until: str | None, now: datetime) -> float:
    if not until:
        return 0.0
    try:
        return max(0.0, (datetime.fromisoformat(until) - now).total_seconds())
    except ValueError:
        return 0.0


def try_pin(store: Store, pin: str, now: datetime | None = None) -> Attempt:
    """Check a PIN typed at the lock screen. Every wrong one is counted in the store before
    the answer is given, so closing the app does not reset the count."""
    now = now or utcnow()
    with store.read() as session:
        hashed = get_setting(session, PIN_HASH)
        wrong = int(get_setting(session, WRONG_PINS) or 0)
        left = _seconds_until(get_setting(session, WAIT_UNTIL), now)
    if left > 0:
        return Attempt(Outcome.WAIT, wrong, left)
    if secret_matches(hashed, pin):
        _forget_wrong(store)
        return Attempt(Outcome.UNLOCKED)
    wrong += 1
    wait = wait_after(wrong)
    with store.write() as session:
        set_value(session, WRONG_PINS, str(wrong))
        set_value(session, WAIT_UNTIL, (now + wait).isoformat() if wait else None)
    return Attempt(Outcome.WRONG, wrong, wait.total_seconds())


def _forget_wrong(store: Store) -> None:
    with store.write() as session:
        set_value(session, WRONG_PINS, None)
        set_value(session, WAIT_UNTIL, None)


def try_hub_password(store: Store, password: str, *, online: bool = True) -> Attempt:
    """Check the hub password: never made to wait, and a success clears the PIN count.

    Against the hash kept at the last sign-in first; then, when that fails and `online`, by
    signing in to the hub in Settings again (a network call: run it off the GUI thread)."""
    with store.read() as session:
        hashed = get_setting(session, HUB_PASSWORD_HASH)
        hub = state.hub_settings(session)
    if secret_matches(hashed, password):
        _forget_wrong(store)
        return Attempt(Outcome.UNLOCKED)
    if not online or not hub.url or not hub.username or not password:
        return Attempt(Outcome.WRONG if hashed else Outcome.CANNOT_CHECK)
    # Imported here: the sync's client (requests, TLS, cryptography) is a fifth of a second the
    # main window's start-up need not wait for, and only this offline-failed unlock uses it.
    from bluepacific_desktop.sync import account

    try:
        account.login(
            store,
            hub.url,
            hub.username,
            password,
            ca_bundle=hub.ca_bundle,
            pins=hub.pins,
            save=credentials.keyring_available(),  # the new token replaces the old one
        )
    except LinkDown:
        return Attempt(Outcome.WRONG if hashed else Outcome.CANNOT_CHECK)
    except SyncError as exc:
        if exc.code in ("bad_credentials", "too_many_attempts"):
            return Attempt(Outcome.WRONG)
        return Attempt(Outcome.WRONG if hashed else Outcome.CANNOT_CHECK)
    _forget_wrong(store)
    return Attempt(Outcome.UNLOCKED)
