"""The monthly returns' words on the screens: a state (with a mark, not only a colour), on
time / late / missing, the actions and who can unlock a month, all translated."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from bluepacific_desktop.i18n.returns_words import state_name
from bluepacific_desktop.ui.formatting import day
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
