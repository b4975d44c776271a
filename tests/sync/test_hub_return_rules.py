"""The desktop knows the hub's monthly-return settings from every pull: a country that skips
national approval shows the regional team's acceptance as the next step, and where the hub
closes entry periods by itself, a month's figures lock on the desktop with the reason
"entry period closed" (until a regional admin grants an exception). Real hub over HTTPS."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from bluepacific_desktop.domain.enums import RecordKind as K
from bluepacific_desktop.domain.errors import ValidationError
from bluepacific_desktop.domain.returns import ReturnAction as A
from bluepacific_desktop.store.return_rules import hub_rules
from bluepacific_desktop.ui.formatting import day
from bluepacific_desktop.ui.pages.capabilities.lock_banner import LockBanner
from bluepacific_desktop.workflows.returns import allowed_actions, get_return, transition
from bluepacific_hub import audit
from bluepacific_hub.returns import set_exception, set_skip
from bluepacific_wire import Role, utc_now
from tests.support.hubserver import Tls
from tests.sync.conftest import DeviceFactory, SyncHub, start_hub


@pytest.fixture
def running(tmp_path: Path, tls: Tls) -> Iterator[SyncHub]:
    """A hub whose entry periods close 30 days after each month's deadline."""
    hub, stop = start_hub(f"sqlite:///{tmp_path / 'hub.db'}", tls, return_entry_closes_days=30)
    try:
        yield hub
    finally:
        stop()


def _synced(device: Any) -> None:
    report = device.sync()
    assert report.complete and report.error is None, report


def test_a_country_that_skips_national_approval_is_accepted_next(
    make_device: DeviceFactory,
) -> None:
    focal = make_device("WS")
    regional = make_device("WS", "regional_admin")
    transition(focal.store, "2026-10", A.NIL)
    _synced(focal)
    _synced(regional)
    with regional.store.read() as session:
        rules = hub_rules(session)
    assert rules is not None and not rules.skip_national_approval and rules.due_days == 15
    month = get_return(regional.store, "2026-10")
    assert month.next_action is A.APPROVE
    assert A.ACCEPT not in allowed_actions(month, Role.REGIONAL_ADMIN, "2026-12", False)

    with regional.running.hub.sessions() as session, session.begin():
        set_skip(session, "WS", True, utc_now(), by=audit.HUB)
    _synced(focal)
    assert get_return(focal.store, "2026-10").next_action is A.ACCEPT
    report = regional.sync()
    assert "monthly_return" in report.changed_kinds  # the screens showing months refresh
    assert get_return(regional.store, "2026-10").next_action is A.ACCEPT
    transition(regional.store, "2026-10", A.ACCEPT)
    _synced(regional)
    assert get_return(regional.store, "2026-10").state == "accepted"


def test_a_closed_entry_period_locks_the_figures_on_the_desktop(
    make_device: DeviceFactory, qtbot: Any
) -> None:
    focal = make_device("FJ")
    _synced(focal)  # the hub's settings arrive
    with focal.store.read() as session:
        rules = hub_rules(session)
    assert rules is not None and rules.entry_closes_days == 30

    # March 2025 was due on 15 April 2025 and closed 30 days later, submitted or not.
    with pytest.raises(ValidationError) as caught:
        focal.create(K.CAPABILITY_REPORT, period="2025-03")
    (problem,) = caught.value.problems
    assert (problem.field, problem.code) == ("period", "entry_closed")
    assert "entry period for March 2025 closed on 2025-05-15 12:00 UTC" in problem.message
    month = get_return(focal.store, "2025-03")
    assert month.locked and not month.submitted
    assert month.entry_closed == datetime(2025, 5, 15, 12, 0, tzinfo=UTC)
    assert str(month.last_open_day) == "2025-05-15"
    banner = LockBanner()
    qtbot.addWidget(banner)
    assert banner.show_month(focal.store, "2025-03")
    assert f"March 2025: entry period closed on {day(date(2025, 5, 15))}," in banner.text()
    assert "Only the regional team can keep the month open longer" in banner.text()
    # November 2026 is due in mid-December 2026: still open.
    focal.create(K.CAPABILITY_REPORT, period="2026-11")
    assert not banner.show_month(focal.store, "2026-11")

    # A regional admin keeps Fiji open for a while: the next pull says so.
    with focal.running.hub.sessions() as session, session.begin():
        set_exception(session, "FJ", datetime(2099, 1, 31, tzinfo=UTC), utc_now(), by=audit.HUB)
    _synced(focal)
    assert get_return(focal.store, "2025-03").entry_closed is None
    focal.create(K.CAPABILITY_REPORT, period="2025-03")
    _synced(focal)  # and the hub takes it
