"""Quarterly country summary for donors: the three pillars, this quarter beside the previous one."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from bluepacific_desktop.reports.figures.capabilities import CapabilityUsage, capability_usage
from bluepacific_desktop.reports.figures.periods import Period, previous_quarter, quarter_of
from bluepacific_desktop.reports.figures.training import TrainingSummary, training_summary


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


def quarterly_summary(session: Session, country: str, period: Period) -> QuarterlySummary:
    """The quarter the period starts in, next to the quarter before it."""
    current = quarter_of(period.start)
    return QuarterlySummary(
        pillar_figures(session, country, current),
        pillar_figures(session, country, previous_quarter(current)),
    )
