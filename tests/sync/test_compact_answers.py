"""The desktop on API v2 (compact push answers), and on a hub that only speaks v1."""

from __future__ import annotations

import pytest

from bluepacific_desktop.domain.enums import RecordKind as K
from bluepacific_desktop.sync import outgoing
from bluepacific_wire import API_PREFIX, API_V2_PREFIX
from tests.support.forged import queue_foreign
from tests.sync.conftest import Device, DeviceFactory, hub_records, hub_versions

PUSH_V1, PUSH_V2 = f"{API_PREFIX}/sync/push", f"{API_V2_PREFIX}/sync/push"


def _pushes(device: Device) -> list[str]:
    return [p for p in device.running.seen.paths if p.endswith("/sync/push")]


def test_mixed_answers_in_compact_form_are_applied_like_full_ones(
    make_device: DeviceFactory,
) -> None:
    a, b = make_device("FJ"), make_device("FJ")
    shared = a.create(K.PERSON, full_name="Mere Tuilagi", phone="+6797000000")
    assert a.sync().complete and b.sync().complete
    a.update(K.PERSON, shared, rank="Sergeant (theirs)", phone="+6797111111")
    assert a.sync().complete
    del a.running.seen.paths[:]

    before = b.create(K.PERSON, full_name="Before")
    b.update(K.PERSON, shared, rank="Inspector (mine)")  # conflicts with A's rank
    forged = queue_foreign(b.store, "TO")  # refused: not this device's country
    after = b.create(K.PERSON, full_name="After")
    report = b.sync()

    assert _pushes(b) == [PUSH_V2]
    assert (report.pushed, report.conflicts, report.refused) == (2, 1, 1), report
    stored = hub_records(b.running, before, after)
    assert b.record(K.PERSON, before).revision == stored[before].revision
    assert b.record(K.PERSON, after).revision == stored[after].revision
    assert b.record(K.PERSON, after).confirmed_at is not None
    assert b.conflicts() == 1
    states = {e.change_id if e.change_id == forged else e.record_id: e.state for e in b.outbox()}
    assert states == {forged: "set_aside", shared: "conflict"}


def test_a_lost_compact_answer_is_replayed_and_nothing_lands_twice(
    make_device: DeviceFactory,
) -> None:
    fiji = make_device("FJ")
    people = [fiji.create(K.PERSON, full_name=f"Officer {n}") for n in range(5)]
    with fiji.store.write() as session:
        batch = outgoing.build_batch(session, 100)
        assert batch is not None
        batch_id, body = batch.batch_id, batch.body
    with fiji.client() as client:
        client.health()  # learns that the hub speaks v2
        client.push(batch_id, body)  # the hub commits; the answer is lost
    report = fiji.sync()
    assert report.complete and report.pushed == 5 and report.duplicates == 0, report
    assert _pushes(fiji) == [PUSH_V2, PUSH_V2]
    assert fiji.outbox() == []
    revisions = {p: r.revision for p, r in hub_records(fiji.running, *people).items()}
    assert all(fiji.record(K.PERSON, p).revision == revisions[p] for p in people)
    assert all(hub_versions(fiji.running, p) == 1 for p in people)


def test_a_hub_that_only_speaks_v1_gets_v1_pushes(
    make_device: DeviceFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("bluepacific_hub.api_health.API_VERSIONS", (1,))
    fiji = make_device("FJ")
    people = [fiji.create(K.PERSON, full_name=f"Officer {n}") for n in range(3)]
    report = fiji.sync()
    assert report.complete and report.pushed == 3, report
    assert _pushes(fiji) == [PUSH_V1]
    assert all(fiji.record(K.PERSON, p).confirmed_at is not None for p in people)
