"""Each rule refuses bad input with a message naming the field, and writes nothing."""

from __future__ import annotations

import re
import uuid
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.domain.errors import ValidationError
from bluepacific_desktop.store.services import RecordService

P, S, A, R, C, E = (
    RecordKind.PERSON,
    RecordKind.TRAINING_SESSION,
    RecordKind.ATTENDANCE,
    RecordKind.CAPABILITY_REPORT,
    RecordKind.CONTACT,
    RecordKind.ENGAGEMENT,
)
FAR_FUTURE = (date.today() + timedelta(days=3 * 366)).isoformat()

# kind, bad input, the field the message is about, words the message must contain
BAD_CREATES = [
    (S, {"start_date": "1989-12-31"}, "start_date", "Start date 31 December 1989 is out of range"),
    (S, {"end_date": FAR_FUTURE}, "end_date", "out of range"),
    (S, {"start_date": "2025-02-30"}, "start_date", "is not a date"),
    (S, {"start_date": "2025-03-05", "end_date": "2025-03-04"}, "end_date", "before the start"),
    (S, {"course_code": "BASKET_WEAVING"}, "course_code", "Course “BASKET_WEAVING”"),
    (S, {"mode": "by pigeon"}, "mode", "Mode “by pigeon” is not one of"),
    (S, {"time_zone": "Pacific/Apia"}, "time_zone", "not a zone of Fiji"),
    (S, {"trainer_ids": [str(uuid.uuid4())]}, "trainer_ids", "trainer(s) no longer exist"),
    (E, {"date": "1900-01-01"}, "date", "Date 1 January 1900 is out of range"),
    (E, {"kind": "party"}, "kind", "Kind “party”"),
    (E, {"summary": "   "}, "summary", "Summary is required"),
    (E, {"contact_ids": [str(uuid.uuid4())]}, "contact_ids", "contact(s) no longer exist"),
    (A, {"pre_score": -1}, "pre_score", "Pre-test score -1 is out of range"),
    (A, {"post_score": 100.5}, "post_score", "between 0 and 100"),
    (A, {"post_score": "101"}, "post_score", "out of range"),
    (A, {"pre_score": "abc"}, "pre_score", "Pre-test score “abc” is not a number"),
    (A, {"pre_score": "nan"}, "pre_score", "not a number"),
    (A, {"post_score": "inf"}, "post_score", "Post-test score"),
    (A, {"pre_score": [50]}, "pre_score", "not a number"),
    (A, {"session_id": str(uuid.uuid4())}, "session_id", "training session no longer exists"),
    (A, {"person_id": str(uuid.uuid4())}, "person_id", "person no longer exists"),
    (P, {"sex": "unknown"}, "sex", "Sex “unknown” is not one of: female, male, another"),
    (P, {"full_name": " "}, "full_name", "Name is required"),
    (P, {"full_name": "x" * 201}, "full_name", "Name is too long"),
    (P, {"email": "mele.example.org"}, "email", "E-mail “mele.example.org” is not an e-mail"),
    (P, {"email": "mele@example"}, "email", "name@example.org"),
    (P, {"email": "mele@@example.org"}, "email", "not an e-mail"),
    (P, {"phone": "12"}, "phone", "Phone “12” is not a valid phone number for Fiji"),
    (P, {"phone": "+679 12"}, "phone", "not a valid phone number"),
    (P, {"phone": "call me"}, "phone", "not a valid phone number"),
    (P, {"nickname": "Bula"}, "nickname", "“nickname” is not a field of a person"),
    (R, {"capability_code": "TELEPATHY"}, "capability_code", "Capability “TELEPATHY”"),
    (R, {"period": "2025-13"}, "period", "Month “2025-13” is not a month"),
    (R, {"period": "1989-12"}, "period", "out of range"),
    (R, {"period": FAR_FUTURE[:7]}, "period", "out of range"),
    (R, {"searches": -3}, "searches", "Searches -3 is out of range"),
    (R, {"searches": 2.5}, "searches", "whole number"),
    (R, {"hits": "lots"}, "hits", "Hits “lots” is not a number"),
    (R, {"hits": "inf"}, "hits", "Hits"),
    (R, {"hits": "nan"}, "hits", "Hits"),
    (R, {"searches": "1e20"}, "searches", "Searches 1e20 is too large"),
    (R, {"hits": 2**63}, "hits", "is too large"),
    (R, {"messages_exchanged": 4}, "messages_exchanged", "does not apply to capability SLTD"),
    (C, {"contact_country": "XX"}, "contact_country", "Country “XX” is not in the list"),
    (C, {"org_type": "CLUB"}, "org_type", "Organisation type “CLUB”"),
    (C, {"role": "KING"}, "role", "Role “KING” is not in the list"),
    (C, {"emails": "a@b.to; nope"}, "emails", "E-mail “nope” is not an e-mail"),
    (C, {"phones": "+676 1"}, "phones", "not a valid phone number for Tonga"),
    (C, {"review_date": "2099-01-01"}, "review_date", "Review date 1 January 2099"),
]


