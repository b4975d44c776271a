"""The sync part of `status`: hub, changes waiting or set aside, last success, clock, last error."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import func, select

from bluepacific_desktop.store.models import SyncConflict
from bluepacific_desktop.store.outbox import waiting
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.sync import state
from bluepacific_desktop.sync.set_aside import list_set_aside


@dataclass(frozen=True)
class SyncStatus:
    hub_url: str | None
    username: str | None
    changes_waiting: int  # records not on the hub (any state), as the status bar counts them
    conflicts: int
    set_aside: list[dict[str, Any]] = field(default_factory=list)
    last_success_at: str | None = None
    clock_skew_s: float | None = None
    clock_warning: str | None = None
    last_error: dict[str, str] | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def collect_sync_status(store: Store) -> SyncStatus:
    with store.read() as session:
        hub = state.hub_settings(session)
        counts = waiting(session)
        conflicts = session.scalar(select(func.count()).select_from(SyncConflict))
        refused = list_set_aside(session)
        last = state.last_success(session)
        skew = state.clock_skew(session)
        error = state.last_error(session)
    return SyncStatus(
        hub_url=hub.url or None,
        username=hub.username or None,
        changes_waiting=counts.total,
        conflicts=int(conflicts or 0),
        set_aside=[
            {"kind": r.kind, "record_id": r.record_id, "reason": r.reason, "changes": r.changes}
            for r in refused
        ],
        last_success_at=last.isoformat() if last else None,
        clock_skew_s=skew,
        clock_warning=state.skew_words(skew),
        last_error=asdict(error) if error else None,
    )
