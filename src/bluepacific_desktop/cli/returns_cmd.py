"""`returns`: the country's monthly returns: list them, submit, nil, approve, accept, send back,
reopen, and a month's history (workflows/returns.py; works offline, syncs like any change)."""

from __future__ import annotations

import argparse
import json
import sys

from bluepacific_desktop.cli.common import CommandFailed, open_existing, say
from bluepacific_desktop.cli.returns_region import run_region_list
from bluepacific_desktop.domain.returns import ReturnAction, ReturnState
from bluepacific_desktop.i18n.catalogue import translate
from bluepacific_desktop.i18n.formats import day_name, fill, month_name, number
from bluepacific_desktop.i18n.returns_words import (
    in_a_line,
    problem_text,
    state_name,
    timeliness_words,
)
from bluepacific_desktop.i18n.roles import who_words
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


def _help() -> dict[str, str]:
    return {
        "submit": translate(
            "CliHelp", "submit a month's figures (runs the checks; figures locked once submitted)"
        ),
        "nil": translate("CliHelp", "submit a nil return: nothing to report this month"),
        "approve": translate("CliHelp", "approve a submitted month (national approver)"),
        "accept": translate("CliHelp", "accept an approved month (regional team)"),
        "send-back": translate(
            "CliHelp",
            "send a month back to draft with a comment (national approver, regional team)",
        ),
        "reopen": translate("CliHelp", "reopen an accepted month with a reason (regional team)"),
    }


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = commands.add_parser(
        "returns",
        help=translate("CliHelp", "monthly returns: list, submit, approve, send back, history"),
        description=translate(
            "CliHelp",
            "Each month of the country has one return: draft → submitted → approved → "
            "accepted, or sent back to draft with a comment. Changes made here work offline and "
            "reach the hub at the next sync.",
        ),
    )
    sub = p.add_subparsers(dest="returns_command", metavar="ACTION", required=True)
    ls = sub.add_parser("list", help=translate("CliHelp", "every month with its state"))
    ls.add_argument("--year", type=int, help=translate("CliHelp", "only this year's months"))
    ls.add_argument(
        "--json", action="store_true", help=translate("CliHelp", "print JSON with stable keys")
    )
    ls.add_argument(
        "--all-countries",
        action="store_true",
        help=translate(
            "CliHelp",
            "every country × the year's months, with the rates (a regional admin's computer; "
            "this year unless --year)",
        ),
    )
    ls.set_defaults(run=run_list)
    for name, words in _help().items():
        a = sub.add_parser(name, help=words)
        a.add_argument("month", metavar="YYYY-MM")
        a.add_argument(
            "--comment",
            default="",
            help=translate("CliHelp", "why (required to send back or reopen)"),
        )
        if name == "submit":
            a.add_argument(
                "--explain",
                action="append",
                default=[],
                metavar="CODE=TEXT",
                help=translate(
                    "CliHelp",
                    "confirm an unusual figure of capability CODE with a short explanation",
                ),
            )
        if name in ("submit", "nil"):
            a.add_argument(
                "--sessions-complete",
                action="store_true",
                help=translate(
                    "CliHelp", "the month's training sessions are all recorded (locks them)"
                ),
            )
            a.add_argument(
                "--engagements-complete",
                action="store_true",
                help=translate("CliHelp", "the month's engagements are all recorded (locks them)"),
            )
        a.set_defaults(run=run_transition, action=_ACTIONS[name])
    d = sub.add_parser(
        "discard",
        help=translate(
            "CliHelp", "give up this computer's action on a month that the hub refused (e.g. stale)"
        ),
    )
    d.add_argument("month", metavar="YYYY-MM")
    d.set_defaults(run=run_discard)
    h = sub.add_parser(
        "history", help=translate("CliHelp", "who moved a month, when, from which device, and why")
    )
    h.add_argument("month", metavar="YYYY-MM")
    h.set_defaults(run=run_history)


def _state_words(m: MonthReturn) -> str:
    """ "submitted, late  (not yet on the hub)": the screens' words for the state (texts.py)."""
    words = in_a_line(state_name(m.state, m.nil))
    if m.timeliness.value != "not_due":
        words += ", " + in_a_line(timeliness_words(m.timeliness))
    if m.set_aside:
        words += "  — " + fill(translate("ReturnsCommand", "refused by the hub: %1"), m.set_aside)
    elif not m.on_hub:
        words += "  " + translate("ReturnsCommand", "(not yet on the hub)")
    if m.comment and m.state.value == "draft":
        words += "  — " + fill(translate("ReturnsCommand", "sent back: %1"), m.comment)
    if m.state is ReturnState.SUBMITTED and m.next_action is ReturnAction.ACCEPT:
        words += "  — " + translate(
            "ReturnsCommand", "next: the regional team accepts it (no national approval)"
        )
    last_day = m.last_open_day
    if last_day is not None and not m.submitted:
        closed = translate("ReturnsCommand", "entry period closed on %1")
        words += "  — " + fill(closed, day_name(last_day))
    return words


