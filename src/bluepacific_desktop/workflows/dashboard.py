"""The dashboard's figures, read off the GUI thread: this quarter's next to the last quarter's
(the printed quarterly summary's code) and the numbers of its two charts — people trained by
sex in the last four quarters, searches and hits in the last twelve months. The to-do list is
read on its own (workflows/todo.py): it is quick, and shows before these aggregations end.
No Qt: the tests count it by hand."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from bluepacific_desktop.reports.figures.capabilities import CapabilityUsage, capability_usage
from bluepacific_desktop.reports.figures.country import ReportCountry, report_country
from bluepacific_desktop.reports.figures.periods import (
    Period,
    country_today,
    previous_quarter,
    quarter_of,
)
from bluepacific_desktop.reports.figures.quarterly import QuarterlySummary, quarterly_summary
from bluepacific_desktop.reports.figures.training import TrainingFigures, training_summary

CHART_QUARTERS = 4
CHART_MONTHS = 12


@dataclass(frozen=True)
class DashboardFigures:
    country: ReportCountry
    today: date  # in the country's calendar
    summary: QuarterlySummary  # this quarter and the one before
    by_quarter: tuple[tuple[str, TrainingFigures], ...]  # the last four quarters, oldest first
    usage: CapabilityUsage  # the last twelve months, this one last


def last_months(today: date, count: int = CHART_MONTHS) -> Period:
    """From the first day of the month `count - 1` months back to the end of this month."""
    year, month = today.year, today.month - (count - 1)
    while month < 1:
        year, month = year - 1, month + 12
    after = date(today.year + (today.month == 12), today.month % 12 + 1, 1)
    return Period(date(year, month, 1), after - timedelta(days=1))


def dashboard_figures(session: Session, now: datetime | None = None) -> DashboardFigures:
    country = report_country(session)
    today = country_today(country.zone, now)
    summary = quarterly_summary(session, country.code, quarter_of(today))
    # The two latest quarters are the summary's; only the older ones are counted again.
    quarters = [summary.previous.period, summary.current.period]
    figures = [summary.previous.training.total, summary.current.training.total]
    while len(quarters) < CHART_QUARTERS:
        older = previous_quarter(quarters[0])
        quarters.insert(0, older)
        figures.insert(0, training_summary(session, country.code, older, detail=False).total)
    by_quarter = tuple((q.quarter or q.label, f) for q, f in zip(quarters, figures, strict=True))
    return DashboardFigures(
        country=country,
        today=today,
        summary=summary,
        by_quarter=by_quarter,
        usage=capability_usage(session, country.code, last_months(today)),
    )
