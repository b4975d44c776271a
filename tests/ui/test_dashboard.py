"""The dashboard's headline figures for this quarter come from the quarterly report's code."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.reports.figures.periods import country_today
from bluepacific_desktop.store.device import set_up_device
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui.app import open_main_window
from bluepacific_desktop.ui.ops import Changed, Job, WriteOp


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
