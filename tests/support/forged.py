"""An outbox entry as if a bug or a tampered file had queued another country's record: the hub
refuses it, and the device sets it aside."""

from __future__ import annotations

import uuid
from typing import Any

from bluepacific_desktop.domain.enums import OutboxState, RecordKind
from bluepacific_desktop.store.models import OutboxEntry
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.store.types import utcnow


def queue_foreign(
    store: Store,
    country: str,
    record_id: str | None = None,
    kind: RecordKind = RecordKind.PERSON,
    fields: dict[str, Any] | None = None,
) -> str:
    """Queue a person of `country` (not the device's; or other `fields` of another `kind`,
    which need not be valid); returns the change id."""
    change_id = str(uuid.uuid4())
    fields = fields or {"full_name": "Not mine", "sex": "male"}
    now = utcnow()
    with store.write() as session:
        session.add(
            OutboxEntry(
                change_id=change_id,
                kind=kind.value,
                record_id=record_id or str(uuid.uuid4()),
                op="create",
                base_revision=None,
                changed_fields=sorted(fields),
                payload={
                    "fields": fields,
                    "country": country,
                    "deleted": False,
                    "created_at": now.isoformat(),
                    "updated_at": now.isoformat(),
                    "device_id": "forged",
                },
                created_at=now,
                state=OutboxState.PENDING.value,
                attempts=0,
            )
        )
    return change_id
