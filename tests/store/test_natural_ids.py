"""Attendances and capability reports have ids derived from what they are (domain/ids.py)."""

from __future__ import annotations

import pytest

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.domain.errors import ValidationError
from bluepacific_desktop.domain.ids import natural_id
from bluepacific_desktop.store.services import RecordService


def test_the_same_month_of_a_capability_gets_the_same_id_on_every_laptop(records) -> None:
    rid = records.create(RecordKind.CAPABILITY_REPORT, capability_code="SLTD", period="2025-03")
    fields = {"capability_code": "SLTD", "period": "2025-03"}
    assert rid == natural_id(RecordKind.CAPABILITY_REPORT, "FJ", fields)
    assert rid != natural_id(RecordKind.CAPABILITY_REPORT, "WS", fields)
    assert rid != natural_id(RecordKind.CAPABILITY_REPORT, "FJ", {**fields, "period": "2025-04"})


def test_an_attendance_cannot_move_to_another_person(records) -> None:
    aid = records.create(RecordKind.ATTENDANCE)
    other = records.create(RecordKind.PERSON)
    before = records.counts()
    with pytest.raises(ValidationError) as caught, records.store.write() as session:
        RecordService(session).update(RecordKind.ATTENDANCE, aid, {"person_id": other})
    assert caught.value.problems[0].field == "person_id"
    assert "remove this attendee" in caught.value.problems[0].message
    assert records.counts() == before


def test_a_removed_attendee_added_again_in_a_batch_comes_back(records) -> None:
    sid = records.create(RecordKind.TRAINING_SESSION)
    people = [records.create(RecordKind.PERSON) for _ in range(3)]
    first = records.create(RecordKind.ATTENDANCE, session_id=sid, person_id=people[0])
    with records.store.write() as session:
        RecordService(session).delete(RecordKind.ATTENDANCE, first)
    rows = [{"session_id": sid, "person_id": p, "completed": True} for p in people]
    with records.store.write() as session:
        ids = RecordService(session).create_many(RecordKind.ATTENDANCE, rows)
    assert ids[0] == first and len(set(ids)) == 3
    assert records.row(RecordKind.ATTENDANCE, first)["deleted"] == 0
    assert [e["op"] for e in records.outbox(first)] == ["create", "delete", "update"]
    assert [e["op"] for e in records.outbox(ids[1])] == ["create"]


@pytest.mark.parametrize("name", ["attendance:FJ:a:b", "capability_report:WS:SLTD:2025-03", "ʻ"])
def test_the_fast_uuid5_is_uuid5(name) -> None:
    import uuid

    from bluepacific_desktop.domain.ids import _NAMESPACE, uuid5_text

    assert uuid5_text(name) == str(uuid.uuid5(_NAMESPACE, name))
