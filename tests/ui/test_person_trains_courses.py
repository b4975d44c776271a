"""The person editor's "Trains courses" list: ticked from the keyboard, saved on the person,
ticked again when the person is opened; the session form's trainer box offers the people who
train the session's course first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.store.models import Person
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.pages.training.course_checklist import CODE_ROLE
from bluepacific_desktop.ui.pages.training.person_dialog import PersonDialog
from bluepacific_desktop.ui.pages.training.session_form import SessionForm


def test_ticked_courses_are_saved_and_shown_again(
    qtbot: Any, ctx: AppContext, store: Store
) -> None:
    with store.write() as s:
        pid = (
            RecordService(s)
            .create(RecordKind.PERSON, {"full_name": "Sēmisi Pōteki", "sex": "male"})
            .id
        )
    dialog = PersonDialog(ctx, pid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isVisible)
    codes = [dialog.trains.item(i).data(CODE_ROLE) for i in range(dialog.trains.count())]
    assert "HR_POLICING" in codes and dialog.trains.codes() == []
    dialog.trains.setFocus()
    dialog.trains.setCurrentRow(codes.index("HR_POLICING"))
    QTest.keyClick(dialog.trains, Qt.Key.Key_Space)  # Space ticks the current course
    assert dialog.trains.codes() == ["HR_POLICING"]
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    with store.read() as s:
        person = s.get(Person, pid)
        assert person is not None and person.trainer_courses == ["HR_POLICING"]
    again = PersonDialog(ctx, pid)
    qtbot.addWidget(again)
    assert again.trains.codes() == ["HR_POLICING"]


def test_the_trainer_box_offers_the_courses_trainers_first(
    qtbot: Any, ctx: AppContext, store: Store
) -> None:
    with store.write() as s:
        svc = RecordService(s)
        for name, courses in (("Sione Aho", []), ("Sione Lata", ["HR_POLICING"])):
            fields = {"full_name": name, "sex": "male", "trainer_courses": courses}
            svc.create(RecordKind.PERSON, fields)
    form = SessionForm(store)
    qtbot.addWidget(form)
    form.course.setCurrentIndex(form.course.findData("HR_POLICING"))
    form.trainer_finder._look_up("sione")
    model = form.trainer_finder.model
    shown = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert shown == ["Sione Lata · trains this course", "Sione Aho"]
    form.course.setCurrentIndex(form.course.findData("GENDER_MAINSTREAMING"))
    form.trainer_finder._look_up("sione")
    shown = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert shown == ["Sione Aho", "Sione Lata"]  # by name: neither trains this one
