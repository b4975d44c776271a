"""The one-page quarterly country summary: three pillars, this quarter beside the previous."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from bluepacific_desktop.reports.figures.capabilities import CapabilityUsage
from bluepacific_desktop.reports.figures.periods import Period
from bluepacific_desktop.reports.figures.quarterly import PillarFigures, QuarterlySummary
from bluepacific_desktop.reports.render import labels
from bluepacific_desktop.reports.render.builder import Builder, Cell
from bluepacific_desktop.reports.render.pillars_pdf import sex_chart, usage_chart
from bluepacific_desktop.reports.render.qt import Formats

Value = int | float | None


def _row(
    name: str, before: Value, now: Value, show: Callable[[Value], str], fmt: Formats
) -> list[Cell]:
    change = None if before is None or now is None else now - before
    return [name, show(before), show(now), fmt.change(change)]


def _rows(prev: PillarFigures, cur: PillarFigures, fmt: Formats) -> list[list[Cell]]:

    def count(v: Value) -> str:
        return fmt.count(None if v is None else int(v))

    def share(v: Value) -> str:
        return fmt.share(None if v is None else float(v))

    def score(v: Value) -> str:
        return fmt.score(None if v is None else float(v))

    p, c = prev.training.total, cur.training.total
    rows: list[list[Cell]] = [[(QCoreApplication.translate("Report", "1 · Training"), "group")]]
    rows += [
        _row(QCoreApplication.translate("Report", "Sessions"), p.sessions, c.sessions, count, fmt),
        _row(
            QCoreApplication.translate("Report", "Attendances"),
            p.attendances,
            c.attendances,
            count,
            fmt,
        ),
        _row(
            QCoreApplication.translate("Report", "People trained"), p.people, c.people, count, fmt
        ),
        _row(labels.sex("female"), p.female, c.female, count, fmt),
        _row(labels.sex("male"), p.male, c.male, count, fmt),
        _row(
            QCoreApplication.translate("Report", "Another or not stated"),
            p.another + p.not_stated,
            c.another + c.not_stated,
            count,
            fmt,
        ),
        _row(
            QCoreApplication.translate("Report", "Female share"),
            p.female_share,
            c.female_share,
            share,
            fmt,
        ),
        _row(
            QCoreApplication.translate("Report", "Completion rate"),
            p.completion_rate,
            c.completion_rate,
            share,
            fmt,
        ),
        _row(
            QCoreApplication.translate("Report", "Mean improvement (points)"),
            p.mean_improvement,
            c.mean_improvement,
            score,
            fmt,
        ),
    ]
    # Share rows change in percentage points: show the change as points, not as a fraction.
    rows[7][3] = _points(p.female_share, c.female_share, fmt)
    rows[8][3] = _points(p.completion_rate, c.completion_rate, fmt)
    rows.append(
        [(QCoreApplication.translate("Report", "2 · INTERPOL policing capabilities"), "group")]
    )
    rows.append(
        _row(
            QCoreApplication.translate("Report", "Monthly reports"),
            prev.capabilities.reports,
            cur.capabilities.reports,
            count,
            fmt,
        )
    )
    before, now = prev.capabilities.totals(), cur.capabilities.totals()
    for metric in _metric_order(cur.capabilities, prev.capabilities):
        rows.append(_row(labels.metric(metric), before.get(metric), now.get(metric), count, fmt))
    pc, cc = prev.cooperation, cur.cooperation
    rows.append([(QCoreApplication.translate("Report", "3 · Regional cooperation"), "group")])
    rows.append(
        _row(
            QCoreApplication.translate("Report", "Engagements"),
            pc.engagements,
            cc.engagements,
            count,
            fmt,
        )
    )
    kinds_before, kinds_now = dict(pc.by_kind), dict(cc.by_kind)
    for kind in sorted(set(kinds_before) | set(kinds_now)):
        rows.append(
            _row(
                labels.engagement_kind(kind),
                kinds_before.get(kind, 0),
                kinds_now.get(kind, 0),
                count,
                fmt,
            )
        )
    rows.append(
        _row(
            QCoreApplication.translate("Report", "Contacts engaged"),
            pc.contacts_engaged,
            cc.contacts_engaged,
            count,
            fmt,
        )
    )
    directory = QCoreApplication.translate("Report", "Contacts in the directory (today)")
    rows.append([directory, "", count(cc.directory_size), ""])
    return rows


def _points(before: float | None, now: float | None, fmt: Formats) -> str:
    if before is None or now is None:
        return "–"
    return QCoreApplication.translate("Report", "{value} pts").format(
        value=fmt.change((now - before) * 100)
    )


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
    b.table(headers, _rows(prev, cur, fmt), widths=[46, 18, 18, 18], padding=3)


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
