"""The review queue and the console's decisions on monthly returns. The queue lists the months
waiting for the viewer's step; a decision (accept, approve, send back, reopen) travels as the
change a desktop would push, through push.apply_batch, so returns.decide replays it against
the viewer's role and the hub's state like any other: there is one state machine."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from bluepacific_hub.accounts import DeviceIdentity
from bluepacific_hub.audit import Actor, Via
from bluepacific_hub.console.sessions import Viewer
from bluepacific_hub.models import Record
from bluepacific_hub.push import apply_batch
from bluepacific_hub.returns import KIND, return_id, skipping_countries
from bluepacific_hub.returns_grid import project_countries
from bluepacific_wire import ChangeStatus, format_time
from bluepacific_wire.completeness import first_submission
from bluepacific_wire.returns import (
    TRANSITIONS,
    ReturnAction,
    ReturnState,
    Step,
    decode_history,
    encode_step,
    transition_refusal,
)

# What the console offers, in the order of its buttons. Submitting stays on the desktop,
# where the figures and their checks are.
CONSOLE_ACTIONS: Final = (
    ReturnAction.APPROVE,
    ReturnAction.ACCEPT,
    ReturnAction.SEND_BACK,
    ReturnAction.REOPEN,
)
# The device id of the console's decisions in a month's history and in the record (the wire
# wants a UUID there): the same on every hub, never a laptop's.
CONSOLE_DEVICE_ID: Final = str(uuid.uuid5(uuid.NAMESPACE_URL, "urn:bluepacific:hub:console"))


def allowed_actions(viewer: Viewer, state: ReturnState, skip: bool) -> list[ReturnAction]:
    """The console's actions `viewer` may take on a month in `state` (a comment assumed where
    one is needed: the form asks for it)."""
    return [
        action
        for action in CONSOLE_ACTIONS
        if transition_refusal(state, action, viewer.role, "-", skip_national_approval=skip) is None
    ]


@dataclass(frozen=True)
class Waiting:
    """A month in the viewer's queue."""

    country: str
    period: str
    state: ReturnState
    nil: bool
    submitted_at: datetime | None
    actions: list[ReturnAction]


def _visible(viewer: Viewer) -> list[str]:
    countries = project_countries()
    return countries if viewer.is_admin else [c for c in countries if c == viewer.country]


def review_queue(session: Session, viewer: Viewer) -> list[Waiting]:
    """The months waiting for a step `viewer` may take (accepting, approving or sending back),
    oldest month first; a national user's own country only."""
    countries = _visible(viewer)
    if not countries:
        return []
    skip = skipping_countries(session, countries)
    rows = session.execute(
        select(Record.country, Record.fields).where(
            Record.kind == KIND, Record.deleted.is_(False), Record.country.in_(countries)
        )
    )
    queue: list[Waiting] = []
    for country, fields in rows:
        try:
            state = ReturnState(str(fields.get("state", "draft")))
        except ValueError:
            continue
        if state not in (ReturnState.SUBMITTED, ReturnState.APPROVED):
            continue  # a draft waits for its country; an accepted month for nobody
        actions = allowed_actions(viewer, state, country in skip)
        # Sending back alone is not a reason to list a month: a submitted month of a country
        # with a national approver waits for the approver, not for the regional team.
        if not any(a is not ReturnAction.SEND_BACK for a in actions):
            continue
        history = decode_history(fields.get("history"))
        queue.append(
            Waiting(
                str(country),
                str(fields.get("period", "")),
                state,
                bool(fields.get("nil")),
                first_submission(history),
                actions,
            )
        )
    return sorted(queue, key=lambda w: (w.period, w.country))


def month_actions(
    session: Session, viewer: Viewer, country: str, state: ReturnState
) -> list[ReturnAction]:
    """What `viewer` may do now to one month of `country` (its page's buttons)."""
    skip = country in skipping_countries(session, [country])
    return allowed_actions(viewer, state, skip)


@dataclass(frozen=True)
class Outcome:
    """A decision applied, or the hub's reason for refusing it (in English, from the rules)."""

    applied: bool
    reason: str = ""


def decide_on_month(
    session: Session,
    viewer: Viewer,
    country: str,
    period: str,
    action: ReturnAction,
    seen: str,
    comment: str,
    now: datetime,
    address: str,
) -> Outcome:
    """Apply `viewer`'s `action` to the month as they saw it (`seen`: the state on their page;
    a month moved meanwhile is refused as stale, never overwritten). The audit log names the
    viewer, on the console, from `address`."""
    record_id = return_id(country, period)
    row = session.get(Record, record_id)
    step = Step(action, comment, format_time(now))
    fields: dict[str, Any] = {
        "period": period,
        "state": TRANSITIONS[action].target.value,
        "from_state": seen,
        "steps": [encode_step(step)],
        # The record's own comment, as a desktop's transition writes it: what the focal
        # point's laptop shows of a send-back (its history has it too, but the month's screen
        # reads this field).
        "comment": comment,
    }
    change = {
        "change_id": str(uuid.uuid4()),
        "kind": KIND,
        "record_id": record_id,
        "country": country,
        "op": "upsert",
        "base_revision": row.revision if row is not None else None,
        "changed_fields": sorted(fields),
        "fields": fields,
    }
    identity = DeviceIdentity(
        CONSOLE_DEVICE_ID, viewer.user_id, viewer.username, viewer.country, viewer.role
    )
    by = Actor(viewer.username, viewer.country, Via.CONSOLE, address=address)
    (result,) = apply_batch(session, identity, [change], now, by=by)
    if result["status"] == ChangeStatus.APPLIED.value:
        return Outcome(True)
    return Outcome(False, str(result.get("reason") or result["status"]))
