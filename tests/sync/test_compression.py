"""zstd where both ends have it, gzip where either does not: the app and the real hub."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bluepacific_desktop.domain.enums import RecordKind as K
from bluepacific_desktop.sync import outgoing
from bluepacific_desktop.sync.client import ClientOptions
from tests.support.hubserver import Tls
from tests.sync.conftest import FAST, Device, SyncHub, hub_versions, start_hub

GZIP_ONLY_APP = ClientOptions(connect_timeout=5.0, stall_timeout=5.0, zstd=False)


@pytest.fixture
def gzip_only_hub(tmp_path: Path, tls: Tls) -> Iterator[SyncHub]:
    """The real hub with zstd turned off in its settings (as a hub without the library)."""
    hub, stop = start_hub(f"sqlite:///{tmp_path / 'hub.db'}", tls, zstd=False)
    try:
        yield hub
    finally:
        stop()


def _two_devices(hub: SyncHub, folder: Path) -> tuple[Device, Device]:
    devices = []
    for n in (1, 2):
        hub.add_user(f"user{n}", "FJ")
        device = Device(hub, folder / f"device-{n}", "FJ", f"user{n}")
        device.login()
        devices.append(device)
    return devices[0], devices[1]


def _exchange(a: Device, b: Device, options: ClientOptions) -> list[str]:
    """A pushes 40 people, B pulls them; the people, each landed once on the hub and on B."""
    people = [a.create(K.PERSON, full_name=f"Officer {n}", rank="Constable") for n in range(40)]
    del a.running.seen.codings[:]
    with a.client(options) as client:
        assert a.sync(client).complete
    with b.client(options) as client:
        assert b.sync(client).complete
    assert all(hub_versions(a.running, p) == 1 for p in people)
    assert set(people) <= b.ids(K.PERSON)
    return people


def _codings(hub: SyncHub, ending: str) -> list[tuple[str, str]]:
    return [(sent, answered) for path, sent, answered in hub.seen.codings if path.endswith(ending)]


def test_zstd_app_and_zstd_hub_speak_zstd_both_ways(running: SyncHub, tmp_path: Path) -> None:
    a, b = _two_devices(running, tmp_path)
    _exchange(a, b, FAST)
    assert {sent for sent, _ in _codings(running, "/sync/push")} == {"zstd"}
    # B's pull pages (forty people) are large enough to be compressed at all.
    assert "zstd" in {answered for _, answered in _codings(running, "/sync/pull")}
    assert not {c for _, _, c in running.seen.codings} & {"gzip"}


def test_zstd_app_and_gzip_only_hub_speak_gzip(gzip_only_hub: SyncHub, tmp_path: Path) -> None:
    a, b = _two_devices(gzip_only_hub, tmp_path)
    _exchange(a, b, FAST)
    assert {sent for sent, _ in _codings(gzip_only_hub, "/sync/push")} == {"gzip"}
    answers = {answered for _, _, answered in gzip_only_hub.seen.codings}
    assert "gzip" in answers and "zstd" not in answers


def test_gzip_only_app_and_zstd_hub_speak_gzip(running: SyncHub, tmp_path: Path) -> None:
    a, b = _two_devices(running, tmp_path)
    _exchange(a, b, GZIP_ONLY_APP)
    assert {sent for sent, _ in _codings(running, "/sync/push")} == {"gzip"}
    answers = {answered for _, _, answered in running.seen.codings}
    assert "gzip" in answers and "zstd" not in answers


def test_a_batch_frozen_in_zstd_goes_as_gzip_to_a_hub_that_stopped_reading_zstd(
    tmp_path: Path, tls: Tls
) -> None:
    """A batch built for a hub that read zstd, whose answer was lost; the hub is then
    redeployed without zstd. The same JSON goes again, gzip-compressed: still one landing."""
    hub, stop = start_hub(f"sqlite:///{tmp_path / 'hub.db'}", tls)
    try:
        a, _ = _two_devices(hub, tmp_path)
        people = [a.create(K.PERSON, full_name=f"Officer {n}") for n in range(5)]
        with a.client() as client:
            client.health()
            with a.store.write() as session:
                batch = outgoing.build_batch(session, 100, client.body_encoding)
                assert batch is not None
                body = batch.body
            assert body[:4] == b"\x28\xb5\x2f\xfd"  # a zstd frame
            client.push(batch.batch_id, body)  # applied; the answer is lost
    finally:
        stop()
    hub, stop = start_hub(f"sqlite:///{tmp_path / 'hub.db'}", tls, zstd=False)
    try:
        a.running = hub
        with a.client(url=hub.base_url) as client:
            report = a.sync(client)
        assert report.complete and report.pushed == 5 and report.duplicates == 0, report
        assert [sent for sent, _ in _codings(hub, "/sync/push")] == ["gzip"]
        assert "zstd" not in {answered for _, _, answered in hub.seen.codings}
        assert all(hub_versions(hub, p) == 1 for p in people)
    finally:
        stop()
