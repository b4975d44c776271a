"""A report asked for (report, period, language, paper) and reading its figures from the store:
the one preparation the Reports screen (off the GUI thread) and the `report` command share."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from bluepacific_desktop.reports import csv_out
from bluepacific_desktop.reports.figures import (
    capabilities,
    contacts,
    quarterly,
    refreshers,
    training,
)
from bluepacific_desktop.reports.figures.country import report_country
from bluepacific_desktop.reports.figures.periods import Period, country_today, quarter_of
from bluepacific_desktop.reports.meta import Figures, ReportMeta
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.store.types import utcnow
from bluepacific_desktop.workflows.country_clock import today_there

KINDS = ("training", "capabilities", "contacts", "quarterly", "refreshers")


@dataclass(frozen=True)
class ReportRequest:
    kind: str  # one of KINDS
    period: Period | None  # None: the current quarter on the country's clock
    language: str = "en"
    page: str = "a4"
    contact_country: str | None = None  # contacts report only: one country's contacts

    def file_stem(self, period: Period) -> str:
        """A file name the user can keep as it is, in the report's language: training-2025Q3,
        formation-2025T3 (T for trimestre), contacts-2025-01-01_2025-03-31…"""
        span = period.quarter or f"{period.start.isoformat()}_{period.end.isoformat()}"
        if self.language == "fr":
            return f"{FILE_WORDS_FR.get(self.kind, self.kind)}-{span.replace('Q', 'T')}"
        return f"{self.kind}-{span}"


# The French names of the files (no accents: the files travel by e-mail and USB sticks).
FILE_WORDS_FR = {
    "training": "formation",
    "capabilities": "capacites",
    "contacts": "annuaire",
    "quarterly": "synthese-trimestrielle",
    "refreshers": "recyclages",
}


@dataclass(frozen=True)
class Prepared:
    """The figures of one report, with what the PDF header and the CSV table need."""

    request: ReportRequest
    figures: Figures
    meta: ReportMeta
    table: tuple[list[str], list[list[Any]]]


def current_quarter(store: Store) -> Period:
    """The quarter of today where the country is (a bounded read)."""
    return quarter_of(today_there(store))


def prepare(store: Store, request: ReportRequest, today: date | None = None) -> Prepared:
    """Read the report's figures (the SQL aggregations) in one read transaction."""
    with store.read() as session:
        country = report_country(session)
        period = request.period or quarter_of(today or country_today(country.zone))
        figures: Figures
        if request.kind == "training":
            figures = training.training_summary(session, country.code, period)
            table = csv_out.training_table(figures)
        elif request.kind == "capabilities":
            figures = capabilities.capability_usage(session, country.code, period)
            table = csv_out.capability_table(figures)
        elif request.kind == "contacts":
            figures = contacts.contact_directory(
                session,
                country.code,
                period,
                request.contact_country,
                today or country_today(country.zone),
            )
            table = csv_out.contact_table(figures)
        elif request.kind == "refreshers":
            today_there_now = today or country_today(country.zone)
            figures = refreshers.refreshers_due(session, country.code, period, today_there_now)
            table = csv_out.refresher_table(figures)
        else:
            figures = quarterly.quarterly_summary(session, country.code, period)
            table = csv_out.quarterly_table(figures)
    meta = ReportMeta(country, period, utcnow(), request.language, request.page)
    return Prepared(request, figures, meta, table)
