"""Every error leaves the hub as JSON {"error": code, "message": plain words}."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

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


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unexpected error on %s %s", request.method, request.url.path)
    return error_response(
        500, ErrorCode.INTERNAL, "The hub had an internal problem. Please try again later."
    )


def install_error_handlers(app: FastAPI) -> None:
    """Make every error answer JSON with an error code and a plain-words message."""
    app.add_exception_handler(HubError, _hub_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(Exception, _unexpected)
