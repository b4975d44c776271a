"""The contact directory's page (/console/contacts, every signed-in user: the directory is
shared), filtered by country and organisation type. It shows people's names and ways to reach
them, so every view is a `personal_data_viewed` event in the audit log (written with the
reading), and the page is never kept in a cache (headers.py)."""

from __future__ import annotations

from typing import Final

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from bluepacific_hub import audit
from bluepacific_hub.audit import Actor
from bluepacific_hub.console import directory as d
from bluepacific_hub.console import words
from bluepacific_hub.console.sessions import Viewer
from bluepacific_hub.console.templates import render
from bluepacific_hub.console.web import actor, error_page, signed_in
from bluepacific_hub.hub import Hub, get_hub
from bluepacific_hub.reference import load_reference_data

router = APIRouter(include_in_schema=False)
CONTACTS_PATH: Final = "/console/contacts"


def _countries() -> list[str]:
    """Every country a contact may be of (the PTCN's, not only the project's eleven)."""
    return [str(c["code"]) for c in load_reference_data()["countries"]]


def _read(
    hub: Hub, viewer: Viewer, country: str | None, org_type: str | None, by: Actor
) -> d.Directory:
    with hub.sessions() as session, session.begin():
        found = d.directory(session, viewer, country, org_type)
        audit.record(
            session,
            audit.Action.PERSONAL_DATA_VIEWED,
            "contacts",
            by=by,
            country=country,
            details={
                "page": CONTACTS_PATH,
                "country": country or "",
                "org_type": org_type or "",
                "contacts": len(found.contacts),
            },
        )
        return found


@router.get(CONTACTS_PATH)
async def contacts(request: Request) -> Response:
    viewer = await signed_in(request)
    if isinstance(viewer, Response):
        return viewer
    country = request.query_params.get("country", "").strip().upper() or None
    org_type = request.query_params.get("type", "").strip().upper() or None
    if (country and country not in _countries()) or (org_type and org_type not in d.org_types()):
        return error_page(request, 400, viewer)
    found = await run_in_threadpool(
        _read, get_hub(request), viewer, country, org_type, actor(viewer, request)
    )
    return render(
        "contacts.html",
        lang=viewer.language,
        csrf=viewer.csrf,
        here=CONTACTS_PATH,
        viewer=viewer,
        section="contacts",
        found=found,
        country=country or "",
        org_type=org_type or "",
        countries=_countries(),
        types=d.org_types(),
        d=d,
        w=words,
        limit=d.PAGE_CONTACTS,
    )