_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]")


def _ids(case):
    """The same test ids in every process (pytest-xdist's workers must agree): a random
    record id is named, not shown."""
    kind, data, field, _ = case
    value = f"{next(iter(data.values()))!s:.12}"
    return f"{kind.value}-{field}-{'unknown-id' if _UUID.search(value) else value}"


def _refused(records, call):
    """Run a refused service call inside a transaction that then commits: nothing is written."""
    before = records.counts()
    with records.store.write() as session, pytest.raises(ValidationError) as caught:
        call(RecordService(session))
    assert records.counts() == before
    return caught.value


@pytest.mark.parametrize("case", BAD_CREATES, ids=[_ids(c) for c in BAD_CREATES])
def test_bad_create_is_refused_naming_the_field(records, case):
    kind, bad, field, words = case
    data = records.data(kind, **bad)
    error = _refused(records, lambda service: service.create(kind, data))
    assert field in error.fields()
    messages = [p.message for p in error.problems if p.field == field]
    assert any(words in m for m in messages), messages
    assert words in str(error)


@pytest.mark.parametrize("case", BAD_CREATES, ids=[_ids(c) for c in BAD_CREATES])
def test_bad_update_is_refused_and_leaves_the_record_as_it_was(records, case):
    kind, bad, field, _ = case
    rid = records.create(kind)
    row = records.row(kind, rid)
    error = _refused(records, lambda service: service.update(kind, rid, bad))
    assert field in error.fields()
    assert records.row(kind, rid) == row


def test_all_problems_are_reported_at_once(records):
    data = records.data(P, full_name="", sex="x", email="no", phone="1")
    error = _refused(records, lambda service: service.create(P, data))
    assert error.fields() == {"full_name", "sex", "email", "phone"}


def test_a_month_reported_twice_is_refused(records):
    records.create(R, period="2025-06")
    data = records.data(R)
    data["period"] = "2025-06"
    error = _refused(records, lambda service: service.create(R, data))
    assert error.fields() == {"period"}
    assert "SLTD already has a report for 2025-06" in str(error)
    # Another capability for the same month is fine; so is the month again once deleted.
    records.create(R, capability_code="NOM", period="2025-06")


def test_a_deleted_months_report_can_be_made_again(records):
    rid = records.create(R, period="2024-11")
    with records.store.write() as session:
        RecordService(session).delete(R, rid)
    records.create(R, period="2024-11")


def test_an_attendee_added_twice_is_refused(records):
    sid = records.create(S)
    pid = records.create(P, full_name="Losana Vakaloloma")
    records.create(A, session_id=sid, person_id=pid)
    data = records.data(A, session_id=sid, person_id=pid)
    error = _refused(records, lambda service: service.create(A, data))
    assert error.fields() == {"person_id"}
    assert "Losana Vakaloloma is already on this session's attendance list" in str(error)


def test_an_attendance_cannot_be_moved_onto_an_existing_attendee(records):
    sid = records.create(S)
    pid = records.create(P)
    records.create(A, session_id=sid, person_id=pid)
    other = records.create(A, session_id=sid)
    error = _refused(records, lambda service: service.update(A, other, {"person_id": pid}))
    assert error.fields() == {"person_id"}


def test_a_person_who_attends_a_session_cannot_be_deleted(records):
    pid = records.create(P)
    records.create(A, person_id=pid)
    error = _refused(records, lambda service: service.delete(P, pid))
    assert "on 1 attendance list(s)" in str(error)
    assert records.row(P, pid)["deleted"] == 0


