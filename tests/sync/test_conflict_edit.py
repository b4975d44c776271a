"""Deciding a conflict by editing: the value written wins on both laptops."""

from __future__ import annotations

from bluepacific_desktop.domain.enums import RecordKind as K
from bluepacific_desktop.sync.conflicts import list_conflicts
from bluepacific_desktop.ui.dialogs.conflict_edit import ConflictEditDialog, apply_edit
from tests.sync.conftest import DeviceFactory


def test_an_edited_value_resolves_the_conflict_everywhere(qtbot, make_device: DeviceFactory):
    a, b = make_device("FJ"), make_device("FJ")
    person = a.create(K.PERSON, rank="Constable")
    assert a.sync().complete and b.sync().complete
    a.update(K.PERSON, person, rank="Sergeant", agency="FPF")
    b.update(K.PERSON, person, rank="Inspector")
    assert a.sync().complete
    assert b.sync().conflicts == 1

    with b.store.read() as session:
        [conflict] = list_conflicts(session)
    dialog = ConflictEditDialog(conflict)
    qtbot.addWidget(dialog)
    assert dialog.edits["rank"].text() == "Inspector"  # mine, ready to edit
    dialog.edits["rank"].setText("Senior Sergeant")
    with b.store.write() as session:
        apply_edit(session, conflict, dialog.values())

    assert b.sync().complete and a.sync().complete
    for device in (a, b):
        fields = device.fields(K.PERSON, person)
        assert fields is not None
        assert fields["rank"] == "Senior Sergeant"
        assert fields["agency"] == "FPF"  # their change to another field is kept
    assert b.conflicts() == 0
