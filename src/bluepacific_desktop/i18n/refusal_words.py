"""The hub's refusal of a change in the chosen language, from its stable code and params
(bluepacific_wire.refusals), for every screen and the command line alike: never read out of
the hub's English, which is shown as it is for a code not known here (a newer hub) or none (an
older hub)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bluepacific_desktop.i18n.catalogue import current_language, translate
from bluepacific_desktop.i18n.formats import fill, month_name, number
from bluepacific_desktop.i18n.returns_words import history_action, in_a_line, state_name
from bluepacific_desktop.i18n.roles import role_name
from bluepacific_wire.returns import ReturnAction, ReturnState


def kind_name(kind: str) -> str:
    """The kind's name in a sentence (cli/kinds.py's words: this layer may not import it)."""
    return translate("RecordKind", kind.replace("_", " "))


def refusal_text(reason: str, coded: Mapping[str, Any] | None) -> str:
    """The words of a set-aside change's refusal: `reason` the hub's English, `coded` its
    {"code", "params"} (None: from an older hub). English keeps the hub's own sentence."""
    if not coded or current_language() == "en":
        return reason
    params = coded.get("params")
    words = coded_text(str(coded.get("code", "")), params if isinstance(params, dict) else {})
    return words if words is not None else reason


def _state(value: Any) -> str:
    try:
        return in_a_line(state_name(ReturnState(str(value))))
    except ValueError:
        return str(value)


def _action(value: Any) -> str:
    try:
        return in_a_line(history_action(ReturnAction(str(value))))
    except ValueError:
        return str(value).replace("_", " ")


def _month(value: Any) -> str:
    try:
        return month_name(str(value))
    except (ValueError, IndexError, KeyError):
        return str(value)


def coded_text(code: str, q: Mapping[str, Any]) -> str | None:
    """The words of refusal `code` with its params; None for a code (or params) not known."""
    try:
        return _words(code, q)
    except (KeyError, TypeError, ValueError):
        return None  # a newer hub's params: its English then


