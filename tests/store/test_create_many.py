"""Batch creation (imports, demo data) keeps the same guarantees as one-by-one creation."""

from __future__ import annotations

import uuid
from dataclasses import replace

import pytest

from bluepacific_desktop.domain.checked import checked
from bluepacific_desktop.domain.enums import EDITABLE_KINDS, RecordKind
from bluepacific_desktop.domain.errors import ValidationError
from bluepacific_desktop.store.records import data_fields
from bluepacific_desktop.store.services import RecordService


def _rows(records, kind, n):
    return [records.data(kind) for _ in range(n)]


@pytest.mark.parametrize("kind", EDITABLE_KINDS)
def test_each_created_record_has_one_entry_like_a_single_create(records, kind):
    rows = _rows(records, kind, 3)
    single = records.data(kind)
    with records.store.write() as session:
        ids = RecordService(session).create_many(kind, rows)
        one = RecordService(session).create(kind, single).id
    assert len(set(ids)) == 3
    reference = records.outbox(one)[0]
    for rid, row in zip(ids, rows, strict=True):
        (entry,) = records.outbox(rid)
        assert entry["op"] == "create"
        assert entry["kind"] == kind.value
        assert entry["changed_fields"] == sorted(data_fields(kind)) == reference["changed_fields"]
        assert set(entry["payload"]) == set(reference["payload"])
        stored = records.row(kind, rid)
        assert stored["country"] == "FJ"
        assert stored["deleted"] == 0
        for name, value in entry["payload"]["fields"].items():
            if name in {"session_id", "person_id", "period", "code"}:  # differ from row to row
                assert value == row[name]
            else:
                assert value == reference["payload"]["fields"][name], name


def test_one_bad_row_refuses_the_whole_batch_and_names_it(records):
    rows = _rows(records, RecordKind.PERSON, 3)
    rows[1]["sex"] = "unknown"
    before = records.counts()
    with records.store.write() as session, pytest.raises(ValidationError) as caught:
        RecordService(session).create_many(RecordKind.PERSON, rows)
    assert records.counts() == before
    assert "Row 2: Sex “unknown”" in str(caught.value)


def test_the_same_attendee_twice_in_one_batch_is_refused(records):
    sid = records.create(RecordKind.TRAINING_SESSION)
    pid = records.create(RecordKind.PERSON)
    row = records.data(RecordKind.ATTENDANCE, session_id=sid, person_id=pid)
    before = records.counts()
    with records.store.write() as session, pytest.raises(ValidationError) as caught:
        RecordService(session).create_many(RecordKind.ATTENDANCE, [row, dict(row)])
    assert caught.value.fields() == {"person_id"}
    assert records.counts() == before


def test_the_same_month_twice_in_one_batch_is_refused(records):
    row = records.data(RecordKind.CAPABILITY_REPORT)
    before = records.counts()
    with records.store.write() as session, pytest.raises(ValidationError) as caught:
        RecordService(session).create_many(RecordKind.CAPABILITY_REPORT, [row, dict(row)])
    assert caught.value.fields() == {"period"}
    assert records.counts() == before


@pytest.mark.parametrize("kind", EDITABLE_KINDS)
def test_checked_rows_are_written_as_their_rule_returned_them(records, kind):
    """What an import checked while planning is stored and queued exactly as an unchecked row
    of the same data would be."""
    rows = _rows(records, kind, 4)  # derived ids: each row its own month, person, session
    with records.store.write() as session:
        service = RecordService(session)
        plain = service.create_many(kind, rows[:2])
        done = service.create_many(kind, [checked(kind, r, service.device.rules) for r in rows[2:]])
    for a, b in zip(plain, done, strict=True):
        ours, theirs = (records.outbox(rid)[0]["payload"]["fields"] for rid in (a, b))
        for name in {"session_id", "person_id", "period", "code"} & set(ours):
            del ours[name], theirs[name]  # differ from row to row
        assert ours == theirs


def test_rows_checked_against_other_reference_data_are_checked_again(records):
    """A plan checked before the course list changed (or by another device's rules) proves
    nothing: the service runs the rule, and the course that is no longer known is refused."""
    with records.store.write() as session:
        service = RecordService(session)
        row = records.data(RecordKind.TRAINING_SESSION, course_code="GONE")
        other = replace(service.device.rules, courses=service.device.rules.courses | {"GONE"})
        stale = checked(RecordKind.TRAINING_SESSION, row, other)
        with pytest.raises(ValidationError) as caught:
            service.create_many(RecordKind.TRAINING_SESSION, [stale])
    assert caught.value.fields() == {"course_code"}


def test_checked_rows_of_another_kind_are_checked_by_this_kinds_rule(records):
    with records.store.write() as session:
        service = RecordService(session)
        person = checked(RecordKind.PERSON, records.data(RecordKind.PERSON), service.device.rules)
        with pytest.raises(ValidationError) as caught:
            service.create_many(RecordKind.CONTACT, [person])
    assert "unknown_field" in {p.code for p in caught.value.problems}


def test_checked_references_are_still_checked_and_only_they_can_be_set(records):
    sid = records.create(RecordKind.TRAINING_SESSION)
    with records.store.write() as session:
        service = RecordService(session)
        row = records.data(RecordKind.ATTENDANCE, session_id=sid, person_id=str(uuid.uuid4()))
        attendance = checked(RecordKind.ATTENDANCE, row, service.device.rules)
        with pytest.raises(ValueError, match="completed"):
            attendance.linked(completed=True)
        with pytest.raises(ValidationError) as caught:  # no such person on this computer
            service.create_many(RecordKind.ATTENDANCE, [attendance.linked(session_id=sid)])
    assert caught.value.fields() == {"person_id"}
