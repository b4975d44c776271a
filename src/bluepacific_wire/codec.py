"""Bytes on the wire: compact JSON, gzip, and ISO 8601 UTC timestamps with a Z."""

from __future__ import annotations

import gzip
import hashlib
import json
import zlib
from datetime import UTC, datetime
from typing import Any

from bluepacific_wire.constants import MAX_DECODED_BODY
from bluepacific_wire.errors import WireFormatError


def _refuse_constant(name: str) -> Any:
    raise WireFormatError("body", f"{name} is not a JSON number")


def encode_json(value: Any) -> bytes:
    """Compact UTF-8 JSON (no NaN or infinity)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()


def canonical_json(value: Any) -> bytes:
    """JSON with sorted keys: the same value always gives the same bytes."""
    return json.dumps(
        value, ensure_ascii=False, separators=(",", ":"), sort_keys=True, allow_nan=False
    ).encode()


def body_hash(value: Any) -> str:
    """SHA-256 (hex) of the canonical JSON of a decoded body."""
    return hashlib.sha256(canonical_json(value)).hexdigest()


def decode_json(data: bytes) -> Any:
    """Parse UTF-8 JSON, or raise WireFormatError("body", ...)."""
    try:
        return json.loads(data.decode("utf-8"), parse_constant=_refuse_constant)
    except UnicodeDecodeError as exc:
        raise WireFormatError("body", "is not UTF-8 text") from exc
    except json.JSONDecodeError as exc:
        raise WireFormatError("body", f"is not valid JSON ({exc.msg})") from exc
    except RecursionError as exc:
        raise WireFormatError("body", "is nested too deeply") from exc


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
        raise WireFormatError("body", f"inflates to more than {limit} bytes")
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
