"""Why the hub refuses a change: one table of stable codes and their English templates.

The hub answers a refused change with its English `reason` and, beside it, `reason_code` and
`reason_params` (a flat object of strings and integers), so that a desktop words the refusal in
its user's language from the code and never by reading the English. Each refusal is made once,
here, by `refusal(code, **params)`: the English text is the template filled with the params.

A `Refusal` is a `str` (the English text) that also carries its code and params, so every
function that has always returned "why not, or None" keeps its signature and its callers their
comparisons; the hub reads `.code` and `.params` when it writes the answer.

Codes are never renamed or reused (a desktop may hold one in a set-aside change for months);
a new refusal takes a new code. An older desktop ignores the two fields; a desktop that does not
know a code (a newer hub) shows the English `reason`.
"""

from __future__ import annotations

from typing import Final, TypeAlias

Param: TypeAlias = str | int
Params: TypeAlias = dict[str, Param]

# code → English template (str.format with the params; a param may carry words the English
# needs and another language may leave out, e.g. `holders`).
TEMPLATES: Final[dict[str, str]] = {
    # The change itself (hub push.py)
    "malformed": "{field} {problem}",
    "record_not_yours": "this record_id already belongs to another record on the hub",
    "change_id_reused": "this change_id was already used for a change of another record",
    "base_too_new": "base_revision {base} is newer than the hub's revision {revision}",
    # Who may send what (hub visibility.py, wire ids.py)
    "kind_not_pushable": (
        "records of kind {kind_repr} cannot be sent by a device (reference data is kept on the hub)"
    ),
    "other_country": "this device belongs to {own} and cannot send records of {country}",
    "derived_id_missing": (
        "a {what} must carry its {names} as text (its record_id is made of them); "
        "missing: {missing}"
    ),
    "derived_id_wrong": (
        "the record_id of a {what} is derived from {made_of_repr} ({expected}); "
        "{record_id} is not that id"
    ),
    # Sizes (wire limits.py)
    "list_too_long": (
        "the list {name_repr} of this {what} holds {size:,} characters in all its items; "
        "it may hold at most {limit:,}"
    ),
    "field_too_long": (
        "the field {name_repr} of this {what} is {size:,} characters long; "
        "it may hold at most {limit:,}"
    ),
    "record_too_large": "this {what} is {size:,} bytes; a {what} may hold at most {limit:,} bytes",
    # Erased records (wire erasure.py)
    "erased_before": (
        "this record was erased on {erased_on} at someone's request; a change made before "
        "the erase cannot bring their details back"
    ),
    "erased_restore": "an erased record cannot be restored",
    "erased_details": (
        "this record was erased at someone's request; its name and contact details cannot "
        "be set again ({names})"
    ),
    # Monthly returns (hub returns.py, wire returns.py)
    "month_locked": (
        "the {month} return of {country} is {state} on the hub, so this {what} cannot change; "
        "only {holders}. The change is kept on your computer, set aside"
    ),
    "entry_closed": (
        "entry period closed: the {month} figures of {country} could be changed until "
        "{closes} UTC ({days} days after the deadline); ask the regional team for an "
        "exception. The change is kept on your computer, set aside"
    ),
    "zone_not_of_country": "time_zone {zone_repr} is not a zone of {country}: use one of {zones}",
    "return_deleted": "a monthly return is never deleted; send the month back instead",
    "steps_not_list": "steps must be a list",
    "step_unreadable": "a step of this monthly return cannot be read",
    "state_without_step": (
        "the month is {state} on the hub; a change of state must carry its step"
    ),
    "return_locked": "the month is {state} on the hub: its return cannot change",
    "return_stale": (
        "stale: this month is {state} on the hub now{by}, but your {first} was made when it "
        "was {from_state}; nothing was changed. Sync to see the month as it is now, then act "
        "again"
    ),
    # A step refused: `refusal` is the code of why, its params beside the step's.
    "step_refused": "step {step} ({action_words}): {detail}",
    "steps_lead_elsewhere": "the steps lead to {state}, not to {target}",
    "role_may_not": "only {who} may {verb} a month; this account is {role_words}",
    "wrong_state": "a month that is {state} cannot be {past}",
    "not_yet_approved": (
        "this country's months are approved by its national approver before the regional team "
        "accepts them; this month is submitted, not yet approved"
    ),
    "comment_required": "say why: a comment is required to {verb} a month",
    "comment_too_long": "the comment is too long ({length} characters; at most {limit})",
}


class Refusal(str):
    """A refusal's English text, carrying its stable code and params."""

    code: str
    params: Params

    def __new__(cls, code: str, params: Params) -> Refusal:
        self = super().__new__(cls, TEMPLATES[code].format(**params))
        self.code = code
        self.params = params
        return self


def refusal(code: str, **params: Param) -> Refusal:
    """The refusal `code` with its params (KeyError for a code not in TEMPLATES)."""
    return Refusal(code, params)


def code_of(reason: str | None) -> tuple[str | None, Params | None]:
    """The code and params a reason carries (None, None: plain text, or no reason)."""
    if isinstance(reason, Refusal):
        return reason.code, dict(reason.params)
    return None, None
