"""The hub's require-encryption policy seen from the desktop, against the real hub over HTTPS:
the app says at login and sync whether its store is encrypted (its first 16 bytes are not the
plain SQLite header), the hub keeps it, and while the policy is on an unencrypted store is told
so — the report and the store's sync state carry the warning, and sync still works."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bluepacific_desktop.domain.enums import RecordKind as K
from bluepacific_desktop.store.at_rest import PLAIN_SQLITE_HEADER, is_encrypted
from bluepacific_desktop.sync import account, state
from bluepacific_desktop.sync.engine import SyncEngine, SyncReport
from bluepacific_hub import audit, policy
from bluepacific_hub.accounts import list_devices
from bluepacific_hub.policy import PolicyName
from tests.sync.conftest import Device, DeviceFactory, SyncHub


def test_is_encrypted_reads_the_first_16_bytes(tmp_path: Path) -> None:
    plain = tmp_path / "plain.sqlite3"
    plain.write_bytes(PLAIN_SQLITE_HEADER + b"\0" * 100)
    ciphered = tmp_path / "ciphered.sqlite3"
    ciphered.write_bytes(os.urandom(4096))
    short = tmp_path / "short"
    short.write_bytes(b"SQL")
    assert not is_encrypted(plain) and is_encrypted(ciphered)
    assert not is_encrypted(tmp_path / "missing") and not is_encrypted(short)


def _policy(running: SyncHub, on: bool) -> None:
    with running.hub.sessions() as session, session.begin():
        policy.set_policy(session, PolicyName.REQUIRE_ENCRYPTION, on, by=audit.HUB)


def _hub_says(running: SyncHub) -> list[bool | None]:
    with running.hub.sessions() as session:
        return [d.store_encrypted for d, _u in list_devices(session)]


def _sync(device: Device) -> SyncReport:
    """A sync as the app runs one: its client from Settings (which says the store's state)."""
    with account.client_for(device.store, token=device.token) as client:
        return SyncEngine(device.store, client).run()


def _required(device: object) -> bool:
    with device.store.read() as session:  # type: ignore[attr-defined]
        return state.encryption_required(session)


def test_a_plain_store_is_told_at_login_and_sync_and_still_syncs(
    make_device: DeviceFactory, running: SyncHub, monkeypatch: pytest.MonkeyPatch
) -> None:
    device = make_device("PW")
    # Every store is encrypted as it opens; one still plain is one whose encryption waits for
    # room on the disk (store/store.py _encrypt). The report of that state is stood in for.
    assert is_encrypted(device.store.path)
    monkeypatch.setattr(account, "is_encrypted", lambda _path: False)
    assert _hub_says(running) == [True] and not _required(device)  # encrypted when set up
    _policy(running, True)
    device.create(K.PERSON)
    report = _sync(device)
    assert report.complete and report.encryption_required  # told, and synced all the same
    assert _required(device) and _hub_says(running) == [False]
    device.login()  # a login says it too
    assert _required(device) and _hub_says(running) == [False, False]

    # Once the store is encrypted (the crypt step at the next start), the warning stops.
    monkeypatch.setattr(account, "is_encrypted", lambda _path: True)
    report = _sync(device)
    assert report.complete and not report.encryption_required and not _required(device)
    assert True in _hub_says(running)
    _policy(running, False)
    monkeypatch.setattr(account, "is_encrypted", lambda _path: False)
    report = _sync(device)
    assert not report.encryption_required and not _required(device)
