"""Validators for the small values of the protocol: UUIDs, countries, versions, field maps."""

from __future__ import annotations

import math
import re
import uuid
from collections.abc import Mapping
from typing import Any

from bluepacific_wire.errors import WireFormatError
from bluepacific_wire.shapes import Fields, FieldValue, Scalar

_COUNTRY = re.compile(r"[A-Z]{2}")
_VERSION = re.compile(r"(\d{1,6})\.(\d{1,6})\.(\d{1,6})(?:[-+.][0-9A-Za-z.+-]*)?")
MAX_FIELD_NAME = 64
MAX_FIELDS = 200
MAX_LIST_ITEMS = 1000
MAX_STRING = 100_000
# The largest integer a database column (BIGINT, SQLite's INTEGER) holds.
MAX_INT = 2**63 - 1
# NUL cannot be stored in PostgreSQL text, and a lone surrogate cannot be written as UTF-8:
# JSON allows both ("\u0000", "\ud800"), so they are refused here rather than by the database.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def require_object(value: Any, field: str) -> Mapping[str, Any]:
    """`value` as a JSON object, or WireFormatError."""
    if not isinstance(value, dict):
        raise WireFormatError(field, "must be a JSON object")
    return value


def require_key(obj: Mapping[str, Any], key: str, field: str) -> Any:
    """obj[key], or WireFormatError naming the missing field."""
    if key not in obj:
        raise WireFormatError(f"{field}.{key}" if field else key, "is missing")
    return obj[key]


def parse_str(value: Any, field: str, *, max_length: int = 1000, empty: bool = False) -> str:
    """A JSON string of bounded length."""
    if not isinstance(value, str):
        raise WireFormatError(field, "must be a string")
    if not empty and not value.strip():
        raise WireFormatError(field, "must not be empty")
    if len(value) > max_length:
        raise WireFormatError(field, f"is longer than {max_length} characters")
    check_storable(value, field)
    return value


def check_storable(text: str, field: str) -> None:
    """Refuse text holding NUL or a lone surrogate, which no database can store."""
    bad = _UNSTORABLE.search(text)
    if bad is not None:
        what = "a NUL character" if bad[0] == "\x00" else "a lone surrogate (not Unicode text)"
        raise WireFormatError(field, f"holds {what} at position {bad.start()}")


def parse_int(value: Any, field: str, *, minimum: int = 0, maximum: int = MAX_INT) -> int:
    """A JSON integer (not a boolean) from `minimum` to `maximum` (a database BIGINT's)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise WireFormatError(field, "must be an integer")
    if value < minimum:
        raise WireFormatError(field, f"must be at least {minimum}")
    if value > maximum:
        raise WireFormatError(field, f"must be at most {maximum}")
    return value


def parse_bool(value: Any, field: str) -> bool:
    """A JSON true or false."""
    if not isinstance(value, bool):
        raise WireFormatError(field, "must be true or false")
    return value


def parse_uuid(value: Any, field: str) -> str:
    """A UUID in its canonical lower-case 36-character form."""
    if not isinstance(value, str) or len(value) != 36:
        raise WireFormatError(field, "must be a UUID like 123e4567-e89b-12d3-a456-426614174000")
    try:
        return str(uuid.UUID(value))
    except ValueError as exc:
        raise WireFormatError(field, f"is not a valid UUID: {value!r}") from exc


def parse_country(value: Any, field: str) -> str:
    """An ISO 3166-1 alpha-2 code: two upper-case letters."""
    if not isinstance(value, str) or not _COUNTRY.fullmatch(value):
        raise WireFormatError(field, "must be a country code of two capital letters, like FJ")
    return value


def parse_version(value: Any, field: str = "version") -> tuple[int, int, int]:
    """A MAJOR.MINOR.PATCH version (anything after the patch number is ignored)."""
    match = _VERSION.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        raise WireFormatError(field, f"is not a version like 0.1.0: {value!r}")
    return int(match[1]), int(match[2]), int(match[3])


def is_older(version: str, than: str) -> bool:
    """True when `version` is strictly older than `than` (both MAJOR.MINOR.PATCH)."""
    return parse_version(version) < parse_version(than)


def _parse_scalar(value: Any, field: str) -> Scalar:
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        # Beyond 64 bits a number cannot go into the desktop's SQLite columns.
        if not -MAX_INT - 1 <= value <= MAX_INT:
            raise WireFormatError(field, "is too large a number")
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise WireFormatError(field, "must be a finite number")
        return value
    if isinstance(value, str):
        if len(value) > MAX_STRING:
            raise WireFormatError(field, f"is longer than {MAX_STRING} characters")
        check_storable(value, field)
        return value
    raise WireFormatError(field, "must be text, a number, true/false, null or a list of those")


def parse_field_name(value: Any, field: str) -> str:
    """A record field name: a non-empty string of at most 64 characters."""
    return parse_str(value, field, max_length=MAX_FIELD_NAME)


def parse_fields(value: Any, field: str) -> Fields:
    """A record's fields: an object whose values are JSON scalars or lists of scalars."""
    obj = require_object(value, field)
    if len(obj) > MAX_FIELDS:
        raise WireFormatError(field, f"has more than {MAX_FIELDS} fields")
    out: Fields = {}
    for name, item in obj.items():
        parse_field_name(name, f"{field} key")
        path = f"{field}.{name}"
        parsed: FieldValue
        if isinstance(item, list):
            if len(item) > MAX_LIST_ITEMS:
                raise WireFormatError(path, f"has more than {MAX_LIST_ITEMS} items")
            parsed = [_parse_scalar(x, f"{path}[{i}]") for i, x in enumerate(item)]
        else:
            parsed = _parse_scalar(item, path)
        out[name] = parsed
    return out
