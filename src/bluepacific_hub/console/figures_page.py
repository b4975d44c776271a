"""The regional figures page (/console/figures): training, capability use and engagements of
a year or quarter, filtered by country (a regional admin only: anyone else always sees their
own country, from the session), course and capability, with SVG charts; each table as a CSV
or XLSX download (/console/figures/export.csv|xlsx?table=…), every download logged."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final
from urllib.parse import urlencode

from fastapi import APIRouter
from markupsafe import Markup
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from bluepacific_hub import audit
from bluepacific_hub.console import words
from bluepacific_hub.console.figures_words import (
    CHART_WORDS,
    SEX_WORDS,
    TABLE_TITLES,
    cell_text,
    header_words,
    shown_rows,
)
from bluepacific_hub.console.grid import years
from bluepacific_hub.console.i18n import words as i18n_words
from bluepacific_hub.console.sessions import Viewer
from bluepacific_hub.console.templates import render
from bluepacific_hub.console.web import actor, error_page, signed_in
from bluepacific_hub.figures.capabilities import METRICS, CapabilityRow, capability_figures
from bluepacific_hub.figures.charts import capability_use_chart, people_by_sex_chart
from bluepacific_hub.figures.cooperation import engagement_figures
from bluepacific_hub.figures.export import csv_text, xlsx_bytes
from bluepacific_hub.figures.filters import Filters, for_user
from bluepacific_hub.figures.tables import (
    TABLES,
    Table,
    capability_rows_table,
    engagement_rows_table,
    training_rows_table,
)
from bluepacific_hub.figures.training import GROUPS, TrainingRow, training_groupings
from bluepacific_hub.hub import Hub, get_hub
from bluepacific_hub.reference import load_reference_data
from bluepacific_hub.returns_grid import project_countries
from bluepacific_wire import utc_now

router = APIRouter(include_in_schema=False)
FIGURES_PATH: Final = "/console/figures"
CSV_PATH: Final = "/console/figures/export.csv"
XLSX_PATH: Final = "/console/figures/export.xlsx"
# The tables the page shows and exports (the contact directory is a page of its own).
EXPORTED: Final = ("training", "capabilities", "engagements")
FIELDS: Final = ("year", "quarter", "country", "course", "capability", "metric")
# The capability figure shown by default: the one every database capability reports.
DEFAULT_METRIC: Final = "searches"
# A course or capability code as the reference data and the desktops write them.
_CODE = re.compile(r"[A-Za-z0-9_-]{1,40}")


class BadFilter(ValueError):
    """A filter value the page does not take."""


@dataclass(frozen=True)
class Asked:
    """The filters as typed (to show them again and in the export links) and as run."""

    typed: dict[str, str]
    filters: Filters
    metric: str = DEFAULT_METRIC  # the capability figure of the grid and the chart

    def query(self, **extra: str) -> str:
        kept = {k: v for k, v in self.typed.items() if v}
        return urlencode({**kept, **extra})


def asked(request: Request, viewer: Viewer) -> Asked:
    """The query string's filters; BadFilter when one is not a year, quarter, country or code.
    A user who is not a regional admin gets their own country whatever the request names (and
    the name is not echoed: the page and its links say nothing of another country)."""
    typed = {name: request.query_params.get(name, "").strip() for name in FIELDS}
    offered = years(utc_now())
    year_text = typed["year"] or str(offered[-1])
    if not year_text.isdigit() or int(year_text) not in offered:
        raise BadFilter(year_text)
    if typed["quarter"] not in ("", "1", "2", "3", "4"):
        raise BadFilter(typed["quarter"])
    if viewer.is_admin:
        typed["country"] = typed["country"].upper()
        if typed["country"] and typed["country"] not in project_countries():
            raise BadFilter(typed["country"])
    else:
        typed["country"] = ""
    for name in ("course", "capability"):
        if typed[name] and not _CODE.fullmatch(typed[name]):
            raise BadFilter(typed[name])
    if typed["metric"] and typed["metric"] not in METRICS:
        raise BadFilter(typed["metric"])
    filters = Filters(
        int(year_text),
        int(typed["quarter"]) if typed["quarter"] else None,
        typed["country"] or None,
        typed["course"] or None,
        typed["capability"] or None,
    )
    return Asked(
        typed,
        for_user(filters, viewer.country, viewer.role.value),
        typed["metric"] or DEFAULT_METRIC,
    )


@dataclass(frozen=True)
class Figures:
    training: Table
    total: TrainingRow  # the region's (or the viewer's country's) unique people, not a sum
    by_quarter: list[TrainingRow]
    capabilities: Table
    capability_rows: list[CapabilityRow]
    engagements: Table


def read_figures(session: Session, filters: Filters) -> Figures:
    """Every figure of the page: the training table, its total and the chart's quarters from
    one reading of the attendances, then capability use and engagements."""
    table, (total,), by_quarter = training_groupings(session, filters, [GROUPS, (), ("quarter",)])
    capabilities = capability_figures(session, filters)
    return Figures(
        training_rows_table(table),
        total,
        by_quarter,
        capability_rows_table(capabilities),
        capabilities,
        engagement_rows_table(engagement_figures(session, filters)),
    )


def _figures(hub: Hub, filters: Filters) -> Figures:
    with hub.sessions() as session, session.begin():
        return read_figures(session, filters)


def _reference_codes(kind: str) -> list[tuple[str, str, str]]:
    return [
        (str(item["code"]), str(item["name_en"]), str(item.get("name_fr") or item["name_en"]))
        for item in load_reference_data()[kind]
    ]


@dataclass(frozen=True)
class UseRow:
    """One capability's figure in one country, month by month, and over the period."""

    capability: str
    country: str
    values: tuple[float | None, ...]  # one per month of the period; None: no report gave it
    total: float | None


