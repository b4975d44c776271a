"""The lock screen's steps on a real store (workflows/lock.py): the PIN kept as an argon2id
hash, wrong PINs counted across a restart with a growing wait, the idle minutes."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from bluepacific_desktop.domain.pin import PinProblem
from bluepacific_desktop.store.device import get_setting
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.store.types import utcnow
from bluepacific_desktop.store.unlock import PIN_HASH
from bluepacific_desktop.workflows import lock
from bluepacific_desktop.workflows.lock import Outcome, PinRefused

PIN = "482915"


def test_no_pin_and_no_hub_password_means_no_lock(store: Store) -> None:
    settings = lock.lock_settings(store)
    assert settings.idle_minutes == lock.DEFAULT_IDLE_MINUTES == 10
    assert not settings.can_lock


def test_the_pin_is_kept_as_an_argon2id_hash_never_in_clear(store: Store) -> None:
    lock.set_pin(store, PIN)
    with store.read() as session:
        hashed = get_setting(session, PIN_HASH)
    assert hashed is not None and hashed.startswith("$argon2id$")
    store.close()
    for name in ("bluepacific.sqlite3", "bluepacific.sqlite3-wal"):
        file = store.path.parent / name
        if file.exists():
            assert PIN.encode() not in file.read_bytes()
    assert lock.lock_settings(Store.open(store.path.parent)).can_lock


def test_a_trivial_pin_is_refused_and_nothing_is_kept(store: Store) -> None:
    with pytest.raises(PinRefused) as refused:
        lock.set_pin(store, "123456")
    assert refused.value.problem is PinProblem.TRIVIAL
    assert not lock.lock_settings(store).has_pin


def test_changing_the_pin_needs_the_current_one(store: Store) -> None:
    lock.set_pin(store, PIN)
    with pytest.raises(PinRefused) as refused:
        lock.set_pin(store, "907153", current="111000")
    assert refused.value.problem is None
    assert lock.try_pin(store, PIN).outcome is Outcome.UNLOCKED  # unchanged
    lock.set_pin(store, "907153", current=PIN)
    assert lock.try_pin(store, PIN).outcome is Outcome.WRONG
    assert lock.try_pin(store, "907153").outcome is Outcome.UNLOCKED


def test_five_wrong_pins_in_a_row_make_the_next_wait_even_after_a_restart(
    store: Store, data_dir: Path
) -> None:
    lock.set_pin(store, PIN)
    now = utcnow()
    answers = [lock.try_pin(store, "000111", now) for _ in range(4)]
    assert [a.outcome for a in answers] == [Outcome.WRONG] * 4
    assert [a.wrong_in_a_row for a in answers] == [1, 2, 3, 4]
    assert all(a.wait_s == 0 for a in answers)
    fifth = lock.try_pin(store, "000111", now)
    assert (fifth.outcome, fifth.wrong_in_a_row, fifth.wait_s) == (Outcome.WRONG, 5, 30)

    store.close()  # the app closed and started again: the count and the wait are still there
    reopened = Store.open(data_dir)
    try:
        later = now + timedelta(seconds=10)
        assert lock.wait_left(reopened, later) == pytest.approx(20)
        # Even the right PIN is not checked while the wait runs.
        assert lock.try_pin(reopened, PIN, later).outcome is Outcome.WAIT
        after = now + timedelta(seconds=31)
        sixth = lock.try_pin(reopened, "000111", after)
        assert (sixth.wrong_in_a_row, sixth.wait_s) == (6, 60)  # growing
        assert lock.try_pin(reopened, PIN, after + timedelta(seconds=30)).outcome is Outcome.WAIT
        unlocked = lock.try_pin(reopened, PIN, after + timedelta(seconds=61))
        assert unlocked.outcome is Outcome.UNLOCKED
        assert lock.lock_settings(reopened).wrong_in_a_row == 0
        assert lock.wait_left(reopened, after + timedelta(seconds=61)) == 0
    finally:
        reopened.close()


def test_the_idle_minutes_are_kept_within_bounds(store: Store) -> None:
    assert lock.set_idle_minutes(store, 3) == 3
    assert lock.lock_settings(store).idle_minutes == 3
    assert lock.set_idle_minutes(store, 0) == 1
    assert lock.set_idle_minutes(store, 10_000) == 240
