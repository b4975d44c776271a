"""A chart per indicator of the results framework: its target beside its actual for each
country of a year, drawn by the regional figures' SVG bar chart (figures/charts.py)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from bluepacific_hub.figures.charts import Series, bar_chart
from bluepacific_hub.results.indicators import BY_CODE, REGION
from bluepacific_hub.results.targets import ResultRow

# The chart's own words in both languages (the console's catalogue is the console's).
_WORDS: Final = {
    "en": {"target": "Target", "actual": "Actual", "title": "{name}, {year}: target and actual"},
    "fr": {"target": "Cible", "actual": "Réalisé", "title": "{name}, {year} : cible et réalisé"},
}


def indicator_chart(
    rows: Sequence[ResultRow], indicator: str, language: str = "en", *, ident: str = "chart"
) -> str:
    """One indicator's target and actual per country (the region left out: its figure would
    flatten every country's bars), from results(); a country shows when it has a target or
    an actual above 0, a missing target drawn as 0."""
    words = _WORDS.get(language, _WORDS["en"])
    shown = [
        r
        for r in rows
        if r.indicator == indicator and r.country != REGION and (r.target or r.actual)
    ]
    years = {r.year for r in rows if r.indicator == indicator}
    title = words["title"].format(
        name=BY_CODE[indicator].name(language), year=", ".join(map(str, sorted(years)))
    )
    series = [
        Series(words["target"], tuple(float(r.target or 0) for r in shown)),
        Series(words["actual"], tuple(float(r.actual) for r in shown)),
    ]
    return bar_chart(
        title, [r.country for r in shown], series, BY_CODE[indicator].unit, ident=ident
    )
