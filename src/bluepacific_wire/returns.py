"""Monthly returns: their states, the transitions each role may make, and how a transition
travels inside the record (the one definition, read by the desktop and the hub alike).

A monthly return is the record of one country's month (`monthly_return`, derived id
`monthly_return:<country>:<YYYY-MM>`). It is a synced record like any other, so a transition
made offline is a change of it queued in the outbox. Because the outbox sends one change per
record (the last state, with every field changed since the hub's copy), the transitions made
since the state the hub last confirmed travel in the record itself: `from_state` is that
confirmed state and `steps` the transitions made from it, in order. The hub replays the steps
from its own state, checking each against the sender's role; it refuses the change when its
own state is no longer `from_state` (someone else moved the month meanwhile: a stale
transition), and keeps the month's history (`history`), which only it writes.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Final

from bluepacific_wire.constants import RecordKind, Role
from bluepacific_wire.refusals import refusal


class ReturnState(StrEnum):
    """Where a country's month stands."""

    DRAFT = "draft"  # being recorded; figures may change
    SUBMITTED = "submitted"  # by the focal point: figures locked
    APPROVED = "approved"  # by the country's national approver
    ACCEPTED = "accepted"  # by the regional team


class ReturnAction(StrEnum):
    """What a person does to a month."""

    SUBMIT = "submit"
    NIL = "nil"  # submit a nil return: nothing to report this month
    APPROVE = "approve"
    ACCEPT = "accept"
    SEND_BACK = "send_back"
    REOPEN = "reopen"


# Once submitted, a month's figures cannot change until it is sent back (or reopened).
LOCKED_STATES: Final = frozenset(
    {ReturnState.SUBMITTED, ReturnState.APPROVED, ReturnState.ACCEPTED}
)
# The kinds whose records belong to a month and so are locked with it: the field that says
# which month, and the return's flag that must be set for the lock to hold (None: always, once
# submitted). The desktop (store/locks.py) and the hub (bluepacific_hub/returns.py) both ask it.
LOCKED_KINDS: Final[Mapping[RecordKind, tuple[str, str | None]]] = {
    RecordKind.CAPABILITY_REPORT: ("period", None),
    RecordKind.TRAINING_SESSION: ("start_date", "sessions_complete"),
    RecordKind.ENGAGEMENT: ("date", "engagements_complete"),
}
# The longest comment (a send-back's or a reopen's reason) a step may carry.
COMMENT_CHARS: Final = 1000
FIRST_PERIOD: Final = "2024-01"  # the project's first month


@dataclass(frozen=True)
class Transition:
    sources: frozenset[ReturnState]
    target: ReturnState
    roles: frozenset[Role]
    needs_comment: bool = False


_COUNTRY = frozenset({Role.FOCAL_POINT, Role.NATIONAL_APPROVER})
TRANSITIONS: Final[Mapping[ReturnAction, Transition]] = {
    ReturnAction.SUBMIT: Transition(
        frozenset({ReturnState.DRAFT}), ReturnState.SUBMITTED, _COUNTRY
    ),
    ReturnAction.NIL: Transition(frozenset({ReturnState.DRAFT}), ReturnState.SUBMITTED, _COUNTRY),
    ReturnAction.APPROVE: Transition(
        frozenset({ReturnState.SUBMITTED}),
        ReturnState.APPROVED,
        frozenset({Role.NATIONAL_APPROVER}),
    ),
    # From submitted only where the country skips national approval (see transition_refusal).
    ReturnAction.ACCEPT: Transition(
        frozenset({ReturnState.APPROVED, ReturnState.SUBMITTED}),
        ReturnState.ACCEPTED,
        frozenset({Role.REGIONAL_ADMIN}),
    ),
    ReturnAction.SEND_BACK: Transition(
        frozenset({ReturnState.SUBMITTED, ReturnState.APPROVED}),
        ReturnState.DRAFT,
        frozenset({Role.NATIONAL_APPROVER, Role.REGIONAL_ADMIN}),
        needs_comment=True,
    ),
    ReturnAction.REOPEN: Transition(
        frozenset({ReturnState.ACCEPTED}),
        ReturnState.DRAFT,
        frozenset({Role.REGIONAL_ADMIN}),
        needs_comment=True,
    ),
}

_ROLE_WORDS: Final[Mapping[Role, str]] = {
    Role.FOCAL_POINT: "a focal point",
    Role.NATIONAL_APPROVER: "the national approver",
    Role.REGIONAL_ADMIN: "the regional team",
}
_ACTION_WORDS: Final[Mapping[ReturnAction, str]] = {
    ReturnAction.SUBMIT: "submit",
    ReturnAction.NIL: "submit a nil return for",
    ReturnAction.APPROVE: "approve",
    ReturnAction.ACCEPT: "accept",
    ReturnAction.SEND_BACK: "send back",
    ReturnAction.REOPEN: "reopen",
}


