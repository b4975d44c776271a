"""Baselines and targets of the results framework, set by a regional admin, and the results
table (baseline, target, actual, % achieved) of a year for a country or the region.

TolaData's rule holds on every change: the yearly targets of an indicator and country may not
add up to more than its life-of-project target (when one is set)."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from bluepacific_hub import audit
from bluepacific_hub.figures.tables import Table
from bluepacific_hub.models import IndicatorTarget, ProjectTarget
from bluepacific_hub.results.indicators import BY_CODE, INDICATORS, REGION, actual, actuals
from bluepacific_hub.results.problems import BASELINE, PROJECT_TARGET, TARGET, Problem
from bluepacific_hub.returns_grid import project_countries
from bluepacific_wire import Role, utc_now


class TargetError(ValueError):
    """Targets that cannot be set; the message says which and why (one line per problem)."""


YearKey = tuple[str, str, int]  # indicator, country or REGION, year
ProjectKey = tuple[str, str]  # indicator, country or REGION


@dataclass(frozen=True)
class YearValues:
    baseline: float | None
    target: float | None


def places() -> list[str]:
    """Where targets may be set: the project's countries, then the region."""
    return [*project_countries(), REGION]


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def check_key(indicator: str, country: str, year: int | None = None) -> list[str]:
    """What is wrong with a target's indicator, country and year (nothing: [])."""
    problems: list[str] = []
    if indicator not in BY_CODE:
        problems.append(
            Problem(
                "unknown indicator {indicator}: give one of {codes}",
                indicator=repr(indicator),
                codes=", ".join(BY_CODE),
            )
        )
    if country not in places():
        problems.append(
            Problem(
                "unknown country {country}: give one of {codes}",
                country=repr(country),
                codes=", ".join(places()),
            )
        )
    if year is not None and not 2000 <= year <= 2100:
        problems.append(Problem("year {year} is out of range: give a year such as 2025", year=year))
    return problems


def check_value(what: Problem, value: float | None) -> list[str]:
    if value is None:
        return []
    if not math.isfinite(value):
        return [Problem("the {what} {value} is not a number", what=what, value=value)]
    if value < 0:
        return [
            Problem(
                "the {what} {value} is negative: give 0 or more", what=what, value=_number(value)
            )
        ]
    return []


def yearly_targets(session: Session) -> dict[YearKey, YearValues]:
    return {
        (t.indicator, t.country, t.year): YearValues(t.baseline, t.target)
        for t in session.scalars(select(IndicatorTarget))
    }


def project_targets(session: Session) -> dict[ProjectKey, float]:
    return {(t.indicator, t.country): t.target for t in session.scalars(select(ProjectTarget))}


def rule_problems(
    yearly: Mapping[YearKey, YearValues], project: Mapping[ProjectKey, float]
) -> list[str]:
    """TolaData's rule over a whole set of targets: for each indicator and country with a
    life-of-project target, the yearly targets may not add up to more."""
    sums: dict[ProjectKey, float] = defaultdict(float)
    years: dict[ProjectKey, list[str]] = defaultdict(list)
    for (indicator, country, year), values in sorted(yearly.items()):
        if values.target is not None:
            sums[(indicator, country)] += values.target
            years[(indicator, country)].append(f"{year}: {_number(values.target)}")
    problems: list[str] = []
    for (indicator, country), total in sorted(sums.items()):
        limit = project.get((indicator, country))
        # A hair of tolerance: targets like 0.1 + 0.2 must not trip over binary rounding.
        if limit is not None and total > limit + 1e-9 * max(1.0, abs(limit)):
            problems.append(
                Problem(
                    "{name} ({indicator}), {country}: the yearly targets add up to {total} "
                    "({years}), more than the life-of-project target of {limit}",
                    name=BY_CODE.get(indicator, indicator),
                    indicator=indicator,
                    country=country,
                    total=_number(total),
                    years=", ".join(years[(indicator, country)]),
                    limit=_number(limit),
                )
            )
    return problems


def require_regional_admin(role: str) -> None:
    if role != Role.REGIONAL_ADMIN.value:
        raise PermissionError("only a regional admin may set the results framework's targets")


