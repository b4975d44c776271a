"""What `status` reports: the data file, its schema, the device, record counts, sync backlog."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import func, select

from bluepacific_desktop.store import migrate
from bluepacific_desktop.store.device import COUNTRY, DEVICE_ID, LANGUAGE, get_setting
from bluepacific_desktop.store.outbox import waiting
from bluepacific_desktop.store.records import MODELS
from bluepacific_desktop.store.store import Store


@dataclass(frozen=True)
class KindCount:
    live: int
    deleted: int


@dataclass(frozen=True)
class StoreStatus:
    database: str
    schema_revision: str | None
    head_revision: str
    country: str | None
    language: str | None
    device_id: str | None
    records: dict[str, KindCount] = field(default_factory=dict)
    outbox_pending: int = 0
    outbox_set_aside: int = 0

    def to_json(self) -> dict[str, Any]:
        """Stable keys for scripts; counts per kind are always all present."""
        return asdict(self)


def record_counts(store: Store) -> dict[str, KindCount]:
    out: dict[str, KindCount] = {}
    with store.read() as s:
        for kind, model in MODELS.items():
            rows: dict[bool, int] = {
                deleted: n
                for deleted, n in s.execute(
                    select(model.deleted, func.count()).group_by(model.deleted)
                )
            }
            out[kind.value] = KindCount(live=rows.get(False, 0), deleted=rows.get(True, 0))
    return out


def collect_status(store: Store) -> StoreStatus:
    with store.read() as s:
        dev = get_setting(s, DEVICE_ID)
        country = get_setting(s, COUNTRY)
        language = get_setting(s, LANGUAGE)
        counts = waiting(s)
    return StoreStatus(
        database=str(store.path),
        schema_revision=migrate.current_revision(store.engine),
        head_revision=migrate.head_revision(),
        country=country,
        language=language,
        device_id=dev,
        records=record_counts(store),
        outbox_pending=counts.pending,
        outbox_set_aside=counts.set_aside,
    )