def who_may(action: ReturnAction) -> str:
    """The roles that may take `action`, in words ("the national approver or the regional team")."""
    return " or ".join(_ROLE_WORDS[r] for r in Role if r in TRANSITIONS[action].roles)


def transition_refusal(
    state: ReturnState,
    action: ReturnAction,
    role: Role | None,
    comment: str = "",
    *,
    skip_national_approval: bool = False,
) -> str | None:
    """Why `role` may not take `action` on a month in `state`, or None if it may.

    `role` None: not known here (a desktop that has not signed in since roles existed); the
    hub, which always knows, decides then."""
    rule = TRANSITIONS[action]
    verb = _ACTION_WORDS[action]
    if role is not None and role not in rule.roles:
        return refusal(
            "role_may_not",
            action=action.value,
            role=role.value,
            who=who_may(action),
            verb=verb,
            role_words=_ROLE_WORDS[role],
        )
    if state not in rule.sources:
        return refusal("wrong_state", action=action.value, state=state.value, past=_past(action))
    if (
        action is ReturnAction.ACCEPT
        and state is ReturnState.SUBMITTED
        and not skip_national_approval
    ):
        return refusal("not_yet_approved")
    if rule.needs_comment and not comment.strip():
        return refusal("comment_required", action=action.value, verb=verb)
    if len(comment) > COMMENT_CHARS:
        return refusal("comment_too_long", length=len(comment), limit=COMMENT_CHARS)
    return None


def _past(action: ReturnAction) -> str:
    return {
        ReturnAction.SUBMIT: "submitted",
        ReturnAction.NIL: "submitted as a nil return",
        ReturnAction.APPROVE: "approved",
        ReturnAction.ACCEPT: "accepted",
        ReturnAction.SEND_BACK: "sent back",
        ReturnAction.REOPEN: "reopened",
    }[action]


def lock_holders(state: ReturnState) -> str:
    """Who can unlock a month in `state`, in words: who can send it back or reopen it."""
    if state is ReturnState.ACCEPTED:
        return "the regional team (it can reopen the month)"
    return "the national approver or the regional team (they can send the month back)"


@dataclass(frozen=True)
class Step:
    """One transition as it travels in `steps`."""

    action: ReturnAction
    comment: str
    at: str  # when the person took it, UTC ISO 8601 (the device's clock)


@dataclass(frozen=True)
class Event:
    """One line of a month's history, as the hub writes it in `history`."""

    action: ReturnAction
    from_state: ReturnState
    to_state: ReturnState
    username: str
    role: str
    device_id: str
    at: str  # when the hub applied it, UTC ISO 8601
    taken_at: str  # when the person took it (the device's clock)
    comment: str


def encode_step(step: Step) -> str:
    return _dumps({"action": step.action.value, "comment": step.comment, "at": step.at})


def decode_step(text: Any) -> Step:
    """A step from its text; ValueError when it is not one."""
    obj = _loads(text)
    return Step(ReturnAction(obj["action"]), str(obj.get("comment", "")), str(obj.get("at", "")))


def encode_event(event: Event) -> str:
    return _dumps(
        {
            "action": event.action.value,
            "from": event.from_state.value,
            "to": event.to_state.value,
            "user": event.username,
            "role": event.role,
            "device": event.device_id,
            "at": event.at,
            "taken_at": event.taken_at,
            "comment": event.comment,
        }
    )


def decode_event(text: Any) -> Event:
    """An event from its text; ValueError when it is not one."""
    o = _loads(text)
    return Event(
        ReturnAction(o["action"]),
        ReturnState(o["from"]),
        ReturnState(o["to"]),
        str(o["user"]),
        str(o["role"]),
        str(o["device"]),
        str(o["at"]),
        str(o.get("taken_at", "")),
        str(o.get("comment", "")),
    )


def decode_history(values: Sequence[Any] | None) -> list[Event]:
    """The events a record's `history` holds, skipping any this version cannot read."""
    out = []
    for value in values or ():
        try:
            out.append(decode_event(value))
        except (ValueError, KeyError, TypeError):
            continue
    return out


def _dumps(obj: Mapping[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def _loads(text: Any) -> dict[str, Any]:
    if not isinstance(text, str):
        raise ValueError("not a text")
    obj = json.loads(text)
    if not isinstance(obj, dict):
        raise ValueError("not an object")
    return obj
