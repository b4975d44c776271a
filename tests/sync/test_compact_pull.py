"""The app pulls compact pages (API v2) from a hub that lists v2, v1 pages from one that does
not, and stores the same records either way."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bluepacific_desktop.domain.enums import RecordKind as K
from bluepacific_desktop.store.records import MODELS
from bluepacific_desktop.sync import state
from bluepacific_wire import API_PREFIX, API_V2_PREFIX
from tests.sync.conftest import Device, DeviceFactory

PULL_V1, PULL_V2 = f"{API_PREFIX}/sync/pull", f"{API_V2_PREFIX}/sync/pull"


def _pulls(device: Device, since: int) -> list[str]:
    return [p for p in device.running.seen.paths[since:] if p.endswith("/sync/pull")]


def _held(device: Device) -> tuple[int, set[tuple[str, str, int | None, bool, str]]]:
    with device.store.read() as session:
        rows = {
            (kind.value, r.id, r.revision, r.deleted, r.updated_at.isoformat())
            for kind, model in MODELS.items()
            for r in session.scalars(select(model))
        }
        return state.cursor(session), rows


def _fill(make_device: DeviceFactory) -> None:
    fiji = make_device("FJ")
    people = [fiji.create(K.PERSON, full_name=f"Officer {n}") for n in range(30)]
    fiji.create(K.ATTENDANCE)
    fiji.create(K.CONTACT, full_name="Contact")
    assert fiji.sync().complete
    fiji.update(K.PERSON, people[0], full_name="Renamed")
    fiji.delete(K.PERSON, people[1])
    assert fiji.sync().complete


def test_a_new_laptop_pulls_compact_pages_and_stores_what_v1_would(
    make_device: DeviceFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(make_device)
    compact = make_device("FJ")
    since = len(compact.running.seen.paths)
    assert compact.sync().complete
    assert set(_pulls(compact, since)) == {PULL_V2}

    monkeypatch.setattr("bluepacific_hub.api_health.API_VERSIONS", (1,))
    spelled = make_device("FJ")
    since = len(spelled.running.seen.paths)
    assert spelled.sync().complete
    assert set(_pulls(spelled, since)) == {PULL_V1}

    cursor, held = _held(compact)
    assert cursor > 0 and len(held) >= 34
    assert (cursor, held) == _held(spelled)
    assert any(deleted for _k, _i, _r, deleted, _u in held)
