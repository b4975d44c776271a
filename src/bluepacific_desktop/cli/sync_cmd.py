"""`login`, `logout`, `sync` and `conflicts`: the command line over the sync engine."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import Any

from bluepacific_desktop.cli.common import CommandFailed, open_store, progress, say
from bluepacific_desktop.cli.kinds import kind_name
from bluepacific_desktop.i18n.catalogue import current_language, translate
from bluepacific_desktop.i18n.errors import error_text, said
from bluepacific_desktop.i18n.formats import fill
from bluepacific_desktop.store.device import device_context
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.sync import account, state
from bluepacific_desktop.sync.client import ClientOptions
from bluepacific_desktop.sync.conflicts import Keep, list_conflicts, resolve
from bluepacific_desktop.sync.engine import SyncEngine, SyncProgress, SyncReport
from bluepacific_desktop.sync.errors import KeyringUnavailable
from bluepacific_desktop.sync.retry import Backoff, run_with_retries

# The hub asked for this computer's data to be erased, and it was: the next start is a first
# start (docs/cli.md).
EXIT_WIPED = 3


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = commands.add_parser(
        "login", help=translate("CliHelp", "connect this computer to the regional hub")
    )
    p.add_argument(
        "--hub",
        required=True,
        help=translate("CliHelp", "hub address, e.g. https://hub.example.org"),
    )
    p.add_argument("--username", required=True)
    p.add_argument(
        "--ca-bundle", metavar="FILE", help=translate("CliHelp", "certificate authorities to trust")
    )
    p.add_argument(
        "--pin",
        action="append",
        default=[],
        metavar="SHA256",
        help=translate(
            "CliHelp", "base64 SHA-256 of the hub's public key (repeat for a backup key)"
        ),
    )
    p.set_defaults(run=run_login)

    p = commands.add_parser(
        "logout", help=translate("CliHelp", "forget this computer's hub access")
    )
    p.add_argument(
        "--export",
        metavar="FILE",
        type=Path,
        help=translate(
            "CliHelp", "first write the changes not yet on the hub to FILE (they stay queued)"
        ),
    )
    p.set_defaults(run=run_logout)

    p = commands.add_parser(
        "sync", help=translate("CliHelp", "send waiting changes to the hub and fetch updates")
    )
    p.add_argument(
        "--json", action="store_true", help=translate("CliHelp", "print the outcome as JSON")
    )
    p.add_argument(
        "--retries", type=int, default=4, help=translate("CliHelp", "retries after a link failure")
    )
    p.add_argument(
        "--ask-password",
        action="store_true",
        help=translate("CliHelp", "read the hub password from standard input (no keyring needed)"),
    )
    p.add_argument(
        "--stall-timeout",
        type=float,
        default=ClientOptions.stall_timeout,
        metavar="SECONDS",
        help=translate("CliHelp", "give up on a link that moves no data this long"),
    )
    p.set_defaults(run=run_sync)

    p = commands.add_parser(
        "conflicts", help=translate("CliHelp", "changes made in two places that need a decision")
    )
    sub = p.add_subparsers(dest="conflicts_command", metavar="ACTION", required=True)
    q = sub.add_parser(
        "list", help=translate("CliHelp", "show the conflicts waiting for a decision")
    )
    q.add_argument("--json", action="store_true")
    q.set_defaults(run=run_conflicts_list)
    q = sub.add_parser("resolve", help=translate("CliHelp", "decide one conflict"))
    q.add_argument("id", type=int)
    q.add_argument("--keep", choices=[k.value for k in Keep], required=True)
    q.set_defaults(run=run_conflicts_resolve)


def _password() -> str:
    if sys.stdin.isatty():
        return getpass.getpass(translate("SyncCommand", "Hub password: "))
    line = sys.stdin.readline().rstrip("\n")
    if not line:
        raise CommandFailed(translate("SyncCommand", "No password was given on standard input."))
    return line


def run_login(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        with store.read() as session:
            device_context(session)  # refuses clearly when the country is not set up
        password = _password()
        pins = frozenset(args.pin)
        try:
            account.login(
                store, args.hub, args.username, password, ca_bundle=args.ca_bundle, pins=pins
            )
        except KeyringUnavailable as exc:
            account.login(
                store,
                args.hub,
                args.username,
                password,
                ca_bundle=args.ca_bundle,
                pins=pins,
                save=False,
            )
            progress(translate("SyncCommand", "Logged in, but: %1").replace("%1", said(exc)))
            return 0
    say(
        translate("SyncCommand", "Logged in to %1 as %2; the access is kept in the system keyring.")
        .replace("%1", args.hub)
        .replace("%2", args.username)
    )
    _warn_encryption(args)
    return 0


def _warn_encryption(args: argparse.Namespace) -> None:
    """The hub's require-encryption warning, as the last login or sync recorded it."""
    with open_store(args) as store, store.read() as session:
        required = state.encryption_required(session)
    if required:
        progress(error_text("encryption_required", {}) or "")


