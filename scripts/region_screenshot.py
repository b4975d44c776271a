"""Renders the Monthly returns screen of a regional admin's computer, "All countries" picked
(the region grid of 2025), into docs/screenshots/returns-region-en.png at 1366×768.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/region_screenshot.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from bluepacific_desktop.store.device import set_setting
from bluepacific_desktop.store.models import MonthlyReturn, RefCountry
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.sync.state import HUB_ROLE
from bluepacific_desktop.ui import unsaved
from bluepacific_desktop.ui.app import default_pages, prepare_demo
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.main_window import MainWindow
from bluepacific_desktop.ui.pages.returns import ReturnsPage
from bluepacific_desktop.ui.pages.returns.region import ALL
from bluepacific_desktop.ui.translations import install_language
from bluepacific_desktop.workflows.returns import return_id
from bluepacific_wire import format_time
from bluepacific_wire.returns import Event, ReturnAction, ReturnState, encode_event

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
# How far each country got in 2025 (months received, of which the last ones late), so the grid
# shows every state: accepted, approved, submitted, nil returns, late and missing months.
REACHED = {"TO": 12, "WS": 11, "VU": 10, "PG": 9, "SB": 8, "KI": 7, "FM": 6, "MH": 4, "PW": 3}


def region_returns(store: Store) -> None:
    """Other countries' months as the hub sends them to a regional admin."""
    now = datetime.now(UTC)
    states = [ReturnState.ACCEPTED, ReturnState.APPROVED, ReturnState.SUBMITTED]
    with store.write() as session:
        for code, reached in REACHED.items():
            zone = session.get(RefCountry, code).zones[0]  # type: ignore[union-attr]
            for month in range(1, reached + 1):
                period = f"2025-{month:02d}"
                late = month > reached - 2
                days = 40 if late else 10
                at = datetime(2025, month, 28, tzinfo=UTC) + timedelta(days=days)
                state = states[(month + len(code)) % 3] if month < 11 else ReturnState.SUBMITTED
                nil = month % 5 == 0
                action = ReturnAction.NIL if nil else ReturnAction.SUBMIT
                when = format_time(at)
                event = Event(
                    action, ReturnState.DRAFT, ReturnState.SUBMITTED, "fp", "focal_point", "hub",
                    when, when, "",
                )  # fmt: skip
                session.add(
                    MonthlyReturn(
                        id=return_id(code, period),
                        country=code,
                        period=period,
                        state=state.value,
                        nil=nil,
                        comment="",
                        explanations=[],
                        time_zone=zone,
                        from_state=state.value,
                        steps=[],
                        history=[encode_event(event)],
                        created_at=now,
                        updated_at=now,
                        revision=1,
                        deleted=False,
                        device_id="hub",
                        confirmed_at=now,
                    )
                )
        set_setting(session, HUB_ROLE, "regional_admin")


def main() -> int:
    app = QApplication(sys.argv[:1])
    unsaved.ask_unsaved = lambda _parent, _question: unsaved.Answer.DISCARD
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        prepare_demo(Path(tmp), size=200)
        with Store.open(Path(tmp)) as store:
            region_returns(store)
            install_language(app, "en")
            ctx = AppContext(store)
            window = MainWindow(ctx, default_pages())
            window.resize(1366, 768)
            window.show()
            page = next(p for p in window.pages if isinstance(p, ReturnsPage))
            window.nav.setCurrentRow(window.pages.index(page))
            for _ in range(5):
                ctx.background.wait()
                app.processEvents()
                QTest.qWait(50)
            page.region.choice.setCurrentIndex(page.region.choice.findData(ALL))
            page.region.year.setCurrentIndex(page.region.year.findData(2025))
            for _ in range(5):
                ctx.background.wait()
                app.processEvents()
                QTest.qWait(50)
            window.grab().save(str(OUT / "returns-region-en.png"))
            window.sync.shutdown()
            window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
