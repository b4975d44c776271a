"""An outbox entry as if a bug or a tampered file had queued another country's record: the hub
refuses it, and the device sets it aside."""

from __future__ import annotations

import uuid

from bluepacific_desktop.domain.enums import OutboxState, RecordKind
from bluepacific_desktop.store.models import OutboxEntry
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.store.types import utcnow


def queue_foreign(store: Store, country: str, record_id: str | None = None) -> str:
    """Queue a person of `country` (not the device's); returns the change id."""
    change_id = str(uuid.uuid4())
    now = utcnow()
    with store.write() as session:
        session.add(
            OutboxEntry(
                change_id=change_id,
                kind=RecordKind.PERSON.value,
                record_id=record_id or str(uuid.uuid4()),
                op="create",
                base_revision=None,
                changed_fields=["full_name", "sex"],
                payload={
                    "fields": {"full_name": "Not mine", "sex": "male"},
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
