"""Content codings the hub speaks: zstd with a client that has it too, gzip with every other.

Request bodies: the hub reads gzip and identity always, and zstd unless its settings turn it
off; it says which in an `Accept-Encoding` header on `/health` (RFC 7694), where the desktop
looks before it sends a batch. Answers: zstd when the request's `Accept-Encoding` lists it and
the hub has it, else gzip when listed (Starlette's GZipMiddleware, as before), else as they are.
"""

from __future__ import annotations

import anyio.to_thread
from starlette.datastructures import Headers
from starlette.middleware.gzip import GZipMiddleware, IdentityResponder
from starlette.types import ASGIApp, Receive, Scope, Send

from bluepacific_hub.settings import HubSettings
from bluepacific_wire.codec import GZIP, IDENTITY, ZSTD, ZSTD_AVAILABLE, zstandard

# Answers: level 9 compresses a 4 MiB pull page in a fraction of a second of the hub's core (the
# desktop's batches, compressed once on many laptops, take level 19: see ZSTD_BODY_LEVEL).
ZSTD_ANSWER_LEVEL = 9
# Larger bodies are compressed on a worker thread, not on the event loop (as GZipMiddleware).
_THREAD_MINIMUM = 128 * 1024


def speaks_zstd(settings: HubSettings) -> bool:
    """Whether this hub reads and writes zstd: it has the library and its settings allow it."""
    return settings.zstd and ZSTD_AVAILABLE


def request_encodings(settings: HubSettings) -> frozenset[str]:
    """The Content-Encodings the hub reads in request bodies."""
    return frozenset({GZIP, IDENTITY} | ({ZSTD} if speaks_zstd(settings) else set()))


def accept_encoding(settings: HubSettings) -> str:
    """The hub's `Accept-Encoding` answer header: the codings it reads, best first."""
    return "zstd, gzip" if speaks_zstd(settings) else "gzip"


def codings(header: str) -> set[str]:
    """The codings an `Accept-Encoding` header accepts (those without q=0), lower-case."""
    accepted = set()
    for item in header.split(","):
        name, _, params = item.partition(";")
        quality = params.strip().lower()
        if quality.startswith("q=") and quality[2:].strip() in {"0", "0.", "0.0", "0.00", "0.000"}:
            continue
        if name.strip():
            accepted.add(name.strip().lower())
    return accepted


class CompressionMiddleware:
    """zstd answers to clients that accept them (when the hub speaks zstd); gzip otherwise."""

    def __init__(self, app: ASGIApp, minimum_size: int = 500, zstd: bool = True) -> None:
        self.app = app
        self.minimum_size = minimum_size
        self.zstd = zstd and ZSTD_AVAILABLE
        self.gzip = GZipMiddleware(app, minimum_size=minimum_size)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            self.zstd
            and scope["type"] == "http"
            and ZSTD in codings(Headers(scope=scope).get("accept-encoding", ""))
        ):
            await ZstdResponder(self.app, self.minimum_size)(scope, receive, send)
            return
        await self.gzip(scope, receive, send)


class ZstdResponder(IdentityResponder):
    """Starlette's responder logic (small answers, excluded types, streaming) with zstd."""

    content_encoding = ZSTD

    def __init__(self, app: ASGIApp, minimum_size: int) -> None:
        super().__init__(app, minimum_size)
        self._compressor: zstandard.ZstdCompressionObj | None = None

    async def apply_compression(self, body: bytes, *, more_body: bool) -> bytes:
        if len(body) >= _THREAD_MINIMUM:
            return await anyio.to_thread.run_sync(self._compress, body, more_body)
        return self._compress(body, more_body)

    def _compress(self, body: bytes, more_body: bool) -> bytes:
        if self._compressor is None:
            # A whole answer in one piece: its size goes into the frame header, and zstd
            # fits its window to it (the desktop refuses windows over MAX_ZSTD_WINDOW).
            size = -1 if more_body else len(body)
            self._compressor = zstandard.ZstdCompressor(level=ZSTD_ANSWER_LEVEL).compressobj(size)
        out = self._compressor.compress(body)
        if more_body:
            return out + self._compressor.flush(zstandard.COMPRESSOBJ_FLUSH_BLOCK)
        return out + self._compressor.flush()
