"""The figures of a donor pack's quarter, read once: per country and for the countries together
(training, capability use, engagements, and the completeness of their monthly returns). The
counting is the regional figures' and the completeness rules'; nothing is counted here twice."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy.orm import Session

from bluepacific_hub.figures.capabilities import capability_figures
from bluepacific_hub.figures.cooperation import engagement_figures
from bluepacific_hub.figures.filters import Filters
from bluepacific_hub.figures.training import TrainingRow, training_groupings
from bluepacific_hub.returns_grid import month_statuses
from bluepacific_wire.completeness import Completeness, MonthStatus, completeness

_QUARTER = re.compile(r"(\d{4})[Qq]([1-4])")


class QuarterError(ValueError):
    """A quarter that cannot be read; the message says what to give instead."""


def parse_quarter(text: str) -> Filters:
    """'2026Q3' as the figures' filters of that quarter (every country)."""
    match = _QUARTER.fullmatch(text.strip())
    if not match:
        raise QuarterError(f"{text!r} is not a quarter: give one such as 2026Q3")
    try:
        return Filters(int(match.group(1)), int(match.group(2)))
    except ValueError as exc:
        raise QuarterError(str(exc)) from exc


@dataclass(frozen=True)
class Capability:
    """One capability's use over the quarter (metrics no report gave count as 0)."""

    code: str
    searches: float = 0
    hits: float = 0
    notices: float = 0


@dataclass(frozen=True)
class Use:
    """Capability use summed over capabilities: the quarter's, or one month's."""

    searches: float = 0
    hits: float = 0
    notices: float = 0


@dataclass(frozen=True)
class CountryQuarter:
    country: str
    training: TrainingRow  # the country's total
    courses: list[TrainingRow]  # one row per course
    use: Use
    capabilities: list[Capability]
    months: list[tuple[str, Use]]  # each month of the quarter
    engagements: int
    engagement_kinds: list[tuple[str, int]]
    completeness: Completeness
    statuses: list[MonthStatus]


@dataclass(frozen=True)
class QuarterFigures:
    label: str  # 2026Q3
    first: date  # the quarter's first and last days
    last: date
    countries: list[CountryQuarter]
    training: TrainingRow  # the countries together (unique people across them)
    use: Use
    engagements: int
    completeness: Completeness
    generated_at: datetime


def _sum(rows: Sequence[Use | Capability]) -> Use:
    return Use(
        sum(r.searches for r in rows), sum(r.hits for r in rows), sum(r.notices for r in rows)
    )


def quarter_figures(
    session: Session, quarter: Filters, countries: Sequence[str], now: datetime, due_days: int
) -> QuarterFigures:
    """The pack's figures of `countries` (every project country for a regional admin, one for a
    national user) over the quarter of `quarter`."""
    assert quarter.quarter is not None, "a donor pack covers one quarter"
    wanted = set(countries)
    if len(wanted) == 1:
        # A national user's pack: the queries read their country's rows only.
        quarter = replace(quarter, country=countries[0])
    by_country, by_course, region = training_groupings(
        session, quarter, [("country",), ("country", "course"), ()]
    )
    totals = {r.country: r for r in by_country}
    courses: dict[str, list[TrainingRow]] = defaultdict(list)
    for row in by_course:
        courses[row.country].append(row)
    caps: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))
    monthly: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))
    for cap in capability_figures(session, quarter):
        values = [cap.metric(m) or 0 for m in ("searches", "hits", "notices_requested")]
        for sums in (caps[cap.country][cap.capability], monthly[cap.country][cap.month]):
            for i, value in enumerate(values):
                sums[i] += value
    kinds: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for engagement in engagement_figures(session, quarter):
        kinds[engagement.country][engagement.kind] += engagement.engagements
    months = quarter.months()
    statuses = {
        c: [m for m in ms if m.period in months]
        for c, ms in month_statuses(session, quarter.year).items()
        if c in wanted
    }
    out = []
    for country in countries:
        capabilities = [Capability(code, *v) for code, v in sorted(caps[country].items())]
        out.append(
            CountryQuarter(
                country=country,
                training=totals.get(country, TrainingRow(country=country)),
                courses=courses.get(country, []),
                use=_sum(capabilities),
                capabilities=capabilities,
                months=[(m, Use(*monthly[country][m])) for m in months],
                engagements=sum(kinds[country].values()),
                engagement_kinds=sorted(kinds[country].items()),
                completeness=completeness(statuses.get(country, []), now, due_days),
                statuses=statuses.get(country, []),
            )
        )
    # The total of the pack's countries: the region's own (a person counted once however
    # many countries trained them) when the pack holds every country with training, else
    # the countries' totals added (a national user's pack: their country's).
    training = region[0] if wanted >= set(totals) else _added(out)
    every = [m for c in out for m in c.statuses]
    return QuarterFigures(
        label=quarter.label,
        first=quarter.start,
        last=quarter.end,
        countries=out,
        training=training,
        use=_sum([c.use for c in out]),
        engagements=sum(c.engagements for c in out),
        completeness=completeness(every, now, due_days),
        generated_at=now,
    )


def _added(countries: Sequence[CountryQuarter]) -> TrainingRow:
    """The countries' training totals added (a person is trained in one country only)."""
    rows = [c.training for c in countries]
    return TrainingRow(
        sessions=sum(r.sessions for r in rows),
        attendances=sum(r.attendances for r in rows),
        completed=sum(r.completed for r in rows),
        female=sum(r.female for r in rows),
        male=sum(r.male for r in rows),
        another=sum(r.another for r in rows),
        not_stated=sum(r.not_stated for r in rows),
    )
