"""Bytes on the wire: compact JSON, gzip or zstd, and ISO 8601 UTC timestamps with a Z."""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import zlib
from datetime import UTC, datetime
from typing import Any, Final

from bluepacific_wire.constants import MAX_DECODED_BODY
from bluepacific_wire.errors import WireFormatError

try:
    import zstandard as zstandard  # re-exported: the hub's answers use it too
except ImportError:  # an installation without it speaks gzip only (see `ZSTD_AVAILABLE`)
    zstandard = None  # type: ignore[assignment]

GZIP: Final = "gzip"
ZSTD: Final = "zstd"
IDENTITY: Final = "identity"
# Whether this Python has zstd at all; each side may still turn it off (the hub's settings,
# the desktop's ClientOptions), and then negotiates gzip.
ZSTD_AVAILABLE: Final = zstandard is not None
# Request bodies (a batch, compressed once on the desktop): level 19, some 20 % smaller than gzip
# on a batch of 2,000 changes for about a second of a laptop's core (level 16: 15 % for 0.3 s).
# The desktop freezes a batch while the one before it is on the link, so that second is hidden
# behind the link, and the 5 % it saves is 1.5 s of a 256 kbit/s link on 10,000 changes.
ZSTD_BODY_LEVEL: Final = 19
# A zstd frame may ask the receiver for a window of up to 2 GiB of memory: frames asking more
# than level 19 ever uses (8 MiB) are refused, whatever their size on the wire.
MAX_ZSTD_WINDOW: Final = 1 << 23
_ZSTD_MAGIC: Final = b"\x28\xb5\x2f\xfd"
_GZIP_MAGIC: Final = b"\x1f\x8b"
# Compressed bytes fed to the decompressor at a time: zstd expands a block of 4 bytes to at
# most 128 KiB, so the output is checked against the limit every 8 MiB at worst.
_ZSTD_FEED: Final = 256


class BodyTooLargeError(WireFormatError):
    """A body that is well formed as far as read but bigger than the receiver accepts."""


def _refuse_constant(name: str) -> Any:
    raise WireFormatError("body", f"{name} is not a JSON number")