def run_logout(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        exported = account.logout(store, args.export)
    if exported:
        say(
            translate(
                "SyncCommand",
                "Wrote %n changes not yet on the hub to %1; they stay queued.",
                None,
                exported,
            ).replace("%1", str(args.export))
        )
    say(
        translate(
            "SyncCommand", "Logged out: this computer's hub access was removed from the keyring."
        )
    )
    return 0


def _summary(report: SyncReport) -> list[str]:
    sent = translate("SyncCommand", "Sent: %n changes", None, report.pushed)
    if report.duplicates:
        sent += " " + translate("SyncCommand", "(%n the hub already had)", None, report.duplicates)
    lines = [
        sent,
        translate("SyncCommand", "Received: %n records", None, report.pulled),
        translate("SyncCommand", "On the wire: %1 bytes up, %2 bytes down, %3 round trips")
        .replace("%1", str(report.bytes_sent))
        .replace("%2", str(report.bytes_received))
        .replace("%3", str(report.round_trips)),
    ]
    if report.refused:
        lines.append(
            translate("SyncCommand", "Set aside: %n changes the hub refused:", None, report.refused)
        )
        lines += [f"  - {reason}" for reason in report.refused_reasons]
    if report.conflicts:
        lines.append(
            translate(
                "SyncCommand", "Conflicts: %1 (see: bluepacific-desktop conflicts list)"
            ).replace("%1", str(report.conflicts))
        )
    return lines


def _failure(report: SyncReport) -> str | None:
    if report.error:
        return _said(report)
    if not report.complete:
        return translate(
            "SyncCommand",
            "%n changes have not reached the hub: they were set aside or wait for a conflict "
            "decision (see 'status' and 'conflicts list').",
            None,
            report.waiting,
        )
    return None


def _said(report: SyncReport) -> str:
    """The run's error: the core's English, or the table's words in French (i18n/errors.py)."""
    words = error_text(report.error_key or "", report.error_params)
    english = report.error or ""
    return words if words is not None and current_language() != "en" else english


def run_sync(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        with store.read() as session:
            device_context(session)
        token = None
        if args.ask_password:
            with store.read() as session:
                hub = state.hub_settings(session)
            if not hub.url or not hub.username:
                raise CommandFailed(
                    translate(
                        "SyncCommand",
                        "No hub is set: log in first with 'bluepacific-desktop "
                        "login --hub URL --username NAME'.",
                    )
                )
            token = account.login(
                store,
                hub.url,
                hub.username,
                _password(),
                ca_bundle=hub.ca_bundle,
                pins=hub.pins,
                save=False,
            )
        report = _sync(store, token, args.retries, args.stall_timeout)
        if report.wiped or report.error_key == "wipe_failed":
            # The store is gone (or half gone): nothing more is read from it.
            raise CommandFailed(_said(report), EXIT_WIPED)
        with store.read() as session:
            skew = state.skew_words(state.clock_skew(session))
    if args.json:
        data: dict[str, Any] = report.as_dict()
        data["clock_warning"] = skew
        say(json.dumps(data, indent=1))
    else:
        for line in _summary(report):
            say(line)
    if skew:
        progress(skew)
    if report.encryption_required:
        progress(error_text("encryption_required", {}) or "")
    failure = _failure(report)
    if failure:
        raise CommandFailed(failure)
    if not args.json:
        say(translate("SyncCommand", "Up to date: everything on this computer is on the hub."))
    return 0


def _sync(store: Store, token: str | None, retries: int, stall: float) -> SyncReport:
    def once() -> SyncReport:
        with account.client_for(store, token, stall) as client:
            return SyncEngine(store, client, progress=busy_note).run()

    def busy_note(p: SyncProgress) -> None:
        if p.note:  # "The hub is busy; trying again in N seconds."
            progress(p.note)

    def tell(report: SyncReport, delay: float) -> None:
        again = translate("SyncCommand", "Trying again in %1 s.").replace("%1", f"{delay:.0f}")
        progress(f"{_said(report)} {again}")

    return run_with_retries(once, retries + 1, Backoff(base_s=2.0, cap_s=60.0), on_retry=tell)


def run_conflicts_list(args: argparse.Namespace) -> int:
    with open_store(args) as store, store.read() as session:
        views = list_conflicts(session)
    if args.json:
        say(json.dumps([v.__dict__ for v in views], indent=1, ensure_ascii=False, default=str))
        return 0
    if not views:
        say(translate("SyncCommand", "No conflicts: nothing waits for a decision."))
    for v in views:
        elsewhere = translate("SyncCommand", "#%1 %2 %3 (changed elsewhere by device %4)")
        say(fill(elsewhere, v.id, kind_name(v.kind), v.record_id, v.their_device or "?"))
        for name in v.fields:
            sides = translate("SyncCommand", "%1: mine = %2  theirs = %3")
            say("    " + fill(sides, name, repr(v.mine.get(name)), repr(v.theirs.get(name))))
    return 0


def run_conflicts_resolve(args: argparse.Namespace) -> int:
    with open_store(args) as store, store.write() as session:
        resolve(session, args.id, Keep(args.keep))
    resolved = translate(
        "SyncCommand", "Conflict #%1 resolved: kept %2. Sync to send the decision."
    )
    say(fill(resolved, args.id, args.keep))
    return 0
