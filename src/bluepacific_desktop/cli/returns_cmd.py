"""`returns`: the country's monthly returns: list them, submit, nil, approve, accept, send back,
reopen, and a month's history (workflows/returns.py; works offline, syncs like any change)."""

from __future__ import annotations

import argparse
import json
import sys

from bluepacific_desktop.cli.common import CommandFailed, open_existing, say
from bluepacific_desktop.domain.returns import ReturnAction, ReturnState, month_name
from bluepacific_desktop.workflows.returns import (
    MonthNotReady,
    MonthReturn,
    discard,
    get_return,
    history,
    list_returns,
    returns_completeness,
    transition,
)
from bluepacific_wire import format_time

_ACTIONS = {
    "submit": ReturnAction.SUBMIT,
    "nil": ReturnAction.NIL,
    "approve": ReturnAction.APPROVE,
    "accept": ReturnAction.ACCEPT,
    "send-back": ReturnAction.SEND_BACK,
    "reopen": ReturnAction.REOPEN,
}
_HELP = {
    "submit": "submit a month's figures (runs the checks; figures locked once submitted)",
    "nil": "submit a nil return: nothing to report this month",
    "approve": "approve a submitted month (national approver)",
    "accept": "accept an approved month (regional team)",
    "send-back": "send a month back to draft with a comment (national approver, regional team)",
    "reopen": "reopen an accepted month with a reason (regional team)",
}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = commands.add_parser(
        "returns",
        help="monthly returns: list, submit, approve, send back, history",
        description="Each month of the country has one return: draft → submitted → approved → "
        "accepted, or sent back to draft with a comment. Changes made here work offline and "
        "reach the hub at the next sync.",
    )
    sub = p.add_subparsers(dest="returns_command", metavar="ACTION", required=True)
    ls = sub.add_parser("list", help="every month with its state")
    ls.add_argument("--year", type=int, help="only this year's months")
    ls.add_argument("--json", action="store_true", help="print JSON with stable keys")
    ls.set_defaults(run=run_list)
    for name, words in _HELP.items():
        a = sub.add_parser(name, help=words)
        a.add_argument("month", metavar="YYYY-MM")
        a.add_argument("--comment", default="", help="why (required to send back or reopen)")
        if name == "submit":
            a.add_argument(
                "--explain",
                action="append",
                default=[],
                metavar="CODE=TEXT",
                help="confirm an unusual figure of capability CODE with a short explanation",
            )
        if name in ("submit", "nil"):
            a.add_argument(
                "--sessions-complete",
                action="store_true",
                help="the month's training sessions are all recorded (locks them)",
            )
            a.add_argument(
                "--engagements-complete",
                action="store_true",
                help="the month's engagements are all recorded (locks them)",
            )
        a.set_defaults(run=run_transition, action=_ACTIONS[name])
    d = sub.add_parser(
        "discard",
        help="give up this computer's action on a month that the hub refused (e.g. stale)",
    )
    d.add_argument("month", metavar="YYYY-MM")
    d.set_defaults(run=run_discard)
    h = sub.add_parser("history", help="who moved a month, when, from which device, and why")
    h.add_argument("month", metavar="YYYY-MM")
    h.set_defaults(run=run_history)


_TIMELINESS = {"on_time": "on time", "late": "late", "missing": "missing", "not_due": ""}


def _state_words(m: MonthReturn) -> str:
    words = m.state.value + (" (nil return)" if m.nil else "")
    if _TIMELINESS[m.timeliness.value]:
        words += f", {_TIMELINESS[m.timeliness.value]}"
    if m.set_aside:
        words += f"  — refused by the hub: {m.set_aside}"
    elif not m.on_hub:
        words += "  (not yet on the hub)"
    if m.comment and m.state.value == "draft":
        words += f"  — sent back: {m.comment}"
    if m.state is ReturnState.SUBMITTED and m.next_action is ReturnAction.ACCEPT:
        words += "  — next: the regional team accepts it (no national approval)"
    if m.entry_closed is not None and not m.submitted:
        words += f"  — entry period closed on {m.last_open_day}"
    return words


def run_list(args: argparse.Namespace) -> int:
    with open_existing(args) as store:
        rows = list_returns(store, args.year)
    if args.json:
        out = [
            {
                "month": m.period,
                "state": m.state.value,
                "nil": m.nil,
                "sessions_complete": m.sessions_complete,
                "engagements_complete": m.engagements_complete,
                "comment": m.comment,
                "on_hub": m.on_hub,
                "set_aside": m.set_aside,
                "timeliness": m.timeliness.value,
                "due": format_time(m.due) if m.due else None,
                "entry_closed": format_time(m.entry_closed) if m.entry_closed else None,
                "next": m.next_action.value if m.next_action else None,
            }
            for m in rows
        ]
        say(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        say("No month to show.")
    for m in rows:
        say(f"{m.period}  {_state_words(m)}")
    with open_existing(args) as store:
        c = returns_completeness(store, args.year)
    say(
        f"Expected {c.expected}, received {c.received} ({c.nil} nil), on time {c.on_time}, "
        f"late {c.late}, missing {c.missing}, accepted {c.accepted}."
    )
    return 0


def _explanations(items: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in items:
        code, sep, text = item.partition("=")
        if not sep or not code.strip() or not text.strip():
            raise CommandFailed(
                f'--explain {item!r}: write it as CODE=TEXT, e.g. --explain SLTD="border '
                'operation this month"; nothing was submitted.'
            )
        out[code.strip().upper()] = text.strip()
    return out


def run_transition(args: argparse.Namespace) -> int:
    action: ReturnAction = args.action
    explained = _explanations(getattr(args, "explain", []))
    with open_existing(args) as store:
        try:
            transition(
                store,
                args.month,
                action,
                args.comment,
                explained,
                sessions_complete=bool(getattr(args, "sessions_complete", False)),
                engagements_complete=bool(getattr(args, "engagements_complete", False)),
            )
        except MonthNotReady as exc:
            # Every problem on its own line (a failure's message is printed as one line).
            for problem in exc.problems:
                print(f"  - {problem.message}", file=sys.stderr)
            raise CommandFailed(str(exc).splitlines()[0]) from exc
        month = get_return(store, args.month)
    declared = [
        words
        for flag, words in (
            (month.sessions_complete, "training sessions"),
            (month.engagements_complete, "engagements"),
        )
        if flag and month.submitted
    ]
    locked = f" Its {' and '.join(declared)} are locked with it." if declared else ""
    say(
        f"{month_name(args.month)} is now {month.state.value}"
        f"{' (nil return)' if month.nil else ''}. It reaches the hub at the next sync.{locked}"
    )
    return 0


def run_discard(args: argparse.Namespace) -> int:
    with open_existing(args) as store:
        month = discard(store, args.month)
    say(f"{month_name(args.month)} is {month.state.value} again, as the hub last said.")
    return 0


def run_history(args: argparse.Namespace) -> int:
    with open_existing(args) as store:
        lines = history(store, args.month)
    if not lines:
        say(f"{args.month}: nothing has happened to this month yet (draft).")
    for line in lines:
        where = f" on device {line.device}" if line.device else ""
        pending = "" if line.on_hub else "  (not yet on the hub)"
        comment = f"  — {line.comment}" if line.comment else ""
        say(
            f"{line.at}  {line.action.value.replace('_', ' ')}: {line.from_state.value} → "
            f"{line.to_state.value}  by {line.who}{where}{comment}{pending}"
        )
    return 0
