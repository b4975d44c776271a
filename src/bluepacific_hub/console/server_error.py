"""The console's page for an unexpected error: a console route that fails shows an HTML page
in the user's language with a reference id, and the hub's log has the traceback under that id
(never the page: a traceback tells a stranger how the hub is built). The API keeps its JSON
errors (errors.py); this middleware only answers under /console."""

from __future__ import annotations

import logging
import secrets

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bluepacific_hub.console import csrf
from bluepacific_hub.console.headers import is_console
from bluepacific_hub.console.i18n import language
from bluepacific_hub.console.sessions import COOKIE, Viewer
from bluepacific_hub.console.templates import render
from bluepacific_hub.console.web import HOME_PATH, LANG_COOKIE, token_viewer
from bluepacific_hub.hub import get_hub

log = logging.getLogger(__name__)


def reference() -> str:
    """A short id to quote on the telephone, found again with grep in the hub's log."""
    return secrets.token_hex(5)


async def _viewer(request: Request) -> Viewer | None:
    """The signed-in user, for the page's language and navigation; None when that cannot be
    read either (the database may be what failed)."""
    token = request.cookies.get(COOKIE)
    if not token:
        return None
    try:
        found = await run_in_threadpool(token_viewer, get_hub(request), token)
    except Exception:  # the error page must not fail in its turn
        return None
    return found if isinstance(found, Viewer) else None


class ConsoleErrors:
    """ASGI middleware: an exception under /console becomes the console's 500 page."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not is_console(scope["path"]):
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception as exc:
            ref = reference()
            log.error(
                "console error %s on %s %s", ref, scope.get("method"), scope["path"], exc_info=exc
            )
            if started:  # half an answer is out: the connection closes, as for the API
                return
            request = Request(scope)
            viewer = await _viewer(request)
            lang = viewer.language if viewer else language(request.cookies.get(LANG_COOKIE))
            page = render(
                "error.html",
                lang=lang,
                csrf=viewer.csrf if viewer else request.cookies.get(csrf.PRE_COOKIE, ""),
                here=HOME_PATH,
                viewer=viewer,
                status=500,
                code=500,
                reference=ref,
            )
            await page(scope, receive, send)
