"""`status`: the data file, its schema, the device, record counts and changes waiting to sync."""

from __future__ import annotations

import argparse
import json

from bluepacific_desktop.cli.common import open_store, say
from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.store.status import StoreStatus, collect_status
from bluepacific_desktop.sync.status import SyncStatus, collect_sync_status

PLURALS = {
    RecordKind.PERSON.value: "people",
    RecordKind.TRAINING_SESSION.value: "training sessions",
    RecordKind.ATTENDANCE.value: "attendances",
    RecordKind.CAPABILITY_REPORT.value: "capability reports",
    RecordKind.CONTACT.value: "contacts",
    RecordKind.ENGAGEMENT.value: "engagements",
    RecordKind.MONTHLY_RETURN.value: "monthly returns",
}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = commands.add_parser(
        "status", help="show the data file, record counts and changes waiting to sync"
    )
    p.add_argument("--json", action="store_true", help="print JSON with stable keys")
    p.set_defaults(run=run)


def human(status: StoreStatus) -> list[str]:
    schema = status.schema_revision or "none"
    if status.schema_revision == status.head_revision:
        schema += " (up to date)"
    else:
        schema += f" (this version's newest is {status.head_revision})"
    lines = [
        f"Data file:      {status.database}",
        f"Schema:         {schema}",
        f"Country:        {status.country or 'not set up yet (run: bluepacific-desktop init)'}",
        f"Language:       {status.language or '-'}",
        f"Device id:      {status.device_id or '-'}",
        "Records:",
    ]
    width = max(len(kind_label_for(k)) for k in status.records)
    for kind, n in status.records.items():
        extra = f" ({n.deleted} deleted)" if n.deleted else ""
        lines.append(f"  {kind_label_for(kind):<{width}}  {n.live:>8}{extra}")
    lines.append(f"Waiting to sync: {status.outbox_pending} change(s)")
    if status.outbox_set_aside:
        lines.append(
            f"Set aside:       {status.outbox_set_aside} change(s) the hub refused; "
            "they need someone to look at them"
        )
    return lines


def kind_label_for(kind: str) -> str:
    return PLURALS.get(kind, kind)


def sync_lines(sync: SyncStatus) -> list[str]:
    lines = [
        f"Hub:             {sync.hub_url or 'not connected'}"
        + (f" (user {sync.username})" if sync.username else "")
    ]
    lines.append(f"Last sync:       {sync.last_success_at or 'never'}")
    if sync.conflicts:
        lines.append(f"Conflicts:       {sync.conflicts} (see: bluepacific-desktop conflicts list)")
    for item in sync.set_aside:
        lines.append(
            f"  set aside: {item['kind'].replace('_', ' ')} {item['record_id']}: {item['reason']}"
        )
    if sync.last_error:
        lines.append(f"Last problem:    {sync.last_error['message']}")
    if sync.clock_warning:
        lines.append(f"Clock:           {sync.clock_warning}")
    return lines


def run(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        status = collect_status(store)
        sync = collect_sync_status(store)
    if args.json:
        data = status.to_json()
        data["sync"] = sync.to_json()
        say(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        for line in human(status) + sync_lines(sync):
            say(line)
    return 0
