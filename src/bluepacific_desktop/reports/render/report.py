"""Renders any report's figures to a PDF file: the one entry point of report rendering."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPagedPaintDevice, QTextDocument

from bluepacific_desktop.reports.figures.capabilities import CapabilityUsage
from bluepacific_desktop.reports.figures.contacts import ContactDirectory
from bluepacific_desktop.reports.figures.periods import Period
from bluepacific_desktop.reports.figures.quarterly import QuarterlySummary
from bluepacific_desktop.reports.figures.refreshers import RefresherList
from bluepacific_desktop.reports.figures.training import TrainingSummary
from bluepacific_desktop.reports.meta import Figures, ReportMeta
from bluepacific_desktop.reports.render import labels
from bluepacific_desktop.reports.render.builder import Builder
from bluepacific_desktop.reports.render.directory_pdf import directory_pages
from bluepacific_desktop.reports.render.pages import (
    PAGE_SIZES,
    PageHeader,
    paint_pages,
    write_pdf,
)
from bluepacific_desktop.reports.render.pillars_pdf import capability_pages, training_pages
from bluepacific_desktop.reports.render.qt import Formats, ensure_qt_app, translating
from bluepacific_desktop.reports.render.quarterly_pdf import quarterly_page
from bluepacific_desktop.reports.render.refreshers_pdf import refresher_pages

LANGUAGES = ("en", "fr")


def _period_text(period: Period, fmt: Formats) -> str:
    span = f"{fmt.day(period.start)} – {fmt.day(period.end)}"
    return f"{period.quarter} ({span})" if period.quarter else span


def _check(meta: ReportMeta) -> None:
    if meta.language not in LANGUAGES or meta.page not in PAGE_SIZES:
        raise ValueError(f"unknown language {meta.language!r} or page size {meta.page!r}")


def _build(figures: Figures, meta: ReportMeta) -> tuple[QTextDocument, PageHeader]:
    """The report's text and its page header; called inside `translating`."""
    fmt = Formats(meta.language)
    b = Builder()
    if isinstance(figures, TrainingSummary):
        kind = "training"
        training_pages(b, figures, fmt)
    elif isinstance(figures, CapabilityUsage):
        kind = "capabilities"
        capability_pages(b, figures, fmt)
    elif isinstance(figures, ContactDirectory):
        kind = "contacts"
        directory_pages(b, figures, fmt)
    elif isinstance(figures, RefresherList):
        kind = "refreshers"
        refresher_pages(b, figures, fmt)
    else:
        kind = "quarterly"
        quarterly_page(b, figures, fmt)
    period = figures.current.period if isinstance(figures, QuarterlySummary) else meta.period
    header = PageHeader(
        title=labels.report_title(kind),
        country=meta.country.name(meta.language),
        period=_period_text(period, fmt),
        generated=QCoreApplication.translate("Report", "Generated {moment}").format(
            moment=fmt.moment(meta.generated, meta.country.zone)
        ),
    )
    return b.document, header


def render_pdf(figures: Figures, meta: ReportMeta, path: Path) -> int:
    """Write the report to `path` (replaced only once complete); returns the page count."""
    _check(meta)
    ensure_qt_app()
    with translating(meta.language):
        document, header = _build(figures, meta)
        return write_pdf(document, path, meta.page, header)


def render_to_device(figures: Figures, meta: ReportMeta, device: QPagedPaintDevice) -> int:
    """Paint the report on a device the caller set up (the GUI's printer or print preview,
    its paper as the user chose it); returns the page count."""
    _check(meta)
    ensure_qt_app()
    with translating(meta.language):
        document, header = _build(figures, meta)
        return paint_pages(document, device, header)
