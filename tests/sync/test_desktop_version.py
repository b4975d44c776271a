"""The hub tells which desktop version is current; a sync remembers it for the quiet notice."""

from __future__ import annotations

from pathlib import Path

import pytest

from bluepacific_desktop import __version__
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.sync import state
from tests.sync.conftest import Device, SyncHub, Tls, start_hub


def _newer(store: Store, running: str = __version__) -> str | None:
    with store.read() as session:
        return state.newer_desktop_version(session, running)


@pytest.fixture
def newer_hub(tmp_path: Path, tls: Tls):
    hub, stop = start_hub(f"sqlite:///{tmp_path / 'hub.db'}", tls, current_desktop_version="99.1.0")
    try:
        yield hub
    finally:
        stop()


def test_a_sync_remembers_the_hubs_current_version(newer_hub: SyncHub, tmp_path: Path) -> None:
    newer_hub.add_user("fiji", "FJ", "focal_point")
    device = Device(newer_hub, tmp_path / "device", "FJ", "fiji")
    try:
        device.login()
        assert _newer(device.store) is None  # nothing known before a sync
        assert device.sync().complete
        assert _newer(device.store) == "99.1.0"
        assert _newer(device.store, running="99.1.0") is None
        assert _newer(device.store, running="100.0") is None
    finally:
        device.store.close()


@pytest.mark.parametrize(
    ("hub", "running", "newer"),
    [
        ("0.2.0", "0.1.0", True),
        ("0.10.0", "0.9.3", True),  # numbers, not text
        ("1.0", "1.0.0", False),
        ("0.1.0", "0.2.0", False),  # an older hub never asks for a downgrade
        ("1.2.0rc1", "1.1.9", True),
        ("", "0.1.0", False),
        ("unknown", "0.1.0", False),
    ],
)
def test_versions_compare_by_their_numbers(
    tmp_path: Path, hub: str, running: str, newer: bool
) -> None:
    with Store.open(tmp_path) as store:
        with store.write() as session:
            state.record_hub_desktop_version(session, hub)
        assert (_newer(store, running) == hub) is newer
