"""This laptop's own zone among its country's: a Kiribati laptop on Kiritimati (UTC+14) is two
hours ahead of one in Tarawa (UTC+12), and every date of the desktop follows the one chosen."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.domain.errors import ValidationError
from bluepacific_desktop.domain.returns import ReturnAction
from bluepacific_desktop.reports.figures.country import report_country
from bluepacific_desktop.store.device import (
    device_zone,
    rule_context,
    set_device_zone,
    set_up_device,
)
from bluepacific_desktop.store.models import MonthlyReturn
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.workflows.country_clock import today_there
from bluepacific_desktop.workflows.dashboard import dashboard_figures
from bluepacific_desktop.workflows.returns import current_period, return_id, transition
from bluepacific_desktop.workflows.todo import to_do
from tests.conftest import VALID

# 30 September 2026, 23:30 in Tarawa (UTC+12) is 1 October, 01:30 in Kiritimati (UTC+14).
LATE_IN_TARAWA = datetime(2026, 9, 30, 23, 30, tzinfo=ZoneInfo("Pacific/Tarawa")).astimezone(UTC)


def kiribati(tmp_path: Path, name: str, zone: str | None) -> Store:
    store = Store.open(tmp_path / name)
    with store.write() as session:
        set_up_device(session, "KI", "en", zone)
    return store


@pytest.fixture
def kiritimati(tmp_path: Path):  # type: ignore[no-untyped-def]
    store = kiribati(tmp_path, "kiritimati", "Pacific/Kiritimati")
    yield store
    store.close()


@pytest.fixture
def tarawa(tmp_path: Path):  # type: ignore[no-untyped-def]
    store = kiribati(tmp_path, "tarawa", None)  # nothing chosen: the country's first zone
    yield store
    store.close()


def test_kiritimati_is_in_october_while_tarawa_is_still_in_september(
    kiritimati: Store, tarawa: Store
) -> None:
    assert today_there(kiritimati, LATE_IN_TARAWA) == date(2026, 10, 1)
    assert today_there(tarawa, LATE_IN_TARAWA) == date(2026, 9, 30)
    assert current_period(kiritimati, LATE_IN_TARAWA) == "2026-10"
    assert current_period(tarawa, LATE_IN_TARAWA) == "2026-09"
    with kiritimati.read() as session:
        assert device_zone(session) == "Pacific/Kiritimati"
        # September has ended on Kiritimati: it is owed, and the dashboard reads Q4.
        assert to_do(session, LATE_IN_TARAWA).months_not_reported[-1] == "2026-09"
        assert dashboard_figures(session, LATE_IN_TARAWA).today == date(2026, 10, 1)
        assert rule_context(session, "KI", LATE_IN_TARAWA).today == date(2026, 10, 1)
    with tarawa.read() as session:
        assert device_zone(session) == "Pacific/Tarawa"
        assert to_do(session, LATE_IN_TARAWA).months_not_reported[-1] == "2026-08"
        assert dashboard_figures(session, LATE_IN_TARAWA).today == date(2026, 9, 30)


def test_new_records_and_returns_take_this_laptops_zone(kiritimati: Store) -> None:
    with kiritimati.write() as session:
        made = RecordService(session).create(
            RecordKind.TRAINING_SESSION, {**VALID[RecordKind.TRAINING_SESSION]}
        )
        assert made.time_zone == "Pacific/Kiritimati"
    transition(kiritimati, "2025-03", ReturnAction.NIL)
    with kiritimati.read() as session:
        month = session.get(MonthlyReturn, return_id("KI", "2025-03"))
        assert month is not None and month.time_zone == "Pacific/Kiritimati"
        assert report_country(session).zone == "Pacific/Kiritimati"


def test_the_zone_is_one_of_the_countrys_and_can_change(kiritimati: Store, tmp_path: Path) -> None:
    with kiritimati.write() as session, pytest.raises(ValidationError) as caught:
        set_device_zone(session, "Pacific/Fiji")
    (problem,) = caught.value.problems
    assert (problem.field, problem.code) == ("time_zone", "bad_zone")
    with kiritimati.write() as session:
        set_device_zone(session, "Pacific/Kanton")
    assert today_there(kiritimati, LATE_IN_TARAWA) == date(2026, 10, 1)  # +13: 00:30
    with kiritimati.read() as session:
        assert device_zone(session) == "Pacific/Kanton"
    fresh = Store.open(tmp_path / "fiji")
    try:
        with fresh.write() as session, pytest.raises(ValidationError):
            set_up_device(session, "FJ", "en", "Pacific/Kiritimati")
    finally:
        fresh.close()