def test_a_trainer_cannot_be_deleted(records):
    pid = records.create(P)
    records.create(S, trainer_ids=[pid])
    error = _refused(records, lambda service: service.delete(P, pid))
    assert "trains in 1 session(s)" in str(error)


def test_a_contact_in_an_engagement_cannot_be_deleted(records):
    cid = records.create(C)
    records.create(E, contact_ids=[cid])
    error = _refused(records, lambda service: service.delete(C, cid))
    assert "takes part in 1 engagement(s)" in str(error)


@pytest.fixture
def samoan_person(records):
    """A person owned by Samoa, as if pulled from the hub."""
    rid = str(uuid.uuid4())
    with records.store.write() as session:
        session.execute(
            text(
                "INSERT INTO people (id, country, created_at, updated_at, deleted, device_id, "
                "full_name, sex) VALUES (:id, 'WS', '2025-01-01 00:00:00.000000', "
                "'2025-01-01 00:00:00.000000', 0, 'other-device', 'Tavita Leota', 'male')"
            ),
            {"id": rid},
        )
    return rid


def test_a_record_of_another_country_cannot_be_changed(records, samoan_person):
    row = records.row(P, samoan_person)
    error = _refused(records, lambda service: service.update(P, samoan_person, {"rank": "Sgt"}))
    assert error.fields() == {"country"}
    assert "belongs to Samoa" in str(error)
    # The screens word it from the parameters (ui/problems.py), so the owner travels with it.
    assert [p.params for p in error.problems] == [{"owner": "Samoa"}]
    error = _refused(records, lambda service: service.delete(P, samoan_person))
    assert "only Samoa's focal point can change it" in str(error)
    assert records.row(P, samoan_person) == row


def test_another_countrys_person_cannot_attend_our_session(records, samoan_person):
    data = records.data(A, person_id=samoan_person)
    error = _refused(records, lambda service: service.create(A, data))
    assert error.fields() == {"person_id"}


def test_an_existing_id_cannot_be_created_again(records):
    rid = records.create(P)
    data = records.data(P)
    error = _refused(records, lambda service: service.create(P, data, record_id=rid))
    assert error.fields() == {"id"}


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("331 2345", "+6793312345"),
        ("3312345", "+6793312345"),
        ("+679 331-2345", "+6793312345"),
        ("00679 331 2345", "+6793312345"),
        ("+61 2 9876 5432", "+61298765432"),
    ],
)
def test_fiji_phone_numbers_are_stored_as_e164(records, typed, stored):
    rid = records.create(P, phone=typed)
    assert records.row(P, rid)["phone"] == stored
    assert records.outbox(rid)[0]["payload"]["fields"]["phone"] == stored


def test_contact_phones_use_the_contacts_own_country_plan(records):
    rid = records.create(C, contact_country="TO", phones="20-123; +679 331 2345")
    assert records.outbox(rid)[0]["payload"]["fields"]["phones"] == ["+67620123", "+6793312345"]
    rid = records.create(C, contact_country="WS", phones="22123")
    assert records.outbox(rid)[0]["payload"]["fields"]["phones"] == ["+68522123"]


def test_values_are_normalised_before_they_are_stored(records):
    rid = records.create(
        P, sex=" Female ", email="Mele.Kaufusi@Police.GOV.TO", rank=" Senior  Sgt "
    )
    row = records.row(P, rid)
    assert (row["sex"], row["email"], row["rank"]) == (
        "female",
        "Mele.Kaufusi@police.gov.to",
        "Senior Sgt",
    )
    rid = records.create(C, org_type="ncb", contact_country="vu", role="head_ncb")
    row = records.row(C, rid)
    assert (row["org_type"], row["contact_country"], row["role"]) == ("NCB", "VU", "HEAD_NCB")


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(count=st.integers(min_value=0, max_value=2**63 - 1) | st.sampled_from([0, 2**63 - 1]))
def test_any_whole_count_is_stored_exactly(records, count):
    rid = records.create(R, searches=count, hits=str(count))
    row = records.row(R, rid)
    assert (row["searches"], row["hits"]) == (count, count)
