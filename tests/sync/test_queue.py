"""The outbox: refused changes set aside, acknowledgement before removal, resume byte for byte."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from bluepacific_desktop.domain.enums import RecordKind as K
from bluepacific_desktop.store.models import SyncBatch
from bluepacific_desktop.sync import outgoing
from bluepacific_desktop.sync.client import HubClient
from bluepacific_hub.models import AppliedChange, Batch
from bluepacific_wire import PushResponse, gunzip_bytes, parse_time
from tests.support.forged import queue_foreign
from tests.sync.conftest import Device, DeviceFactory, hub_records, hub_versions


class Recorder(HubClient):
    """The real client, noting each push it makes (no stand-in: every request goes out)."""

    pushes: list[tuple[str, bytes]]

    def push(self, batch_id: str, gzip_body: bytes) -> PushResponse:
        self.pushes.append((batch_id, gzip_body))
        return super().push(batch_id, gzip_body)


def _recorder(device: Device) -> Recorder:
    plain = device.client()
    client = Recorder(plain.base, plain.token, plain.options)
    plain.close()
    client.pushes = []
    return client


def test_refused_change_is_set_aside_and_the_rest_syncs(make_device: DeviceFactory) -> None:
    fiji = make_device("FJ")
    before = fiji.create(K.PERSON, full_name="Before")
    forged = queue_foreign(fiji.store, "TO")
    after = fiji.create(K.PERSON, full_name="After")

    report = fiji.sync()
    assert report.pushed == 2 and report.refused == 1, report
    assert not report.complete and report.waiting == 1  # the set-aside change still waits
    assert report.refused_reasons == ["this device belongs to FJ and cannot send records of TO"]
    (entry,) = fiji.outbox()
    assert entry.change_id == forged and entry.state == "set_aside"
    assert entry.set_aside_reason == "this device belongs to FJ and cannot send records of TO"
    assert set(hub_records(fiji.running, before, after)) == {before, after}

    # Not resent blindly: the next sync does not push it again (no push at all).
    client = _recorder(fiji)
    again = fiji.sync(client)
    client.close()
    assert client.pushes == [] and again.refused == 0 and again.error is None
    assert [e.change_id for e in fiji.outbox()] == [forged]
    assert fiji.outbox()[0].attempts == 1


def test_record_id_of_another_country_is_refused_and_left_alone(
    make_device: DeviceFactory,
) -> None:
    tonga, fiji = make_device("TO"), make_device("FJ")
    taken = tonga.create(K.PERSON, full_name="Tongan officer")
    assert tonga.sync().complete
    original = hub_records(tonga.running, taken)[taken]

    clash = fiji.create(K.PERSON, full_name="Fijian officer", record_id=taken)
    fine = fiji.create(K.PERSON, full_name="Another Fijian officer")
    report = fiji.sync()
    assert report.refused == 1 and report.pushed == 1, report
    (entry,) = fiji.outbox()
    assert entry.record_id == clash and entry.state == "set_aside"
    assert entry.set_aside_reason == "this record_id already belongs to another record on the hub"
    hub = hub_records(tonga.running, taken, fine)
    assert hub[taken].country == "TO" and hub[taken].fields == original.fields
    assert hub[taken].revision == original.revision
    assert hub[fine].country == "FJ"

    # A later edit of the refused record waits with it instead of being sent on its own.
    fiji.update(K.PERSON, clash, rank="Constable")
    client = _recorder(fiji)
    assert fiji.sync(client).refused == 0
    client.close()
    assert client.pushes == []
    assert [e.state for e in fiji.outbox()] == ["set_aside", "pending"]
    assert hub_records(tonga.running, taken)[taken].fields == original.fields


def test_changes_leave_the_outbox_only_when_acknowledged(make_device: DeviceFactory) -> None:
    fiji = make_device("FJ")
    person = fiji.create(K.PERSON, full_name="Queued twice")
    other = fiji.create(K.PERSON, full_name="Queued once")
    assert fiji.record(K.PERSON, person).confirmed_at is None

    # The batch is frozen; then the person is edited again before the hub answers.
    with fiji.store.write() as session:
        batch = outgoing.build_batch(session, 100)
        assert batch is not None
        batch_id, body = batch.batch_id, batch.body
    fiji.update(K.PERSON, person, rank="Sergeant")
    assert len(fiji.outbox()) == 3  # nothing left the outbox by being sent

    with fiji.client() as client:
        answer = client.push(batch_id, body)
    assert len(fiji.outbox()) == 3  # the hub has it, but this device has not heard yet
    with fiji.store.write() as session:
        saved = session.get(SyncBatch, batch_id)
        assert saved is not None
        counts = outgoing.apply_results(session, saved, answer, parse_time(answer["server_time"]))
    assert counts.applied == 2
    (later,) = fiji.outbox()
    assert later.record_id == person and later.changed_fields == ["rank"]
    assert later.base_revision == hub_records(fiji.running, person)[person].revision
    assert fiji.record(K.PERSON, person).confirmed_at is None  # its later change still waits
    assert fiji.record(K.PERSON, other).confirmed_at is not None

    report = fiji.sync()
    assert report.complete and report.pushed == 1, report
    assert fiji.outbox() == []
    assert fiji.record(K.PERSON, person).confirmed_at is not None
    assert hub_records(fiji.running, person)[person].fields["rank"] == "Sergeant"
    assert hub_versions(fiji.running, person) == 2


def _hub_count(device: Device, model: Any, *where: Any) -> int:
    with device.running.hub.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def test_a_batch_whose_answer_was_lost_is_resent_byte_for_byte(
    make_device: DeviceFactory,
) -> None:
    fiji = make_device("FJ")
    people = [fiji.create(K.PERSON, full_name=f"Officer {n}") for n in range(5)]
    session_id = fiji.create(K.TRAINING_SESSION)
    attendance = fiji.create(K.ATTENDANCE, session_id=session_id, person_id=people[0])
    ids = [*people, session_id, attendance]
    with fiji.store.write() as session:
        batch = outgoing.build_batch(session, 100)
        assert batch is not None
        batch_id, body = batch.batch_id, batch.body
    with fiji.client() as client:
        client.push(batch_id, body)  # the hub commits; the answer is "lost" (thrown away)
    assert len(fiji.outbox()) == 7
    assert all(fiji.record(K.PERSON, p).confirmed_at is None for p in people)

    client = _recorder(fiji)
    report = fiji.sync(client)
    client.close()
    assert report.complete, report
    assert client.pushes == [(batch_id, body)]  # the same batch, byte for byte
    assert len(gunzip_bytes(body)) > 0
    assert report.pushed == 7 and report.duplicates == 0  # the stored answer, replayed
    assert fiji.outbox() == []
    assert all(fiji.record(K.PERSON, p).confirmed_at is not None for p in people)

    # Exactly once on the hub: one version, one applied change per record, one batch.
    assert all(hub_versions(fiji.running, rid) == 1 for rid in ids)
    assert _hub_count(fiji, AppliedChange, AppliedChange.record_id.in_(ids)) == 7
    assert _hub_count(fiji, Batch) == 1
    admin = make_device("TO", "regional_admin")
    assert admin.sync().complete
    assert {rid for rid in ids if admin.record(K.PERSON, rid) is not None} == set(people)
    assert admin.record(K.ATTENDANCE, attendance).person_id == people[0]


def test_a_lost_answer_then_a_new_login_still_lands_once(make_device: DeviceFactory) -> None:
    """The hub ties a batch_id to the device that sent it; after logging in again (a new device
    id) the open batch cannot be replayed, so its changes go again in a new batch instead."""
    fiji = make_device("FJ")
    people = [fiji.create(K.PERSON, full_name=f"Officer {n}") for n in range(3)]
    with fiji.store.write() as session:
        batch = outgoing.build_batch(session, 100)
        assert batch is not None
        batch_id, body = batch.batch_id, batch.body
    with fiji.client() as client:
        client.push(batch_id, body)  # committed on the hub; the answer is lost
    fiji.login()  # same user and hub, new device token (e.g. after the keyring was reset)
    later = fiji.create(K.PERSON, full_name="Officer after")

    report = fiji.sync()
    assert report.complete, report
    assert report.duplicates == 3 and report.pushed == 1
    assert fiji.outbox() == []
    assert all(hub_versions(fiji.running, rid) == 1 for rid in [*people, later])
