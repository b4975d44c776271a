"""The review queue (/console/review) and the decision form of a month
(POST /console/returns/{country}/{YYYY-MM}/decide), both behind the CSRF check."""

from __future__ import annotations

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from bluepacific_hub.console import review_figures, words
from bluepacific_hub.console.i18n import N_
from bluepacific_hub.console.i18n import words as i18n_words
from bluepacific_hub.console.return_page import load_view, may_see, month_address, render_return
from bluepacific_hub.console.review import Outcome, Waiting, decide_on_month, review_queue
from bluepacific_hub.console.review_figures import MonthFigures, explanations_of, month_figures
from bluepacific_hub.console.sessions import Viewer
from bluepacific_hub.console.templates import render
from bluepacific_hub.console.web import checked_form, error_page, signed_in
from bluepacific_hub.hub import Hub, get_hub
from bluepacific_hub.models import Record
from bluepacific_hub.returns import return_id
from bluepacific_wire import utc_now
from bluepacific_wire.returns import COMMENT_CHARS, TRANSITIONS, ReturnAction, ReturnState

router = APIRouter(include_in_schema=False)
REVIEW_PATH = "/console/review"
COMMENT_NEEDED = N_("Say why: a comment is required to send a month back or to reopen it.")
COMMENT_TOO_LONG = N_("The comment is too long: at most {chars} characters.")
REFUSED = N_("The hub refused this: {reason}. Nothing was changed.")


def _queue(hub: Hub, viewer: Viewer) -> tuple[list[Waiting], dict[str, MonthFigures]]:
    """The queue, and each waiting month's figures and warnings (by "country-period")."""
    with hub.sessions() as session:
        queue = review_queue(session, viewer)
        figures = {}
        for m in queue:
            record = session.get(Record, return_id(m.country, m.period))
            said = explanations_of(record.fields.get("explanations") if record else None)
            figures[f"{m.country}-{m.period}"] = month_figures(session, m.country, m.period, said)
        return queue, figures


@router.get(REVIEW_PATH)
async def review(request: Request) -> Response:
    """The months waiting for the viewer's step, each with its forms."""
    viewer = await signed_in(request)
    if isinstance(viewer, Response):
        return viewer
    queue, figures = await run_in_threadpool(_queue, get_hub(request), viewer)
    return render(
        "review.html",
        lang=viewer.language,
        csrf=viewer.csrf,
        here=REVIEW_PATH,
        viewer=viewer,
        section="review",
        queue=queue,
        figures=figures,
        rf=review_figures,
        w=words,
        needs_comment={a for a in ReturnAction if TRANSITIONS[a].needs_comment},
    )


def _decide(
    hub: Hub,
    viewer: Viewer,
    country: str,
    period: str,
    action: ReturnAction,
    seen: str,
    comment: str,
    address: str,
) -> Outcome:
    with hub.sessions() as session, session.begin():
        now = utc_now()
        return decide_on_month(
            session, viewer, country, period, action, seen, comment, now, address
        )


@router.post("/console/returns/{country}/{period}/decide")
async def decide(request: Request, country: str, period: str) -> Response:
    """Accept, approve, send back or reopen a month, as the viewer saw it."""
    viewer = await signed_in(request)
    if isinstance(viewer, Response):
        return viewer
    if not month_address(country, period) or not may_see(viewer, country):
        return error_page(request, 404, viewer)
    form = await checked_form(request, viewer.csrf, viewer)
    if isinstance(form, Response):
        return form
    try:
        action = ReturnAction(form.get("action", ""))
        seen = ReturnState(form.get("seen", "")).value
    except ValueError:
        return error_page(request, 400, viewer)
    comment = form.get("comment", "").strip()
    hub = get_hub(request)
    error: str | None = None
    if TRANSITIONS[action].needs_comment and not comment:
        error = i18n_words(viewer.language)(COMMENT_NEEDED)
    elif len(comment) > COMMENT_CHARS:
        error = i18n_words(viewer.language)(COMMENT_TOO_LONG, chars=COMMENT_CHARS)
    else:
        address = request.client.host if request.client else "unknown"
        outcome = await run_in_threadpool(
            _decide, hub, viewer, country, period, action, seen, comment, address
        )
        if outcome.applied:
            back = form.get("next", "")
            target = back if back == REVIEW_PATH else f"/console/returns/{country}/{period}"
            return RedirectResponse(target, status_code=303)
        error = i18n_words(viewer.language)(REFUSED, reason=outcome.reason)
    view = await run_in_threadpool(load_view, hub, viewer, country, period)
    return render_return(
        request, viewer, view, status=409, error=error, comment=comment, tried=action.value
    )
