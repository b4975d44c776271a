"""Every project country's monthly returns, as a regional admin's desktop holds them (the hub
sends it every country's records): each country's months with their state, timeliness and due
day in that country's own calendar, and the completeness figures per country and for the
region. No Qt; the CLI's `returns list --all-countries` and the Monthly returns screen read it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bluepacific_desktop.domain.errors import BluePacificError
from bluepacific_desktop.domain.returns import FIRST_PERIOD, months
from bluepacific_desktop.reports.figures.country import report_country
from bluepacific_desktop.reports.figures.periods import country_today
from bluepacific_desktop.store.models import CapabilityReport, MonthlyReturn, RefCountry
from bluepacific_desktop.store.return_rules import hub_rules, region_rules
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.store.types import utcnow
from bluepacific_desktop.workflows.returns import (
    MonthReturn,
    _due_days,
    _status,
    _timed,
    _view,
    _zone,
    device_role,
)
from bluepacific_wire import Role
from bluepacific_wire.completeness import Completeness, ReturnRules, completeness


class NotRegionalAdmin(BluePacificError):
    """Only a regional admin's computer holds every country's months; nothing was read."""

    code = "returns_not_regional_admin"

    def __init__(self) -> None:
        super().__init__(
            "Only a regional admin's computer holds every country's monthly returns: this "
            "computer's hub account sees its own country only (use `returns list`)."
        )


@dataclass(frozen=True)
class CountryReturns:
    """One country's months (oldest first, up to this month where the country is) and their
    completeness figures, each read in the country's own calendar."""

    code: str
    name_en: str
    name_fr: str
    zone: str  # where a month nobody moved yet is read (the country's first zone)
    months: tuple[MonthReturn, ...]
    figures: Completeness
    reports: dict[str, int]  # capability reports held for each month (none: absent)

    def name(self, language: str) -> str:
        return self.name_fr if language == "fr" else self.name_en


@dataclass(frozen=True)
class RegionReturns:
    """The region: this computer's country first, then the others by name; and the totals."""

    countries: tuple[CountryReturns, ...]
    figures: Completeness
    year: int | None


def total(parts: Sequence[Completeness]) -> Completeness:
    """The region's figures: each count is the sum of the countries' (their deadlines differ,
    so each country is counted in its own calendar first)."""
    return Completeness(
        **{f.name: sum(getattr(p, f.name) for p in parts) for f in fields(Completeness)}
    )


def is_regional(store: Store) -> bool:
    """Whether the hub gave this computer's login the regional admin's role (last login)."""
    return device_role(store) is Role.REGIONAL_ADMIN


def region_returns(
    store: Store, year: int | None = None, now: datetime | None = None
) -> RegionReturns:
    """Every project country's months of `year` (or of the whole project) with their
    completeness. NotRegionalAdmin on any other computer: it holds its own country only."""
    return _region(store, year, now, None)


def country_returns(
    store: Store, code: str, year: int | None = None, now: datetime | None = None
) -> CountryReturns:
    """One country's months as `region_returns` reads them (a regional admin's computer)."""
    found = _region(store, year, now, code).countries
    if not found:
        raise ValueError(f"{code!r} is not a project country")
    return found[0]


def _region(
    store: Store, year: int | None, now: datetime | None, only: str | None
) -> RegionReturns:
    if not is_regional(store):
        raise NotRegionalAdmin()
    at = now or utcnow()
    with store.read() as session:
        own = report_country(session)
        others = region_rules(session)
        mine = hub_rules(session)
        wanted = select(RefCountry).where(RefCountry.in_project.is_(True))
        if only is not None:
            wanted = wanted.where(RefCountry.code == only)
        countries = list(session.scalars(wanted))
        countries.sort(key=lambda c: (c.code != own.code, c.name_en))
        rows = []
        for c in countries:
            zone = own.zone if c.code == own.code else (c.zones or [own.zone])[0]
            rules = mine if c.code == own.code else others.get(c.code)
            rows.append(_country(session, c, zone, rules, year, at))
    return RegionReturns(tuple(rows), total([r.figures for r in rows]), year)


def _country(
    session: Session,
    country: RefCountry,
    zone: str,
    rules: ReturnRules | None,
    year: int | None,
    now: datetime,
) -> CountryReturns:
    today = country_today(zone, now)
    last = f"{today.year:04d}-{today.month:02d}"
    first = FIRST_PERIOD if year is None else max(FIRST_PERIOD, f"{year:04d}-01")
    if year is not None:
        last = min(last, f"{year:04d}-12")
    wanted = months(first, last) if first <= last else []
    saved = {
        r.period: r
        for r in session.scalars(
            select(MonthlyReturn).where(
                MonthlyReturn.country == country.code,
                MonthlyReturn.period.in_(wanted),
                MonthlyReturn.deleted.is_(False),
            )
        )
    }
    # The same month view and status as the own country's list (workflows/returns.py).
    rows = tuple(
        _timed(
            country.code,
            _zone(saved.get(p), zone),
            _view(session, p, saved.get(p)),
            now,
            rules,
        )
        for p in wanted
    )
    figures = completeness((_status(country.code, m.zone, m) for m in rows), now, _due_days(rules))
    counted = session.execute(
        select(CapabilityReport.period, func.count())
        .where(
            CapabilityReport.country == country.code,
            CapabilityReport.period.in_(wanted),
            CapabilityReport.deleted.is_(False),
        )
        .group_by(CapabilityReport.period)
    )
    reports = {period: int(n) for period, n in counted}
    return CountryReturns(
        country.code, country.name_en, country.name_fr, zone, rows, figures, reports
    )