def encode_json(value: Any) -> bytes:
    """Compact UTF-8 JSON (no NaN or infinity)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()


def canonical_json(value: Any) -> bytes:
    """JSON with sorted keys: the same value always gives the same bytes."""
    # surrogatepass: a lone surrogate ("\ud800") is legal JSON; the change holding it is
    # refused on its own later, so hashing its batch must not fail first.
    return json.dumps(
        value, ensure_ascii=False, separators=(",", ":"), sort_keys=True, allow_nan=False
    ).encode("utf-8", "surrogatepass")


def body_hash(value: Any) -> str:
    """SHA-256 (hex) of the canonical JSON of a decoded body."""
    return hashlib.sha256(canonical_json(value)).hexdigest()


def count_json_values(data: bytes) -> int:
    """An upper bound of the number of JSON values in `data`, found without parsing it.

    A document of n values has at most n - 1 commas outside its strings, and each container
    adds one opening bracket: 1 + commas + brackets bounds n. The bytes are counted first (a
    C loop over the buffer); only when commas or brackets inside strings might push that over
    a limit does `count_json_values_exactly` look past them.
    """
    return 1 + data.count(b",") + data.count(b"[") + data.count(b"{")


# A JSON string, written as the "unrolled loop" so that long strings do not backtrack.
_JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)


def count_json_values_exactly(data: bytes) -> int:
    """Like `count_json_values`, not counting the commas and brackets inside strings."""
    return count_json_values(_JSON_STRING.sub(b'""', data))


def decode_json(data: bytes, max_values: int | None = None) -> Any:
    """Parse UTF-8 JSON, or raise WireFormatError("body", ...).

    With `max_values`, a document of more values is refused before it is parsed: `[{},{},...]`
    costs about 2 bytes a value on the wire but some 60 bytes a value as Python objects.
    """
    if (
        max_values is not None
        and count_json_values(data) > max_values
        and count_json_values_exactly(data) > max_values
    ):
        raise BodyTooLargeError("body", f"holds more than {max_values} JSON values")
    try:
        return json.loads(data.decode("utf-8"), parse_constant=_refuse_constant)
    except UnicodeDecodeError as exc:
        raise WireFormatError("body", "is not UTF-8 text") from exc
    except json.JSONDecodeError as exc:
        raise WireFormatError("body", f"is not valid JSON ({exc.msg})") from exc
    except RecursionError as exc:
        raise WireFormatError("body", "is nested too deeply") from exc
    except ValueError as exc:
        # Python refuses to convert integers of more than 4,300 digits (a denial-of-service
        # guard of its own); that is the sender's fault, not the hub's.
        raise WireFormatError("body", f"holds a number that cannot be read ({exc})") from exc


def gzip_bytes(data: bytes) -> bytes:
    """gzip-compress (level 6: the usual balance of size and time)."""
    return gzip.compress(data, compresslevel=6, mtime=0)


def gunzip_bytes(data: bytes, limit: int = MAX_DECODED_BODY) -> bytes:
    """Decompress gzip, refusing anything that inflates beyond `limit` bytes."""
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error as exc:
        raise WireFormatError("body", "is not valid gzip data") from exc
    if len(out) > limit or inflater.unconsumed_tail:
        raise BodyTooLargeError("body", f"inflates to more than {limit} bytes")
    if not inflater.eof:
        raise WireFormatError("body", "is truncated gzip data")
    return out


def zstd_bytes(data: bytes, level: int = ZSTD_BODY_LEVEL) -> bytes:
    """zstd-compress into one frame that records its size (see ZSTD_BODY_LEVEL)."""
    if zstandard is None:
        raise RuntimeError("zstd is not available in this installation")
    return zstandard.ZstdCompressor(level=level).compress(data)


def unzstd_bytes(data: bytes, limit: int = MAX_DECODED_BODY) -> bytes:
    """Decompress one zstd frame, refusing anything that inflates beyond `limit` bytes.

    A frame's header may declare its size: one over the limit is refused before any work.
    Otherwise the input is fed a little at a time and the output measured as it grows, so a
    bomb costs at most the limit (and one step of it) in memory, never what it claims.
    """
    if zstandard is None:
        raise WireFormatError("body", "is zstd data, which this installation cannot read")
    if not data.startswith(_ZSTD_MAGIC):
        raise WireFormatError("body", "is not valid zstd data")
    try:
        frame = zstandard.get_frame_parameters(data)
    except zstandard.ZstdError as exc:
        raise WireFormatError("body", "is not valid zstd data") from exc
    if frame.window_size > MAX_ZSTD_WINDOW:
        raise BodyTooLargeError("body", "asks for more memory than a body may take")
    if frame.content_size != zstandard.CONTENTSIZE_UNKNOWN and frame.content_size > limit:
        raise BodyTooLargeError("body", f"inflates to more than {limit} bytes")
    inflater = zstandard.ZstdDecompressor(max_window_size=MAX_ZSTD_WINDOW).decompressobj()
    view = memoryview(data)
    out: list[bytes] = []
    size = fed = 0
    try:
        while fed < len(view) and not inflater.eof:
            piece = inflater.decompress(view[fed : fed + _ZSTD_FEED])
            fed += _ZSTD_FEED
            size += len(piece)
            if size > limit:
                raise BodyTooLargeError("body", f"inflates to more than {limit} bytes")
            out.append(piece)
    except zstandard.ZstdError as exc:
        raise WireFormatError("body", "is not valid zstd data") from exc
    if not inflater.eof:
        raise WireFormatError("body", "is truncated zstd data")
    if fed < len(view) or inflater.unused_data:
        raise WireFormatError("body", "has data after its zstd frame")
    return b"".join(out)


def compress(data: bytes, encoding: str) -> bytes:
    """`data` in a Content-Encoding: gzip, zstd or identity."""
    if encoding == ZSTD:
        return zstd_bytes(data)
    if encoding == GZIP:
        return gzip_bytes(data)
    if encoding == IDENTITY:
        return data
    raise ValueError(f"unknown content encoding {encoding!r}")


def decompress(data: bytes, encoding: str, limit: int = MAX_DECODED_BODY) -> bytes:
    """The bytes of a body sent in `encoding`, within `limit` bytes; WireFormatError."""
    if encoding == ZSTD:
        return unzstd_bytes(data, limit)
    if encoding == GZIP:
        return gunzip_bytes(data, limit)
    if encoding == IDENTITY:
        if len(data) > limit:
            raise BodyTooLargeError("body", f"is longer than {limit} bytes")
        return data
    raise WireFormatError("Content-Encoding", f"{encoding!r} is not supported")


def encoding_of(body: bytes) -> str:
    """The encoding of a body this side compressed itself, from its first bytes."""
    if body.startswith(_ZSTD_MAGIC):
        return ZSTD
    return GZIP if body.startswith(_GZIP_MAGIC) else IDENTITY


def encode_gzip_json(value: Any) -> bytes:
    """JSON then gzip: the body of a push."""
    return gzip_bytes(encode_json(value))


def decode_gzip_json(data: bytes, limit: int = MAX_DECODED_BODY) -> Any:
    """gunzip then JSON, with the same size limit as gunzip_bytes."""
    return decode_json(gunzip_bytes(data, limit))


def format_time(moment: datetime) -> str:
    """ISO 8601 in UTC with a Z and microseconds, e.g. 2024-05-01T03:04:05.000000Z."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: timestamps on the wire are always UTC")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_time(text: str, field: str = "time") -> datetime:
    """Parse an ISO 8601 timestamp that carries a zone (Z or an offset) into UTC."""
    try:
        moment = datetime.fromisoformat(text)
    except (TypeError, ValueError) as exc:
        raise WireFormatError(field, f"is not an ISO 8601 timestamp: {text!r}") from exc
    if moment.tzinfo is None:
        raise WireFormatError(field, "has no time zone (use Z for UTC)")
    return moment.astimezone(UTC)


def utc_now() -> datetime:
    """The current time, timezone-aware in UTC."""
    return datetime.now(UTC)
