"""Deadlines and completeness in each country's calendar, counted by hand."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bluepacific_wire.completeness import (
    MonthStatus,
    Timeliness,
    completeness,
    deadline,
    first_submission,
    month_end,
    timeliness,
)
from bluepacific_wire.returns import Event, ReturnAction, ReturnState

S = ReturnState
KIRITIMATI, TARAWA, APIA = "Pacific/Kiritimati", "Pacific/Tarawa", "Pacific/Apia"


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


@pytest.mark.parametrize(
    ("zone", "due"),
    [
        # 15 days after March: the end of 15 April there, i.e. 16 April 00:00 local.
        (KIRITIMATI, utc(2025, 4, 15, 10)),  # UTC+14
        ("Pacific/Kanton", utc(2025, 4, 15, 11)),  # UTC+13
        (TARAWA, utc(2025, 4, 15, 12)),  # UTC+12
        (APIA, utc(2025, 4, 15, 11)),  # UTC+13
        ("Pacific/Palau", utc(2025, 4, 15, 15)),  # UTC+9
    ],
)
def test_the_deadline_follows_the_zone(zone: str, due: datetime) -> None:
    assert deadline("2025-03", zone) == due


def test_month_ends_and_other_deadlines() -> None:
    assert month_end("2025-03", APIA) == utc(2025, 3, 31, 11)
    assert month_end("2025-03", KIRITIMATI) == utc(2025, 3, 31, 10)
    assert deadline("2024-12", "Pacific/Fiji") == utc(2025, 1, 15, 12)  # across the year
    assert deadline("2024-02", TARAWA, due_days=30) == utc(2024, 3, 30, 12)  # leap February
    assert deadline("2025-03", TARAWA, due_days=1) == utc(2025, 4, 1, 12)


def test_on_time_or_late_at_the_boundary() -> None:
    due = deadline("2025-03", KIRITIMATI)
    on_time = MonthStatus(
        "KI", "2025-03", KIRITIMATI, S.SUBMITTED, submitted_at=utc(2025, 4, 15, 9, 59)
    )
    late = MonthStatus("KI", "2025-03", KIRITIMATI, S.SUBMITTED, submitted_at=due)
    assert timeliness(on_time, utc(2025, 5, 1)) is Timeliness.ON_TIME
    assert timeliness(late, utc(2025, 5, 1)) is Timeliness.LATE
    draft = MonthStatus("KI", "2025-03", KIRITIMATI, S.DRAFT)
    assert timeliness(draft, utc(2025, 4, 15, 9, 59)) is Timeliness.NOT_DUE
    assert timeliness(draft, due) is Timeliness.MISSING
    # The same instant is still on time in Tarawa, two hours behind.
    tarawa = MonthStatus("KI", "2025-03", TARAWA, S.SUBMITTED, submitted_at=due)
    assert timeliness(tarawa, utc(2025, 5, 1)) is Timeliness.ON_TIME


def test_completeness_counted_by_hand() -> None:
    now = utc(2025, 6, 20)
    months = [
        MonthStatus(
            "KI", "2025-01", KIRITIMATI, S.SUBMITTED, nil=True, submitted_at=utc(2025, 2, 3)
        ),
        MonthStatus("KI", "2025-02", KIRITIMATI, S.APPROVED, submitted_at=utc(2025, 3, 20)),
        MonthStatus("KI", "2025-03", KIRITIMATI, S.ACCEPTED, submitted_at=utc(2025, 4, 10)),
        MonthStatus("KI", "2025-04", KIRITIMATI, S.DRAFT),  # due 15 May: missing
        MonthStatus("KI", "2025-05", KIRITIMATI, S.DRAFT),  # due 15 June 10:00 UTC: missing
        MonthStatus("KI", "2025-06", KIRITIMATI, S.DRAFT),  # not over: not expected
    ]
    c = completeness(months, now)
    assert (c.expected, c.received, c.on_time, c.late, c.missing, c.nil, c.accepted) == (
        5, 3, 2, 1, 2, 1, 1,
    )  # fmt: skip
    assert c.reporting_rate == pytest.approx(3 / 5)
    assert c.on_time_rate == pytest.approx(2 / 5)
    # A month ended but not yet due is expected, neither received nor missing.
    c = completeness(months[4:5], utc(2025, 6, 1))
    assert (c.expected, c.received, c.missing) == (1, 0, 0)
    assert completeness([], now).reporting_rate is None


def test_a_month_is_expected_once_over_in_its_own_calendar() -> None:
    march = [MonthStatus("KI", "2025-03", KIRITIMATI, S.DRAFT)]
    assert completeness(march, utc(2025, 3, 31, 9, 59)).expected == 0
    assert completeness(march, utc(2025, 3, 31, 10)).expected == 1
    samoa = [MonthStatus("WS", "2025-03", APIA, S.DRAFT)]
    assert completeness(samoa, utc(2025, 3, 31, 10, 59)).expected == 0
    assert completeness(samoa, utc(2025, 3, 31, 11)).expected == 1


def _event(action: ReturnAction, at: str, taken_at: str) -> Event:
    return Event(action, S.DRAFT, S.SUBMITTED, "u", "focal_point", "d", at, taken_at, "")


def test_the_first_submission_counts_as_the_person_made_it() -> None:
    offline = [_event(ReturnAction.SUBMIT, "2025-04-20T00:00:00Z", "2025-04-10T00:00:00Z")]
    assert first_submission(offline) == utc(2025, 4, 10)  # submitted offline, synced later
    fast_clock = [_event(ReturnAction.NIL, "2025-04-20T00:00:00Z", "2025-05-30T00:00:00Z")]
    assert first_submission(fast_clock) == utc(2025, 4, 20)  # never after the hub had it
    again = [
        _event(ReturnAction.SUBMIT, "2025-04-10T00:00:00Z", "2025-04-10T00:00:00Z"),
        _event(ReturnAction.SUBMIT, "2025-05-10T00:00:00Z", "2025-05-10T00:00:00Z"),
    ]
    assert first_submission(again) == utc(2025, 4, 10)
    assert first_submission([]) is None
