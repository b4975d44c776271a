"""The Monthly returns screen on a regional admin's computer (issue 13): the "Country" choice
(this computer's country first, every project country, "All countries") appears for a regional
admin only; another country's months are shown read only; "All countries" shows the region
grid — countries × the 12 months, each state in words with its mark, late and missing marked,
the row's rates — in English and French. Real widgets on a real store, offscreen; the other
countries' returns are written as a pull from the hub writes them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from bluepacific_desktop.store.device import set_setting
from bluepacific_desktop.store.models import MonthlyReturn
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.sync.state import HUB_ROLE
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.pages.returns import ReturnsPage
from bluepacific_desktop.ui.pages.returns.region import ALL
from bluepacific_desktop.ui.translations import install_language
from bluepacific_desktop.workflows.returns import return_id
from bluepacific_wire.returns import Event, ReturnAction, ReturnState, encode_event


def pulled(
    store: Store, country: str, period: str, zone: str, at: str, *, nil: bool = False
) -> None:
    """A month of `country` submitted at `at`, as the hub sends it to a regional admin."""
    action = ReturnAction.NIL if nil else ReturnAction.SUBMIT
    event = Event(action, ReturnState.DRAFT, ReturnState.SUBMITTED, "fp", "focal_point", "d",
                  at, at, "")  # fmt: skip
    now = datetime.now(UTC)
    with store.write() as session:
        session.add(
            MonthlyReturn(
                id=return_id(country, period),
                country=country,
                period=period,
                state="submitted",
                nil=nil,
                comment="",
                explanations=[],
                time_zone=zone,
                from_state="submitted",
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


def _role(store: Store, role: str) -> None:
    with store.write() as session:
        set_setting(session, HUB_ROLE, role)


@pytest.fixture
def regional(store: Store) -> Store:
    """Fiji's computer of a regional admin, holding Tonga's March (on time) and Vanuatu's
    April 2025 (a nil return, late)."""
    _role(store, "regional_admin")
    pulled(store, "TO", "2025-03", "Pacific/Tongatapu", "2025-04-10T00:00:00.000000Z")
    pulled(store, "VU", "2025-04", "Pacific/Efate", "2025-06-01T00:00:00.000000Z", nil=True)
    return store


def _page(qtbot: Any, ctx: AppContext) -> ReturnsPage:
    page = ReturnsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    ctx.background.wait()
    QApplication.processEvents()
    ctx.background.wait()
    QApplication.processEvents()
    return page


def _choose(page: ReturnsPage, ctx: AppContext, value: str, year: int | None = None) -> None:
    page.region.choice.setCurrentIndex(page.region.choice.findData(value))
    if year is not None:
        page.region.year.setCurrentIndex(page.region.year.findData(year))
    for _ in range(3):
        ctx.background.wait()
        QApplication.processEvents()


def _grid(page: ReturnsPage) -> dict[str, list[str]]:
    grid = page.region.grid
    return {
        grid.item(r, 0).text(): [grid.item(r, c).text() for c in range(grid.columnCount())]
        for r in range(grid.rowCount())
    }


def test_a_focal_point_has_no_country_choice(qtbot: Any, ctx: AppContext, store: Store) -> None:
    _role(store, "focal_point")
    page = _page(qtbot, ctx)
    assert not page.region.isVisibleTo(page) and page.region.chosen() == ""
    assert not page.region.grid_area.isVisibleTo(page)
    assert page.splitter.isVisibleTo(page)


def test_the_regional_admin_picks_a_country_read_only_or_all_of_them(
    qtbot: Any, ctx: AppContext, regional: Store
) -> None:
    page = _page(qtbot, ctx)
    assert page.region.isVisibleTo(page)
    names = [page.region.choice.itemText(i) for i in range(page.region.choice.count())]
    assert names[0] == "Fiji" and names[-1] == "All countries" and len(names) == 12
    assert names[1:-1] == sorted(names[1:-1]) and "Tonga" in names
    # Fiji's own months first, with its own actions (a regional admin accepts, reopens…).
    assert page.region.chosen() == "" and page.model.rows

    _choose(page, ctx, "TO")
    march = page.model.row_of("2025-03")
    assert march >= 0
    assert page.model.rows[march].month.state is ReturnState.SUBMITTED
    page.select("2025-03")
    assert page.allowed(page.current_row()) == []  # read only: no button shows
    assert not any(b.isVisibleTo(page) for b in page.buttons.values())
    assert "Read only" in page.region.note.text() and "Fiji" in page.region.note.text()
    assert "◐ Submitted" in page.month_heading.text()

    _choose(page, ctx, ALL, 2025)
    assert page.region.grid_area.isVisibleTo(page) and not page.splitter.isVisibleTo(page)
    grid = page.region.grid
    headers = [grid.horizontalHeaderItem(c).text() for c in range(grid.columnCount())]
    assert headers[0] == "Country" and headers[1] == "Jan" and len(headers) == 15
    rows = _grid(page)
    assert next(iter(rows)) == "Fiji" and len(rows) == 11
    assert rows["Tonga"][3] == "◐ Submitted"  # March, on time: no mark
    assert rows["Tonga"][4] == "○ Draft\n✖ Missing"
    assert rows["Vanuatu"][4] == "◐ Submitted\n∅ Nil return\n⚠ Late"
    assert rows["Tonga"][13:] == ["8.3%", "8.3%"]  # 1 of 12 received, on time
    assert rows["Vanuatu"][13:] == ["8.3%", "0.0%"]
    assert rows["Fiji"][13:] == ["0.0%", "0.0%"]
    assert "132 months expected, 2 received (1 nil), 1 on time, 1 late, 130 missing" in (
        page.region.figures.text()
    )

    _choose(page, ctx, "")  # back to this computer's own months, actions and all
    assert page.splitter.isVisibleTo(page) and page.region.note.text() == ""


@pytest.fixture
def french(ctx: AppContext) -> Iterator[None]:
    install_language(QApplication.instance(), "fr")  # type: ignore[arg-type]
    yield
    install_language(QApplication.instance(), "en")  # type: ignore[arg-type]


def test_the_region_grid_in_french(
    qtbot: Any, ctx: AppContext, regional: Store, french: None
) -> None:
    page = _page(qtbot, ctx)
    assert page.region.choice.itemText(0) == "Fidji"
    assert page.region.choice.itemText(page.region.choice.count() - 1) == "Tous les pays"
    _choose(page, ctx, ALL, 2025)
    grid = page.region.grid
    assert grid.horizontalHeaderItem(0).text() == "Pays"
    rows = _grid(page)
    assert rows["Tonga"][3] == "◐ Soumis"
    assert rows["Tonga"][4] == "○ Brouillon\n✖ Manquant"
    assert rows["Vanuatu"][4] == "◐ Soumis\n∅ Rapport néant\n⚠ En retard"
    assert rows["Tonga"][13:] == ["8,3\u00a0%", "8,3\u00a0%"]
    assert "La région en 2025" in page.region.figures.text()