def set_targets(
    session: Session,
    yearly: Mapping[YearKey, YearValues],
    project: Mapping[ProjectKey, float | None],
    *,
    by: audit.Actor,
    role: str = Role.REGIONAL_ADMIN.value,
    action: audit.Action = audit.Action.TARGETS_SET,
    subject: str = "targets",
) -> None:
    """Set (or, with None, clear) yearly baselines and targets and life-of-project targets,
    all or none: TargetError lists every problem, TolaData's rule checked on the targets as
    they would stand after the change. Logged as one audit event."""
    require_regional_admin(role)
    problems: list[str] = []
    for (indicator, country, year), values in yearly.items():
        problems += check_key(indicator, country, year)
        problems += check_value(BASELINE, values.baseline)
        problems += check_value(TARGET, values.target)
    for (indicator, country), value in project.items():
        problems += check_key(indicator, country)
        problems += check_value(PROJECT_TARGET, value)
    if not problems:
        after_yearly = {**yearly_targets(session), **yearly}
        after_project = {**project_targets(session), **project}
        problems = rule_problems(
            after_yearly, {k: v for k, v in after_project.items() if v is not None}
        )
    if problems:
        raise TargetError("\n".join(problems))
    now = utc_now()
    for (indicator, country, year), values in yearly.items():
        row = session.get(IndicatorTarget, (indicator, country, year))
        if values.baseline is None and values.target is None:
            if row is not None:
                session.delete(row)
            continue
        if row is None:
            row = IndicatorTarget(indicator=indicator, country=country, year=year)
            session.add(row)
        row.baseline, row.target = values.baseline, values.target
        row.updated_at, row.updated_by = now, by.username
    for (indicator, country), value in project.items():
        lop = session.get(ProjectTarget, (indicator, country))
        if value is None:
            if lop is not None:
                session.delete(lop)
            continue
        if lop is None:
            lop = ProjectTarget(indicator=indicator, country=country)
            session.add(lop)
        lop.target, lop.updated_at, lop.updated_by = value, now, by.username
    session.flush()
    audit.record(
        session,
        action,
        subject,
        by=by,
        details={"yearly": len(yearly), "life_of_project": len(project)},
    )


@dataclass(frozen=True)
class ResultRow:
    indicator: str
    country: str  # a country's code or REGION
    year: int
    baseline: float | None
    target: float | None
    actual: float
    life_of_project: float | None

    @property
    def achieved(self) -> float | None:
        """Actual ÷ target in per cent (None without a target above 0), as TolaData shows."""
        if not self.target:
            return None
        return 100 * self.actual / self.target


def results(session: Session, year: int, countries: Iterable[str] | None = None) -> list[ResultRow]:
    """A row per indicator × place (`countries`, by default every country and the region)."""
    wanted = list(countries) if countries is not None else places()
    values = actuals(session, year)
    yearly = yearly_targets(session)
    project = project_targets(session)
    rows = []
    for indicator in INDICATORS:
        for country in wanted:
            set_ = yearly.get((indicator.code, country, year))
            rows.append(
                ResultRow(
                    indicator.code,
                    country,
                    year,
                    set_.baseline if set_ else None,
                    set_.target if set_ else None,
                    actual(values, indicator.code, country),
                    project.get((indicator.code, country)),
                )
            )
    return rows


def _cell(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else round(value, 2)


RESULT_HEADERS: Final = (
    "indicator", "name", "country", "year", "baseline", "target", "actual", "achieved_percent",
)  # fmt: skip


def results_table(
    session: Session, year: int, country: str | None = None, language: str = "en"
) -> Table:
    """The results table of `year` for one country, or for the region (country None)."""
    rows = results(session, year, [country or REGION])
    return Table(
        "results",
        RESULT_HEADERS,
        tuple(
            (
                r.indicator,
                BY_CODE[r.indicator].name(language),
                r.country,
                r.year,
                _cell(r.baseline),
                _cell(r.target),
                _cell(r.actual),
                None if r.achieved is None else round(r.achieved, 1),
            )
            for r in rows
        ),
    )


def target_years(session: Session) -> list[int]:
    """The years some target is set for."""
    return sorted({t.year for t in session.scalars(select(IndicatorTarget))})


def by_indicator(rows: Sequence[ResultRow]) -> dict[str, list[ResultRow]]:
    out: dict[str, list[ResultRow]] = defaultdict(list)
    for row in rows:
        out[row.indicator].append(row)
    return out
