"""Edits of one record on two devices: merged field by field, or a conflict the user decides."""

from __future__ import annotations

from bluepacific_desktop.domain.enums import RecordKind as K
from bluepacific_desktop.sync.conflicts import Keep, list_conflicts, resolve
from tests.sync.conftest import Device, DeviceFactory, hub_records


def _shared_person(make_device: DeviceFactory) -> tuple[Device, Device, str]:
    a, b = make_device("FJ"), make_device("FJ")
    person = a.create(K.PERSON, full_name="Mere Tuilagi", phone="+6797000000")
    assert a.sync().complete
    assert b.sync().complete
    assert b.fields(K.PERSON, person) == a.fields(K.PERSON, person)
    return a, b, person


def _rank(device: Device, person: str) -> str:
    fields = device.fields(K.PERSON, person)
    assert fields is not None
    return str(fields["rank"])


def test_edits_of_different_fields_merge_on_both_devices(make_device: DeviceFactory) -> None:
    a, b, person = _shared_person(make_device)
    a.update(K.PERSON, person, phone="+6797111111")
    b.update(K.PERSON, person, rank="Inspector")

    assert a.sync().complete
    report = b.sync()
    assert report.complete and report.conflicts == 0, report
    assert a.sync().complete

    merged = a.fields(K.PERSON, person)
    assert merged is not None
    assert merged["phone"] == "+6797111111" and merged["rank"] == "Inspector"
    assert b.fields(K.PERSON, person) == merged
    assert hub_records(a.running, person)[person].fields["rank"] == "Inspector"
    assert a.conflicts() == b.conflicts() == 0
    assert a.outbox() == b.outbox() == []


def _conflicting_edit(make_device: DeviceFactory) -> tuple[Device, Device, str]:
    """A and B both change the rank; A syncs first, so B holds the conflict."""
    a, b, person = _shared_person(make_device)
    a.update(K.PERSON, person, rank="Sergeant (theirs)")
    b.update(K.PERSON, person, rank="Inspector (mine)")
    assert a.sync().complete
    report = b.sync()
    assert report.conflicts == 1 and not report.complete, report
    assert report.error is None  # a conflict is not a failure of the link
    with b.store.read() as session:
        conflicts = list_conflicts(session)
    assert len(conflicts) == 1
    view = conflicts[0]
    assert (view.kind, view.record_id, view.fields) == ("person", person, ["rank"])
    assert view.mine == {"rank": "Inspector (mine)"}
    assert view.theirs == {"rank": "Sergeant (theirs)"}
    # Nothing is overwritten silently: each side keeps its value until the user decides,
    # also after more syncs.
    assert a.sync().complete
    assert b.sync().conflicts == 0
    assert _rank(b, person) == "Inspector (mine)"
    assert _rank(a, person) == "Sergeant (theirs)"
    assert hub_records(a.running, person)[person].fields["rank"] == "Sergeant (theirs)"
    assert len(b.outbox()) == 1 and b.outbox()[0].state == "conflict"
    return a, b, person


def test_same_field_keep_mine(make_device: DeviceFactory) -> None:
    a, b, person = _conflicting_edit(make_device)
    with b.store.write() as session:
        resolve(session, list_conflicts(session)[0].id, Keep.MINE)
    assert b.conflicts() == 0
    assert b.sync().complete
    assert a.sync().complete
    assert _rank(a, person) == _rank(b, person) == "Inspector (mine)"
    assert hub_records(a.running, person)[person].fields["rank"] == "Inspector (mine)"
    assert a.outbox() == b.outbox() == []


def test_same_field_keep_theirs(make_device: DeviceFactory) -> None:
    a, b, person = _conflicting_edit(make_device)
    with b.store.write() as session:
        resolve(session, list_conflicts(session)[0].id, Keep.THEIRS)
    assert b.outbox() == []
    assert _rank(b, person) == "Sergeant (theirs)"
    assert b.sync().complete
    assert a.sync().complete
    assert _rank(a, person) == _rank(b, person) == "Sergeant (theirs)"
    assert b.outbox() == [] and b.conflicts() == 0
    assert b.fields(K.PERSON, person) == a.fields(K.PERSON, person)


def test_theirs_changed_again_while_the_conflict_waits(make_device: DeviceFactory) -> None:
    a, b, person = _conflicting_edit(make_device)
    a.update(K.PERSON, person, rank="Inspector (theirs, later)", phone="+6797222222")
    assert a.sync().complete
    assert b.sync().conflicts == 0  # the pull refreshes the conflict, it is not a new one
    with b.store.read() as session:
        (view,) = list_conflicts(session)
    assert view.theirs == {"rank": "Inspector (theirs, later)"}
    assert view.their_revision == hub_records(a.running, person)[person].revision
    assert _rank(b, person) == "Inspector (mine)"

    with b.store.write() as session:
        resolve(session, view.id, Keep.MINE)
    assert b.sync().complete and a.sync().complete
    both = a.fields(K.PERSON, person)
    assert both == b.fields(K.PERSON, person)
    assert both is not None
    assert both["rank"] == "Inspector (mine)" and both["phone"] == "+6797222222"
