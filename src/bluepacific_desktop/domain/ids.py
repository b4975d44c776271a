"""Ids derived from what a record is, for kinds that can exist only once.

An attendance is "this person at this session", a capability report is "this capability for
this month in this country". Two focal points who record the same one on two laptops make
the same id, so the hub sees one record (merged, or a conflict to decide) instead of two
rows that could never be reconciled.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from bluepacific_desktop.domain.enums import RecordKind

_NAMESPACE = uuid.UUID("0b4f3c9e-2a57-4d0e-9f43-6c1a8e5d2b71")

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
    return str(uuid.uuid5(_NAMESPACE, ":".join(parts)))
