"""Reference data (countries, capabilities, courses, …) seeded from the package's JSON file."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bluepacific_hub.models import Record
from bluepacific_hub.store import RevisionSequence, save_version
from bluepacific_wire import RecordKind, parse_fields, reference_record_id, utc_now

# Keys of reference_data.json (the same layout as the desktop's built-in copy).
SECTIONS: dict[str, RecordKind] = {
    "countries": RecordKind.REF_COUNTRY,
    "capabilities": RecordKind.REF_CAPABILITY,
    "courses": RecordKind.REF_COURSE,
    "org_types": RecordKind.REF_ORG_TYPE,
    "contact_roles": RecordKind.REF_CONTACT_ROLE,
}


def load_reference_data() -> dict[str, Any]:
    """The parsed reference_data.json shipped inside the hub package."""
    text = resources.files("bluepacific_hub").joinpath("reference_data.json").read_text("utf-8")
    data = json.loads(text)
    assert isinstance(data, dict)
    return data


def reference_entries(data: dict[str, Any]) -> dict[str, tuple[RecordKind, dict[str, Any]]]:
    """record_id → (kind, fields) for every entry of every section."""
    entries: dict[str, tuple[RecordKind, dict[str, Any]]] = {}
    for section, kind in SECTIONS.items():
        for item in data.get(section, []):
            fields = dict(parse_fields(item, f"{section} entry"))
            entries[reference_record_id(kind, str(fields["code"]))] = (kind, fields)
    return entries


def seed_reference_data(session: Session, data: dict[str, Any] | None = None) -> int:
    """Make the hub's reference records match the file; returns how many records changed.

    New or edited entries get a new revision; entries gone from the file become
    tombstones. Running it again with the same file changes nothing.
    """
    entries = reference_entries(data if data is not None else load_reference_data())
    existing = {
        r.record_id: r for r in session.scalars(select(Record).where(Record.country.is_(None)))
    }
    sequence: RevisionSequence | None = None
    changed = 0
    now = utc_now()
    wanted: list[tuple[str, RecordKind, dict[str, Any], bool]] = []
    for record_id, (kind, fields) in entries.items():
        record = existing.get(record_id)
        if record is None or record.deleted or record.fields != fields:
            wanted.append((record_id, kind, fields, False))
    for record_id, record in existing.items():
        if record_id not in entries and not record.deleted:
            wanted.append((record_id, RecordKind(record.kind), dict(record.fields), True))
    for record_id, kind, fields, deleted in wanted:
        sequence = sequence or RevisionSequence(session)
        save_version(
            session,
            sequence,
            existing.get(record_id),
            kind=kind,
            record_id=record_id,
            country=None,
            fields=fields,
            deleted=deleted,
            device_id=None,
            change_id=None,
            now=now,
        )
        changed += 1
    if sequence is not None:
        sequence.save()
    return changed