def _words(code: str, q: Mapping[str, Any]) -> str | None:
    match code:
        case "malformed":
            return fill(
                translate("RefusalWords", "The hub could not read this change (field %1)."),
                q["field"],
            )
        case "record_not_yours":
            return translate(
                "RefusalWords", "This record's id already belongs to another record on the hub."
            )
        case "change_id_reused":
            return translate(
                "RefusalWords",
                "This change's id was already used for a change of another record.",  # noqa: F821, RUF100
            )
        case "base_too_new":
            return fill(
                translate(
                    "RefusalWords",
                    "Your copy says revision %1, but the hub has revision %2 of this record.",  # noqa: F821, RUF100
                ),
                q["base"],
                q["revision"],
            )
        case "kind_not_pushable":
            return fill(
                translate(
                    "RefusalWords",  # noqa: F821, RUF100
                    "Records of this kind (%1) cannot be sent from a computer: reference data is kept on the hub.",  # noqa: E501
                ),
                kind_name(str(q["kind"])),
            )
        case "other_country":
            return fill(
                translate(
                    "RefusalWords", "This computer belongs to %1 and cannot send records of %2."
                ),
                q["own"],
                q["country"],
            )
        case "derived_id_missing":
            return fill(
                translate("RefusalWords", "This %1 lacks the fields its id is made of: %2."),
                kind_name(str(q["kind"])),
                q["missing"],
            )
        case "derived_id_wrong":
            return fill(
                translate(
                    "RefusalWords", "This record's id (%1) is not the one made of its fields (%2)."
                ),
                q["record_id"],
                q["expected"],
            )
        case "list_too_long" | "field_too_long":
            return fill(
                translate(
                    "RefusalWords",
                    "The field “%1” of this %2 holds %3 characters; it may hold at most %4.",  # noqa: F821, RUF100
                ),
                q["name"],
                kind_name(str(q["kind"])),
                number(q["size"]),
                number(q["limit"]),
            )
        case "record_too_large":
            return fill(
                translate("RefusalWords", "This %1 is %2 bytes; it may hold at most %3 bytes."),
                kind_name(str(q["kind"])),
                number(q["size"]),
                number(q["limit"]),
            )
        case "erased_before":
            return fill(
                translate(
                    "RefusalWords",  # noqa: F821, RUF100
                    "This record was erased on %1 at someone's request; a change made before the erase cannot bring their details back.",  # noqa: E501
                ),
                q["erased_on"],
            )
        case "erased_restore":
            return translate("RefusalWords", "An erased record cannot be restored.")
        case "erased_details":
            return fill(
                translate(
                    "RefusalWords",  # noqa: F821, RUF100
                    "This record was erased at someone's request; its name and contact details cannot be set again (%1).",  # noqa: E501
                ),
                q["names"],
            )
        case "month_locked":
            return fill(
                translate(
                    "RefusalWords",  # noqa: F821, RUF100
                    "The return of %1 for %2 is %3 on the hub, so this %4 cannot change. The change is kept on your computer, set aside.",  # noqa: E501
                ),
                _month(q["month"]),
                q["country"],
                _state(q["state"]),
                kind_name(str(q["kind"])),
            )
        case "entry_closed":
            return fill(
                translate(
                    "RefusalWords",  # noqa: F821, RUF100
                    "Entry period closed: the figures of %1 for %2 could be changed until %3 UTC (%n days after the deadline); ask the regional team for an exception. The change is kept on your computer, set aside.",  # noqa: E501
                    "",
                    int(q["days"]),
                ),
                _month(q["month"]),
                q["country"],
                q["closes"],
            )
        case "zone_not_of_country":
            return fill(
                translate("RefusalWords", "The time zone %1 is not a zone of %2: use one of %3."),
                q["zone"],
                q["country"],
                q["zones"],
            )
        case "return_deleted":
            return translate(
                "RefusalWords", "A monthly return is never deleted; send the month back instead."
            )
        case "steps_not_list" | "step_unreadable":
            return translate("RefusalWords", "A step of this monthly return cannot be read.")
        case "state_without_step":
            return fill(
                translate(
                    "RefusalWords",
                    "The month is %1 on the hub; a change of state must carry its step.",
                ),
                _state(q["state"]),
            )
        case "return_locked":
            return fill(
                translate("RefusalWords", "The month is %1 on the hub: its return cannot change."),
                _state(q["state"]),
            )
        case "return_stale":
            return fill(
                translate(
                    "RefusalWords",  # noqa: F821, RUF100
                    "This month is %1 on the hub now, but your step (%2) was made when it was %3; nothing was changed. Sync to see the month as it is now, then act again.",  # noqa: E501
                ),
                _state(q["state"]),
                _action(q["action"]),
                _state(q["from_state"]),
            )
        case "step_refused":
            why = coded_text(str(q.get("refusal", "")), q)
            if why is None:
                return None
            return fill(
                translate("RefusalWords", "Step %1 (%2): %3"), q["step"], _action(q["action"]), why
            )
        case "steps_lead_elsewhere":
            return fill(
                translate("RefusalWords", "The steps lead to %1, not to %2."),
                _state(q["state"]),
                _state(q["target"]),
            )
        case "role_may_not":
            return fill(
                translate("RefusalWords", "This account (%1) may not take this step on a month."),
                role_name(str(q["role"])),
            )
        case "wrong_state":
            return fill(
                translate("RefusalWords", "This step cannot be taken on a month that is %1."),
                _state(q["state"]),
            )
        case "not_yet_approved":
            return translate(
                "RefusalWords",  # noqa: F821, RUF100
                "This country's months are approved by its national approver before the regional team accepts them; this month is submitted, not yet approved.",  # noqa: E501
            )
        case "comment_required":
            return translate("RefusalWords", "Say why: this step needs a comment.")
        case "comment_too_long":
            return fill(
                translate("RefusalWords", "The comment is too long (%1 characters; at most %2)."),
                number(q["length"]),
                number(q["limit"]),
            )
    return None
