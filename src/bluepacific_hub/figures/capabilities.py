"""Regional capability use (pillar 2): each metric summed per capability, country and month
from the monthly capability reports, counted in SQL."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import text
from sqlalchemy.orm import Session

from bluepacific_hub.figures.filters import Filters
from bluepacific_hub.figures.sql import dialect, key_of, live, number_of

# The counts a capability report may carry (the desktop's CapabilityMetric values).
METRICS: Final = (
    "searches",
    "hits",
    "notices_requested",
    "diffusions_requested",
    "messages_exchanged",
    "active_accounts",
)


@dataclass(frozen=True)
class CapabilityRow:
    capability: str
    country: str
    month: str  # YYYY-MM
    reports: int
    # Each metric summed over the month's reports; None where no report gave it.
    metrics: tuple[float | None, ...]

    def metric(self, name: str) -> float | None:
        return self.metrics[METRICS.index(name)]


def capability_statement(db: str, filters: Filters) -> tuple[str, dict[str, Any]]:
    months = filters.months()
    params: dict[str, Any] = {"first": months[0], "last": months[-1]}
    code, period = key_of(db, "r", "capability_code"), key_of(db, "r", "period")
    where = f"{live('r', 'capability_report')} AND {period} BETWEEN :first AND :last"
    if filters.country:
        where += " AND r.country = :country"
        params["country"] = filters.country
    if filters.capability:
        where += f" AND {code} = :capability"
        params["capability"] = filters.capability
    sums = ", ".join(f"SUM({number_of(db, 'r', m)})" for m in METRICS)
    sql = (
        f"SELECT {code}, r.country, {period}, COUNT(*), {sums} FROM sync_record r "
        f"WHERE {where} GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"
    )
    return sql, params


def _number(value: Any) -> float | None:
    if value is None:
        return None
    number = float(value)
    return int(number) if number.is_integer() else number


def capability_figures(session: Session, filters: Filters) -> list[CapabilityRow]:
    """Every (capability, country, month) with a live report in the period."""
    sql, params = capability_statement(dialect(session), filters)
    return [
        CapabilityRow(
            str(code), str(country), str(month), int(n), tuple(_number(v) for v in values)
        )
        for code, country, month, n, *values in session.execute(text(sql), params)
    ]