def run_list(args: argparse.Namespace) -> int:
    if args.all_countries:
        return run_region_list(args)
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
        say(translate("ReturnsCommand", "No month to show."))
    for m in rows:
        say(f"{m.period}  {_state_words(m)}")
    with open_existing(args) as store:
        c = returns_completeness(store, args.year)
    counts = (c.expected, c.received, c.nil, c.on_time, c.late, c.missing, c.accepted)
    summary = translate(
        "ReturnsCommand",
        "Expected %1, received %2 (%3 nil), on time %4, late %5, missing %6, accepted %7.",
    )
    say(fill(summary, *(number(n) for n in counts)))
    return 0


def _explanations(items: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in items:
        code, sep, text = item.partition("=")
        if not sep or not code.strip() or not text.strip():
            example = translate("ReturnsCommand", "border operation this month")
            how = translate(
                "ReturnsCommand",
                "--explain %1: write it as CODE=TEXT, e.g. %2; nothing was submitted.",
            )
            # The option as it is typed, its shell quotes whatever the language.
            raise CommandFailed(fill(how, repr(item), f'--explain SLTD="{example}"'))
        out[code.strip().upper()] = text.strip()
    return out


def _sentence(text: str) -> str:
    """A line that starts with a month's name starts with a capital ("mars 2025 …" in French)."""
    return text[:1].upper() + text[1:]


def _not_ready(exc: MonthNotReady) -> str:
    text = translate(
        "ReturnsCommand", "%1 was not submitted: %n problems to fix first.", None, len(exc.problems)
    )
    said = _sentence(fill(text, month_name(exc.period)))
    if any(p.explainable for p in exc.problems):
        why = translate("ReturnsCommand", "why", "an explanation")
        option = f'--explain CODE="{why}"'
        said += " " + fill(
            translate("ReturnsCommand", "Confirm an unusual figure with %1."), option
        )
    return said


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
                print(f"  - {problem_text(problem)}", file=sys.stderr)
            raise CommandFailed(_not_ready(exc)) from exc
        month = get_return(store, args.month)
    now = translate("ReturnsCommand", "%1 is now %2. It reaches the hub at the next sync.")
    say(_sentence(fill(now, month_name(args.month), in_a_line(state_name(month.state, month.nil)))))
    locked = _locked_words(month.sessions_complete, month.engagements_complete)
    if locked and month.submitted:
        say(locked)
    return 0


def _locked_words(sessions: bool, engagements: bool) -> str:
    """What the submission declared complete, and so locked with the month ("" for nothing)."""
    if sessions and engagements:
        return translate(
            "ReturnsCommand", "Its training sessions and engagements are locked with it."
        )
    if sessions:
        return translate("ReturnsCommand", "Its training sessions are locked with it.")
    if engagements:
        return translate("ReturnsCommand", "Its engagements are locked with it.")
    return ""


def run_discard(args: argparse.Namespace) -> int:
    with open_existing(args) as store:
        month = discard(store, args.month)
    again = translate("ReturnsCommand", "%1 is %2 again, as the hub last said.")
    say(
        _sentence(
            fill(again, month_name(args.month), in_a_line(state_name(month.state, month.nil)))
        )
    )
    return 0


def _step(action: ReturnAction) -> str:
    """What was done, as a history line names it ("send back: draft → …")."""
    return {
        ReturnAction.SUBMIT: translate("ReturnsCommand", "submit", "history step"),
        ReturnAction.NIL: translate("ReturnsCommand", "nil", "history step"),
        ReturnAction.APPROVE: translate("ReturnsCommand", "approve", "history step"),
        ReturnAction.ACCEPT: translate("ReturnsCommand", "accept", "history step"),
        ReturnAction.SEND_BACK: translate("ReturnsCommand", "send back", "history step"),
        ReturnAction.REOPEN: translate("ReturnsCommand", "reopen", "history step"),
    }.get(action, action.value.replace("_", " "))


def run_history(args: argparse.Namespace) -> int:
    with open_existing(args) as store:
        lines = history(store, args.month)
    if not lines:
        say(
            fill(
                translate("ReturnsCommand", "%1: nothing has happened to this month yet (draft)."),
                args.month,
            )
        )
    for line in lines:
        moved = (
            translate("ReturnsCommand", "%1: %2 → %3  by %4 on device %5")
            if line.device
            else translate("ReturnsCommand", "%1: %2 → %3  by %4")
        )
        words = fill(
            moved,
            _step(line.action),
            in_a_line(state_name(line.from_state)),
            in_a_line(state_name(line.to_state)),
            # A step not yet on the hub is this computer's (as the returns screen says).
            who_words(line.username, line.role)
            if line.on_hub
            else translate("ReturnsCommand", "this computer"),
            line.device,
        )
        comment = f"  — {line.comment}" if line.comment else ""
        pending = "" if line.on_hub else "  " + translate("ReturnsCommand", "(not yet on the hub)")
        say(f"{line.at}  {words}{comment}{pending}")
    return 0
