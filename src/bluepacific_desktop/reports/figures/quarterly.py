"""Quarterly country summary for donors: the three pillars, this quarter beside the previous one,
with the quarter's monthly returns (reporting rate, on-time rate)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import text
from sqlalchemy.orm import Session

from bluepacific_desktop.reports.figures.capabilities import CapabilityUsage, capability_usage
from bluepacific_desktop.reports.figures.country import report_country
from bluepacific_desktop.reports.figures.periods import Period, previous_quarter, quarter_of
from bluepacific_desktop.reports.figures.returns import period_completeness
from bluepacific_desktop.reports.figures.training import TrainingSummary, training_summary
from bluepacific_wire.completeness import Completeness


@dataclass(frozen=True)
class Cooperation:
    """Pillar 3 in one period: engagements by kind and the contacts they involved."""

    engagements: int
    by_kind: tuple[tuple[str, int], ...]  # kind code, count; largest first
    contacts_engaged: int  # distinct contacts named in those engagements
    directory_size: int  # live contacts of the country in the directory (at report time)


@dataclass(frozen=True)
class PillarFigures:
    period: Period
    training: TrainingSummary
    capabilities: CapabilityUsage
    cooperation: Cooperation
    # The period's monthly returns (bluepacific_wire.completeness), where the report shows them.
    returns: Completeness | None = None


@dataclass(frozen=True)
class QuarterlySummary:
    current: PillarFigures
    previous: PillarFigures


def cooperation(session: Session, country: str, period: Period) -> Cooperation:
    params = {"country": country, "start": period.start.isoformat(), "end": period.end.isoformat()}
    where = "e.country = :country AND e.deleted = 0 AND e.date BETWEEN :start AND :end"
    kinds = tuple(
        (kind, n)
        for kind, n in session.execute(
            text(
                f"SELECT e.kind, COUNT(*) FROM engagements e WHERE {where} "
                "GROUP BY 1 ORDER BY 2 DESC, 1"
            ),
            params,
        )
    )
    engaged = session.scalar(
        text(
            "SELECT COUNT(DISTINCT j.value) FROM engagements e, json_each(e.contact_ids) j "
            f"WHERE {where}"
        ),
        params,
    )
    directory = session.scalar(
        text("SELECT COUNT(*) FROM contacts WHERE deleted = 0 AND contact_country = :country"),
        params,
    )
    return Cooperation(sum(n for _, n in kinds), kinds, engaged or 0, directory or 0)


def pillar_figures(session: Session, country: str, period: Period) -> PillarFigures:
    return PillarFigures(
        period,
        training_summary(session, country, period, detail=False),
        capability_usage(session, country, period),
        cooperation(session, country, period),
    )


def quarterly_summary(
    session: Session, country: str, period: Period, now: datetime | None = None
) -> QuarterlySummary:
    """The quarter the period starts in, next to the quarter before it, each with its
    returns' completeness as of `now`."""
    current = quarter_of(period.start)
    zone = report_country(session).zone
    out = []
    for quarter in (current, previous_quarter(current)):
        returns = period_completeness(session, country, zone, quarter, now)
        out.append(replace(pillar_figures(session, country, quarter), returns=returns))
    return QuarterlySummary(out[0], out[1])
