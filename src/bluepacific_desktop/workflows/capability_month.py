"""One month of capability reports as editable rows, and saving them in one transaction (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import bindparam, select, text
from sqlalchemy.orm import Session

from bluepacific_desktop.domain.enums import CapabilityMetric, OutboxState, RecordKind
from bluepacific_desktop.domain.errors import FieldProblem, ValidationError
from bluepacific_desktop.domain.returns import HISTORY_MONTHS, previous_months
from bluepacific_desktop.store.device import COUNTRY, device_context, get_setting
from bluepacific_desktop.store.models import CapabilityReport, RefCapability
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store

METRICS: tuple[str, ...] = tuple(m.value for m in CapabilityMetric)
# The order the focal point thinks in: the network first, then what is searched, then requests.
CATEGORIES: tuple[str, ...] = ("network", "database", "access", "notice", "support", "learning")
KIND = RecordKind.CAPABILITY_REPORT


@dataclass
class CapabilityRow:
    """One capability of the catalog in the month being edited; counts are kept as typed."""

    code: str
    category: str
    name: str
    metrics: tuple[str, ...]
    values: dict[str, str] = field(default_factory=dict)
    narrative: str = ""
    success_stories: str = ""
    record_id: str | None = None  # the month's saved report, if there is one
    problems: dict[str, str] = field(default_factory=dict)  # field → words for the user
    # Each metric's figures in the HISTORY_MONTHS months before, oldest first (None: not
    # reported): shown beside the cell, as the submit checks compare with them.
    history: dict[str, list[tuple[str, int | None]]] = field(default_factory=dict)

    def is_empty(self) -> bool:
        typed = any(self.values.get(m, "").strip() for m in self.metrics)
        return not typed and not self.narrative.strip() and not self.success_stories.strip()

    def record_data(self, period: str) -> dict[str, Any]:
        """The fields for RecordService; the service parses "1,000" and refuses "1,5"."""
        data: dict[str, Any] = {"capability_code": self.code, "period": period}
        for metric in METRICS:
            text = self.values.get(metric, "").strip() if metric in self.metrics else ""
            data[metric] = text or None
        data["narrative"] = self.narrative
        data["success_stories"] = self.success_stories
        return data


def period_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def load_month(store: Store, period: str, french: bool) -> list[CapabilityRow]:
    """Every capability of the catalog, with the month's saved values where there are some."""
    with store.read() as session:
        country = device_context(session).country
        saved = {
            r.capability_code: r
            for r in session.scalars(
                select(CapabilityReport).where(
                    CapabilityReport.period == period,
                    CapabilityReport.country == country,
                    CapabilityReport.deleted.is_(False),
                )
            )
        }
        catalog = list(session.scalars(select(RefCapability)))
        window = previous_months(period, HISTORY_MONTHS)
        earlier: dict[tuple[str, str, str], int | None] = {}
        for r in session.scalars(
            select(CapabilityReport).where(
                CapabilityReport.period.in_(window),
                CapabilityReport.country == country,
                CapabilityReport.deleted.is_(False),
            )
        ):
            for metric in METRICS:
                earlier[(r.capability_code, r.period, metric)] = getattr(r, metric)
    rank = {c: i for i, c in enumerate(CATEGORIES)}
    catalog.sort(key=lambda c: (rank.get(c.category, len(rank)), c.category))
    rows = []
    for cap in catalog:
        row = CapabilityRow(
            cap.code, cap.category, cap.name_fr if french else cap.name_en, tuple(cap.metrics)
        )
        row.history = {m: [(p, earlier.get((cap.code, p, m))) for p in window] for m in row.metrics}
        report = saved.get(cap.code)
        if report is not None:
            row.record_id = report.id
            for metric in row.metrics:
                value = getattr(report, metric)
                row.values[metric] = "" if value is None else str(value)
            row.narrative = report.narrative or ""
            row.success_stories = report.success_stories or ""
        rows.append(row)
    return rows


