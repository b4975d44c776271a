"""Batch creation (imports, demo data) keeps the same guarantees as one-by-one creation."""

from __future__ import annotations

import pytest

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
            if name in {"session_id", "person_id", "period"}:  # differ from row to row
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
