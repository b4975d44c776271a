"""The hub's part of an erase (bluepacific_wire.erasure): once the erased record is written,
the name and contact details leave its older versions too, and the audit log says who asked.
The figures' tables hold no names (fig_person keeps the sex, fig_contact the organisation, both
refreshed from the erased record as any change refreshes them)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from bluepacific_hub import audit
from bluepacific_hub.models import RecordVersion
from bluepacific_wire.erasure import AGENCY_FIELDS, SEX_FIELDS, personal_fields

Erased = tuple[str, str, str | None, int]  # record_id, kind, country, the erase's revision


def _erasable(kind: str) -> set[str]:
    names = set(personal_fields(kind))
    for table in (SEX_FIELDS, AGENCY_FIELDS):
        if kind in table:
            names.add(table[kind][0])
    return names


def scrub(session: Session, erased: Sequence[Erased], by: audit.Actor, now: datetime) -> None:
    """Give every older version of each erased record the erased values; log each erase."""
    for record_id, kind, country, revision in erased:
        names = _erasable(kind)
        versions = list(
            session.scalars(
                select(RecordVersion)
                .where(RecordVersion.record_id == record_id)
                .order_by(RecordVersion.revision)
            )
        )
        final = next((v.fields for v in versions if v.revision == revision), None)
        if final is None:
            continue
        for version in versions:
            if version.revision < revision:
                version.fields = {
                    **version.fields,
                    **{n: final.get(n) for n in names if n in version.fields},
                }
        audit.record(
            session,
            audit.Action.RECORD_ERASED,
            f"{kind} {record_id}",
            by=by,
            country=country,
            details={"kind": kind, "record_id": record_id, "revision": revision},
            at=now,
        )
    if erased:
        session.flush()
