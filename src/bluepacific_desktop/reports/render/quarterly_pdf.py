"""The one-page quarterly country summary: three pillars, this quarter beside the previous."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from PySide6.QtCore import QCoreApplication

from bluepacific_desktop.reports.figures.capabilities import CapabilityUsage
from bluepacific_desktop.reports.figures.periods import Period
from bluepacific_desktop.reports.figures.quarterly import PillarFigures, QuarterlySummary
from bluepacific_desktop.reports.render import labels
from bluepacific_desktop.reports.render.builder import Builder, Cell
from bluepacific_desktop.reports.render.pillars_pdf import sex_chart, usage_chart
from bluepacific_desktop.reports.render.qt import Formats

Value = int | float | None
Unit = Literal["count", "share", "score"]  # a share changes in percentage points


@dataclass(frozen=True)
class Figure:
    """One line of the table, named by `key`: a figure's words, its value in the previous quarter
    and in this one, and how it reads. Each line formats itself, so a line added anywhere
    leaves every other line's cells alone."""

    key: str
    label: str
    before: Value
    now: Value
    unit: Unit = "count"
    compared: bool = True  # False: a figure of today only, with no previous value or change


Line = Figure | str  # a figure, or the heading of a pillar


def figure_lines(prev: PillarFigures, cur: PillarFigures) -> list[Line]:
    """The table's lines, three pillars, in the order read."""
    p, c = prev.training.total, cur.training.total
    lines: list[Line] = [
        QCoreApplication.translate("Report", "1 · Training"),
        Figure(
            "sessions", QCoreApplication.translate("Report", "Sessions"), p.sessions, c.sessions
        ),
        Figure(
            "attendances",
            QCoreApplication.translate("Report", "Attendances"),
            p.attendances,
            c.attendances,
        ),
        Figure(
            "people", QCoreApplication.translate("Report", "People trained"), p.people, c.people
        ),
        Figure("female", labels.sex("female"), p.female, c.female),
        Figure("male", labels.sex("male"), p.male, c.male),
        Figure(
            "another_or_not_stated",
            QCoreApplication.translate("Report", "Another or not stated"),
            p.another + p.not_stated,
            c.another + c.not_stated,
        ),
        Figure(
            "female_share",
            QCoreApplication.translate("Report", "Female share"),
            p.female_share,
            c.female_share,
            "share",
        ),
        Figure(
            "completion_rate",
            QCoreApplication.translate("Report", "Completion rate"),
            p.completion_rate,
            c.completion_rate,
            "share",
        ),
        Figure(
            "mean_improvement",
            QCoreApplication.translate("Report", "Mean improvement (points)"),
            p.mean_improvement,
            c.mean_improvement,
            "score",
        ),
        QCoreApplication.translate("Report", "2 · INTERPOL policing capabilities"),
        Figure(
            "capability_reports",
            QCoreApplication.translate("Report", "Monthly reports"),
            prev.capabilities.reports,
            cur.capabilities.reports,
        ),
    ]
    before, now = prev.capabilities.totals(), cur.capabilities.totals()
    for metric in _metric_order(cur.capabilities, prev.capabilities):
        lines.append(
            Figure(f"metric:{metric}", labels.metric(metric), before.get(metric), now.get(metric))
        )
    if cur.returns is not None:
        # The monthly returns that carry these figures: received ÷ expected, on time ÷ expected.
        pr, cr = prev.returns, cur.returns
        lines.append(
            Figure(
                "reporting_rate",
                QCoreApplication.translate("Report", "Reporting rate (monthly returns)"),
                pr.reporting_rate if pr is not None else None,
                cr.reporting_rate,
                "share",
            )
        )
        lines.append(
            Figure(
                "on_time_rate",
                QCoreApplication.translate("Report", "On-time rate (monthly returns)"),
                pr.on_time_rate if pr is not None else None,
                cr.on_time_rate,
                "share",
            )
        )
    pc, cc = prev.cooperation, cur.cooperation
    lines.append(QCoreApplication.translate("Report", "3 · Regional cooperation"))
    lines.append(
        Figure(
            "engagements",
            QCoreApplication.translate("Report", "Engagements"),
            pc.engagements,
            cc.engagements,
        )
    )
    kinds_before, kinds_now = dict(pc.by_kind), dict(cc.by_kind)
    for kind in sorted(set(kinds_before) | set(kinds_now)):
        lines.append(
            Figure(
                f"engagement_kind:{kind}",
                labels.engagement_kind(kind),
                kinds_before.get(kind, 0),
                kinds_now.get(kind, 0),
            )
        )
    lines.append(
        Figure(
            "contacts_engaged",
            QCoreApplication.translate("Report", "Contacts engaged"),
            pc.contacts_engaged,
            cc.contacts_engaged,
        )
    )
    lines.append(
        Figure(
            "directory_size",
            QCoreApplication.translate("Report", "Contacts in the directory (today)"),
            None,
            cc.directory_size,
            compared=False,
        )
    )
    return lines


