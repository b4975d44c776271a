"""Reading request bodies within limits: bytes on the wire, bytes inflated, JSON values."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request
from starlette.concurrency import run_in_threadpool

from bluepacific_hub.compression import request_encodings
from bluepacific_hub.errors import HubError
from bluepacific_hub.settings import HubSettings
from bluepacific_wire import ErrorCode, WireFormatError, decode_json
from bluepacific_wire.codec import BodyTooLargeError, decompress


@dataclass(frozen=True)
class BodyLimits:
    """How much one endpoint reads: bytes as sent, bytes once inflated, JSON values; and in
    which Content-Encodings."""

    wire_bytes: int
    inflated_bytes: int
    values: int
    encodings: frozenset[str]


def push_limits(settings: HubSettings) -> BodyLimits:
    """Limits of a push: a signed-in device's batch of up to a few thousand changes."""
    return BodyLimits(
        settings.max_push_bytes,
        settings.max_push_inflated_bytes,
        settings.max_push_values,
        request_encodings(settings),
    )


def login_limits(settings: HubSettings) -> BodyLimits:
    """Limits of sign-in, which anyone may call: a username, a password and a device name."""
    return BodyLimits(
        settings.max_login_bytes,
        settings.max_login_inflated_bytes,
        settings.max_login_values,
        request_encodings(settings),
    )


def _too_large(detail: str) -> HubError:
    return HubError(413, ErrorCode.PAYLOAD_TOO_LARGE, f"The request is too large: {detail}.")


def _bad(detail: str) -> HubError:
    return HubError(400, ErrorCode.BAD_REQUEST, f"The request is not valid: {detail}")


async def read_body(request: Request, limit: int) -> bytes:
    """The raw body, refused with 413 as soon as it is known to exceed `limit` bytes.

    A declared Content-Length over the limit is refused before a byte is read; a body without
    one (chunked) is read piece by piece and refused the moment it passes the limit, so a
    stranger's gigabyte never sits in memory.
    """
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.strip().isdigit():
            raise _bad("Content-Length is not a number of bytes")
        if int(declared) > limit:
            raise _too_large(f"more than {limit} bytes")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _too_large(f"more than {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def decode_body(data: bytes, encoding: str, limits: BodyLimits) -> object:
    """Inflate (gzip or zstd, as `encoding` says) and parse, within `limits`; raises
    WireFormatError. The same inflated-size cap holds whatever the coding.

    CPU-bound: the caller runs it on a worker thread, never on the event loop.
    """
    if encoding not in limits.encodings:
        raise WireFormatError("Content-Encoding", f"{encoding!r} is not supported")
    data = decompress(data, encoding, limits.inflated_bytes)
    return decode_json(data, max_values=limits.values)


async def read_json_body(request: Request, limits: BodyLimits) -> object:
    """The request body as JSON, inflated as its Content-Encoding says (gzip or zstd).

    413 when it is bigger than `limits` in any way, 400 when it is malformed. Inflating and
    parsing run on a worker thread so that one large body never stalls the other requests.
    """
    return await parse_body(request, await read_body(request, limits.wire_bytes), limits)


async def parse_body(request: Request, data: bytes, limits: BodyLimits) -> object:
    """`data`, a body `read_body` read from `request`, as JSON (see `read_json_body`)."""
    encoding = request.headers.get("content-encoding", "identity").strip().lower()
    try:
        return await run_in_threadpool(decode_body, data, encoding, limits)
    except BodyTooLargeError as exc:
        raise _too_large(str(exc)) from exc
    except WireFormatError as exc:
        raise _bad(str(exc)) from exc
