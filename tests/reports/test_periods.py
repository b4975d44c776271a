"""Quarters and months in the country's own calendar, and how periods are typed."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bluepacific_desktop.reports.figures.periods import (
    Period,
    PeriodError,
    country_today,
    parse_quarter,
    previous_quarter,
    quarter_of,
    resolve,
)


def test_parse_quarter_and_previous() -> None:
    q = parse_quarter("2025Q3")
    assert (q.start, q.end, q.label) == (date(2025, 7, 1), date(2025, 9, 30), "2025Q3")
    assert parse_quarter(" 2025-q4 ").end == date(2025, 12, 31)
    assert previous_quarter(parse_quarter("2025Q1")).quarter == "2024Q4"
    assert q.months() == ["2025-07", "2025-08", "2025-09"]


@pytest.mark.parametrize("text", ["2025Q5", "Q3 2025", "2025", "", "25Q1"])
def test_bad_quarter_text(text: str) -> None:
    with pytest.raises(PeriodError, match="YEARQn"):
        parse_quarter(text)


def test_resolve_dates() -> None:
    today = date(2025, 11, 3)
    kw = {"quarter_text": None, "today": today}
    p = resolve(from_text="2025-07-01", to_text="2025-09-30", **kw)  # type: ignore[arg-type]
    assert p == Period(date(2025, 7, 1), date(2025, 9, 30), "2025Q3")
    p = resolve(from_text="2025-08-01", to_text=None, **kw)  # type: ignore[arg-type]
    assert (p.end, p.quarter, p.quarters()) == (today, None, ["2025Q3", "2025Q4"])
    assert resolve(quarter_text=None, from_text=None, to_text=None, today=today).quarter == (
        "2025Q4"
    )
    with pytest.raises(PeriodError, match="after"):
        resolve(from_text="2025-09-30", to_text="2025-07-01", **kw)  # type: ignore[arg-type]
    with pytest.raises(PeriodError, match="not a date"):
        resolve(from_text="30/09/2025", to_text=None, **kw)  # type: ignore[arg-type]
    with pytest.raises(PeriodError, match="not both"):
        resolve(quarter_text="2025Q3", from_text="2025-07-01", to_text=None, today=today)


def test_today_and_quarter_are_the_countrys_own() -> None:
    # 11:30 UTC on 30 September: still Q3 in Fiji (UTC+12), already Q4 in Samoa (UTC+13).
    instant = datetime(2025, 9, 30, 11, 30, tzinfo=UTC)
    assert quarter_of(country_today("Pacific/Fiji", instant)).quarter == "2025Q3"
    assert quarter_of(country_today("Pacific/Apia", instant)).quarter == "2025Q4"
    # New Year: Kiritimati (UTC+14) is in 2026 while Tarawa (UTC+12), Kiribati's first zone,
    # is not yet.
    eve = datetime(2025, 12, 31, 10, 30, tzinfo=UTC)
    assert country_today("Pacific/Kiritimati", eve) == date(2026, 1, 1)
    assert quarter_of(country_today("Pacific/Tarawa", eve)).quarter == "2025Q4"
    # Samoa skipped 30 December 2011 when it crossed the date line.
    assert country_today("Pacific/Apia", datetime(2011, 12, 30, 10, 30, tzinfo=UTC)) == date(
        2011, 12, 31
    )
