"""The checks a monthly return's capability figures must pass to be submitted: hits never
above searches, no figure a capability does not have, and a figure far from the country's
usual (the median of its last 12 months) confirmed by an explanation. Plain code, shared by
the desktop (which refuses the submission) and the hub (whose review queue shows the same
warnings beside the explanations the submission carried)."""

from __future__ import annotations

import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Final

# A figure this many times the median of the last months (or under its inverse) asks for a word.
OUTLIER_RATIO: Final = 3
HISTORY_MONTHS: Final = 12
# Fewer earlier months than this with a figure: no median worth comparing with.
MIN_HISTORY: Final = 3


def previous_months(period: str, count: int) -> list[str]:
    """The `count` months before `period`, oldest first."""
    year, month = int(period[:4]), int(period[5:7])
    out = []
    for _ in range(count):
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        out.append(f"{year:04d}-{month:02d}")
    return out[::-1]


@dataclass(frozen=True)
class MonthProblem:
    """One thing that stops a month from being submitted.

    `code` names the problem for the screens (hits_over_searches, metric_not_applicable,
    unusual_figure, nil_with_figures); an unusual figure is cleared by an explanation of its
    capability (`explainable`), the others only by correcting the figures."""

    capability: str
    metric: str
    code: str
    message: str
    explainable: bool = False
    # The numbers the message quotes, for the screens' own words: (hits, searches) of
    # hits_over_searches, (value, median, months) of unusual_figure.
    figures: tuple[float, ...] = ()


@dataclass(frozen=True)
class Figures:
    """One capability's report of the month, as the checks need it."""

    capability: str
    applicable: frozenset[str]
    values: Mapping[str, int | None]


def month_problems(
    reports: Sequence[Figures],
    earlier: Mapping[tuple[str, str], Sequence[int]],
    explained: Mapping[str, str],
) -> list[MonthProblem]:
    """Every problem of the month at once. `earlier`: (capability, metric) → the figures of
    the last 12 months that have one; `explained`: capability → its explanation."""
    found: list[MonthProblem] = []
    for report in reports:
        v = report.values
        searches, hits = v.get("searches"), v.get("hits")
        if searches is not None and hits is not None and hits > searches:
            found.append(
                MonthProblem(
                    report.capability,
                    "hits",
                    "hits_over_searches",
                    f"{report.capability}: {hits:,} hits but only {searches:,} searches; "
                    "a hit is a search that found something, so hits cannot be more.",
                    figures=(hits, searches),
                )
            )
        for metric, value in v.items():
            if metric not in report.applicable and value is not None:
                found.append(
                    MonthProblem(
                        report.capability,
                        metric,
                        "metric_not_applicable",
                        f"{report.capability}: {metric.replace('_', ' ')} does not apply to "
                        "this capability; leave it empty.",
                    )
                )
        if report.capability in explained and explained[report.capability].strip():
            continue
        for metric in sorted(report.applicable):
            value = v.get(metric)
            past = earlier.get((report.capability, metric), ())
            if value is None or len(past) < MIN_HISTORY:
                continue
            median = statistics.median(past)
            if median <= 0:
                continue
            if value > OUTLIER_RATIO * median or value * OUTLIER_RATIO < median:
                found.append(
                    MonthProblem(
                        report.capability,
                        metric,
                        "unusual_figure",
                        f"{report.capability}: {metric.replace('_', ' ')} {value:,} is far from "
                        f"the usual {_figure(median)} (the median of the last "
                        f"{len(past)} months); confirm it with a short explanation.",
                        explainable=True,
                        figures=(value, median, len(past)),
                    )
                )
    return found


def _figure(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,.1f}"
