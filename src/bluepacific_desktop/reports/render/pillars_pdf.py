"""Pages of the training summary and the capability usage report."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from bluepacific_desktop.reports.figures.capabilities import CapabilityUsage
from bluepacific_desktop.reports.figures.training import TrainingFigures, TrainingSummary
from bluepacific_desktop.reports.render import labels
from bluepacific_desktop.reports.render.builder import Builder, Cell
from bluepacific_desktop.reports.render.charts import BarChart, Series
from bluepacific_desktop.reports.render.qt import Formats

SEXES = ("female", "male", "another", "not_stated")
# Twelve columns: the first (quarter or course name) gets 24 mm; Qt sizes the figures' columns
# by their headers.
NAME_MM = 24.0


def sex_chart(
    quarters: tuple[tuple[str, TrainingFigures], ...],
    fmt: Formats,
    width: float = 1.0,
    height: float = 0.32,
) -> BarChart:
    """People trained by sex per quarter, stacked: the bar's height is the people trained."""
    return BarChart(
        QCoreApplication.translate("Report", "People trained by sex per quarter"),
        tuple(q for q, _ in quarters),
        tuple(
            Series(labels.sex(s), labels.SEX_COLORS[s], tuple(getattr(f, s) for _, f in quarters))
            for s in SEXES
        ),
        stacked=True,
        width=width,
        height=height,
        language=fmt.language,
    )


def usage_chart(
    usage: CapabilityUsage, fmt: Formats, width: float = 1.0, height: float = 0.32
) -> BarChart:
    """Searches and hits per month, summed over the databases (the two counts donors ask for)."""
    return BarChart(
        QCoreApplication.translate("Report", "Capability usage per month"),
        tuple(fmt.month(m) for m in usage.months),
        (
            Series(labels.metric("searches"), "#2e86c1", usage.month_totals("searches")),
            Series(labels.metric("hits"), "#e67e22", usage.month_totals("hits")),
        ),
        width=width,
        height=height,
        language=fmt.language,
    )


def training_headers() -> list[str]:
    return [
        QCoreApplication.translate("Report", "Sessions"),
        QCoreApplication.translate("Report", "Attendances"),
        QCoreApplication.translate("Report", "People"),
        labels.sex("female"),
        labels.sex("male"),
        QCoreApplication.translate("Report", "Another or not stated"),
        QCoreApplication.translate("Report", "Female share"),
        QCoreApplication.translate("Report", "Completion rate"),
        QCoreApplication.translate("Report", "Mean pre-test"),
        QCoreApplication.translate("Report", "Mean post-test"),
        QCoreApplication.translate("Report", "Mean improvement"),
    ]


def training_cells(f: TrainingFigures, fmt: Formats) -> list[Cell]:
    return [
        fmt.count(f.sessions),
        fmt.count(f.attendances),
        fmt.count(f.people),
        fmt.count(f.female),
        fmt.count(f.male),
        fmt.count(f.another + f.not_stated),
        fmt.share(f.female_share),
        fmt.share(f.completion_rate),
        fmt.score(f.mean_pre),
        fmt.score(f.mean_post),
        fmt.score(f.mean_improvement),
    ]


def status_words(f: TrainingFigures, fmt: Formats) -> str:
    """The attendances by status, and how each counts (under the key figures: one paragraph
    keeps the one-quarter summary on one page)."""
    return QCoreApplication.translate(
        "Report",
        "Attendances by status: present {present}, late {late}, excused {excused}, absent "
        "{absent}. Attendances, people trained, completion and test scores count those present "
        "or late; excused and absent people were registered but are not counted as trained.",
    ).format(
        present=fmt.count(f.present),
        late=fmt.count(f.late),
        excused=fmt.count(f.excused),
        absent=fmt.count(f.absent),
    )


