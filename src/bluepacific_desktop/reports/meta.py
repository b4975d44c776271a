"""What a report is about besides its numbers (country, period, moment, language, paper), and
the figures any of the reports holds; no Qt, so preparing a report never loads it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bluepacific_desktop.reports.figures.capabilities import CapabilityUsage
from bluepacific_desktop.reports.figures.contacts import ContactDirectory
from bluepacific_desktop.reports.figures.country import ReportCountry
from bluepacific_desktop.reports.figures.periods import Period
from bluepacific_desktop.reports.figures.quarterly import QuarterlySummary
from bluepacific_desktop.reports.figures.refreshers import RefresherList
from bluepacific_desktop.reports.figures.training import TrainingSummary

Figures = TrainingSummary | CapabilityUsage | ContactDirectory | QuarterlySummary | RefresherList


@dataclass(frozen=True)
class ReportMeta:
    country: ReportCountry
    period: Period
    generated: datetime  # aware; shown in the country's zone
    language: str = "en"
    page: str = "a4"
