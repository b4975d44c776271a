"""The Training screen's "Due for refresher" tab on a real store (offscreen): the people due,
by course and agency, overdue ones marked; the agency and course filters narrow the list."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtTest import QTest

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.pages.training.refreshers_view import AGENCY, DUE, NAME, RefreshersView


def _certified(store: Store, name: str, agency: str, course: str, end: date) -> None:
    with store.write() as s:
        svc = RecordService(s)
        person = svc.create(
            RecordKind.PERSON, {"full_name": name, "sex": "female", "agency": agency}
        )
        session = svc.create(
            RecordKind.TRAINING_SESSION,
            {"course_code": course, "start_date": end, "end_date": end, "mode": "in_person"},
        )
        svc.create(
            RecordKind.ATTENDANCE,
            {
                "session_id": session.id,
                "person_id": person.id,
                "completed": True,
                "certificate_issued": True,
            },
        )


def test_the_tab_lists_who_is_due_and_filters(qtbot: Any, ctx: AppContext, store: Store) -> None:
    today = date.today()
    long_ago = today.replace(year=today.year - 2) - timedelta(days=40)  # 24 months + 40 days
    _certified(store, "Ana Vake", "Fiji Police Force", "I247_USER", long_ago)
    _certified(store, "Sione Lata", "Fiji Revenue and Customs", "DATABASES_SEARCH", long_ago)
    _certified(store, "Mere Tui", "Fiji Police Force", "I247_USER", today - timedelta(days=30))
    _certified(store, "Losa Fifita", "Fiji Police Force", "HR_POLICING", long_ago)  # for good
    view = RefreshersView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.reload()
    model = view.model
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=5000)
    names = {model.index(r, NAME).data() for r in range(2)}
    assert names == {"Ana Vake", "Sione Lata"}
    assert all("(overdue)" in model.index(r, DUE).data() for r in range(2))
    assert view.count.text() == "Due: 2, overdue: 2"

    view.agency.setFocus()
    QTest.keyClicks(view.agency, "fiji police force")
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
    assert (model.index(0, NAME).data(), model.index(0, AGENCY).data()) == (
        "Ana Vake",
        "Fiji Police Force",
    )
    view.agency.clear()
    view.course.setCurrentIndex(view.course.findData("DATABASES_SEARCH"))
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.index(0, NAME).data() == "Sione Lata")
    assert view.course.findData("HR_POLICING") == -1  # only courses with a validity
