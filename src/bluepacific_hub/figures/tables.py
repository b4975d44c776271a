"""Each figure as a table of plain cells (headers, then rows of text and numbers): what the
console shows, the CLI prints and the exports write."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from bluepacific_hub.figures.capabilities import METRICS, CapabilityRow, capability_figures
from bluepacific_hub.figures.cooperation import EngagementRow, contact_figures, engagement_figures
from bluepacific_hub.figures.filters import Filters
from bluepacific_hub.figures.training import TrainingRow, training_figures

Cell = str | int | float | None


@dataclass(frozen=True)
class Table:
    name: str  # also the sheet's name in an XLSX file
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]


def _share(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _mean(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


TRAINING_HEADERS = (
    "country", "course", "quarter", "sessions", "attendances", "people", "female", "male",
    "another", "not_stated", "female_share", "completed", "completion_rate", "scored",
    "mean_pre", "mean_post", "mean_improvement", "late", "excused", "absent",
)  # fmt: skip


def training_rows_table(rows: Sequence[TrainingRow]) -> Table:
    """The training table of rows already counted (the console counts the table, the total
    and the chart in one reading: training_groupings)."""
    return Table(
        "training",
        TRAINING_HEADERS,
        tuple(
            (
                r.country,
                r.course,
                r.quarter,
                r.sessions,
                r.attendances,
                r.people,
                r.female,
                r.male,
                r.another,
                r.not_stated,
                _share(r.female_share),
                r.completed,
                _share(r.completion_rate),
                r.scored,
                _mean(r.mean_pre),
                _mean(r.mean_post),
                _mean(r.mean_improvement),
                r.late,
                r.excused,
                r.absent,
            )
            for r in rows
        ),
    )


def training_table(session: Session, filters: Filters) -> Table:
    return training_rows_table(training_figures(session, filters))


def capability_rows_table(rows: Sequence[CapabilityRow]) -> Table:
    return Table(
        "capabilities",
        ("capability", "country", "month", "reports", *METRICS),
        tuple((r.capability, r.country, r.month, r.reports, *r.metrics) for r in rows),
    )


def capability_table(session: Session, filters: Filters) -> Table:
    return capability_rows_table(capability_figures(session, filters))


def engagement_rows_table(rows: Sequence[EngagementRow]) -> Table:
    return Table(
        "engagements",
        ("country", "kind", "quarter", "engagements"),
        tuple((r.country, r.kind, r.quarter, r.engagements) for r in rows),
    )


def engagement_table(session: Session, filters: Filters) -> Table:
    return engagement_rows_table(engagement_figures(session, filters))


def contact_table(session: Session, filters: Filters) -> Table:
    rows = tuple(
        (r.country, r.org_type, r.organisations, r.contacts)
        for r in contact_figures(session, filters)
    )
    return Table("contacts", ("country", "org_type", "organisations", "contacts"), rows)


TABLES: dict[str, Callable[[Session, Filters], Table]] = {
    "training": training_table,
    "capabilities": capability_table,
    "engagements": engagement_table,
    "contacts": contact_table,
}


def all_tables(
    session: Session, filters: Filters, names: Sequence[str] = tuple(TABLES)
) -> list[Table]:
    return [TABLES[name](session, filters) for name in names]
