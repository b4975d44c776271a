"""The console's words for the hub's fixed lists: return states and actions, timeliness,
months, countries (in English or French, from the reference data)."""

from __future__ import annotations

import functools
from typing import Final

from bluepacific_hub.console.i18n import N_
from bluepacific_hub.reference import load_reference_data
from bluepacific_wire.completeness import Timeliness
from bluepacific_wire.returns import ReturnAction, ReturnState

# The desktop's marks (docs/monthly-returns.md): the state reads without its colour.
STATE_MARKS: Final = {
    ReturnState.DRAFT: "○",
    ReturnState.SUBMITTED: "◐",
    ReturnState.APPROVED: "●",
    ReturnState.ACCEPTED: "✔",
}
STATE_WORDS: Final = {
    ReturnState.DRAFT: N_("Draft"),
    ReturnState.SUBMITTED: N_("Submitted"),
    ReturnState.APPROVED: N_("Approved"),
    ReturnState.ACCEPTED: N_("Accepted"),
}
NIL_WORDS: Final = {
    ReturnState.SUBMITTED: N_("Nil return (submitted)"),
    ReturnState.APPROVED: N_("Nil return (approved)"),
    ReturnState.ACCEPTED: N_("Nil return (accepted)"),
}
TIMELINESS_WORDS: Final = {
    Timeliness.NOT_DUE: N_("Not yet due"),
    Timeliness.ON_TIME: N_("On time"),
    Timeliness.LATE: N_("Late"),
    Timeliness.MISSING: N_("Missing"),
}
ACTION_WORDS: Final = {
    ReturnAction.SUBMIT: N_("Submitted"),
    ReturnAction.NIL: N_("Nil return"),
    ReturnAction.APPROVE: N_("Approved"),
    ReturnAction.ACCEPT: N_("Accepted"),
    ReturnAction.SEND_BACK: N_("Sent back"),
    ReturnAction.REOPEN: N_("Reopened"),
}
MONTHS: Final = (
    N_("Jan"),
    N_("Feb"),
    N_("Mar"),
    N_("Apr"),
    N_("May"),
    N_("Jun"),
    N_("Jul"),
    N_("Aug"),
    N_("Sep"),
    N_("Oct"),
    N_("Nov"),
    N_("Dec"),
)


def state_words(state: ReturnState, nil: bool) -> str:
    """The English words of a month's state (a nil return says so)."""
    if nil and state in NIL_WORDS:
        return NIL_WORDS[state]
    return STATE_WORDS[state]


@functools.cache
def _country_names() -> dict[str, dict[str, str]]:
    return {
        str(c["code"]): {"en": str(c["name_en"]), "fr": str(c.get("name_fr") or c["name_en"])}
        for c in load_reference_data()["countries"]
    }


def country_name(code: str, lang: str) -> str:
    """A country's name in `lang` (its code when the reference data does not know it)."""
    names = _country_names().get(code)
    return names.get(lang, names["en"]) if names else code


def percent(rate: float | None, lang: str) -> str:
    """A rate as a whole percentage ("83%", in French "83 %"); a dash when there is none."""
    if rate is None:
        return "—"
    value = round(rate * 100)
    return f"{value}\u00a0%" if lang == "fr" else f"{value}%"
