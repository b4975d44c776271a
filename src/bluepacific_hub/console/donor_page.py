"""The donor pack's page (/console/donor): a form (quarter, language, paper) whose Generate
button posts, behind the CSRF check, and downloads the PDF. A regional admin's pack holds the
eleven countries; a national approver's or focal point's holds their own country only (the
country comes from the session's user). Every pack made is in the audit log."""

from __future__ import annotations

from typing import Final

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from bluepacific_hub.audit import Actor
from bluepacific_hub.console import donor_words, words
from bluepacific_hub.console.i18n import LANGUAGE_NAMES, LANGUAGES
from bluepacific_hub.console.sessions import Viewer
from bluepacific_hub.console.templates import render
from bluepacific_hub.console.web import actor, checked_form, signed_in
from bluepacific_hub.donor.pack import Asked, file_name, make_pack, quarters_until
from bluepacific_hub.donor.pdf import PAPERS
from bluepacific_hub.hub import Hub, get_hub
from bluepacific_hub.returns_grid import project_countries
from bluepacific_wire import utc_now

router = APIRouter(include_in_schema=False)
DONOR_PATH: Final = "/console/donor"


def countries_of(viewer: Viewer) -> list[str]:
    return project_countries() if viewer.is_admin else [viewer.country]


def _page(
    request: Request, viewer: Viewer, asked: Asked | None = None, status: int = 200
) -> Response:
    quarters = quarters_until(utc_now())
    return render(
        "donor.html",
        lang=viewer.language,
        csrf=viewer.csrf,
        here=DONOR_PATH,
        viewer=viewer,
        section="donor",
        status=status,
        t=donor_words,
        w=words,
        quarters=quarters,
        # The last quarter that has ended is the one a report is usually for.
        chosen=asked or Asked(quarters[1] if len(quarters) > 1 else quarters[0], viewer.language),
        pack_languages=[(code, LANGUAGE_NAMES[code]) for code in LANGUAGES],
        papers=list(PAPERS),
        wrong=status != 200,
    )


@router.get(DONOR_PATH)
async def donor(request: Request) -> Response:
    viewer = await signed_in(request)
    if isinstance(viewer, Response):
        return viewer
    return _page(request, viewer)


def _make(hub: Hub, asked: Asked, countries: list[str], by: Actor) -> bytes:
    with hub.sessions() as session, session.begin():
        return make_pack(session, asked, countries, by, utc_now(), hub.settings.return_due_days)


@router.post(DONOR_PATH)
async def generate(request: Request) -> Response:
    """The PDF as a download; the form again (400) when a choice is not one it offered."""
    viewer = await signed_in(request)
    if isinstance(viewer, Response):
        return viewer
    form = await checked_form(request, viewer.csrf, viewer)
    if isinstance(form, Response):
        return form
    asked = Asked(form.get("quarter", ""), form.get("lang", ""), form.get("paper", ""))
    if (
        asked.quarter not in quarters_until(utc_now())
        or asked.lang not in LANGUAGES
        or asked.paper not in PAPERS
    ):
        return _page(request, viewer, asked, status=400)
    countries = countries_of(viewer)
    pdf = await run_in_threadpool(_make, get_hub(request), asked, countries, actor(viewer, request))
    return Response(
        pdf,
        media_type="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="{file_name(asked, countries)}"'},
    )
