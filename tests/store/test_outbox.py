"""Every committed change has exactly one outbox entry, in the same transaction as the change."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from bluepacific_desktop.domain.enums import EDITABLE_KINDS, RecordKind
from bluepacific_desktop.store.records import MODELS, data_fields
from bluepacific_desktop.store.services import RecordService

# One field per kind that an update can change, and a new value for it.
EDITS = {
    RecordKind.PERSON: ("rank", "Sergeant"),
    RecordKind.TRAINING_SESSION: ("location", "Lautoka"),
    RecordKind.ATTENDANCE: ("post_score", 88),
    RecordKind.CAPABILITY_REPORT: ("hits", 3),
    RecordKind.CONTACT: ("notes", "Prefers e-mail"),
    RecordKind.ENGAGEMENT: ("kind", "workshop"),
    RecordKind.MONTHLY_RETURN: ("sessions_complete", True),
    RecordKind.CERTIFICATE: ("holder_name", "Mere Tuilagi-Vaai"),
}


class Boom(Exception):
    pass


def _current_fields(records, kind, record_id):
    row = records.row(kind, record_id)
    return row, {name: row[name] for name in data_fields(kind)}


@pytest.mark.parametrize("kind", EDITABLE_KINDS)
def test_create_update_delete_each_add_exactly_one_entry(records, kind):
    before = records.counts()
    rid = records.create(kind)
    # Attendance creation also made its session and person; only count this record's entries.
    entries = records.outbox(rid)
    assert [e["op"] for e in entries] == ["create"]
    create = entries[0]
    assert create["kind"] == kind.value
    assert create["record_id"] == rid
    assert create["base_revision"] is None
    assert create["changed_fields"] == sorted(data_fields(kind))
    assert create["payload"]["country"] == "FJ"
    assert create["payload"]["deleted"] is False
    assert set(create["payload"]["fields"]) == set(data_fields(kind))
    row = records.row(kind, rid)
    assert row["country"] == "FJ"
    assert row["deleted"] == 0
    assert row["revision"] is None
    assert create["payload"]["device_id"] == row["device_id"]

    name, value = EDITS[kind]
    with records.store.write() as session:
        RecordService(session).update(kind, rid, {name: value})
    entries = records.outbox(rid)
    assert [e["op"] for e in entries] == ["create", "update"]
    update = entries[1]
    assert update["changed_fields"] == [name]
    assert update["payload"]["fields"][name] == value
    # Everything else in the payload is the record's state as stored.
    unchanged = {k: v for k, v in create["payload"]["fields"].items() if k != name}
    assert {k: v for k, v in update["payload"]["fields"].items() if k != name} == unchanged

    with records.store.write() as session:
        RecordService(session).delete(kind, rid)
    entries = records.outbox(rid)
    assert [e["op"] for e in entries] == ["create", "update", "delete"]
    assert entries[2]["changed_fields"] == ["deleted"]
    assert entries[2]["payload"]["deleted"] is True
    # A tombstone: the row is still there, marked deleted.
    assert records.row(kind, rid)["deleted"] == 1
    after = records.counts()
    table = MODELS[kind].__tablename__
    assert after[table] == before[table] + 1


@pytest.mark.parametrize("kind", EDITABLE_KINDS)
def test_update_that_changes_nothing_adds_no_entry(records, kind):
    data = records.data(kind)
    with records.store.write() as session:
        rid = RecordService(session).create(kind, data).id
    row_before = records.row(kind, rid)
    n = len(records.outbox())
    # The same values again, as the user typed them (strings for dates, text with spaces).
    with records.store.write() as session:
        RecordService(session).update(kind, rid, data)
    with records.store.write() as session:
        RecordService(session).update(kind, rid, {})
    assert len(records.outbox()) == n
    assert records.row(kind, rid) == row_before


def test_update_sends_the_hub_revision_it_was_based_on(records):
    rid = records.create(RecordKind.CONTACT)
    with records.store.write() as session:
        session.execute(text("UPDATE contacts SET revision = 7 WHERE id = :id"), {"id": rid})
    with records.store.write() as session:
        RecordService(session).update(RecordKind.CONTACT, rid, {"organisation": "Tonga Police HQ"})
        RecordService(session).delete(RecordKind.CONTACT, rid)
    update, delete = records.outbox(rid)[1:]
    assert update["base_revision"] == 7
    assert delete["base_revision"] == 7


def test_exception_after_create_leaves_neither_record_nor_entry(records):
    data = records.data(RecordKind.PERSON)
    before = records.counts()
    created = []
    with pytest.raises(Boom), records.store.write() as session:
        created.append(RecordService(session).create(RecordKind.PERSON, data).id)
        raise Boom
    assert created  # the service call itself succeeded
    assert records.counts() == before
    assert records.outbox(created[0]) == []


def test_exception_after_update_and_delete_changes_nothing(records):
    rid = records.create(RecordKind.PERSON)
    row = records.row(RecordKind.PERSON, rid)
    entries = records.outbox()
    with pytest.raises(Boom), records.store.write() as session:
        RecordService(session).update(RecordKind.PERSON, rid, {"rank": "Inspector"})
        raise Boom
    with pytest.raises(Boom), records.store.write() as session:
        RecordService(session).delete(RecordKind.PERSON, rid)
        raise Boom
    assert records.row(RecordKind.PERSON, rid) == row
    assert records.outbox() == entries


def test_several_changes_in_one_transaction_commit_together(records):
    with records.store.write() as session:
        service = RecordService(session)
        pid = service.create(RecordKind.PERSON, records.data(RecordKind.PERSON)).id
        service.update(RecordKind.PERSON, pid, {"rank": "Constable"})
        service.update(RecordKind.PERSON, pid, {"rank": "Corporal"})
    ops = [(e["op"], e["changed_fields"]) for e in records.outbox(pid)]
    assert ops == [
        ("create", sorted(data_fields(RecordKind.PERSON))),
        ("update", ["rank"]),
        ("update", ["rank"]),
    ]
    assert records.outbox(pid)[-1]["payload"]["fields"]["rank"] == "Corporal"


def test_deleting_a_session_tombstones_its_attendances_one_entry_each(records):
    sid = records.create(RecordKind.TRAINING_SESSION)
    aids = [records.create(RecordKind.ATTENDANCE, session_id=sid) for _ in range(3)]
    # One attendance removed earlier must not get a second delete entry.
    with records.store.write() as session:
        RecordService(session).delete(RecordKind.ATTENDANCE, aids[0])
    other = records.create(RecordKind.ATTENDANCE)  # another session's: untouched

    with records.store.write() as session:
        RecordService(session).delete(RecordKind.TRAINING_SESSION, sid)

    for aid in aids:
        assert records.row(RecordKind.ATTENDANCE, aid)["deleted"] == 1
        ops = [e["op"] for e in records.outbox(aid)]
        assert ops == ["create", "delete"]
    assert records.row(RecordKind.TRAINING_SESSION, sid)["deleted"] == 1
    assert [e["op"] for e in records.outbox(sid)] == ["create", "delete"]
    assert records.row(RecordKind.ATTENDANCE, other)["deleted"] == 0
    assert [e["op"] for e in records.outbox(other)] == ["create"]


def test_a_removed_attendee_can_be_added_again(records):
    sid = records.create(RecordKind.TRAINING_SESSION)
    pid = records.create(RecordKind.PERSON)
    first = records.create(RecordKind.ATTENDANCE, session_id=sid, person_id=pid)
    with records.store.write() as session:
        RecordService(session).delete(RecordKind.ATTENDANCE, first)
    second = records.create(RecordKind.ATTENDANCE, session_id=sid, person_id=pid)
    # "This person at this session" is one record (domain/ids.py): it comes back.
    assert second == first
    assert records.row(RecordKind.ATTENDANCE, first)["deleted"] == 0
    entries = records.outbox(first)
    assert [e["op"] for e in entries] == ["create", "delete", "update"]
    assert "deleted" in entries[-1]["changed_fields"]


def test_outbox_payload_matches_the_stored_record(records):
    rid = records.create(RecordKind.TRAINING_SESSION, tags="Human Rights; gender", title=" A  b ")
    row, fields = _current_fields(records, RecordKind.TRAINING_SESSION, rid)
    payload = records.outbox(rid)[0]["payload"]
    assert payload["fields"]["title"] == "A b" == fields["title"]
    assert payload["fields"]["tags"] == ["gender", "human rights"]
    assert payload["fields"]["start_date"] == "2025-03-03"
    assert payload["fields"]["time_zone"] == "Pacific/Fiji" == row["time_zone"]


@pytest.mark.parametrize("kind", EDITABLE_KINDS)
def test_a_payload_is_stored_as_the_json_type_writes_it(records, kind):
    """The outbox writes its payloads' text itself (the shared envelope encoded once): the text
    must be what SQLAlchemy's JSON column would store, for creates alone and in bulk, updates
    and deletes alike."""
    one = records.create(kind)
    rows = [records.data(kind) for _ in range(2)]  # an attendance's session and person first
    with records.store.write() as session:
        many = RecordService(session).create_many(kind, rows)
        field, value = EDITS[kind]
        RecordService(session).update(kind, one, {field: value})
    with records.store.read() as session:
        stored = session.execute(
            text("SELECT record_id, payload FROM outbox WHERE record_id IN (:a, :b, :c)"),
            {"a": one, "b": many[0], "c": many[1]},
        ).all()
    assert len(stored) == 4
    for _, payload in stored:
        assert payload == json.dumps(json.loads(payload))  # json.dumps, default separators
        assert list(json.loads(payload)) == ["fields", "country", "deleted", "created_at",
                                             "updated_at", "device_id"]  # fmt: skip
