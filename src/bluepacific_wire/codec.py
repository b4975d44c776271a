"""Bytes on the wire: compact JSON, gzip, and ISO 8601 UTC timestamps with a Z."""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import zlib
from datetime import UTC, datetime
from typing import Any

from bluepacific_wire.constants import MAX_DECODED_BODY
from bluepacific_wire.errors import WireFormatError


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