def use_grid(rows: list[CapabilityRow], months: list[str], metric: str) -> list[UseRow]:
    """Capability use as the page shows it: a row per capability and country that reported
    `metric` in the period, a column per month (the files keep one row per month, every
    figure: 13,000 cells for a year of the region, too many for a page to show or print)."""
    cells: dict[tuple[str, str], dict[str, float]] = {}
    for r in rows:
        value = r.metric(metric)
        if value is not None:
            cells.setdefault((r.capability, r.country), {})[r.month] = value
    return [
        UseRow(
            capability,
            country,
            tuple(cells[(capability, country)].get(m) for m in months),
            sum(cells[(capability, country)].values()),
        )
        for capability, country in sorted(cells)
    ]


def charts(figures: Figures, filters: Filters, lang: str, metric: str) -> list[Markup]:
    """The page's SVG charts in `lang` (bar_chart escapes every text it draws)."""
    _ = i18n_words(lang)
    people = people_by_sex_chart(
        figures.by_quarter,
        filters.quarters(),
        title=_(CHART_WORDS["people"]),
        labels={sex: _(text) for sex, text in SEX_WORDS.items()},
        unit=_(CHART_WORDS["people_unit"]),
        ident="chart-people",
    )
    use = capability_use_chart(
        figures.capability_rows,
        filters.months(),
        metric,
        title=_(CHART_WORDS["use"], figure=_(header_words(metric))),
        ident="chart-searches",
    )
    # bar_chart escaped every text it drew: the SVG goes into the page as it is.
    return [Markup(people), Markup(use)]


@router.get(FIGURES_PATH)
async def figures_page(request: Request) -> Response:
    viewer = await signed_in(request)
    if isinstance(viewer, Response):
        return viewer
    try:
        wanted = asked(request, viewer)
    except BadFilter:
        return error_page(request, 400, viewer)
    figures = await run_in_threadpool(_figures, get_hub(request), wanted.filters)
    return render_figures(viewer, wanted, figures)


def render_figures(viewer: Viewer, wanted: Asked, figures: Figures) -> HTMLResponse:
    """The page of `figures` (also what the benchmark times beside the bare SQL)."""
    query = wanted.query()
    return render(
        "figures.html",
        lang=viewer.language,
        csrf=viewer.csrf,
        here=FIGURES_PATH + (f"?{query}" if query else ""),
        viewer=viewer,
        section="figures",
        wanted=wanted,
        figures=figures,
        total_row=training_rows_table([figures.total]).rows[0],
        charts=charts(figures, wanted.filters, viewer.language, wanted.metric),
        tables=[
            (table, shown_rows(table, viewer.language))
            for table in (figures.training, figures.engagements)
        ],
        use=use_grid(figures.capability_rows, wanted.filters.months(), wanted.metric),
        months=wanted.filters.months(),
        metrics=METRICS,
        titles=TABLE_TITLES,
        header_words=header_words,
        cell_text=cell_text,
        years=years(utc_now()),
        countries=project_countries(),
        courses=_reference_codes("courses"),
        capabilities=_reference_codes("capabilities"),
        csv_path=CSV_PATH,
        xlsx_path=XLSX_PATH,
        w=words,
    )


def export_file(
    session: Session, filters: Filters, name: str, kind: str, by: audit.Actor
) -> tuple[bytes, str]:
    """One table as a CSV or XLSX file (its bytes and its name), the download logged with the
    country it covers."""
    table = TABLES[name](session, filters)
    data = csv_text(table).encode("utf-8-sig") if kind == "csv" else xlsx_bytes([table])
    country = f"-{filters.country}" if filters.country else ""
    filename = f"{name}-{filters.label}{country}.{kind}"
    audit.record(
        session,
        audit.Action.FIGURES_EXPORTED,
        filename,
        by=by,
        country=filters.country,
        details={"table": name, "period": filters.label, "format": kind, "rows": len(table.rows)},
    )
    return data, filename


def _export(hub: Hub, filters: Filters, name: str, kind: str, by: audit.Actor) -> tuple[bytes, str]:
    with hub.sessions() as session, session.begin():
        return export_file(session, filters, name, kind, by)


MEDIA_TYPES: Final = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


async def _download(request: Request, kind: str) -> Response:
    viewer = await signed_in(request)
    if isinstance(viewer, Response):
        return viewer
    name = request.query_params.get("table", "")
    if name not in EXPORTED:
        return error_page(request, 404, viewer)
    try:
        wanted = asked(request, viewer)
    except BadFilter:
        return error_page(request, 400, viewer)
    by = actor(viewer, request)
    data, filename = await run_in_threadpool(
        _export, get_hub(request), wanted.filters, name, kind, by
    )
    return Response(
        data,
        media_type=MEDIA_TYPES[kind],
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


@router.get(CSV_PATH)
async def figures_csv(request: Request) -> Response:
    return await _download(request, "csv")


@router.get(XLSX_PATH)
async def figures_xlsx(request: Request) -> Response:
    return await _download(request, "xlsx")
