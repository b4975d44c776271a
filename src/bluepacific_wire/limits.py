"""Size limits of a record, by kind and by field: the desktop checks them as the user types,
the hub refuses a change that passes them, so no record can grow past what every device reads.

Every kind keeps its own fields on the desktop (store/models.py); the hub knows no more than a
record's kind and its JSON, so the limits go by the JSON type of a value and by the few field
names that hold long free text. A field's size is counted in characters (a string's length,
or for a list its items' lengths added up); a record's size in bytes of its canonical JSON
(UTF-8), about what a pull page carries of it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Final

from bluepacific_wire.constants import RecordKind
from bluepacific_wire.refusals import refusal

# Notes, narratives, summaries: several pages of text.
LONG_TEXT_CHARS: Final = 20_000
# Any list (e-mails, phones, tags, the ids of trainers or contacts): about 1,300 ids.
LIST_CHARS: Final = 50_000
# Every other string: names, codes, dates, ids (the desktop's own are shorter still).
TEXT_CHARS: Final = 1_000

# The fields of each kind that hold long free text; every other string is short.
LONG_TEXT_FIELDS: Final[Mapping[RecordKind, frozenset[str]]] = {
    RecordKind.TRAINING_SESSION: frozenset({"notes"}),
    RecordKind.CAPABILITY_REPORT: frozenset({"narrative", "success_stories"}),
    RecordKind.CONTACT: frozenset({"notes"}),
    RecordKind.ENGAGEMENT: frozenset({"summary"}),
}

# A whole record, in bytes of canonical JSON. An attendance or a person holds a few short
# fields; the others may hold long texts (up to 4 bytes a character) and lists.
RECORD_BYTES: Final[Mapping[RecordKind, int]] = {
    RecordKind.ATTENDANCE: 16 * 1024,
    RecordKind.CERTIFICATE: 16 * 1024,
    RecordKind.PERSON: 32 * 1024,
}
DEFAULT_RECORD_BYTES: Final = 256 * 1024


def field_limit(kind: RecordKind, name: str, value: Any) -> int | None:
    """The most characters `value` may have in field `name` of a `kind`; None for numbers,
    true/false and null, which have no length."""
    if isinstance(value, list):
        return LIST_CHARS
    if isinstance(value, str):
        return LONG_TEXT_CHARS if name in LONG_TEXT_FIELDS.get(kind, ()) else TEXT_CHARS
    return None


def field_size(value: Any) -> int:
    """The characters a field's value counts against its limit: a string's length, a list's
    items' lengths added up (a number counts as it is written)."""
    if isinstance(value, str):
        return len(value)
    if isinstance(value, list):
        return sum(len(item) if isinstance(item, str) else len(str(item)) for item in value)
    return 0


def record_size(fields: Mapping[str, Any]) -> int:
    """Bytes of the record's canonical JSON (codec.canonical_json), counted without failing on a
    lone surrogate: refusing that is the validators' job, measuring it is this one's."""
    text = json.dumps(fields, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return len(text.encode("utf-8", "surrogatepass"))


def record_limit(kind: RecordKind) -> int:
    """The most bytes of canonical JSON a record of `kind` may hold."""
    return RECORD_BYTES.get(kind, DEFAULT_RECORD_BYTES)


def size_refusal(kind: RecordKind, fields: Mapping[str, Any]) -> str | None:
    """Why a record of `kind` with these fields is too large, naming the field or the record
    and its limit; None if it fits. Cheap lengths first, the record's JSON only after."""
    what = kind.value.replace("_", " ")
    for name, value in fields.items():
        limit = field_limit(kind, name, value)
        if limit is not None and (size := field_size(value)) > limit:
            if isinstance(value, list):
                return refusal(
                    "list_too_long",
                    kind=kind.value,
                    what=what,
                    name=name,
                    name_repr=repr(name),
                    size=size,
                    limit=limit,
                )
            return refusal(
                "field_too_long",
                kind=kind.value,
                what=what,
                name=name,
                name_repr=repr(name),
                size=size,
                limit=limit,
            )
    limit = record_limit(kind)
    size = record_size(fields)
    if size > limit:
        return refusal("record_too_large", kind=kind.value, what=what, size=size, limit=limit)
    return None
