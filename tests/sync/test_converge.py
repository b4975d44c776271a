"""Devices converge through the real hub; countries stay apart; a regional admin sees all."""

from __future__ import annotations

from bluepacific_desktop.domain.enums import RecordKind as K
from bluepacific_desktop.sync.conflicts import Keep, list_conflicts, resolve
from tests.sync.conftest import DeviceFactory, hub_records, hub_versions

COUNTRY_KINDS = [K.PERSON, K.TRAINING_SESSION, K.ATTENDANCE, K.CAPABILITY_REPORT, K.ENGAGEMENT]


def _one_of_each(device) -> dict[K, str]:  # type: ignore[no-untyped-def]
    person = device.create(K.PERSON, full_name=f"Person of {device.country}")
    session = device.create(K.TRAINING_SESSION, location=f"Capital of {device.country}")
    return {
        K.PERSON: person,
        K.TRAINING_SESSION: session,
        K.ATTENDANCE: device.create(K.ATTENDANCE, session_id=session, person_id=person),
        K.CAPABILITY_REPORT: device.create(K.CAPABILITY_REPORT),
        K.CONTACT: device.create(K.CONTACT, full_name=f"Contact in {device.country}"),
        K.ENGAGEMENT: device.create(K.ENGAGEMENT),
    }


def test_two_devices_of_one_country_converge(make_device: DeviceFactory) -> None:
    a, b = make_device("FJ"), make_device("FJ")
    ids = _one_of_each(a)
    report = a.sync()
    assert report.complete and report.error is None, report
    assert report.pushed == 6 and a.outbox() == []

    assert b.sync().complete
    for kind, rid in ids.items():
        assert b.fields(kind, rid) == a.fields(kind, rid), kind
        assert b.record(kind, rid).revision == a.record(kind, rid).revision
        assert b.record(kind, rid).confirmed_at is not None
    attendance = b.fields(K.ATTENDANCE, ids[K.ATTENDANCE])
    assert attendance is not None
    assert attendance["session_id"] == ids[K.TRAINING_SESSION]
    assert attendance["person_id"] == ids[K.PERSON]

    # B edits, A receives; then A deletes the session (its attendance goes with it): tombstones.
    b.update(K.PERSON, ids[K.PERSON], phone="+6797000001")
    assert b.sync().complete
    assert a.sync().complete
    assert a.fields(K.PERSON, ids[K.PERSON])["phone"] == "+6797000001"  # type: ignore[index]

    a.delete(K.TRAINING_SESSION, ids[K.TRAINING_SESSION])
    a.delete(K.ENGAGEMENT, ids[K.ENGAGEMENT])
    assert a.sync().complete
    assert b.sync().complete
    for kind in (K.TRAINING_SESSION, K.ATTENDANCE, K.ENGAGEMENT):
        assert b.fields(kind, ids[kind])["deleted"] is True, kind  # type: ignore[index]
    assert b.fields(K.PERSON, ids[K.PERSON])["deleted"] is False  # type: ignore[index]
    hub = hub_records(a.running, *ids.values())
    assert {k for k, rid in ids.items() if hub[rid].deleted} == {
        K.TRAINING_SESSION,
        K.ATTENDANCE,
        K.ENGAGEMENT,
    }
    # Each record reached the hub once per change: created, (edited), deleted.
    assert hub_versions(a.running, ids[K.CONTACT]) == 1
    assert hub_versions(a.running, ids[K.TRAINING_SESSION]) == 2
    assert hub_versions(a.running, ids[K.PERSON]) == 2
    assert a.outbox() == [] and b.outbox() == []


def test_countries_stay_apart_and_the_admin_sees_all(make_device: DeviceFactory) -> None:
    fiji, tonga = make_device("FJ"), make_device("TO")
    fj_ids, to_ids = _one_of_each(fiji), _one_of_each(tonga)
    assert fiji.sync().complete
    assert tonga.sync().complete
    assert fiji.sync().complete  # pick up what Tonga sent after Fiji's first run

    for kind in COUNTRY_KINDS:
        assert fj_ids[kind] not in tonga.ids(kind), kind
        assert to_ids[kind] not in fiji.ids(kind), kind
    # The contact directory is shared by the whole region.
    assert tonga.fields(K.CONTACT, fj_ids[K.CONTACT]) == fiji.fields(K.CONTACT, fj_ids[K.CONTACT])
    assert fiji.fields(K.CONTACT, to_ids[K.CONTACT]) == tonga.fields(K.CONTACT, to_ids[K.CONTACT])

    admin = make_device("FJ", "regional_admin")
    report = admin.sync()
    assert report.complete, report
    for kind in fj_ids:
        assert admin.fields(kind, fj_ids[kind]) == fiji.fields(kind, fj_ids[kind]), kind
        assert admin.fields(kind, to_ids[kind]) == tonga.fields(kind, to_ids[kind]), kind
        assert admin.record(kind, to_ids[kind]).country == "TO"


def test_the_same_attendance_recorded_on_two_devices_is_one_record(
    make_device: DeviceFactory,
) -> None:
    """ "This person at this session" has one id everywhere (domain/ids.py): the same values
    merge silently; different scores become a conflict for the user, never two rows."""
    a, b = make_device("FJ"), make_device("FJ")
    person, other = a.create(K.PERSON), a.create(K.PERSON)
    session = a.create(K.TRAINING_SESSION)
    assert a.sync().complete and b.sync().complete
    a.create(K.ATTENDANCE, session_id=session, person_id=person, post_score=80)
    b.create(K.ATTENDANCE, session_id=session, person_id=person, post_score=80)
    a.create(K.ATTENDANCE, session_id=session, person_id=other, post_score=75)
    b.create(K.ATTENDANCE, session_id=session, person_id=other, post_score=10)
    assert a.sync().complete
    second = b.sync()
    assert second.conflicts == 1 and not second.complete
    assert b.conflicts() == 1
    with b.store.write() as s:
        [view] = list_conflicts(s)
        assert view.fields == ["post_score"] and view.theirs == {"post_score": 75.0}
        resolve(s, view.id, Keep.MINE)
    assert b.sync().complete and a.sync().complete
    assert a.ids(K.ATTENDANCE) == b.ids(K.ATTENDANCE)
    assert len(a.ids(K.ATTENDANCE)) == 2
    for device in (a, b):
        scores = sorted(
            device.fields(K.ATTENDANCE, i)["post_score"] for i in device.ids(K.ATTENDANCE)
        )
        assert scores == [10.0, 80.0]
