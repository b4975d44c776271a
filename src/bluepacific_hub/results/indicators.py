"""The results framework's indicators: a fixed list, each with a stable code, its English and
French names and how its actual is taken from the regional figures (figures/*.py, never a
second computation of the same number)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from sqlalchemy.orm import Session

from bluepacific_hub.figures.capabilities import capability_figures
from bluepacific_hub.figures.cooperation import engagement_figures
from bluepacific_hub.figures.filters import Filters
from bluepacific_hub.figures.training import TrainingRow, training_groupings

# The region's own row: its targets are set for the region as a whole, and its actual is the
# region's figure (unique people trained in the region are not the countries' sum: one person
# may be trained in two countries).
REGION: Final = "REGION"


@dataclass(frozen=True)
class Indicator:
    code: str  # stable: stored with every target and written in the XLSX files
    name_en: str
    name_fr: str
    unit: str  # what its numbers count, for charts
    source: str  # where its actual comes from, in words (docs and the show command)

    def name(self, language: str) -> str:
        return self.name_fr if language == "fr" else self.name_en


INDICATORS: Final = (
    Indicator(
        "trained_female",
        "Women trained (unique people)",
        "Femmes formées (personnes distinctes)",
        "people",
        "training figures: unique women at the year's sessions",
    ),
    Indicator(
        "trained_male",
        "Men trained (unique people)",
        "Hommes formés (personnes distinctes)",
        "people",
        "training figures: unique men at the year's sessions",
    ),
    Indicator(
        "sessions",
        "Training sessions held",
        "Sessions de formation tenues",
        "sessions",
        "training figures: sessions starting in the year",
    ),
    Indicator(
        "searches",
        "Database searches",
        "Recherches dans les bases de données",
        "searches",
        "capability use: searches summed over the year's monthly reports",
    ),
    Indicator(
        "hits",
        "Database hits",
        "Concordances dans les bases de données",
        "hits",
        "capability use: hits summed over the year's monthly reports",
    ),
    Indicator(
        "notices_requested",
        "Notices requested",
        "Notices demandées",
        "notices",
        "capability use: notices requested summed over the year's monthly reports",
    ),
    Indicator(
        "engagements",
        "Cooperation engagements",
        "Échanges de coopération",
        "engagements",
        "engagements: every live engagement dated in the year",
    ),
)
BY_CODE: Final = {i.code: i for i in INDICATORS}

Actuals = dict[tuple[str, str], float]  # (indicator code, country or REGION) → actual


def _training(session: Session, year: int, out: Actuals) -> None:
    per_country, (total,) = training_groupings(session, Filters(year), [("country",), ()])
    reads: dict[str, Callable[[TrainingRow], int]] = {
        "trained_female": lambda r: r.female,
        "trained_male": lambda r: r.male,
        "sessions": lambda r: r.sessions,
    }
    for code, read in reads.items():
        for row in per_country:
            out[(code, row.country)] = float(read(row))
        out[(code, REGION)] = float(read(total))


def _capabilities(session: Session, year: int, out: Actuals) -> None:
    sums: dict[tuple[str, str], float] = defaultdict(float)
    for row in capability_figures(session, Filters(year)):
        for metric in ("searches", "hits", "notices_requested"):
            value = row.metric(metric) or 0  # a metric no report gave counts nothing
            sums[(metric, row.country)] += value
            sums[(metric, REGION)] += value
    out.update(sums)


def _engagements(session: Session, year: int, out: Actuals) -> None:
    sums: dict[tuple[str, str], float] = defaultdict(float)
    for row in engagement_figures(session, Filters(year)):
        sums[("engagements", row.country)] += row.engagements
        sums[("engagements", REGION)] += row.engagements
    out.update(sums)


def actuals(session: Session, year: int) -> Actuals:
    """Every indicator's actual for `year`, per country and for the region, from one reading
    of each figure; a (code, country) missing from the answer is 0 (nothing was recorded)."""
    out: Actuals = {}
    _training(session, year, out)
    _capabilities(session, year, out)
    _engagements(session, year, out)
    return out


def actual(values: Actuals, code: str, country: str) -> float:
    return values.get((code, country), 0.0)
