"""Signing in again from the same laptop (a token expired, the lock screen's hub password, the
Settings' Log in), against the real hub over HTTPS and the real keyring: the hub keeps the
laptop as the device it was, with a new token and the old one dead, rather than one more device
beside a ghost of itself (a ghost the regional team might revoke or wipe in the laptop's
place); a laptop marked for wiping is told so, and its next sync erases its data."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from bluepacific_desktop.domain.enums import RecordKind as K
from bluepacific_desktop.store.device import get_setting
from bluepacific_desktop.sync import account, credentials, state
from bluepacific_desktop.sync.client import ClientOptions, HubClient
from bluepacific_desktop.sync.engine import SyncEngine
from bluepacific_desktop.sync.errors import WipeRequested
from bluepacific_hub import audit
from bluepacific_hub.accounts import request_wipe
from bluepacific_hub.models import AuditEvent, User
from bluepacific_hub.models import Device as HubDevice
from bluepacific_wire import utc_now
from tests.support.hubserver import PASSWORD
from tests.sync.conftest import FAST, Device, DeviceFactory, SyncHub


def _options(running: SyncHub) -> ClientOptions:
    return replace(FAST, ca_bundle=running.tls.ca_file)


def _hub_devices(running: SyncHub, username: str) -> list[HubDevice]:
    with running.hub.sessions() as session:
        return list(
            session.scalars(
                select(HubDevice)
                .join(User, User.id == HubDevice.user_id)
                .where(User.username == username)
            )
        )


def _device_id(device: Device) -> str | None:
    with device.store.read() as session:
        return get_setting(session, state.HUB_DEVICE_ID)


def _sync(device: Device) -> object:
    with account.client_for(device.store) as client:  # the token from the keyring
        return SyncEngine(device.store, client).run()


def _works(device: Device, token: str) -> bool:
    with HubClient(device.running.base_url, token, _options(device.running)) as client:
        try:
            client.pull(0, 1)
        except Exception:
            return False
    return True


def test_signing_in_again_keeps_the_laptop_as_the_same_device(
    make_device: DeviceFactory, running: SyncHub, secret_service: None
) -> None:
    device = make_device("FJ", login=False)
    first = device.login(save=True)
    device.create(K.PERSON, full_name="Ana Tuʻipulotu")
    assert _sync(device).complete  # type: ignore[attr-defined]
    (before,) = _hub_devices(running, device.username)
    assert _device_id(device) == before.id

    second = device.login(save=True)  # the lock screen's hub password does this very call

    assert second != first
    (after,) = _hub_devices(running, device.username)
    assert after.id == before.id == _device_id(device)
    assert credentials.load_token(running.base_url, device.username) == second
    assert _works(device, second) and not _works(device, first)
    assert _sync(device).complete  # type: ignore[attr-defined]
    with running.hub.sessions() as session:
        logins = session.scalars(
            select(AuditEvent).where(AuditEvent.action == audit.Action.LOGIN_OK.value)
        ).all()
    assert [e.details.get("signed_in_again") for e in logins if e.subject == device.username] == [
        None,
        "yes",
    ]


def test_an_expired_token_signs_in_again_as_the_same_device(
    make_device: DeviceFactory, running: SyncHub, secret_service: None
) -> None:
    device = make_device("WS", login=False)
    device.login(save=True)
    (hub_device,) = _hub_devices(running, device.username)
    with running.hub.sessions() as session, session.begin():
        row = session.get(HubDevice, hub_device.id)
        assert row is not None
        row.expires_at = utc_now() - timedelta(days=1)
    assert _sync(device).error_code == "access_revoked"  # type: ignore[attr-defined]
    device.login(save=True)
    assert len(_hub_devices(running, device.username)) == 1
    assert _sync(device).complete  # type: ignore[attr-defined]


def test_a_laptop_marked_for_wiping_is_told_so_when_it_signs_in_again(
    make_device: DeviceFactory, running: SyncHub, secret_service: None
) -> None:
    device = make_device("TO", login=False)
    device.login(save=True)
    (hub_device,) = _hub_devices(running, device.username)
    with running.hub.sessions() as session, session.begin():
        request_wipe(session, hub_device.id, by=audit.HUB)

    with pytest.raises(WipeRequested):
        device.login(save=True)  # the password does not buy a new device past the wipe

    (after,) = _hub_devices(running, device.username)
    assert after.id == hub_device.id and after.wiped_at is not None
    report = _sync(device)  # the token it still holds: told again, and erased
    assert report.wiped  # type: ignore[attr-defined]
    assert not device.store.path.exists()


def test_a_token_of_another_account_or_none_signs_in_a_new_device(
    make_device: DeviceFactory, running: SyncHub
) -> None:
    one = make_device("FJ", login=False)
    other = make_device("FJ", login=False)
    theirs = one.login()  # not kept in the keyring: the app would send none
    theirs_id = _hub_devices(running, one.username)[0].id
    with HubClient(running.base_url, None, _options(running)) as client:
        answer = client.login(other.username, PASSWORD, "laptop", (theirs, theirs_id))
        # This user's own device, named with a token that is not its own: a new device too.
        mine = answer["device_id"]
        again = client.login(other.username, PASSWORD, "laptop", (theirs, mine))
    assert answer["device_id"] != theirs_id and again["device_id"] not in (mine, theirs_id)
    assert len(_hub_devices(running, other.username)) == 2
    assert _works(one, theirs)  # the other account's token is left alone
    one.login()
    assert len(_hub_devices(running, one.username)) == 2  # no token held: a new device


def test_a_store_set_up_again_is_a_new_device_and_gets_back_what_the_old_one_sent(
    make_device: DeviceFactory, running: SyncHub, tmp_path: Path, secret_service: None
) -> None:
    """The old store gone (set up again, another data folder): its token still in the keyring
    must not make the new store the old device, whose records its first pull would skip."""
    old = make_device("FJ", login=False)
    old.login(save=True)
    sent = old.create(K.PERSON, full_name="Sēmisi Fifita")
    assert _sync(old).complete  # type: ignore[attr-defined]

    new = Device(running, tmp_path / "set-up-again", "FJ", old.username)
    try:
        new.login(save=True)
        assert len(_hub_devices(running, old.username)) == 2
        assert _sync(new).complete  # type: ignore[attr-defined]
        assert sent in new.ids(K.PERSON)
    finally:
        new.store.close()


def test_a_token_of_another_stores_device_signs_in_a_new_device(
    make_device: DeviceFactory, running: SyncHub, tmp_path: Path, secret_service: None
) -> None:
    """Two data folders for one account on one computer: the keyring keeps the last one's
    token. The other store signing in again is a new device, not the device of that token (its
    pulls would skip as its own what that device sends from the other folder)."""
    one = make_device("FJ", login=False)
    one.login(save=True)
    other = Device(running, tmp_path / "second-folder", "FJ", one.username)
    try:
        other.login(save=True)
        assert _sync(other).complete  # type: ignore[attr-defined]
        one.login(
            save=True
        )  # the keyring held other's token: one is a new device, its own kept after
        assert _device_id(one) != _device_id(other)
        sent = one.create(K.PERSON, full_name="Mele Taufa")
        assert _sync(one).complete  # type: ignore[attr-defined]
        other.login(save=True)
        assert _device_id(other) != _device_id(one)
        assert _sync(other).complete  # type: ignore[attr-defined]
        assert sent in other.ids(K.PERSON)
    finally:
        other.store.close()
