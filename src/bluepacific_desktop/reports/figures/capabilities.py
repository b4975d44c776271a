"""Capability usage (pillar 2): monthly counts by capability and metric, and period totals."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from bluepacific_desktop.domain.enums import CapabilityMetric
from bluepacific_desktop.reports.figures.periods import Period
from bluepacific_desktop.store.models import RefCapability

METRICS = tuple(m.value for m in CapabilityMetric)


@dataclass(frozen=True)
class MetricRow:
    """One metric of one capability: a count per month of the period (None: not reported)."""

    capability: str
    name_en: str
    name_fr: str
    metric: str
    by_month: tuple[int | None, ...]

    @property
    def total(self) -> int:
        return sum(v for v in self.by_month if v is not None)

    def name(self, language: str) -> str:
        return self.name_fr if language == "fr" else self.name_en


@dataclass(frozen=True)
class CapabilityUsage:
    period: Period
    months: tuple[str, ...]  # YYYY-MM, the columns of every row
    rows: tuple[MetricRow, ...]  # by category and code; only capabilities reported
    reports: int  # monthly reports counted

    def month_totals(self, metric: str) -> tuple[int, ...]:
        """The metric summed over every capability, per month (for the chart)."""
        rows = [r for r in self.rows if r.metric == metric]
        return tuple(sum(r.by_month[i] or 0 for r in rows) for i in range(len(self.months)))

    def totals(self) -> dict[str, int]:
        """Each metric summed over capabilities and months."""
        out: dict[str, int] = {}
        for row in self.rows:
            out[row.metric] = out.get(row.metric, 0) + row.total
        return out


def capability_usage(session: Session, country: str, period: Period) -> CapabilityUsage:
    months = tuple(period.months())
    sums = ", ".join(f"SUM({m})" for m in METRICS)
    # The unique index allows one live report per capability and month, but summing keeps the
    # figures right even if a sync ever delivered two.
    sql = text(
        f"SELECT capability_code, period, COUNT(*), {sums} FROM capability_reports "
        "WHERE country = :country AND deleted = 0 AND period BETWEEN :first AND :last "
        "GROUP BY capability_code, period"
    )
    found: dict[tuple[str, str], tuple[int | None, ...]] = {}
    reports = 0
    params = {"country": country, "first": months[0], "last": months[-1]}
    for code, month, count, *values in session.execute(sql, params):
        found[(code, month)] = tuple(values)
        reports += count
    rows: list[MetricRow] = []
    reported = {code for code, _ in found}
    for cap in session.scalars(
        select(RefCapability)
        .where(RefCapability.code.in_(reported))
        .order_by(RefCapability.category, RefCapability.code)
    ):
        for metric in cap.metrics:  # only the metrics that apply to this capability
            index = METRICS.index(metric)
            by_month = tuple(
                found[(cap.code, m)][index] if (cap.code, m) in found else None for m in months
            )
            rows.append(MetricRow(cap.code, cap.name_en, cap.name_fr, metric, by_month))
    return CapabilityUsage(period, months, tuple(rows), reports)
