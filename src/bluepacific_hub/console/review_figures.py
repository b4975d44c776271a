"""What the review queue shows beside a waiting month: its capability figures next to the same
country's last 12 months (this month, the median, the range), and the warnings of the
submission checks (bluepacific_wire/return_checks.py, the desktop's own) with the explanation
the submission carried for each. The hub reads its figures tables (fig_report), so a reviewer
sees what the desktop saw when the month was submitted."""

from __future__ import annotations

import functools
import statistics
from collections import defaultdict
from dataclasses import dataclass
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from bluepacific_hub.console.i18n import N_, Words
from bluepacific_hub.figure_rows import METRICS
from bluepacific_hub.models import FigureReport
from bluepacific_hub.reference import load_reference_data
from bluepacific_wire.return_checks import (
    HISTORY_MONTHS,
    Figures,
    MonthProblem,
    month_problems,
    previous_months,
)

METRIC_WORDS: Final = {
    "searches": N_("searches"),
    "hits": N_("hits"),
    "notices_requested": N_("notices requested"),
    "diffusions_requested": N_("diffusions requested"),
    "messages_exchanged": N_("messages exchanged"),
    "active_accounts": N_("active accounts"),
}
# The checks' warnings in the console's words, by their code (the figures they quote filled in).
UNUSUAL: Final = N_("{metric} {value} is far from the usual {median} ({months}-month median)")
HITS_OVER: Final = N_("{hits} hits but only {searches} searches: hits cannot be more")
NOT_APPLICABLE: Final = N_("{metric} does not apply to this capability")


@dataclass(frozen=True)
class FigureLine:
    """One capability's metric: this month's figure beside its last 12 months'."""

    capability: str
    metric: str
    value: float | None
    median: float | None  # of the earlier months that have the figure
    low: float | None
    high: float | None
    months: int  # how many earlier months have it


@dataclass(frozen=True)
class CheckWarning:
    problem: MonthProblem
    explanation: str | None  # the submission's words for its capability, if any


@dataclass(frozen=True)
class MonthFigures:
    lines: list[FigureLine]
    warnings: list[CheckWarning]


@functools.cache
def _applicable() -> dict[str, frozenset[str]]:
    return {
        str(c["code"]): frozenset(str(m) for m in c.get("metrics", []))
        for c in load_reference_data()["capabilities"]
    }


def explanations_of(raw: object) -> dict[str, str]:
    """The submission's explanations ("CODE=text", as the desktop sends them) by capability."""
    out: dict[str, str] = {}
    for item in raw if isinstance(raw, list) else []:
        code, _sep, text = str(item).partition("=")
        if code.strip() and text.strip():
            out[code.strip().upper()] = text.strip()
    return out


def month_figures(
    session: Session, country: str, period: str, explanations: dict[str, str]
) -> MonthFigures:
    window = previous_months(period, HISTORY_MONTHS)
    columns = [getattr(FigureReport, m) for m in METRICS]
    rows = session.execute(
        select(FigureReport.capability_code, FigureReport.period, *columns).where(
            FigureReport.country == country, FigureReport.period.in_([*window, period])
        )
    )
    # (capability, period) -> metric -> sum (a month has one report per capability; summed
    # all the same, as the figures pages do)
    sums: dict[tuple[str, str], dict[str, float]] = defaultdict(dict)
    for code, month, *given in rows:
        for metric, value in zip(METRICS, given, strict=True):
            if value is not None:
                cell = sums[(str(code), str(month))]
                cell[metric] = cell.get(metric, 0.0) + float(value)
    this = {cap: figures for (cap, month), figures in sums.items() if month == period}
    earlier: dict[tuple[str, str], list[float]] = defaultdict(list)
    for (cap, month), values in sorted(sums.items()):
        if month != period:
            for metric, value in values.items():
                earlier[(cap, metric)].append(value)
    lines = []
    for cap in sorted(this):
        for metric in METRICS:
            past = earlier.get((cap, metric), [])
            value = this[cap].get(metric)
            if value is None and not past:
                continue
            lines.append(
                FigureLine(
                    cap,
                    metric,
                    value,
                    statistics.median(past) if past else None,
                    min(past) if past else None,
                    max(past) if past else None,
                    len(past),
                )
            )
    reports = [
        Figures(cap, _applicable().get(cap, frozenset()), {m: _int(v) for m, v in values.items()})
        for cap, values in sorted(this.items())
    ]
    # Every warning, explained or not: the checks skip an explained capability's unusual
    # figures, but the reviewer wants to see what was explained.
    problems = month_problems(reports, {k: [_int(v) for v in vs] for k, vs in earlier.items()}, {})
    warnings = [CheckWarning(p, explanations.get(p.capability.upper())) for p in problems]
    return MonthFigures(lines, warnings)


def _int(value: float) -> int:
    """A figure as the checks take it: capability figures are counts."""
    return round(value)


def number(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.1f}"


def warning_text(problem: MonthProblem, _: Words) -> str:
    """A warning in the viewer's language: the capability, then what the check found."""
    metric = _(METRIC_WORDS.get(problem.metric, problem.metric))
    f = problem.figures
    if problem.code == "unusual_figure" and len(f) == 3:
        text = _(UNUSUAL, metric=metric, value=number(f[0]), median=number(f[1]), months=int(f[2]))
    elif problem.code == "hits_over_searches" and len(f) == 2:
        text = _(HITS_OVER, hits=number(f[0]), searches=number(f[1]))
    elif problem.code == "metric_not_applicable":
        text = _(NOT_APPLICABLE, metric=metric)
    else:
        text = problem.message
    return f"{problem.capability}: {text}"
