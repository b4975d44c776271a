"""The next batch frozen while one is on the link: sizes, resends after a cut, the byte budget."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import func, select

from bluepacific_desktop.domain.enums import RecordKind as K
from bluepacific_desktop.store.device import set_setting
from bluepacific_desktop.store.models import SyncBatch
from bluepacific_desktop.sync import engine, outgoing, state
from bluepacific_desktop.sync.client import HubClient
from bluepacific_hub.models import AppliedChange, Batch
from bluepacific_wire import PushResponse, decode_json
from bluepacific_wire.codec import decompress, encoding_of
from tests.sync.conftest import Device, DeviceFactory, hub_records, hub_versions


class Recorder(HubClient):
    """The real client, noting each push and, once its answer is in, the batches then frozen
    in the store (the one after it among them, when the prefetch did its work)."""

    pushes: list[tuple[str, bytes]]
    open_after: list[set[str]]
    store_of: Device

    def push(self, batch_id: str, body: bytes) -> PushResponse:
        self.pushes.append((batch_id, body))
        answer = super().push(batch_id, body)
        # The worker freezes the next batch while this one is on the link; a loaded machine
        # may take a moment longer than the loopback hub does to answer.
        deadline = time.monotonic() + 5
        while len(frozen := _open_batches(self.store_of)) < 2 and time.monotonic() < deadline:
            time.sleep(0.01)
        self.open_after.append(frozen)
        return answer


def _recorder(device: Device) -> Recorder:
    plain = device.client()
    client = Recorder(plain.base, plain.token, plain.options)
    plain.close()
    client.pushes, client.open_after, client.store_of = [], [], device
    return client


def _open_batches(device: Device) -> set[str]:
    with device.store.read() as session:
        return set(session.scalars(select(SyncBatch.batch_id)))


def _changes(body: bytes) -> list[dict[str, object]]:
    changes: list[dict[str, object]] = decode_json(decompress(body, encoding_of(body)))["changes"]
    return changes


def _hub_count(device: Device, model: object) -> int:
    with device.running.hub.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)  # type: ignore[arg-type]


def _start_at(device: Device, size: int, monkeypatch: pytest.MonkeyPatch) -> None:
    with device.store.write() as session:
        set_setting(session, state.BATCH_SIZE, str(size))
    monkeypatch.setattr(engine, "MIN_BATCH", 1)


def test_each_batch_is_frozen_while_the_one_before_is_on_the_link(
    make_device: DeviceFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    fiji = make_device("FJ")
    people = [fiji.create(K.PERSON, full_name=f"Officer {n}") for n in range(23)]
    _start_at(fiji, 2, monkeypatch)
    client = _recorder(fiji)
    report = fiji.sync(client)
    client.close()
    assert report.complete and report.pushed == 23, report
    sizes = [len(_changes(body)) for _, body in client.pushes]
    assert sizes == [2, 8, 13]  # quadrupled after each quick push
    ids = [batch_id for batch_id, _ in client.pushes]
    # When each answer came, the next batch was frozen already, beside the one answered.
    assert client.open_after[0] == {ids[0], ids[1]}
    assert ids[2] in client.open_after[1]
    assert _open_batches(fiji) == set() and fiji.outbox() == []
    assert all(hub_versions(fiji.running, p) == 1 for p in people)


def test_a_slow_link_freezes_the_batch_ahead_again_smaller(
    make_device: DeviceFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    fiji = make_device("FJ")
    people = [fiji.create(K.PERSON, full_name=f"Officer {n}") for n in range(23)]
    _start_at(fiji, 8, monkeypatch)
    monkeypatch.setattr(engine, "SLOW_BATCH_S", 1e-6)  # every push counts as slow
    client = _recorder(fiji)
    report = fiji.sync(client)
    client.close()
    assert report.complete and report.pushed == 23, report
    # Each batch ahead was frozen at four times the size, then again at half the last one.
    assert [len(_changes(body)) for _, body in client.pushes] == [
        8,
        4,
        2,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
        1,
    ]
    assert _hub_count(fiji, Batch) == 12 and _hub_count(fiji, AppliedChange) == 23
    assert all(hub_versions(fiji.running, p) == 1 for p in people)


def test_batches_left_open_go_out_as_they_were_and_a_later_edit_waits_for_its_answer(
    make_device: DeviceFactory,
) -> None:
    """A run cut while one batch was on the link (its answer lost) and the next was frozen:
    the next run sends both as they were, oldest first; an edit made meanwhile to a record of
    the first goes in a later batch, based on the revision the first one's answer gave."""
    fiji = make_device("FJ")
    people = [fiji.create(K.PERSON, full_name=f"Officer {n}") for n in range(6)]
    with fiji.store.write() as session:
        first = outgoing.build_batch(session, 3)
        assert first is not None
        sent = (first.batch_id, first.body)
    with fiji.client() as plain:
        plain.push(*sent)  # the hub commits; the answer is lost
    with fiji.store.write() as session:
        ahead = outgoing.build_batch(session, 3)  # the prefetch, never sent
        assert ahead is not None
        frozen = (ahead.batch_id, ahead.body)
    assert {c["record_id"] for c in _changes(sent[1])} == set(people[:3])
    assert {c["record_id"] for c in _changes(frozen[1])} == set(people[3:])
    fiji.update(K.PERSON, people[0], rank="Sergeant")
    with fiji.store.write() as session:
        assert outgoing.build_batch(session, 3) is None  # the edit waits for the first answer

    client = _recorder(fiji)
    report = fiji.sync(client)
    client.close()
    assert report.complete and report.conflicts == 0, report
    assert client.pushes[:2] == [sent, frozen]  # byte for byte, oldest first
    (edit,) = _changes(client.pushes[2][1])
    created = next(c for c in _changes(sent[1]) if c["record_id"] == people[0])
    with fiji.running.hub.sessions() as session:
        first_revision = session.get(AppliedChange, created["change_id"]).revision  # type: ignore[union-attr]
    assert edit["record_id"] == people[0] and edit["changed_fields"] == ["rank"]
    assert edit["base_revision"] == first_revision
    assert hub_records(fiji.running, people[0])[people[0]].revision > first_revision
    assert report.pushed == 7 and fiji.outbox() == []
    assert hub_versions(fiji.running, people[0]) == 2
    assert all(hub_versions(fiji.running, p) == 1 for p in people[1:])
    assert _hub_count(fiji, Batch) == 3 and _hub_count(fiji, AppliedChange) == 7


def test_a_batch_stays_within_the_byte_budget(
    make_device: DeviceFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    fiji = make_device("FJ")
    people = [fiji.create(K.PERSON, full_name=f"Officer {n} " + "x" * 150) for n in range(10)]
    monkeypatch.setattr(outgoing, "BODY_BUDGET", 2_000)
    with fiji.store.write() as session:
        batch = outgoing.build_batch(session, 100)
        assert batch is not None
        raw = decompress(batch.body, encoding_of(batch.body))
        taken = [c["record_id"] for c in _changes(batch.body)]
    assert len(raw) <= 2_000 and 0 < len(taken) < 10
    assert taken == people[: len(taken)]  # the first ones, the rest left pending
    assert fiji.sync().complete
    assert all(hub_versions(fiji.running, p) == 1 for p in people)
