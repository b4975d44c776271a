"""The link and the account: a revoked token, a stalled link, clock skew, logout."""

from __future__ import annotations

import json
import time
import uuid
from pathlib import Path

import pytest

from bluepacific_desktop.domain.enums import RecordKind as K
from bluepacific_desktop.store.device import get_setting
from bluepacific_desktop.sync import account, state
from bluepacific_desktop.sync.client import ClientOptions
from bluepacific_desktop.sync.engine import SyncEngine
from bluepacific_desktop.sync.errors import ChangesWaiting
from bluepacific_desktop.sync.retry import Backoff, run_with_retries
from bluepacific_hub import cli as hub_cli
from tests.support.faultproxy import Fault, FaultProxy
from tests.sync.conftest import Device, DeviceFactory, SyncHub, hub_records, hub_versions


def _hub_device_id(device: Device) -> str:
    with device.store.read() as session:
        value = get_setting(session, state.HUB_DEVICE_ID)
    assert value
    return value


def test_revoked_token_is_refused_at_once_and_the_outbox_kept(
    make_device: DeviceFactory, running: SyncHub, capsys: pytest.CaptureFixture[str]
) -> None:
    device = make_device("FJ")
    device.create(K.PERSON)
    assert device.sync().complete
    waiting = [device.create(K.PERSON, full_name=f"Officer {n}") for n in range(3)]
    before = [(e.change_id, e.state) for e in device.outbox()]

    # The administrator withdraws the lost laptop's access with the hub's own command.
    assert (
        hub_cli.main(
            ["device", "revoke", _hub_device_id(device), "--database", running.database_url]
        )
        == 0
    )
    assert "revoked device" in capsys.readouterr().out

    runs = 0
    with device.client() as client:

        def once():  # type: ignore[no-untyped-def]
            nonlocal runs
            runs += 1
            return SyncEngine(device.store, client).run()

        started = time.monotonic()
        report = run_with_retries(once, attempts=5, backoff=Backoff(base_s=30))
    assert time.monotonic() - started < 5 and runs == 1  # no retry, no backoff wait
    assert report.error_code == "access_revoked", report
    # The hub says why (revoked), so the words do: withdrawn by the regional team.
    assert "regional team withdrew this computer's access" in (report.error or "")
    assert "Log in again" in (report.error or "")
    assert [(e.change_id, e.state) for e in device.outbox()] == before
    assert hub_records(running, *waiting) == {}

    # Logging in again (a new device token) sends what waited, once.
    device.login()
    report = device.sync()
    assert report.complete, report
    assert device.outbox() == []
    assert all(hub_versions(running, rid) == 1 for rid in waiting)


def test_a_stalled_link_is_abandoned_and_the_next_sync_completes(
    make_device: DeviceFactory, running: SyncHub
) -> None:
    device = make_device("FJ")
    people = [device.create(K.PERSON, full_name=f"Officer {uuid.uuid4().hex}") for _ in range(60)]
    host, port = running.base_url.removeprefix("https://").split(":")
    # The first connection carries the TLS handshake and the health probe, then the push
    # body stops moving after 3000 bytes (the link holds open, silent). Later ones are fine.
    plan = lambda n: Fault(stall_after_upload=3000) if n == 1 else Fault()  # noqa: E731
    with FaultProxy((host, int(port)), plan=plan) as proxy:
        options = ClientOptions(connect_timeout=3, stall_timeout=1.5)
        with device.client(options, url=proxy.url) as client:
            started = time.monotonic()
            report = device.sync(client)
            took = time.monotonic() - started
        assert report.error_code == "stalled", report
        assert "stopped moving data" in (report.error or "")
        assert 1.5 <= took < 6
        assert len(device.outbox()) == 60
        assert proxy.connections == 1

        with device.client(options, url=proxy.url) as client:
            report = device.sync(client)
    assert report.complete, report
    assert device.outbox() == []
    assert all(hub_versions(running, rid) == 1 for rid in people)
    assert len(hub_records(running, *people)) == 60


def test_clock_skew_is_measured_and_put_in_words(make_device: DeviceFactory) -> None:
    device = make_device("FJ")
    report = device.sync()
    assert report.clock_skew_s is not None and abs(report.clock_skew_s) < 3
    with device.store.read() as session:
        assert state.clock_skew(session) == pytest.approx(report.clock_skew_s, abs=0.1)
    assert state.skew_words(report.clock_skew_s) is None

    ahead = state.skew_words(600.0)
    assert ahead is not None and "10 minutes ahead of the hub's" in ahead
    behind = state.skew_words(-600.0)
    assert behind is not None and "10 minutes behind" in behind
    hours = state.skew_words(3 * 3600.0)
    assert hours is not None and "3.0 hours" in hours
    assert state.skew_words(30.0) is None and state.skew_words(-30.0) is None
    assert state.skew_words(None) is None


def test_logout_refuses_while_changes_wait_unless_exported(
    make_device: DeviceFactory, tmp_path: Path, secret_service: None
) -> None:
    device = make_device("FJ", login=False)
    device.login(save=True)
    person = device.create(K.PERSON)
    device.update(K.PERSON, person, rank="Sergeant")
    queued = [e.change_id for e in device.outbox()]
    assert len(queued) == 2

    # Counted in records, as the status bar counts them: one person edited twice.
    with pytest.raises(ChangesWaiting, match=r"1 change on this computer has not reached the hub"):
        account.logout(device.store)
    assert [e.change_id for e in device.outbox()] == queued
    assert account.client_for(device.store).token == device.token  # still logged in

    # Another user or hub would strand the changes: refused too.
    with pytest.raises(ChangesWaiting, match="Sync them first"):
        account.login(device.store, device.running.base_url, "someone-else", "x", save=False)

    export = tmp_path / "waiting.json"
    assert account.logout(device.store, export_to=export) == 1
    exported = json.loads(export.read_text(encoding="utf-8"))
    assert [e["change_id"] for e in exported] == queued
    assert exported[1]["changed_fields"] == ["rank"]
    assert exported[1]["payload"]["fields"]["rank"] == "Sergeant"
    assert [e.change_id for e in device.outbox()] == queued  # still queued
    from bluepacific_desktop.sync.errors import NotLoggedIn

    with pytest.raises(NotLoggedIn):
        account.client_for(device.store)  # the token left the keyring

    # Logging in again as the same user, the queue goes out.
    device.login()
    assert device.sync().complete
    assert device.outbox() == []
