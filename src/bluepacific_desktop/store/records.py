"""Which table holds each record kind, and how a record's fields turn into plain JSON values."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.store.models import (
    Attendance,
    CapabilityReport,
    Certificate,
    Contact,
    Engagement,
    MonthlyReturn,
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
    RecordKind.MONTHLY_RETURN: MonthlyReturn,
    RecordKind.CERTIFICATE: Certificate,
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
# Columns the store derives for itself (models.Searchable): neither edited nor synced.
LOCAL_COLUMNS = frozenset({"search_key"})


def data_fields(kind: RecordKind) -> list[str]:
    """The columns a user edits (everything but the sync bookkeeping), in table order."""
    table = MODELS[kind].__table__
    return [c.name for c in table.columns if c.name not in SYNC_COLUMNS | LOCAL_COLUMNS]


def to_json_value(value: Any) -> Any:
    # `date` covers datetime too; one class check is cheaper than a union (hot in bulk writes).
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return list(value)
    return value


def record_fields(kind: RecordKind, record: SyncedRecord) -> dict[str, Any]:
    return {name: to_json_value(getattr(record, name)) for name in data_fields(kind)}


def kind_label(kind: RecordKind) -> str:
    return kind.value.replace("_", " ")


def from_json_fields(kind: RecordKind, fields: Mapping[str, Any]) -> dict[str, Any]:
    """Wire/JSON values back to column values; fields this version does not know are ignored."""
    table = MODELS[kind].__table__
    out: dict[str, Any] = {}
    for name in data_fields(kind):
        if name not in fields:
            continue
        value = fields[name]
        python_type = _python_type(table.columns[name].type)
        if value is not None and python_type is date and isinstance(value, str):
            value = date.fromisoformat(value)
        out[name] = value
    return out


def _python_type(column_type: Any) -> Any:
    try:
        return column_type.python_type
    except NotImplementedError:
        return None


def field_defaults(kind: RecordKind) -> dict[str, Any]:
    """Each data field's value when a rule leaves it out: its column's default, else None.

    A new record is written and queued from the same values, so both carry the default."""
    table = MODELS[kind].__table__
    out: dict[str, Any] = {}
    for name in data_fields(kind):
        default = table.columns[name].default
        out[name] = (
            getattr(default, "arg", None) if default is not None and default.is_scalar else None
        )
    return out


def date_fields(kind: RecordKind) -> list[str]:
    """The data fields holding dates: the only values to_json_value changes."""
    table = MODELS[kind].__table__
    return [
        name
        for name in data_fields(kind)
        if isinstance(pt := _python_type(table.columns[name].type), type) and issubclass(pt, date)
    ]
