"""Erasing a person or contact through the real hub over HTTPS: the erase reaches every copy
(the country's devices, and every country's for a shared contact), the hub keeps no older
version with the name and logs who asked, and no older edit brings the name back."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from bluepacific_desktop.domain.enums import ChangeOp
from bluepacific_desktop.domain.enums import RecordKind as K
from bluepacific_desktop.domain.errors import ValidationError
from bluepacific_desktop.store import erasure
from bluepacific_desktop.store.models import Person
from bluepacific_desktop.store.outbox import append_change
from bluepacific_hub.models import AuditEvent, RecordVersion
from bluepacific_wire.erasure import placeholder
from tests.support.store_file import dump_rows
from tests.sync.conftest import Device, DeviceFactory, SyncHub, hub_records

NAME = "Mere Tuilagi"
PHONE = "+6797000000"
EMAIL = "mere.tuilagi@police.gov.fj"


def _shared_person(make_device: DeviceFactory) -> tuple[Device, Device, str]:
    a, b = make_device("FJ"), make_device("FJ")
    person = a.create(K.PERSON, full_name=NAME, phone=PHONE, email=EMAIL, rank="Sergeant")
    assert a.sync().complete
    assert b.sync().complete
    assert b.fields(K.PERSON, person)["full_name"] == NAME  # type: ignore[index]
    return a, b, person


def _erase(device: Device, kind: K, record_id: str, **keep: bool) -> erasure.Erased:
    with device.store.write() as session:
        return erasure.erase(session, kind, record_id, **keep)


def _versions_text(running: SyncHub, record_id: str) -> str:
    with running.hub.sessions() as session:
        rows = session.scalars(select(RecordVersion).where(RecordVersion.record_id == record_id))
        return json.dumps([r.fields for r in rows], ensure_ascii=False)


def _no_trace(device: Device, *texts: str) -> None:
    """No table of the device's store holds any of `texts` (the outbox's payloads included)."""
    dump = dump_rows(device.store.engine)
    for text in texts:
        assert text not in dump


def test_erase_on_a_reaches_b_and_the_hub_keeps_no_name(make_device: DeviceFactory) -> None:
    a, b, person = _shared_person(make_device)
    done = _erase(a, K.PERSON, person)
    assert done.placeholder == placeholder("person", person)
    assert done.placeholder.startswith("Erased person ")
    assert a.sync().complete
    assert b.sync().complete

    for device in (a, b):
        fields = device.fields(K.PERSON, person)
        assert fields is not None
        assert fields["full_name"] == done.placeholder
        assert fields["phone"] is None and fields["email"] is None and fields["rank"] is None
        assert fields["sex"] == "not_stated" and fields["agency"] is None
        assert fields["erased_on"] is not None
        assert not fields["deleted"]  # the record stays: the counts add up
    _no_trace(b, NAME, PHONE, EMAIL)

    hub = hub_records(a.running, person)[person]
    assert hub.fields["full_name"] == done.placeholder
    versions = _versions_text(a.running, person)
    assert NAME not in versions and PHONE not in versions and EMAIL not in versions
    with a.running.hub.sessions() as session:
        (event,) = session.scalars(select(AuditEvent).where(AuditEvent.action == "record_erased"))
        assert event.actor == a.username
        assert event.country == "FJ"
        assert person in event.subject
        assert NAME not in json.dumps(event.details)


def test_kept_sex_and_agency_stay(make_device: DeviceFactory) -> None:
    a, b, person = _shared_person(make_device)
    _erase(a, K.PERSON, person, keep_sex=True, keep_agency=True)
    assert a.sync().complete and b.sync().complete
    fields = b.fields(K.PERSON, person)
    assert fields is not None
    assert (fields["sex"], fields["agency"]) == ("female", "Fiji Police")


def test_an_older_edit_from_b_is_set_aside_and_does_not_bring_the_name_back(
    make_device: DeviceFactory,
) -> None:
    a, b, person = _shared_person(make_device)
    b.update(K.PERSON, person, rank="Inspector", phone="+6797111111")  # offline, before the erase
    done = _erase(a, K.PERSON, person)
    assert a.sync().complete
    report = b.sync()
    assert report.refused == 1, report
    fields = b.fields(K.PERSON, person)
    assert fields is not None
    assert fields["full_name"] == done.placeholder and fields["phone"] is None
    (entry,) = b.outbox()
    assert entry.state == "set_aside"
    assert "erased" in (entry.set_aside_reason or "")
    assert "+6797111111" not in json.dumps(entry.payload)
    assert hub_records(a.running, person)[person].fields["full_name"] == done.placeholder
    # Sent again, it is refused again: the erase stands.
    from bluepacific_desktop.sync.set_aside import send_again

    with b.store.write() as session:
        send_again(session, "person", person)
    b.sync()
    assert hub_records(a.running, person)[person].fields["phone"] is None
    assert b.outbox()[0].state == "set_aside"


def test_an_erased_record_cannot_be_edited_back_to_a_name(make_device: DeviceFactory) -> None:
    a, b, person = _shared_person(make_device)
    done = _erase(a, K.PERSON, person)
    assert a.sync().complete and b.sync().complete
    # Here: the service refuses it, by field.
    with pytest.raises(ValidationError) as refused:
        b.update(K.PERSON, person, full_name=NAME)
    assert [p.code for p in refused.value.problems] == ["erased_record"]
    b.update(K.PERSON, person, agency="Fiji Police Academy")  # not a contact detail: allowed
    # An older app, which knows no erase, sends the name on the erase's own revision: the
    # hub refuses it.
    with b.store.write() as session:
        record = session.get(Person, person)
        assert record is not None
        record.full_name = NAME
        append_change(session, K.PERSON, record, ChangeOp.UPDATE, ["full_name"])
    b.sync()
    assert hub_records(a.running, person)[person].fields["full_name"] == done.placeholder
    assert any(
        e.state == "set_aside" and "cannot be set again" in (e.set_aside_reason or "")
        for e in b.outbox()
    )
    assert a.sync().complete
    assert a.fields(K.PERSON, person)["full_name"] == done.placeholder  # type: ignore[index]


def test_an_erased_contact_reaches_every_country(make_device: DeviceFactory) -> None:
    fiji, samoa = make_device("FJ"), make_device("WS")
    contact = fiji.create(
        K.CONTACT, full_name="Sione Fifita", phones="+6767712345", notes="Met in Apia"
    )
    assert fiji.sync().complete and samoa.sync().complete
    assert samoa.fields(K.CONTACT, contact)["full_name"] == "Sione Fifita"  # type: ignore[index]
    with pytest.raises(ValidationError):  # only the owning country erases it
        _erase(samoa, K.CONTACT, contact)
    done = _erase(fiji, K.CONTACT, contact)
    assert fiji.sync().complete and samoa.sync().complete
    fields = samoa.fields(K.CONTACT, contact)
    assert fields is not None
    assert fields["full_name"] == done.placeholder
    assert fields["emails"] == [] and fields["phones"] == [] and fields["notes"] == ""
    assert fields["organisation"] == "(erased)" and fields["org_type"] == "TCU"
    _no_trace(samoa, "Sione Fifita", "+6767712345", "Met in Apia")


def test_a_person_erased_before_the_first_sync_is_logged_and_never_named_on_the_hub(
    make_device: DeviceFactory,
) -> None:
    a = make_device("FJ")
    person = a.create(K.PERSON, full_name=NAME, phone=PHONE)
    _erase(a, K.PERSON, person)
    assert a.sync().complete
    assert NAME not in _versions_text(a.running, person)
    with a.running.hub.sessions() as session:
        events = list(
            session.scalars(select(AuditEvent).where(AuditEvent.action == "record_erased"))
        )
    assert [e.actor for e in events] == [a.username]
