"""Review dates: the dashboard's to-do item opens the contacts due for review, "Still correct"
sets the next review date in one click (6 or 12 months, Settings), and a contact unreviewed
for long is marked in the directory."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.domain.review import add_months
from bluepacific_desktop.reports.figures.periods import country_today
from bluepacific_desktop.store.device import set_up_device
from bluepacific_desktop.store.models import Contact
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui.app import open_main_window
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.pages.contacts import ContactsPage
from bluepacific_desktop.ui.pages.dashboard import DashboardPage
from bluepacific_desktop.ui.pages.dashboard_todo import Item
from bluepacific_desktop.ui.pages.settings_review import ReviewBox
from bluepacific_desktop.workflows import review
from tests.conftest import VALID


def _contact(store: Store, name: str, review_date: date | None) -> str:
    data = {**VALID[RecordKind.CONTACT], "full_name": name, "review_date": review_date}
    with store.write() as session:
        return RecordService(session).create(RecordKind.CONTACT, data).id


def _review_date(store: Store, rid: str) -> date | None:
    with store.read() as session:
        contact = session.get(Contact, rid)
        assert contact is not None
        return contact.review_date


def test_the_to_do_item_lists_the_contacts_due_and_still_correct_sets_the_next_date(
    qtbot: Any, tmp_path: Path
) -> None:
    with Store.open(tmp_path) as store:
        with store.write() as session:
            set_up_device(session, "FJ", "en")
        today = country_today("Pacific/Fiji")
        due = _contact(store, "Due last month", today - timedelta(days=30))
        _contact(store, "Due today", today)
        _contact(store, "Due next year", today + timedelta(days=365))
        _contact(store, "Never reviewed", None)
        window = open_main_window(store, QApplication.instance())
        assert window is not None
        qtbot.addWidget(window)
        dashboard = window.pages[0]
        assert isinstance(dashboard, DashboardPage)
        button = dashboard.todo.buttons[Item.CONTACTS]
        qtbot.waitUntil(lambda: "2 contacts due" in button.text(), timeout=10_000)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        page = window.current_page()
        assert isinstance(page, ContactsPage)
        tab = page.directory
        assert tab.due_only.isChecked()
        model = tab.model
        qtbot.waitUntil(lambda: model.rowCount() == 2)
        listed = [model.row_data(r)["full_name"] for r in range(2)]
        assert listed == ["Due last month", "Due today"]
        tab.table.selectRow(0)
        assert tab.still_correct_button.isEnabled()
        qtbot.mouseClick(tab.still_correct_button, Qt.MouseButton.LeftButton)  # one click
        qtbot.waitUntil(lambda: _review_date(store, due) == add_months(today, 12))
        qtbot.waitUntil(lambda: model.rowCount() == 1)  # no longer due: off the list
        qtbot.waitUntil(
            lambda: "1 contacts due" in button.text() or "1 contact due" in button.text()
        )
        tab.due_only.setChecked(False)
        qtbot.waitUntil(lambda: model.rowCount() == 4)
        window.sync.shutdown()
        window.ctx.background.wait()


def test_the_interval_is_a_setting_of_6_or_12_months(
    ctx: AppContext, records: Any, qtbot: Any
) -> None:
    box = ReviewBox(ctx)
    qtbot.addWidget(box)
    box.refresh()
    assert box.months.currentData() == 12  # the default
    assert [box.months.itemText(i) for i in range(2)] == ["in 6 months", "in 12 months"]
    box.months.setCurrentIndex(0)
    box.months.activated.emit(0)
    ctx.background.wait()
    qtbot.waitUntil(lambda: "6 months" in box.note.text())
    with ctx.store.read() as session:
        assert review.interval(session) == 6
        today = review.today_here(session)
    rid = records.create(RecordKind.CONTACT, review_date=(today - timedelta(days=1)).isoformat())
    with ctx.store.write() as session:
        assert review.still_correct(session, rid) == add_months(today, 6)


def test_long_unreviewed_contacts_are_marked_by_the_interval(
    ctx: AppContext, records: Any, qtbot: Any
) -> None:
    page = ContactsPage(ctx)
    qtbot.addWidget(page)
    today = page.directory.lookups.today
    # Due 8 months ago: long overdue with a 6-month interval, not with 12.
    records.create(RecordKind.CONTACT, review_date=add_months(today, -8).isoformat())
    page.refresh()
    model = page.directory.model
    column = [c.key for c in model.columns].index("review_date")
    assert model.index(0, column).data().endswith("review due")
    with ctx.store.write() as session:
        review.set_interval(session, 6)
    page.refresh()
    assert model.index(0, column).data().endswith("not reviewed for long")
