"""The monthly returns' words on the screens: a state (with a mark, not only a colour), on
time / late / missing, the actions and who can unlock a month, all translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from bluepacific_desktop.domain.returns import MonthProblem
from bluepacific_desktop.i18n.returns_words import state_name
from bluepacific_desktop.ui.formatting import number
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
    return f"{_MARKS[state]} {state_name(state, nil)}"


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
