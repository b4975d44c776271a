"""The monthly returns' words on the screens: a state (with a mark, not only a colour), on
time / late / missing, the actions and who can unlock a month, all translated."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from bluepacific_desktop.domain.returns import MonthProblem
from bluepacific_desktop.ui.formatting import day, number
from bluepacific_wire.completeness import Timeliness
from bluepacific_wire.returns import ReturnAction, ReturnState

# The mark before each state: read without colour (and by a screen reader, as a word).
_MARKS = {
    ReturnState.DRAFT: "○",
    ReturnState.SUBMITTED: "◐",
    ReturnState.APPROVED: "●",
    ReturnState.ACCEPTED: "✔",
}


def state_words(state: ReturnState, nil: bool = False) -> str:
    """ "◐ Submitted", "◐ Nil return (submitted)"…"""
    if nil and state is not ReturnState.DRAFT:
        words = {
            ReturnState.SUBMITTED: QCoreApplication.translate("Returns", "Nil return (submitted)"),
            ReturnState.APPROVED: QCoreApplication.translate("Returns", "Nil return (approved)"),
            ReturnState.ACCEPTED: QCoreApplication.translate("Returns", "Nil return (accepted)"),
        }[state]
    else:
        words = {
            ReturnState.DRAFT: QCoreApplication.translate("Returns", "Draft"),
            ReturnState.SUBMITTED: QCoreApplication.translate("Returns", "Submitted"),
            ReturnState.APPROVED: QCoreApplication.translate("Returns", "Approved"),
            ReturnState.ACCEPTED: QCoreApplication.translate("Returns", "Accepted"),
        }[state]
    return f"{_MARKS[state]} {words}"


def timeliness_words(value: Timeliness) -> str:
    return {
        Timeliness.NOT_DUE: QCoreApplication.translate("Returns", "Not yet due"),
        Timeliness.ON_TIME: QCoreApplication.translate("Returns", "On time"),
        Timeliness.LATE: QCoreApplication.translate("Returns", "Late"),
        Timeliness.MISSING: QCoreApplication.translate("Returns", "Missing"),
    }[value]


def action_words(action: ReturnAction) -> str:
    """The button's text (with its mnemonic)."""
    return {
        ReturnAction.SUBMIT: QCoreApplication.translate("Returns", "&Submit…"),
        ReturnAction.NIL: QCoreApplication.translate("Returns", "&Nil return…"),
        ReturnAction.APPROVE: QCoreApplication.translate("Returns", "&Approve…"),
        ReturnAction.ACCEPT: QCoreApplication.translate("Returns", "A&ccept…"),
        ReturnAction.SEND_BACK: QCoreApplication.translate("Returns", "Send &back…"),
        ReturnAction.REOPEN: QCoreApplication.translate("Returns", "&Reopen…"),
    }[action]


def history_action(action: ReturnAction) -> str:
    return {
        ReturnAction.SUBMIT: QCoreApplication.translate("Returns", "Submitted"),
        ReturnAction.NIL: QCoreApplication.translate("Returns", "Nil return"),
        ReturnAction.APPROVE: QCoreApplication.translate("Returns", "Approved"),
        ReturnAction.ACCEPT: QCoreApplication.translate("Returns", "Accepted"),
        ReturnAction.SEND_BACK: QCoreApplication.translate("Returns", "Sent back"),
        ReturnAction.REOPEN: QCoreApplication.translate("Returns", "Reopened"),
    }[action]


def lock_sentence(month: str, state: ReturnState) -> str:
    """The one line above a locked month's grid: its state and who can unlock it."""
    if state is ReturnState.ACCEPTED:
        text = QCoreApplication.translate(
            "Returns",
            "%1 is accepted: its figures cannot change. Only the regional team can reopen it.",
        )
    elif state is ReturnState.APPROVED:
        text = QCoreApplication.translate(
            "Returns",
            "%1 is approved: its figures cannot change. Only the national approver or the "
            "regional team can send it back.",
        )
    else:
        text = QCoreApplication.translate(
            "Returns",
            "%1 is submitted: its figures cannot change. Only the national approver or the "
            "regional team can send it back.",
        )
    return text.replace("%1", month)


def closed_sentence(month: str, last_day: date) -> str:
    """The line above a month whose entry period closed (the hub's setting), not submitted."""
    return (
        QCoreApplication.translate(
            "Returns",
            "%1: entry period closed on %2, its figures cannot change. Only the regional team "
            "can keep the month open longer.",
        )
        .replace("%1", month)
        .replace("%2", day(last_day))
    )


def next_words(action: ReturnAction | None, skipped: bool) -> str:
    """Who moves a submitted or approved month next ("" for none)."""
    if action is ReturnAction.APPROVE:
        return QCoreApplication.translate("Returns", "Next: the national approver approves it.")
    if action is ReturnAction.ACCEPT and skipped:
        return QCoreApplication.translate(
            "Returns",
            "Next: the regional team accepts it (this country skips national approval).",
        )
    if action is ReturnAction.ACCEPT:
        return QCoreApplication.translate("Returns", "Next: the regional team accepts it.")
    return ""


def metric_words(metric: str) -> str:
    words = {
        "searches": QCoreApplication.translate("Returns", "searches"),
        "hits": QCoreApplication.translate("Returns", "hits"),
        "notices_requested": QCoreApplication.translate("Returns", "notices requested"),
        "diffusions_requested": QCoreApplication.translate("Returns", "diffusions requested"),
        "messages_exchanged": QCoreApplication.translate("Returns", "messages exchanged"),
        "active_accounts": QCoreApplication.translate("Returns", "active accounts"),
        "participants": QCoreApplication.translate("Returns", "participants"),
    }
    return words.get(metric, metric.replace("_", " "))


def problem_text(problem: MonthProblem) -> str:
    """A submit check's problem in the UI language (the core's English for a code not known)."""
    f = problem.figures
    if problem.code == "hits_over_searches" and len(f) == 2:
        return (
            QCoreApplication.translate(
                "Returns",
                "%1: %2 hits but only %3 searches; a hit is a search that found something, "
                "so hits cannot be more.",
            )
            .replace("%1", problem.capability)
            .replace("%2", number(int(f[0])))
            .replace("%3", number(int(f[1])))
        )
    if problem.code == "metric_not_applicable":
        return (
            QCoreApplication.translate(
                "Returns", "%1: %2 does not apply to this capability; leave it empty."
            )
            .replace("%1", problem.capability)
            .replace("%2", metric_words(problem.metric))
        )
    if problem.code == "unusual_figure" and len(f) == 3:
        median = number(int(f[1])) if f[1] == int(f[1]) else number(round(f[1], 1))
        return (
            QCoreApplication.translate(
                "Returns",
                "%1: %2 %3 is far from the usual %4 (the median of the last %n months); "
                "confirm it with a short explanation.",
                "",
                int(f[2]),
            )
            .replace("%1", problem.capability)
            .replace("%2", metric_words(problem.metric))
            .replace("%3", number(int(f[0])))
            .replace("%4", median)
        )
    return problem.message
