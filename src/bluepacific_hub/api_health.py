"""GET /health: tells a live hub from a captive portal, and which versions it expects."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from bluepacific_hub.hub import get_hub
from bluepacific_wire import (
    API_VERSION,
    API_VERSIONS,
    SERVICE_NAME,
    Health,
    encode_json,
    format_time,
    utc_now,
)

router = APIRouter()


@router.get("/health", summary="Is this the Blue Pacific hub, and is it up?", response_model=None)
async def health(request: Request) -> Response:
    """No token needed; `service` is always "bluepacific-hub"."""
    settings = get_hub(request).settings
    answer = Health(
        service=SERVICE_NAME,
        api_version=API_VERSION,
        api_versions=list(API_VERSIONS),
        server_time=format_time(utc_now()),
        min_client_version=settings.min_client_version,
        current_desktop_version=settings.current_desktop_version,
    )
    return Response(encode_json(answer), media_type="application/json")
