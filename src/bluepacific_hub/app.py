"""The FastAPI application: routes under /api/v1 (and v2), zstd or gzip, client-version check,
JSON errors, and the regional console under /console/."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request, Response

from bluepacific_hub import api_auth, api_health, api_sync, audit, verify
from bluepacific_hub.compression import CompressionMiddleware
from bluepacific_hub.console.headers import is_console
from bluepacific_hub.console.mount import install_console
from bluepacific_hub.credentials import Passwords
from bluepacific_hub.db import make_engine, make_sessions
from bluepacific_hub.errors import error_response, install_error_handlers, install_last_resort
from bluepacific_hub.hub import Hub
from bluepacific_hub.migrate import upgrade
from bluepacific_hub.openapi import install_openapi
from bluepacific_hub.policy_header import PolicyHeader
from bluepacific_hub.reference import seed_reference_data
from bluepacific_hub.settings import HubSettings
from bluepacific_wire import (
    API_PREFIX,
    API_V2_PREFIX,
    CLIENT_HEADER,
    ErrorCode,
    WireFormatError,
    is_older,
)

# Paths that a browser, a monitor or an operator may call without the client header.
_OPEN_PATHS = {f"{API_PREFIX}/health", f"{API_PREFIX}/openapi.json"}


def prepare_database(hub: Hub) -> None:
    """Upgrade the schema to head, bring the reference data up to date and delete the audit
    events past their retention."""
    upgrade(hub.engine)
    with hub.sessions() as session, session.begin():
        seed_reference_data(session)
        audit.purge(session, hub.settings.audit_retention_days, audit.HUB)


def _client_version_check(
    settings: HubSettings,
) -> Callable[[Request, Callable[[Request], Awaitable[Response]]], Awaitable[Response]]:
    async def check(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        version = request.headers.get(CLIENT_HEADER)
        if is_console(request.url.path) or verify.is_verify(request.url.path):
            return await call_next(request)  # browsers send no client header
        if version is None:
            if request.url.path not in _OPEN_PATHS:
                return error_response(
                    400,
                    ErrorCode.CLIENT_VERSION_MISSING,
                    f"Requests must say which app version sends them ({CLIENT_HEADER}).",
                )
            return await call_next(request)
        try:
            too_old = is_older(version.strip(), settings.min_client_version)
        except WireFormatError:
            return error_response(
                400, ErrorCode.BAD_REQUEST, f"{CLIENT_HEADER} is not a version like 0.1.0."
            )
        if too_old:
            return error_response(
                426,
                ErrorCode.CLIENT_TOO_OLD,
                "This version of Blue Pacific Desktop is too old for the hub. Please install "
                f"the update (version {settings.current_desktop_version}) and sync again. "
                "Your records are kept safely on this computer until then.",
                extra={
                    "min_client_version": settings.min_client_version,
                    "current_desktop_version": settings.current_desktop_version,
                },
            )
        return await call_next(request)

    return check


def create_app(settings: HubSettings, *, prepare: bool = True) -> FastAPI:
    """Build the hub; with `prepare`, upgrade the database and seed reference data first."""
    engine = make_engine(settings.database_url)
    hub = Hub(
        settings=settings,
        engine=engine,
        sessions=make_sessions(engine),
        passwords=Passwords(settings.argon2_time_cost, settings.argon2_memory_kib),
    )
    if prepare:
        prepare_database(hub)
    app = FastAPI(
        title="Blue Pacific hub",
        version="1",
        summary="Sync endpoint of Blue Pacific Desktop (see docs/sync-protocol.md)",
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    app.state.hub = hub
    install_error_handlers(app)
    for module in (api_health, api_auth, api_sync):
        app.include_router(module.router, prefix=API_PREFIX)
    app.include_router(api_sync.router_v2, prefix=API_V2_PREFIX)
    app.include_router(verify.router)
    install_console(app)
    install_openapi(app)
    app.middleware("http")(_client_version_check(settings))
    app.add_middleware(PolicyHeader)
    app.add_middleware(CompressionMiddleware, minimum_size=500, zstd=settings.zstd)
    install_last_resort(app, settings.error_tracebacks_per_minute)
    return app
