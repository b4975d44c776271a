"""Every error leaves the hub as JSON {"error": code, "message": plain words}."""

from __future__ import annotations

import logging
import time
from collections import deque

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bluepacific_wire import ErrorCode

log = logging.getLogger(__name__)

_BY_STATUS = {
    400: ErrorCode.BAD_REQUEST,
    401: ErrorCode.UNAUTHORIZED,
    403: ErrorCode.FORBIDDEN,
    404: ErrorCode.NOT_FOUND,
    405: ErrorCode.METHOD_NOT_ALLOWED,
    413: ErrorCode.PAYLOAD_TOO_LARGE,
}


class HubError(Exception):
    """An answer that is an error: HTTP status, error code, message, optional headers."""

    def __init__(
        self,
        status: int,
        code: ErrorCode,
        message: str,
        headers: dict[str, str] | None = None,
        extra: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}
        self.extra = extra or {}


def error_response(
    status: int,
    code: ErrorCode,
    message: str,
    headers: dict[str, str] | None = None,
    extra: dict[str, str] | None = None,
) -> JSONResponse:
    """The JSON answer for an error."""
    body = {"error": code.value, "message": message, **(extra or {})}
    return JSONResponse(body, status_code=status, headers=headers)


async def _hub_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HubError)
    return error_response(exc.status, exc.code, exc.message, exc.headers, exc.extra)


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = _BY_STATUS.get(exc.status_code, ErrorCode.BAD_REQUEST)
    message = {
        404: "There is nothing at this address on the hub.",
        405: "This address does not accept that kind of request.",
    }.get(exc.status_code, str(exc.detail))
    return error_response(exc.status_code, code, message, dict(exc.headers or {}))


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    problems = "; ".join(
        f"{'.'.join(str(p) for p in err.get('loc', ()))}: {err.get('msg', '')}"
        for err in exc.errors()
    )
    return error_response(400, ErrorCode.BAD_REQUEST, f"The request is not valid: {problems}")


class TracebackBudget:
    """At most `per_minute` full tracebacks in any minute; past that, one line per error."""

    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self._written: deque[float] = deque()

    def allow(self) -> bool:
        now = time.monotonic()
        while self._written and now - self._written[0] >= 60:
            self._written.popleft()
        if len(self._written) >= self.per_minute:
            return False
        self._written.append(now)
        return True


def _log_unexpected(budget: TracebackBudget, method: str, path: str, exc: BaseException) -> None:
    if budget.allow():
        log.error("unexpected error on %s %s", method, path, exc_info=exc)
        return
    # One line of bounded length: a stranger repeating a failing request must not fill the disk.
    detail = " ".join(str(exc).split())[:200]
    log.error(
        "unexpected error on %s %s: %s: %s (traceback left out: more than %d a minute)",
        method,
        path,
        type(exc).__name__,
        detail,
        budget.per_minute,
    )


def _internal_error() -> JSONResponse:
    return error_response(
        500, ErrorCode.INTERNAL, "The hub had an internal problem. Please try again later."
    )


class LastResort:
    """ASGI middleware: any exception becomes the JSON 500, logged within a TracebackBudget.

    Starlette's own handler for Exception re-raises after answering, and uvicorn then logs a
    second, unthrottled traceback; catching here, outside every other layer, stops that.
    """

    def __init__(self, app: ASGIApp, budget: TracebackBudget) -> None:
        self.app = app
        self.budget = budget

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
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
            _log_unexpected(self.budget, scope.get("method", ""), scope.get("path", ""), exc)
            if not started:  # otherwise the answer is half sent: uvicorn closes the connection
                await _internal_error()(scope, receive, send)


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    # Only reached without LastResort (which catches every exception before Starlette does).
    log.exception("unexpected error on %s %s", request.method, request.url.path)
    return _internal_error()


def install_last_resort(app: FastAPI, tracebacks_per_minute: int) -> None:
    """Catch what nothing else did; call after adding every other middleware (outermost)."""
    app.state.traceback_budget = TracebackBudget(tracebacks_per_minute)
    app.add_middleware(LastResort, budget=app.state.traceback_budget)


def install_error_handlers(app: FastAPI) -> None:
    """Make every error answer JSON with an error code and a plain-words message."""
    app.add_exception_handler(HubError, _hub_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(Exception, _unexpected)
