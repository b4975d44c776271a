"""The dashboard: the to-do list (each item opens the screen that settles it), this quarter's
figures from the quarterly report's code, and its two charts."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.reports.figures.periods import country_today
from bluepacific_desktop.reports.render.labels import SEX_COLORS
from bluepacific_desktop.store.device import set_up_device
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.sync import state
from bluepacific_desktop.ui.app import open_main_window
from bluepacific_desktop.ui.ops import Changed, Job, WriteOp
from bluepacific_desktop.ui.pages.contacts import ContactsPage
from bluepacific_desktop.ui.pages.dashboard import DashboardPage
from bluepacific_desktop.ui.pages.dashboard_todo import Item
from bluepacific_desktop.ui.pages.returns import ReturnsPage
from bluepacific_desktop.ui.pages.sync_page import SyncPage
from bluepacific_desktop.workflows.todo import months_owed
from tests.conftest import VALID


def test_this_quarters_figures_appear_and_follow_new_records(qtbot, tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        with store.write() as session:
            set_up_device(session, "FJ", "en")
        today = country_today("Pacific/Fiji").isoformat()
        with store.write() as session:
            svc = RecordService(session)
            sid = svc.create(
                RecordKind.TRAINING_SESSION,
                {
                    "course_code": "HR_POLICING",
                    "mode": "in_person",
                    "start_date": today,
                    "end_date": today,
                },
            ).id
            for name, sex in (("Mere", "female"), ("Ana", "female"), ("Jone", "male")):
                pid = svc.create(RecordKind.PERSON, {"full_name": name, "sex": sex}).id
                svc.create(RecordKind.ATTENDANCE, {"session_id": sid, "person_id": pid})
        window = open_main_window(store, QApplication.instance())
        assert window is not None
        qtbot.addWidget(window)
        page = window.pages[0]
        current = {key: cells[0] for key, cells in page.figure_labels.items()}
        qtbot.waitUntil(lambda: current["sessions"].text() == "1", timeout=10_000)
        assert current["people"].text() == "3"
        assert current["women"].text() == "2" and current["men"].text() == "1"
        assert current["female_share"].text() == "67 %"
        assert page.heading.text() == "Country: Fiji"

        def add_engagement(_job: Job) -> Changed[None]:
            with store.write() as session:
                RecordService(session).create(
                    RecordKind.ENGAGEMENT,
                    {"date": today, "kind": "meeting", "summary": "TCU coordination"},
                )
            return Changed.of(None, {RecordKind.ENGAGEMENT})

        # Written through the ops helper: its announcement is what refreshes the dashboard.
        WriteOp(window, window.ctx, add_engagement).run()
        qtbot.waitUntil(lambda: current["engagements"].text() == "1", timeout=10_000)
        window.sync.shutdown()
        window.ctx.background.wait()


def _window(qtbot, store: Store):
    window = open_main_window(store, QApplication.instance())
    assert window is not None
    qtbot.addWidget(window)
    page = window.pages[0]
    assert isinstance(page, DashboardPage)
    qtbot.waitUntil(lambda: page.todo.buttons[Item.WAITING].text() != "", timeout=10_000)
    return window, page


def _contact(svc: RecordService, name: str, review: date | None) -> None:
    data = {**VALID[RecordKind.CONTACT], "full_name": name, "review_date": review}
    svc.create(RecordKind.CONTACT, data)


def test_each_to_do_item_shows_the_screen_that_settles_it(qtbot, tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        with store.write() as session:
            set_up_device(session, "FJ", "en")
        window, page = _window(qtbot, store)
        settles = {
            Item.STATES: ReturnsPage,
            Item.MONTHS: ReturnsPage,
            Item.SENT_BACK: ReturnsPage,
            Item.DUE: ReturnsPage,
            Item.CONTACTS: ContactsPage,
            Item.CONFLICTS: SyncPage,
            Item.SET_ASIDE: SyncPage,
            Item.WAITING: SyncPage,
            Item.LAST_SYNC: SyncPage,
        }
        assert set(settles) == set(Item)
        for item, screen in settles.items():
            qtbot.mouseClick(page.todo.buttons[item], Qt.MouseButton.LeftButton)
            shown = window.current_page()
            assert isinstance(shown, screen), item
            assert window.stack.currentWidget().widget() is shown  # in its scroll area
            assert window.nav.currentItem().text() == shown.title()
            if item is Item.MONTHS:  # at the oldest month not reported, once the months are read
                qtbot.waitUntil(lambda s=shown: s.current_period() == "2024-01", timeout=10_000)
            window.nav.setCurrentRow(0)
            assert window.current_page() is page
        window.sync.shutdown()
        window.ctx.background.wait()


def test_the_to_do_list_says_what_waits_and_follows_changes(qtbot, tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        with store.write() as session:
            set_up_device(session, "FJ", "en")
        today = country_today("Pacific/Fiji")
        with store.write() as session:
            svc = RecordService(session)
            _contact(svc, "Due last month", today - timedelta(days=30))
            _contact(svc, "Due today", today)
            _contact(svc, "Due next year", today + timedelta(days=365))
        window, page = _window(qtbot, store)
        buttons = page.todo.buttons
        owed = months_owed(today)
        assert buttons[Item.MONTHS].text() == (
            f"●  {len(owed)} months with no figures and no return yet, the oldest January 2024"
        )
        assert buttons[Item.STATES].text() == (
            f"✓  Months so far: accepted 0, approved 0, submitted 0, not submitted {len(owed)}"
        )
        assert buttons[Item.CONTACTS].text() == "●  2 contacts due for review"
        assert buttons[Item.CONTACTS].accessibleName() == "2 contacts due for review"
        assert buttons[Item.CONFLICTS].text() == "✓  No record changed in two places"
        assert buttons[Item.SET_ASIDE].text() == "✓  No change refused by the hub"
        assert buttons[Item.WAITING].text() == "●  3 changes waiting to be sent"
        assert buttons[Item.LAST_SYNC].text() == "●  Never synced with the hub"

        def report_january(_job: Job) -> Changed[None]:
            with store.write() as session:
                RecordService(session).create(
                    RecordKind.CAPABILITY_REPORT,
                    {"capability_code": "SLTD", "period": "2024-01", "searches": 3, "hits": 0},
                )
                state.record_success(session, None)
            return Changed.of(None, {RecordKind.CAPABILITY_REPORT})

        WriteOp(window, window.ctx, report_january).run()
        qtbot.waitUntil(lambda: "February 2024" in buttons[Item.MONTHS].text(), timeout=10_000)
        assert f"{len(owed) - 1} months" in buttons[Item.MONTHS].text()
        assert buttons[Item.WAITING].text() == "●  4 changes waiting to be sent"
        assert buttons[Item.LAST_SYNC].text().startswith("✓  Last successful sync: ")
        window.sync.shutdown()
        window.ctx.background.wait()


def test_the_charts_draw_this_quarters_people_by_sex(qtbot, tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        with store.write() as session:
            set_up_device(session, "FJ", "en")
        today = country_today("Pacific/Fiji").isoformat()
        with store.write() as session:
            svc = RecordService(session)
            data = {
                "course_code": "HR_POLICING",
                "mode": "in_person",
                "start_date": today,
                "end_date": today,
            }
            sid = svc.create(RecordKind.TRAINING_SESSION, data).id
            for name, sex in (("Mere", "female"), ("Ana", "female"), ("Jone", "male")):
                pid = svc.create(RecordKind.PERSON, {"full_name": name, "sex": sex}).id
                svc.create(RecordKind.ATTENDANCE, {"session_id": sid, "person_id": pid})
            svc.create(
                RecordKind.CAPABILITY_REPORT,
                {"capability_code": "SLTD", "period": today[:7], "searches": 40, "hits": 7},
            )
        window, page = _window(qtbot, store)
        qtbot.waitUntil(lambda: page.usage_chart.chart is not None, timeout=10_000)
        chart = page.sex_chart.chart
        assert chart is not None and len(chart.categories) == 4
        by_sex = {s.label: s.values for s in chart.series}
        assert by_sex["Women"] == (0, 0, 0, 2) and by_sex["Men"] == (0, 0, 0, 1)
        usage = page.usage_chart.chart
        assert usage is not None and len(usage.categories) == 12
        assert [s.values[-1] for s in usage.series] == [40, 7]
        # Drawn on screen: the bars' own colours are in the widget's pixels.
        window.resize(1366, 768)
        window.show()
        image = page.sex_chart.grab().toImage()
        colours = {
            image.pixelColor(x, y).name()
            for x in range(0, image.width(), 2)
            for y in range(0, image.height(), 2)
        }
        assert SEX_COLORS["female"].lower() in colours and SEX_COLORS["male"].lower() in colours
        window.sync.shutdown()
        window.ctx.background.wait()


def test_a_month_sent_back_shows_its_reason_and_opens_that_month(qtbot, tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        with store.write() as session:
            set_up_device(session, "FJ", "en")
            RecordService(session).create(
                RecordKind.MONTHLY_RETURN,
                {
                    "period": "2025-01",
                    "state": "draft",
                    "comment": "SLTD hits are missing",
                    "time_zone": "Pacific/Fiji",
                },
            )
        window, page = _window(qtbot, store)
        button = page.todo.buttons[Item.SENT_BACK]
        assert button.text() == "●  January 2025 was sent back to you: “SLTD hits are missing”"
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        shown = window.current_page()
        assert isinstance(shown, ReturnsPage)
        qtbot.waitUntil(lambda: shown.current_period() == "2025-01", timeout=10_000)
        window.sync.shutdown()
        window.ctx.background.wait()
