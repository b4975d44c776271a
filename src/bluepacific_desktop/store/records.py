"""Which table holds each record kind, and how a record's fields turn into plain JSON values."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.store.models import (
    Attendance,
    CapabilityReport,
    Contact,
    Engagement,
    Person,
    SyncedRecord,
    TrainingSession,
)

MODELS: Mapping[RecordKind, type[SyncedRecord]] = {
    RecordKind.PERSON: Person,
    RecordKind.TRAINING_SESSION: TrainingSession,
    RecordKind.ATTENDANCE: Attendance,
    RecordKind.CAPABILITY_REPORT: CapabilityReport,
    RecordKind.CONTACT: Contact,
    RecordKind.ENGAGEMENT: Engagement,
}

# The columns SyncedRecord adds to every table.
SYNC_COLUMNS = frozenset(
    {
        "id",
        "country",
        "created_at",
        "updated_at",
        "revision",
        "deleted",
        "device_id",
        "confirmed_at",
    }
)


def data_fields(kind: RecordKind) -> list[str]:
    """The columns a user edits (everything but the sync bookkeeping), in table order."""
    table = MODELS[kind].__table__
    return [c.name for c in table.columns if c.name not in SYNC_COLUMNS]


def to_json_value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list):
        return list(value)
    return value


def record_fields(kind: RecordKind, record: SyncedRecord) -> dict[str, Any]:
    return {name: to_json_value(getattr(record, name)) for name in data_fields(kind)}


def kind_label(kind: RecordKind) -> str:
    return kind.value.replace("_", " ")
