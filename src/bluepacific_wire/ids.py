"""Ids derived from what a record is, for kinds that can exist only once: the one definition.

An attendance is "this person at this session", a capability report is "this capability for
this month in this country". Two focal points who record the same one on two laptops make
the same id, so the hub sees one record (merged, or a conflict to decide) instead of two
rows that could never be reconciled. The desktop derives the id when a record is made; the hub
derives it again from the pushed fields and the sending device's country and refuses a change
whose id does not match, so no country can take the id of another country's record.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Mapping
from typing import Any, Final

from bluepacific_wire.constants import RecordKind
from bluepacific_wire.refusals import refusal

NAMESPACE: Final = uuid.UUID("0b4f3c9e-2a57-4d0e-9f43-6c1a8e5d2b71")
_NAMESPACE_BYTES = NAMESPACE.bytes

# The fields that make up each derived id; they cannot change once the record exists.
IDENTITY_FIELDS: Final[Mapping[RecordKind, tuple[str, ...]]] = {
    RecordKind.ATTENDANCE: ("session_id", "person_id"),
    RecordKind.CAPABILITY_REPORT: ("capability_code", "period"),
    RecordKind.MONTHLY_RETURN: ("period",),
    # One record per code: the hub's verify page derives the id of each country's candidate
    # from the code alone and reads those few rows by key (bluepacific_hub/verify.py).
    RecordKind.CERTIFICATE: ("code",),
}


def natural_id(kind: RecordKind, country: str, fields: Mapping[str, Any]) -> str | None:
    """The derived id of a record of `kind`, or None for kinds with client-random ids."""
    names = IDENTITY_FIELDS.get(kind)
    if names is None:
        return None
    parts = [kind.value, country, *(str(fields[name]) for name in names)]
    return uuid5_text(":".join(parts))


def uuid5_text(name: str) -> str:
    """str(uuid.uuid5(NAMESPACE, name)), without the UUID object: imports of 10,000 rows
    derive 10,000 ids, and the object costs more than the hash."""
    digest = bytearray(hashlib.sha1(_NAMESPACE_BYTES + name.encode()).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # RFC 4122 variant
    x = digest.hex()
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:]}"


def derived_id_refusal(
    kind: RecordKind, record_id: str, country: str, fields: Mapping[str, Any]
) -> str | None:
    """Why `record_id` is not the derived id of this record of `country`, or None if it is
    (or if `kind` has client-random ids). Every identity field must be there, as text: a
    change that leaves one out could otherwise sit on any id."""
    names = IDENTITY_FIELDS.get(kind)
    if names is None:
        return None
    missing = [name for name in names if not isinstance(fields.get(name), str)]
    if missing:
        return refusal(
            "derived_id_missing",
            kind=kind.value,
            what=kind.replace("_", " "),
            names=" and ".join(names),
            missing=", ".join(missing),
        )
    expected = natural_id(kind, country, fields)
    if expected != record_id:
        made_of = ":".join([kind.value, country, *(str(fields[name]) for name in names)])
        return refusal(
            "derived_id_wrong",
            kind=kind.value,
            what=kind.replace("_", " "),
            made_of_repr=repr(made_of),
            expected=str(expected),
            record_id=record_id,
        )
    return None
