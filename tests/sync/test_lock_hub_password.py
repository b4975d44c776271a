"""The hub password unlocks the lock screen (workflows/lock.py): against the argon2id hash kept
at the last sign-in when offline, by signing in again when no hash was kept; never the password
itself in the store; never made to wait by wrong PINs; forgotten at logout."""

from __future__ import annotations

from datetime import timedelta

from bluepacific_desktop.store.device import get_setting, set_setting
from bluepacific_desktop.store.types import utcnow
from bluepacific_desktop.store.unlock import HUB_PASSWORD_HASH, set_value
from bluepacific_desktop.sync import account, credentials
from bluepacific_desktop.sync.state import HUB_URL
from bluepacific_desktop.workflows import lock
from bluepacific_desktop.workflows.lock import Outcome
from tests.support.hubserver import PASSWORD
from tests.sync.conftest import DeviceFactory


def test_sign_in_keeps_a_hash_of_the_hub_password_that_unlocks_offline(
    make_device: DeviceFactory,
) -> None:
    device = make_device("FJ")
    with device.store.read() as session:
        hashed = get_setting(session, HUB_PASSWORD_HASH)
    assert hashed is not None and hashed.startswith("$argon2id$")
    assert PASSWORD.encode() not in device.store.path.read_bytes()
    assert lock.lock_settings(device.store).can_lock  # no PIN yet, the hub password unlocks

    with device.store.write() as session:  # a hub nobody can reach: offline
        set_setting(session, HUB_URL, "https://127.0.0.1:9")
    assert lock.try_hub_password(device.store, PASSWORD).outcome is Outcome.UNLOCKED
    assert lock.try_hub_password(device.store, "not-the-password").outcome is Outcome.WRONG


def test_the_hub_password_works_while_wrong_pins_wait(make_device: DeviceFactory) -> None:
    device = make_device("FJ")
    lock.set_pin(device.store, "482915")
    now = utcnow()
    for _ in range(5):
        lock.try_pin(device.store, "000111", now)
    assert lock.wait_left(device.store, now) == 30
    attempt = lock.try_hub_password(device.store, PASSWORD, online=False)
    assert attempt.outcome is Outcome.UNLOCKED
    assert lock.wait_left(device.store, now) == 0  # and the count starts again
    assert lock.try_pin(device.store, "482915", now + timedelta(seconds=1)).outcome is (
        Outcome.UNLOCKED
    )


def test_without_a_kept_hash_the_hub_checks_the_password(
    make_device: DeviceFactory, secret_service: None
) -> None:
    device = make_device("FJ", login=False)
    device.login(save=True)
    requests_before = len(device.running.seen.paths)
    with device.store.write() as session:  # signed in by a version that kept no hash
        set_value(session, HUB_PASSWORD_HASH, None)
    assert lock.lock_settings(device.store).can_lock is False

    wrong = lock.try_hub_password(device.store, "not-the-password")
    assert wrong.outcome is Outcome.WRONG  # the hub said so
    assert len(device.running.seen.paths) > requests_before
    right = lock.try_hub_password(device.store, PASSWORD)
    assert right.outcome is Outcome.UNLOCKED
    with device.store.read() as session:  # kept now, for the next time offline
        assert get_setting(session, HUB_PASSWORD_HASH)
    assert credentials.load_token(device.running.base_url, device.username) is not None


def test_without_a_kept_hash_and_no_link_it_says_it_cannot_check(
    make_device: DeviceFactory,
) -> None:
    device = make_device("FJ")
    with device.store.write() as session:
        set_value(session, HUB_PASSWORD_HASH, None)
        set_setting(session, HUB_URL, "https://127.0.0.1:9")
    attempt = lock.try_hub_password(device.store, PASSWORD)
    assert attempt.outcome is Outcome.CANNOT_CHECK


def test_logout_forgets_the_hub_password(make_device: DeviceFactory) -> None:
    device = make_device("FJ")
    assert account.logout(device.store) == 0
    with device.store.read() as session:
        assert get_setting(session, HUB_PASSWORD_HASH) is None
    assert lock.try_hub_password(device.store, PASSWORD, online=False).outcome is (
        Outcome.CANNOT_CHECK
    )