class MonthInvalid(Exception):
    """Some rows were refused; the whole month was rolled back. Problems by capability code."""

    def __init__(self, problems: dict[str, list[FieldProblem]]) -> None:
        super().__init__("; ".join(p.message for ps in problems.values() for p in ps))
        self.problems = problems


@dataclass(frozen=True)
class Saved:
    written: int
    deleted: int


def _existing(session: Session, country: str, period: str) -> dict[str, str]:
    rows = session.execute(
        select(CapabilityReport.capability_code, CapabilityReport.id).where(
            CapabilityReport.period == period,
            CapabilityReport.country == country,
            CapabilityReport.deleted.is_(False),
        )
    )
    return {code: rid for code, rid in rows}


def save_month(
    store: Store, period: str, wanted: dict[str, dict[str, Any]], delete: set[str]
) -> Saved:
    """Create or update a report per row in `wanted`, delete those in `delete`: all or nothing.

    Every row is checked before giving up, so the user sees all the problems at once.
    """
    problems: dict[str, list[FieldProblem]] = {}
    with store.write() as session:
        service = RecordService(session)
        # Looked up again inside the transaction: a sync may have brought a report since loading.
        existing = _existing(session, service.device.country, period)
        for code, data in wanted.items():
            try:
                if code in existing:
                    service.update(KIND, existing[code], data)
                else:
                    service.create(KIND, data)
            except ValidationError as exc:
                problems[code] = exc.problems
        deleted = 0
        for code in delete:
            if code in existing and code not in wanted:
                service.delete(KIND, existing[code])
                deleted += 1
        if problems:
            raise MonthInvalid(problems)  # leaving the `with` rolls everything back
    return Saved(len(wanted), deleted)


def delete_month(store: Store, period: str) -> int:
    """Delete (tombstone) every report of the month, in one transaction."""
    with store.write() as session:
        service = RecordService(session)
        existing = _existing(session, service.device.country, period)
        for rid in existing.values():
            service.delete(KIND, rid)
    return len(existing)


# One row per month; a month has at most ~30 reports, so the list stays a few hundred rows.
# A report waits while any change of it is in the outbox, and needs attention while one is
# set aside or in conflict: the same meaning as store.outbox.waiting(), per month.
_QUEUED = (
    "SUM(CASE WHEN EXISTS (SELECT 1 FROM outbox o WHERE o.kind = :kind "
    "AND o.record_id = c.id {extra}) THEN 1 ELSE 0 END)"
)
_MONTHS_SQL = text(
    f"SELECT c.period, COUNT(*), {', '.join(f'SUM(c.{m})' for m in METRICS)}, "
    f"{_QUEUED.format(extra='')}, {_QUEUED.format(extra='AND o.state IN :held')} "
    "FROM capability_reports c WHERE c.deleted = 0 AND c.country = :country "
    "GROUP BY c.period ORDER BY c.period DESC"
).bindparams(bindparam("held", expanding=True))


@dataclass(frozen=True)
class MonthSummary:
    period: str  # YYYY-MM
    reports: int
    totals: tuple[int | None, ...]  # in METRICS order
    waiting: int  # reports with a change not yet on the hub
    attention: int  # of those, reports set aside or in conflict


def month_summaries(store: Store) -> list[MonthSummary]:
    """The country's reported months, newest first: counts, totals and sync state."""
    with store.read() as session:
        country = get_setting(session, COUNTRY) or ""
        rows = session.execute(
            _MONTHS_SQL,
            {
                "country": country,
                "kind": RecordKind.CAPABILITY_REPORT.value,
                "held": [OutboxState.SET_ASIDE.value, OutboxState.CONFLICT.value],
            },
        ).all()
    n = len(METRICS)
    return [
        MonthSummary(r[0], r[1], tuple(r[2 : 2 + n]), r[2 + n] or 0, r[3 + n] or 0) for r in rows
    ]