def table_rows(lines: list[Line], fmt: Formats) -> list[list[Cell]]:
    """The table's cells, each line from its own figure (a heading spans the row)."""
    return [[(line, "group")] if isinstance(line, str) else _cells(line, fmt) for line in lines]


def _cells(figure: Figure, fmt: Formats) -> list[Cell]:
    now = _value(figure.now, figure.unit, fmt)
    if not figure.compared:
        return [figure.label, "", now, ""]
    before = _value(figure.before, figure.unit, fmt)
    if figure.before is None or figure.now is None:
        change = fmt.change(None)
    elif figure.unit == "share":
        # A share changes in percentage points: shown as points, not as a fraction.
        change = QCoreApplication.translate("Report", "{value} pts").format(
            value=fmt.change((figure.now - figure.before) * 100)
        )
    else:
        change = fmt.change(figure.now - figure.before)
    return [figure.label, before, now, change]


def _value(value: Value, unit: Unit, fmt: Formats) -> str:
    if unit == "share":
        return fmt.share(None if value is None else float(value))
    if unit == "score":
        return fmt.score(None if value is None else float(value))
    return fmt.count(None if value is None else int(value))


def _metric_order(*usages: CapabilityUsage) -> list[str]:
    seen: dict[str, None] = {}
    for usage in usages:
        for row in usage.rows:
            seen.setdefault(row.metric, None)
    return list(seen)


def quarterly_page(b: Builder, summary: QuarterlySummary, fmt: Formats) -> None:
    cur, prev = summary.current, summary.previous
    b.heading(
        QCoreApplication.translate("Report", "Quarterly country summary, {quarter}").format(
            quarter=cur.period.label
        )
    )
    b.paragraph(
        QCoreApplication.translate(
            "Report", "{quarter}: {start} to {end}, compared with {previous}."
        ).format(
            quarter=cur.period.label,
            start=fmt.day(cur.period.start),
            end=fmt.day(cur.period.end),
            previous=prev.period.label,
        ),
        small=True,
    )
    quarters = (
        (prev.period.label, prev.training.total),
        (cur.period.label, cur.training.total),
    )
    both = _two_quarters(prev.capabilities, cur.capabilities)
    b.chart_row(
        sex_chart(quarters, fmt, width=0.4, height=0.3),
        usage_chart(both, fmt, width=0.6, height=0.3),
    )
    headers = [
        QCoreApplication.translate("Report", "Figure"),
        prev.period.label,
        cur.period.label,
        QCoreApplication.translate("Report", "Change"),
    ]
    b.table(headers, table_rows(figure_lines(prev, cur), fmt), widths=[46, 18, 18, 18], padding=3)


def _two_quarters(prev: CapabilityUsage, cur: CapabilityUsage) -> CapabilityUsage:
    """One usage over six months, for the chart: the previous quarter's months then these."""
    by_key = {(r.capability, r.metric): r for r in prev.rows}
    rows = []
    for r in cur.rows:
        old = by_key.pop((r.capability, r.metric), None)
        before = old.by_month if old else (None,) * len(prev.months)
        rows.append(replace(r, by_month=before + r.by_month))
    for old in by_key.values():
        rows.append(replace(old, by_month=old.by_month + (None,) * len(cur.months)))
    period = Period(prev.period.start, cur.period.end)
    return CapabilityUsage(
        period, prev.months + cur.months, tuple(rows), prev.reports + cur.reports
    )
