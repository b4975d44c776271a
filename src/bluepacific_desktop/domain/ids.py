"""Ids derived from what a record is, for kinds that can exist only once.

An attendance is "this person at this session", a capability report is "this capability for
this month in this country". Two focal points who record the same one on two laptops make
the same id, so the hub sees one record (merged, or a conflict to decide) instead of two
rows that could never be reconciled.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Mapping
from typing import Any

from bluepacific_desktop.domain.enums import RecordKind

_NAMESPACE = uuid.UUID("0b4f3c9e-2a57-4d0e-9f43-6c1a8e5d2b71")
_NAMESPACE_BYTES = _NAMESPACE.bytes

# The fields that make up each derived id; they cannot change once the record exists.
IDENTITY_FIELDS: Mapping[RecordKind, tuple[str, ...]] = {
    RecordKind.ATTENDANCE: ("session_id", "person_id"),
    RecordKind.CAPABILITY_REPORT: ("capability_code", "period"),
}


def natural_id(kind: RecordKind, country: str, fields: Mapping[str, Any]) -> str | None:
    """The derived id of a record of `kind`, or None for kinds with client-random ids."""
    names = IDENTITY_FIELDS.get(kind)
    if names is None:
        return None
    parts = [kind.value, country, *(str(fields[name]) for name in names)]
    return uuid5_text(":".join(parts))


def uuid5_text(name: str) -> str:
    """str(uuid.uuid5(_NAMESPACE, name)), without the UUID object: imports of 10,000 rows
    derive 10,000 ids, and the object costs more than the hash."""
    digest = bytearray(hashlib.sha1(_NAMESPACE_BYTES + name.encode()).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # RFC 4122 variant
    x = digest.hex()
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:]}"
