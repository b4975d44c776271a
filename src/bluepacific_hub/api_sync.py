"""POST /sync/push and GET /sync/pull: the two calls that move records, in API v1 and v2.

Version 2 differs in the answers only. The push answer (bluepacific_wire.compact): the hub
stores the v1 answer with the batch and derives the compact one from it, so a replay is
byte-identical in either version, whichever version the batch was first sent with. The pull
page (bluepacific_wire.compact_pull): the v1 page's records as rows of values.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import timedelta
from functools import partial
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request, Response
from starlette.concurrency import run_in_threadpool

from bluepacific_hub.accounts import DeviceIdentity, note_clock
from bluepacific_hub.batches import claim_batch, release_batch
from bluepacific_hub.body import parse_body, push_limits, read_body
from bluepacific_hub.compression import codings, speaks_zstd
from bluepacific_hub.deadline import Deadline, hub_busy
from bluepacific_hub.errors import HubError
from bluepacific_hub.gate import HubBusy
from bluepacific_hub.hub import Hub, current_device, get_hub
from bluepacific_hub.pull import pull_page
from bluepacific_hub.push import push_batch
from bluepacific_hub.returns import EntryRules, country_rules, first_zones
from bluepacific_wire import (
    DEFAULT_PULL_LIMIT,
    MAX_PULL_LIMIT,
    MAX_PULL_LIMIT_V2,
    ErrorCode,
    PullResponse,
    WireFormatError,
    body_hash,
    compact_pull_page,
    compact_push_response,
    decode_json,
    encode_json,
    format_time,
    parse_push_header,
    parse_time,
    utc_now,
)
from bluepacific_wire.codec import ZSTD, ZSTD_BODY_LEVEL, zstd_bytes
from bluepacific_wire.fields import MAX_INT

router = APIRouter()
router_v2 = APIRouter()
Caller = Annotated[DeviceIdentity, Depends(current_device)]
JSON = "application/json"


def _push(hub: Hub, identity: DeviceIdentity, body: Any, deadline: Deadline) -> bytes:
    try:
        batch_id, _version, device_time, changes = parse_push_header(body)
    except WireFormatError as exc:
        raise HubError(400, ErrorCode.BAD_REQUEST, f"The batch is not valid: {exc}") from exc
    lease = timedelta(seconds=hub.settings.batch_lease_s)
    digest = body_hash(body)
    claim = claim_batch(hub.sessions, batch_id, identity.device_id, digest, lease, deadline)
    if claim.reused:
        raise HubError(
            409,
            ErrorCode.IDEMPOTENCY_KEY_REUSED,
            "This batch_id was already used for a different batch. Send it with a new batch_id.",
        )
    if claim.busy:
        raise HubError(
            409,
            ErrorCode.BATCH_IN_PROGRESS,
            "The hub is still working on this batch. Please try again in a few seconds.",
            {"Retry-After": "5"},
        )
    if claim.stored is not None:
        return claim.stored.encode()
    try:
        entry = EntryRules(hub.settings.return_due_days, hub.settings.return_entry_closes_days)
        answer = push_batch(hub.sessions, identity, batch_id, changes, deadline, entry)
    except BaseException:
        release_batch(hub.sessions, batch_id)
        raise
    # For the console's devices page (a laptop whose clock is off dates its records wrong),
    # once the batch is in: before it, a write waiting for a busy database held the answer
    # past the push's deadline.
    with hub.sessions() as session, session.begin():
        note_clock(session, identity.device_id, parse_time(device_time), utc_now())
    return answer


async def _push_answer(request: Request, identity: DeviceIdentity) -> bytes:
    """The v1 answer to the pushed batch, as stored with it (applied now, or replayed)."""
    hub = get_hub(request)
    limits = push_limits(hub.settings)
    data = await read_body(request, limits.wire_bytes)
    # Counted from here: a slow satellite upload is not the hub's work.
    deadline = Deadline(hub.settings.push_deadline_s)
    try:
        # Inflating and parsing are inside the gate too: fifty bodies waiting cost their
        # compressed bytes, not fifty inflated copies at once.
        async with hub.pushes.slot():
            body = await parse_body(request, data, limits)
            return await run_in_threadpool(_push, hub, identity, body, deadline)
    except HubBusy:
        raise hub_busy(started=False) from None


def compact_answer(full: bytes) -> bytes:
    """The v2 answer derived from the stored v1 one: the same bytes every time."""
    return encode_json(compact_push_response(decode_json(full)))


@router.post("/sync/push", summary="Send a batch of local changes (zstd or gzip JSON body)")
async def sync_push(request: Request, identity: Caller) -> Response:
    """Apply a batch atomically; the answer is stored and replayed for the same batch_id."""
    return Response(content=await _push_answer(request, identity), media_type=JSON)


@router_v2.post("/sync/push", summary="Send a batch of local changes; compact answer")
async def sync_push_v2(request: Request, identity: Caller) -> Response:
    """As v1's push; the answer spells out only the changes not simply applied."""
    full = await _push_answer(request, identity)
    return Response(content=await run_in_threadpool(compact_answer, full), media_type=JSON)


