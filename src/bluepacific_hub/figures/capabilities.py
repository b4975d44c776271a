"""Regional capability use (pillar 2): each metric summed per capability, country and month
from the monthly capability reports, counted in SQL."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from bluepacific_hub.figure_rows import METRICS
from bluepacific_hub.figures.filters import Filters
from bluepacific_hub.figures.sql import dialect

__all__ = ["METRICS", "CapabilityRow", "capability_figures", "capability_statement"]


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
    where = "r.period BETWEEN :first AND :last"
    if filters.country:
        where += " AND r.country = :country"
        params["country"] = filters.country
    if filters.capability:
        where += " AND r.capability_code = :capability"
        params["capability"] = filters.capability
    sums = ", ".join(f"SUM(r.{m})" for m in METRICS)
    sql = (
        f"SELECT r.capability_code, r.country, r.period, COUNT(*), {sums} FROM fig_report r "
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
