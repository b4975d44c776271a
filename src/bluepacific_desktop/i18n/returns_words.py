"""The monthly returns' states, timeliness, actions and submit problems in the chosen language:
one table for the screens (ui/pages/returns/texts.py adds their marks) and the command line."""

from __future__ import annotations

from bluepacific_desktop.domain.returns import MonthProblem
from bluepacific_desktop.i18n.catalogue import translate
from bluepacific_desktop.i18n.formats import decimal, number
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


def metric_words(metric: str) -> str:
    words = {
        "searches": translate("Returns", "searches"),
        "hits": translate("Returns", "hits"),
        "notices_requested": translate("Returns", "notices requested"),
        "diffusions_requested": translate("Returns", "diffusions requested"),
        "messages_exchanged": translate("Returns", "messages exchanged"),
        "active_accounts": translate("Returns", "active accounts"),
        "participants": translate("Returns", "participants"),
    }
    return words.get(metric, metric.replace("_", " "))


def problem_text(problem: MonthProblem) -> str:
    """A submit check's problem in the UI language (the core's English for a code not known)."""
    f = problem.figures
    if problem.code == "hits_over_searches" and len(f) == 2:
        return (
            translate(
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
            translate("Returns", "%1: %2 does not apply to this capability; leave it empty.")
            .replace("%1", problem.capability)
            .replace("%2", metric_words(problem.metric))
        )
    if problem.code == "unusual_figure" and len(f) == 3:
        median = number(int(f[1])) if f[1] == int(f[1]) else decimal(f[1], 1)
        return (
            translate(
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