def trainer_words(f: TrainingFigures, fmt: Formats) -> str:
    """The sessions' trainers by sex and their trainer-days."""
    return QCoreApplication.translate(
        "Report",
        "Trainers: {trainers} (women {women}, men {men}, another or not stated {other}), each "
        "counted once; trainer-days: {days} (for each session, its trainers times its days).",
    ).format(
        trainers=fmt.count(f.trainers),
        women=fmt.count(f.trainers_female),
        men=fmt.count(f.trainers_male),
        other=fmt.count(f.trainers_another + f.trainers_not_stated),
        days=fmt.count(f.trainer_days),
    )


def training_pages(b: Builder, summary: TrainingSummary, fmt: Formats) -> None:
    p = summary.period
    b.heading(labels.report_title("training"))
    b.paragraph(
        QCoreApplication.translate(
            "Report", "Training sessions that started from {start} to {end}."
        ).format(start=fmt.day(p.start), end=fmt.day(p.end))
    )
    b.heading(QCoreApplication.translate("Report", "Key figures"), 2)
    names = [
        QCoreApplication.translate("Report", "Figure"),
        QCoreApplication.translate("Report", "Value"),
    ]
    key = list(zip(training_headers(), training_cells(summary.total, fmt), strict=True))
    b.table(names, key, width=60)
    b.paragraph(
        QCoreApplication.translate(
            "Report",
            "People are counted once, however many sessions they attended. Test score means "
            "are over the {n} attendances with both a pre- and a post-test score.",
        ).format(n=fmt.count(summary.total.scored)),
        small=True,
    )
    b.paragraph(status_words(summary.total, fmt), small=True)
    b.paragraph(trainer_words(summary.total, fmt), small=True)
    b.chart_row(sex_chart(summary.by_quarter, fmt))
    b.heading(QCoreApplication.translate("Report", "By quarter"), 2)
    headers = [QCoreApplication.translate("Report", "Quarter"), *training_headers()]
    rows: list[list[Cell]] = [[q, *training_cells(f, fmt)] for q, f in summary.by_quarter]
    b.table(headers, rows, first_mm=NAME_MM, small=True, padding=3)
    b.heading(QCoreApplication.translate("Report", "By course"), 2)
    headers = [QCoreApplication.translate("Report", "Course"), *training_headers()]
    rows = [[c.name(fmt.language), *training_cells(c.figures, fmt)] for c in summary.by_course]
    if rows:
        b.table(headers, rows, first_mm=NAME_MM, small=True, padding=3)
    else:
        b.paragraph(
            QCoreApplication.translate("Report", "No training session started in this period.")
        )


def capability_pages(b: Builder, usage: CapabilityUsage, fmt: Formats) -> None:
    b.heading(labels.report_title("capabilities"))
    b.paragraph(
        QCoreApplication.translate(
            "Report", "Monthly capability reports from {first} to {last}. Reports counted: {n}."
        ).format(
            first=fmt.month(usage.months[0]),
            last=fmt.month(usage.months[-1]),
            n=fmt.count(usage.reports),
        )
    )
    b.chart_row(usage_chart(usage, fmt))
    b.heading(QCoreApplication.translate("Report", "Totals over the period"), 2)
    totals = usage.totals()
    b.table(
        [
            QCoreApplication.translate("Report", "Measure"),
            QCoreApplication.translate("Report", "Total"),
        ],
        [[labels.metric(m), fmt.count(n)] for m, n in totals.items()],
        width=60,
    )
    b.heading(QCoreApplication.translate("Report", "By capability and month"), 2)
    if not usage.rows:
        b.paragraph(QCoreApplication.translate("Report", "No capability report for this period."))
        return
    headers = [
        QCoreApplication.translate("Report", "Capability"),
        QCoreApplication.translate("Report", "Measure"),
        *(fmt.month(m) for m in usage.months),
        QCoreApplication.translate("Report", "Total"),
    ]
    rows: list[list[Cell]] = []
    last = ""
    for r in usage.rows:
        # The capability's name once, on its first measure: the rows below belong to it.
        name = r.name(fmt.language) if r.capability != last else ""
        last = r.capability
        rows.append(
            [name, labels.metric(r.metric), *(fmt.count(v) for v in r.by_month), fmt.count(r.total)]
        )
    b.table(headers, rows, numeric_from=2, small=len(usage.months) > 4)
