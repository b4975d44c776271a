"""`status`: the data file, its schema, the device, record counts and changes waiting to sync."""

from __future__ import annotations

import argparse
import json

from bluepacific_desktop.cli.common import open_store, say
from bluepacific_desktop.cli.kinds import kind_name
from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.i18n.catalogue import current_language, translate
from bluepacific_desktop.i18n.errors import error_text
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
    RecordKind.CERTIFICATE.value: "certificates",
}


def kind_label_for(kind: str) -> str:
    """The kind's plural in the messages' language (PLURALS: the English, for any kind)."""
    words = {
        "person": translate("StatusCommand", "people"),
        "training_session": translate("StatusCommand", "training sessions"),
        "attendance": translate("StatusCommand", "attendances"),
        "capability_report": translate("StatusCommand", "capability reports"),
        "contact": translate("StatusCommand", "contacts"),
        "engagement": translate("StatusCommand", "engagements"),
        "monthly_return": translate("StatusCommand", "monthly returns"),
        "certificate": translate("StatusCommand", "certificates"),
    }
    return words.get(kind) or PLURALS.get(kind, kind)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = commands.add_parser(
        "status",
        help=translate("CliHelp", "show the data file, record counts and changes waiting to sync"),
    )
    p.add_argument(
        "--json", action="store_true", help=translate("CliHelp", "print JSON with stable keys")
    )
    p.set_defaults(run=run)


def _aligned(rows: list[tuple[str, str] | str]) -> list[str]:
    """Label and value rows, the values in one column whatever the language's labels."""
    width = max(len(r[0]) for r in rows if isinstance(r, tuple)) + 1
    return [r if isinstance(r, str) else f"{r[0]:<{width}}{r[1]}" for r in rows]


def human(status: StoreStatus) -> list[tuple[str, str] | str]:
    schema = status.schema_revision or translate("StatusCommand", "none")
    if status.schema_revision == status.head_revision:
        schema = translate("StatusCommand", "%1 (up to date)").replace("%1", schema)
    else:
        schema = (
            translate("StatusCommand", "%1 (this version's newest is %2)")
            .replace("%1", schema)
            .replace("%2", str(status.head_revision))
        )
    rows: list[tuple[str, str] | str] = [
        (translate("StatusCommand", "Data file:"), str(status.database)),
        (translate("StatusCommand", "Schema:"), schema),
        (
            translate("StatusCommand", "Country:"),
            status.country
            or translate("StatusCommand", "not set up yet (run: bluepacific-desktop init)"),
        ),
        (translate("StatusCommand", "Language:"), status.language or "-"),
        (translate("StatusCommand", "Device id:"), status.device_id or "-"),
        translate("StatusCommand", "Records:"),
    ]
    width = max(len(kind_label_for(k)) for k in status.records)
    for kind, n in status.records.items():
        extra = (
            " " + translate("StatusCommand", "(%n deleted)", None, n.deleted) if n.deleted else ""
        )
        rows.append(f"  {kind_label_for(kind):<{width}}  {n.live:>8}{extra}")
    rows.append(
        (
            translate("StatusCommand", "Waiting to sync:"),
            translate("StatusCommand", "%n changes", None, status.outbox_pending),
        )
    )
    if status.outbox_set_aside:
        rows.append(
            (
                translate("StatusCommand", "Set aside:"),
                translate(
                    "StatusCommand",
                    "%n changes the hub refused; they need someone to look at them",
                    None,
                    status.outbox_set_aside,
                ),
            )
        )
    return rows


def sync_lines(sync: SyncStatus) -> list[tuple[str, str] | str]:
    hub = sync.hub_url or translate("StatusCommand", "not connected")
    if sync.username:
        hub += " " + translate("StatusCommand", "(user %1)").replace("%1", sync.username)
    rows: list[tuple[str, str] | str] = [(translate("StatusCommand", "Hub:"), hub)]
    rows.append(
        (
            translate("StatusCommand", "Last sync:"),
            sync.last_success_at or translate("StatusCommand", "never"),
        )
    )
    if sync.conflicts:
        rows.append(
            (
                translate("StatusCommand", "Conflicts:"),
                translate("StatusCommand", "%1 (see: bluepacific-desktop conflicts list)").replace(
                    "%1", str(sync.conflicts)
                ),
            )
        )
    for item in sync.set_aside:
        rows.append(
            translate("StatusCommand", "  set aside: %1 %2: %3")
            .replace("%1", kind_name(str(item["kind"])))
            .replace("%2", str(item["record_id"]))
            .replace("%3", str(item["reason"]))
        )
    if sync.last_error:
        error = sync.last_error
        params = error.get("params")
        key = str(error.get("key") or error["code"])
        words = error_text(key, params if isinstance(params, dict) else {})
        said = words if words is not None and current_language() != "en" else error["message"]
        rows.append((translate("StatusCommand", "Last problem:"), said))
    if sync.clock_warning:
        rows.append((translate("StatusCommand", "Clock:"), sync.clock_warning))
    return rows


def run(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        status = collect_status(store)
        sync = collect_sync_status(store)
    if args.json:
        data = status.to_json()
        data["sync"] = sync.to_json()
        say(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        for line in _aligned(human(status) + sync_lines(sync)):
            say(line)
    return 0
