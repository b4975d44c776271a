"""The monthly returns' states, timeliness and actions in the chosen language: one table for the
screens (ui/pages/returns/texts.py adds their marks) and the command line (`returns list`)."""

from __future__ import annotations

from bluepacific_desktop.i18n.catalogue import translate
from bluepacific_wire.completeness import Timeliness
from bluepacific_wire.returns import ReturnAction, ReturnState


def state_name(state: ReturnState, nil: bool = False) -> str:
    """ "Submitted", "Nil return (submitted)"…"""
    if nil and state is not ReturnState.DRAFT:
        return {
            ReturnState.SUBMITTED: translate("Returns", "Nil return (submitted)"),
            ReturnState.APPROVED: translate("Returns", "Nil return (approved)"),
            ReturnState.ACCEPTED: translate("Returns", "Nil return (accepted)"),
        }[state]
    return {
        ReturnState.DRAFT: translate("Returns", "Draft"),
        ReturnState.SUBMITTED: translate("Returns", "Submitted"),
        ReturnState.APPROVED: translate("Returns", "Approved"),
        ReturnState.ACCEPTED: translate("Returns", "Accepted"),
    }[state]


def timeliness_words(value: Timeliness) -> str:
    return {
        Timeliness.NOT_DUE: translate("Returns", "Not yet due"),
        Timeliness.ON_TIME: translate("Returns", "On time"),
        Timeliness.LATE: translate("Returns", "Late"),
        Timeliness.MISSING: translate("Returns", "Missing"),
    }[value]


def history_action(action: ReturnAction) -> str:
    return {
        ReturnAction.SUBMIT: translate("Returns", "Submitted"),
        ReturnAction.NIL: translate("Returns", "Nil return"),
        ReturnAction.APPROVE: translate("Returns", "Approved"),
        ReturnAction.ACCEPT: translate("Returns", "Accepted"),
        ReturnAction.SEND_BACK: translate("Returns", "Sent back"),
        ReturnAction.REOPEN: translate("Returns", "Reopened"),
    }[action]


def in_a_line(words: str) -> str:
    """A state's words inside a line of the command line ("submitted, late"), not as a label."""
    return words[:1].lower() + words[1:]
