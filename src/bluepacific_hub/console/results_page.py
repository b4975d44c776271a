"""The results framework's page (/console/results): each indicator's baseline, target, actual
and % achieved per country for a year, with a chart per indicator; a regional admin sees every
country and the region and may download the targets file (/console/results/targets.xlsx) and
import one (POST /console/results/import: a check lists every problem and writes nothing; an
import writes only when every row is good); anyone else reads their own country only."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from fastapi import APIRouter
from markupsafe import Markup
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from bluepacific_hub import audit
from bluepacific_hub.console import csrf, words
from bluepacific_hub.console.forms import FormRefused
from bluepacific_hub.console.grid import years
from bluepacific_hub.console.sessions import Viewer
from bluepacific_hub.console.templates import render
from bluepacific_hub.console.uploads import Upload, read_upload
from bluepacific_hub.console.web import actor, admin_signed_in, error_page, signed_in
from bluepacific_hub.hub import Hub, get_hub
from bluepacific_hub.results.charts import indicator_chart
from bluepacific_hub.results.files import (
    MAX_FILE_BYTES,
    Plan,
    TargetFileError,
    apply_import,
    export_bytes,
    plan_import,
)
from bluepacific_hub.results.indicators import INDICATORS, REGION
from bluepacific_hub.results.targets import ResultRow, by_indicator, places, results, target_years
from bluepacific_wire import utc_now

router = APIRouter(include_in_schema=False)
RESULTS_PATH: Final = "/console/results"
EXPORT_PATH: Final = "/console/results/targets.xlsx"
IMPORT_PATH: Final = "/console/results/import"
FILE_FIELD: Final = "file"
# The form around the file: its boundaries and fields.
_FORM_OVERHEAD: Final = 16 * 1024
XLSX_TYPE: Final = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass(frozen=True)
class Outcome:
    """What an upload did: the plan (its rows and problems), whether it was written, or why
    the file could not be read at all."""

    filename: str
    plan: Plan | None = None
    written: bool = False
    unreadable: str | None = None


def _year(request: Request, text: str | None = None) -> int | None:
    """The year asked for (the query's, or `text`), this year when none; None when not one
    the console offers."""
    offered = years(utc_now())
    text = request.query_params.get("year", "") if text is None else text
    if not text:
        return offered[-1]
    return int(text) if text.isdigit() and int(text) in offered else None


def _rows(hub: Hub, viewer: Viewer, year: int) -> list[ResultRow]:
    """Every country and the region for a regional admin; anyone else their own country."""
    with hub.sessions() as session, session.begin():
        return results(session, year, places() if viewer.is_admin else [viewer.country])


def _page(
    request: Request,
    viewer: Viewer,
    year: int,
    rows: list[ResultRow],
    outcome: Outcome | None = None,
    status: int = 200,
) -> Response:
    grouped = by_indicator(rows)
    lang = viewer.language
    charts = {
        i.code: Markup(indicator_chart(rows, i.code, lang, ident=f"chart-{i.code}"))
        for i in INDICATORS
    }
    return render(
        "results.html",
        lang=lang,
        csrf=viewer.csrf,
        here=f"{RESULTS_PATH}?year={year}",
        viewer=viewer,
        section="results",
        status=status,
        year=year,
        years=years(utc_now()),
        indicators=INDICATORS,
        grouped=grouped,
        charts=charts,
        region=REGION,
        outcome=outcome,
        export_path=EXPORT_PATH,
        import_path=IMPORT_PATH,
        max_file_bytes=MAX_FILE_BYTES,
        w=words,
    )


@router.get(RESULTS_PATH)
async def results_page(request: Request) -> Response:
    viewer = await signed_in(request)
    if isinstance(viewer, Response):
        return viewer
    year = _year(request)
    if year is None:
        return error_page(request, 400, viewer)
    rows = await run_in_threadpool(_rows, get_hub(request), viewer, year)
    return _page(request, viewer, year, rows)


def export_targets(session: Session, year: int, by: audit.Actor) -> bytes:
    """The targets file of every year with a target (or `year` alone when none), logged as
    the command line's export is."""
    chosen = target_years(session) or [year]
    data = export_bytes(session, chosen)
    audit.record(
        session,
        audit.Action.FIGURES_EXPORTED,
        "targets.xlsx",
        by=by,
        details={"table": "targets", "years": chosen, "format": "xlsx"},
    )
    return data


def _export(hub: Hub, year: int, by: audit.Actor) -> bytes:
    with hub.sessions() as session, session.begin():
        return export_targets(session, year, by)


@router.get(EXPORT_PATH)
async def targets_export(request: Request) -> Response:
    viewer = await admin_signed_in(request)
    if isinstance(viewer, Response):
        return viewer
    year = _year(request)
    if year is None:
        return error_page(request, 400, viewer)
    data = await run_in_threadpool(_export, get_hub(request), year, actor(viewer, request))
    return Response(
        data,
        media_type=XLSX_TYPE,
        headers={"Content-Disposition": 'attachment; filename="targets.xlsx"'},
    )


def import_targets(
    session: Session, filename: str, content: bytes, commit: bool, by: audit.Actor, role: str
) -> Outcome:
    """Check the file (every row, then TolaData's rule over the targets as they would stand);
    write it only when `commit` and nothing is wrong."""
    with tempfile.TemporaryDirectory() as folder:
        # The plan names the file as the admin's computer did (its last part only).
        path = Path(folder) / (Path(filename.replace("\\", "/")).name or "targets.xlsx")
        path.write_bytes(content)
        try:
            plan = plan_import(session, path)
        except TargetFileError as exc:
            return Outcome(path.name, unreadable=str(exc))
    if commit and plan.ok:
        apply_import(session, plan, by, role)
        return Outcome(plan.name, plan, written=True)
    return Outcome(plan.name, plan)


def _import(
    hub: Hub,
    viewer: Viewer,
    upload: Upload,
    commit: bool,
    by: audit.Actor,
    year: int,
) -> tuple[Outcome, list[ResultRow]]:
    with hub.sessions() as session, session.begin():
        outcome = import_targets(
            session, upload.filename, upload.content, commit, by, viewer.role.value
        )
    return outcome, _rows(hub, viewer, year)


@router.post(IMPORT_PATH)
async def targets_import(request: Request) -> Response:
    viewer = await admin_signed_in(request)
    if isinstance(viewer, Response):
        return viewer
    try:
        upload = await read_upload(request, FILE_FIELD, MAX_FILE_BYTES + _FORM_OVERHEAD)
    except FormRefused:
        return error_page(request, 400, viewer)
    if not csrf.matches(viewer.csrf, upload.fields.get(csrf.FIELD)):
        return error_page(request, 403, viewer)
    year = _year(request, upload.fields.get("year", "")) or years(utc_now())[-1]
    if not upload.content:
        rows = await run_in_threadpool(_rows, get_hub(request), viewer, year)
        return _page(request, viewer, year, rows, Outcome(upload.filename), status=400)
    commit = upload.fields.get("mode") == "import"
    outcome, rows = await run_in_threadpool(
        _import,
        get_hub(request),
        viewer,
        upload,
        commit,
        actor(viewer, request),
        year,
    )
    good = outcome.unreadable is None and outcome.plan is not None and outcome.plan.ok
    return _page(request, viewer, year, rows, outcome, status=200 if good else 422)