def _pull(
    hub: Hub, identity: DeviceIdentity, cursor: int, limit: int, skip_own: bool
) -> PullResponse:
    entry = EntryRules(hub.settings.return_due_days, hub.settings.return_entry_closes_days)
    # A regional admin's desktop records for any country: it gets every country's settings.
    countries = sorted(first_zones()) if identity.is_admin else [identity.country]
    with hub.sessions() as session, session.begin():
        page = pull_page(session, identity, cursor, limit, skip_own, hub.settings.pull_page_bytes)
        rules = country_rules(session, countries, entry)
    return PullResponse(
        changes=page.changes,
        next_cursor=page.next_cursor,
        has_more=page.has_more,
        remaining=page.remaining,
        server_time=format_time(utc_now()),
        return_rules={country: r.to_wire() for country, r in rules.items()},
    )


# A revision is a database BIGINT: a larger cursor is the caller's mistake (400), not 500.
Cursor = Annotated[int, Query(ge=0, le=MAX_INT)]
Limit = Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)]
LimitV2 = Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT_V2)]


# A page made ahead is compressed there, as hard as a desktop compresses its batches: the
# seconds it takes are spent while the page before crosses the link (a tenth fewer bytes
# than the answers' usual level 9, on pages of 5,000 records).
_AHEAD_MINIMUM = 64 * 1024


@dataclass(frozen=True)
class _Made:
    body: bytes
    following: int | None  # the cursor of the page after it; None for the last
    coding: str | None = None  # Content-Encoding, when compressed already


def _page_body(
    hub: Hub,
    identity: DeviceIdentity,
    cursor: int,
    limit: int,
    skip_own: bool,
    v2: bool,
    zstd_ahead: bool = False,
) -> _Made:
    """A page's JSON, and the cursor of the page after it; made ahead for a device that reads
    zstd, a large one compressed already."""
    page = _pull(hub, identity, cursor, limit, skip_own)
    body = encode_json(compact_pull_page(page, cursor) if v2 else page)
    following = page["next_cursor"] if page["has_more"] else None
    if zstd_ahead and len(body) >= _AHEAD_MINIMUM:
        return _Made(zstd_bytes(body, ZSTD_BODY_LEVEL), following, ZSTD)
    return _Made(body, following)


async def _pull_answer(
    request: Request, identity: DeviceIdentity, cursor: int, limit: int, skip_own: bool, v2: bool
) -> Response:
    """The page asked for — made ahead while the one before it crossed the link, when it was
    (hub/pull_ahead.py) — and the next one started at once when there is more."""
    hub = get_hub(request)
    zstd = speaks_zstd(hub.settings) and ZSTD in codings(request.headers.get("accept-encoding", ""))
    ahead = hub.pull_ahead.take((identity.device_id, v2, cursor, limit, skip_own, zstd))
    made: _Made | None = None
    if ahead is not None:
        try:
            made = await asyncio.wrap_future(ahead)
        except Exception:  # made again below, where a failure is answered as any other
            made = None
    if made is None:
        made = await run_in_threadpool(_page_body, hub, identity, cursor, limit, skip_own, v2)
    if made.following is not None:
        key = (identity.device_id, v2, made.following, limit, skip_own, zstd)
        hub.pull_ahead.prepare(
            key, partial(_page_body, hub, identity, made.following, limit, skip_own, v2, zstd)
        )
    headers = {"Content-Encoding": made.coding} if made.coding else None
    return Response(content=made.body, media_type=JSON, headers=headers)


@router.get("/sync/pull", summary="Records changed after a cursor, in pages")
async def sync_pull(
    request: Request,
    identity: Caller,
    cursor: Cursor = 0,
    limit: Limit = DEFAULT_PULL_LIMIT,
    skip_own: bool = False,
) -> Response:
    """The latest version of each record visible to this device with revision > cursor."""
    return await _pull_answer(request, identity, cursor, limit, skip_own, v2=False)


@router_v2.get("/sync/pull", summary="Records changed after a cursor, in compact pages")
async def sync_pull_v2(
    request: Request,
    identity: Caller,
    cursor: Cursor = 0,
    limit: LimitV2 = DEFAULT_PULL_LIMIT,
    skip_own: bool = False,
) -> Response:
    """As v1's pull, in pages of up to 5,000 records, each a row of values (compact_pull)."""
    return await _pull_answer(request, identity, cursor, limit, skip_own, v2=True)
