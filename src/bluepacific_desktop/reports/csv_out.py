"""Each report as one CSV table (English column names, plain numbers) for Excel and scripts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bluepacific_desktop.reports.figures.capabilities import CapabilityUsage
from bluepacific_desktop.reports.figures.contacts import ContactDirectory
from bluepacific_desktop.reports.figures.quarterly import PillarFigures, QuarterlySummary
from bluepacific_desktop.reports.figures.refreshers import RefresherList
from bluepacific_desktop.reports.figures.training import TrainingFigures, TrainingSummary

Table = tuple[list[str], list[list[Any]]]

TRAINING_COLUMNS = [
    "sessions",
    "attendances",
    "completed",
    "people",
    "female",
    "male",
    "another",
    "not_stated",
    "female_share",
    "completion_rate",
    "scored_attendances",
    "mean_pre_score",
    "mean_post_score",
    "mean_improvement",
    # Added with attendance statuses (issue 16): at the end, so older scripts read on.
    "late",
    "excused",
    "absent",
    "trainers",
    "trainers_female",
    "trainers_male",
    "trainers_another",
    "trainers_not_stated",
    "trainer_days",
]


def _round(value: float | None) -> float | None:
    # Four decimals: exact enough for any sum a reader redoes, short enough to read.
    return None if value is None else round(value, 4)


def _training(f: TrainingFigures) -> list[Any]:
    return [
        f.sessions,
        f.attendances,
        f.completed,
        f.people,
        f.female,
        f.male,
        f.another,
        f.not_stated,
        _round(f.female_share),
        _round(f.completion_rate),
        f.scored,
        _round(f.mean_pre),
        _round(f.mean_post),
        _round(f.mean_improvement),
        f.late,
        f.excused,
        f.absent,
        f.trainers,
        f.trainers_female,
        f.trainers_male,
        f.trainers_another,
        f.trainers_not_stated,
        f.trainer_days,
    ]


def training_table(summary: TrainingSummary) -> Table:
    """One row for the whole period, one per quarter, one per course."""
    p = summary.period
    rows = [["total", p.label, "", *_training(summary.total)]]
    rows += [["quarter", q, "", *_training(f)] for q, f in summary.by_quarter]
    rows += [["course", c.code, c.name_en, *_training(c.figures)] for c in summary.by_course]
    return ["group", "key", "name", *TRAINING_COLUMNS], rows


def refresher_table(refreshers: RefresherList) -> Table:
    """One row per person due, by course and agency (dates as YYYY-MM-DD)."""
    headers = ["course", "course_name", "agency", "name", "last_trained", "due", "overdue"]
    rows: list[list[Any]] = [
        [
            r.course_code,
            r.course_en,
            r.agency,
            r.full_name,
            r.last_trained.isoformat(),
            r.due.isoformat(),
            refreshers.overdue(r),
        ]
        for r in refreshers.rows
    ]
    return headers, rows


def capability_table(usage: CapabilityUsage) -> Table:
    headers = ["capability", "capability_name", "metric", *usage.months, "total"]
    rows = [[r.capability, r.name_en, r.metric, *r.by_month, r.total] for r in usage.rows]
    return headers, rows


def contact_table(directory: ContactDirectory) -> Table:
    headers = [
        "country",
        "country_name",
        "organisation",
        "organisation_type",
        "name",
        "role",
        "phones",
        "emails",
        "secure_channel",
        "engagements_in_period",
        "review_long_overdue",
    ]
    rows = [
        [
            country.code,
            country.name.en,
            org.organisation,
            org.org_type.en,
            c.name,
            c.role.en if c.role else "",
            "; ".join(c.phones),
            "; ".join(c.emails),
            "yes" if c.secure_channel else "no",
            c.engagements,
            "yes" if c.long_overdue else "no",
        ]
        for country in directory.countries
        for org in country.organisations
        for c in org.contacts
    ]
    return headers, rows


def _pillars(f: PillarFigures) -> dict[str, Any]:
    out: dict[str, Any] = dict(zip(TRAINING_COLUMNS, _training(f.training.total), strict=True))
    out["capability_reports"] = f.capabilities.reports
    out.update({f"capability_{m}": n for m, n in f.capabilities.totals().items()})
    if f.returns is not None:
        out["returns_reporting_rate"] = _round(f.returns.reporting_rate)
        out["returns_on_time_rate"] = _round(f.returns.on_time_rate)
    out["engagements"] = f.cooperation.engagements
    out.update({f"engagements_{k}": n for k, n in f.cooperation.by_kind})
    out["contacts_engaged"] = f.cooperation.contacts_engaged
    out["contacts_in_directory"] = f.cooperation.directory_size
    return out


def quarterly_table(summary: QuarterlySummary) -> Table:
    """One row per figure: its value in the previous quarter and in this one."""
    before, now = _pillars(summary.previous), _pillars(summary.current)
    names: Sequence[str] = list(dict.fromkeys([*now, *before]))
    headers = ["figure", summary.previous.period.label, summary.current.period.label]
    return headers, [[name, before.get(name), now.get(name)] for name in names]
