"""The Monthly returns screen follows the hub's settings as the last pull brought them: a
submitted month names who moves it next, and the regional team's Accept appears on a
submitted month only where the country skips national approval."""

from __future__ import annotations

from typing import Any

from bluepacific_desktop.store.device import set_setting
from bluepacific_desktop.store.return_rules import save_hub_rules
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.sync.state import HUB_ROLE
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.pages.returns import ReturnsPage
from bluepacific_desktop.workflows.returns import transition
from bluepacific_wire.completeness import ReturnRules
from bluepacific_wire.returns import ReturnAction


def _page(qtbot: Any, ctx: AppContext) -> ReturnsPage:
    page = ReturnsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loaded is not None and page.model.row_of("2025-03") >= 0)
    page.select("2025-03")
    qtbot.waitUntil(lambda: page.current_period() == "2025-03")
    return page


def _hub_says(store: Store, skip: bool) -> None:
    with store.write() as session:
        save_hub_rules(session, {"FJ": ReturnRules(skip_national_approval=skip).to_wire()})
        set_setting(session, HUB_ROLE, "regional_admin")


def test_the_next_step_and_accept_follow_the_hubs_setting(
    qtbot: Any, store: Store, ctx: AppContext
) -> None:
    transition(store, "2025-03", ReturnAction.NIL)
    _hub_says(store, skip=False)
    page = _page(qtbot, ctx)
    assert "Next: the national approver approves it." in page.details.text()
    assert page.buttons[ReturnAction.ACCEPT].isHidden()
    assert not page.buttons[ReturnAction.SEND_BACK].isHidden()

    _hub_says(store, skip=True)
    page = _page(qtbot, ctx)
    assert (
        "Next: the regional team accepts it (this country skips national approval)."
        in page.details.text()
    )
    assert not page.buttons[ReturnAction.ACCEPT].isHidden()
    ctx.background.wait()
