"""Monthly returns on the hub: each pushed transition replayed against the sender's role and
the hub's own state (a stale one refused), the month's history written (and each transition
in the audit log), and the locks a submitted month puts on its figures
(bluepacific_wire/returns.py holds the rules).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Final

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from bluepacific_hub import audit
from bluepacific_hub.accounts import DeviceIdentity
from bluepacific_hub.models import ReturnEvent, ReturnSetting
from bluepacific_hub.reference import load_reference_data
from bluepacific_wire import Change, format_time
from bluepacific_wire.completeness import DEFAULT_DUE_DAYS, ReturnRules, entry_closes
from bluepacific_wire.constants import RecordKind
from bluepacific_wire.ids import natural_id
from bluepacific_wire.refusals import Refusal, refusal
from bluepacific_wire.returns import LOCKED_KINDS as WIRE_LOCKED_KINDS
from bluepacific_wire.returns import (
    LOCKED_STATES,
    TRANSITIONS,
    Event,
    ReturnState,
    decode_history,
    decode_step,
    encode_event,
    lock_holders,
    transition_refusal,
)

KIND: Final = RecordKind.MONTHLY_RETURN.value
# The month-locked kinds by wire name (bluepacific_wire.returns.LOCKED_KINDS).
LOCKED_KINDS: Final[Mapping[str, tuple[str, str | None]]] = {
    kind.value: rule for kind, rule in WIRE_LOCKED_KINDS.items()
}
# Fields the hub writes; whatever a device sends for them is replaced.
HUB_FIELDS: Final = frozenset({"history", "steps", "from_state"})


def return_id(country: str, period: str) -> str:
    rid = natural_id(RecordKind.MONTHLY_RETURN, country, {"period": period})
    assert rid is not None
    return rid


def month_of(change: Change, current: Mapping[str, Any] | None = None) -> str | None:
    """The month (YYYY-MM) a change of a month-locked kind falls in, if it says."""
    rule = LOCKED_KINDS.get(change["kind"])
    if rule is None:
        return None
    value = change["fields"].get(rule[0])
    if value is None and current is not None:
        value = current.get(rule[0])
    if isinstance(value, str) and len(value) >= 7 and value[4] == "-":
        return value[:7]
    return None


def lock_refusal(
    change: Change, month: str, fields: Mapping[str, Any], deleted: bool
) -> str | None:
    """Why `change` may not touch a record of `month`, given that month's return `fields`."""
    if deleted:
        return None
    state = fields.get("state")
    if state not in {s.value for s in LOCKED_STATES}:
        return None
    flag = LOCKED_KINDS[change["kind"]][1]
    if flag is not None and not fields.get(flag):
        return None
    return refusal(
        "month_locked",
        month=month,
        country=change["country"],
        state=str(state),
        kind=change["kind"],
        what=change["kind"].replace("_", " "),
        holders=lock_holders(ReturnState(str(state))),
    )


@dataclass(frozen=True)
class EntryRules:
    """The hub's settings for deadlines (HubSettings.return_due_days and
    return_entry_closes_days), as a push needs them."""

    due_days: int = DEFAULT_DUE_DAYS
    closes_days: int | None = None  # None: entry periods never close by themselves


@functools.cache
def country_zones() -> dict[str, tuple[str, ...]]:
    """Each country's IANA zones (reference data), the first its capital's."""
    return {
        str(c["code"]): tuple(str(z) for z in c["zones"])
        for c in load_reference_data()["countries"]
        if c.get("zones")
    }


def first_zones() -> dict[str, str]:
    """Each country's first zone, for a month whose return does not say its own."""
    return {code: zones[0] for code, zones in country_zones().items()}


def zone_refusal(change: Change, current: Mapping[str, Any] | None) -> str | None:
    """Why the return's zone cannot be the one pushed: its deadline and entry period are read
    in it, so it is one of the country's zones (a zone no one knows would fail every later
    deadline; another country's would move them)."""
    zone = change["fields"].get("time_zone")
    if zone is None or (current is not None and zone == current.get("time_zone")):
        return None
    zones = country_zones().get(change["country"], ())
    if zone in zones:
        return None
    shown = str(zone)[:64]
    return refusal(
        "zone_not_of_country",
        zone=shown,
        zone_repr=repr(shown),
        country=change["country"],
        zones=", ".join(zones) or "its zones",
    )


def open_until(session: Session, countries: Iterable[str]) -> dict[str, datetime]:
    """The exceptions granted: country → until when its months stay open."""
    wanted = sorted(set(countries))
    if not wanted:
        return {}
    rows = session.execute(
        select(ReturnSetting.country, ReturnSetting.entry_open_until).where(
            ReturnSetting.country.in_(wanted), ReturnSetting.entry_open_until.is_not(None)
        )
    )
    return {country: until for country, until in rows if until is not None}


def closed_refusal(
    change: Change,
    month: str,
    zone: str | None,
    rules: EntryRules,
    exception: datetime | None,
    now: datetime,
) -> str | None:
    """Why a capability figure of `month` can no longer change (its entry period closed)."""
    if rules.closes_days is None or change["kind"] != RecordKind.CAPABILITY_REPORT.value:
        return None
    where = zone or first_zones().get(change["country"], "UTC")
    closes = entry_closes(month, where, rules.due_days, rules.closes_days)
    if now < closes or (exception is not None and now < exception):
        return None
    return refusal(
        "entry_closed",
        month=month,
        country=change["country"],
        closes=f"{closes:%Y-%m-%d %H:%M}",
        days=rules.closes_days,
    )


def set_exception(
    session: Session, country: str, until: datetime | None, now: datetime, *, by: audit.Actor
) -> None:
    """A regional admin's exception: the country's months stay open until `until` (None: no
    exception). Logged."""
    audit.record(
        session,
        audit.Action.RETURN_SETTING_CHANGED,
        country,
        by=by,
        country=country,
        details={"entry_open_until": format_time(until) if until else None},
        at=now,
    )
    row = session.get(ReturnSetting, country)
    if row is None:
        session.add(
            ReturnSetting(
                country=country,
                skip_national_approval=False,
                entry_open_until=until,
                updated_at=now,
            )
        )
    else:
        row.entry_open_until = until
        row.updated_at = now


def country_rules(
    session: Session, countries: Iterable[str], rules: EntryRules
) -> dict[str, ReturnRules]:
    """Each country's monthly-return settings as a pull page tells the desktop: whether it skips
    national approval, the deadlines, and the closing of entry periods with its exception."""
    wanted = sorted(set(countries))
    if not wanted:
        return {}
    rows = {
        row.country: row
        for row in session.scalars(select(ReturnSetting).where(ReturnSetting.country.in_(wanted)))
    }
    out = {}
    for country in wanted:
        row = rows.get(country)
        out[country] = ReturnRules(
            skip_national_approval=bool(row.skip_national_approval) if row else False,
            due_days=rules.due_days,
            entry_closes_days=rules.closes_days,
            entry_open_until=row.entry_open_until if row else None,
        )
    return out


def skipping_countries(session: Session, countries: Iterable[str]) -> set[str]:
    """The countries among `countries` whose months skip national approval."""
    wanted = sorted(set(countries))
    if not wanted:
        return set()
    rows = session.scalars(
        select(ReturnSetting.country).where(
            ReturnSetting.country.in_(wanted), ReturnSetting.skip_national_approval.is_(True)
        )
    )
    return set(rows)


@dataclass
class Decision:
    """A transition the hub accepts: the record's new fields and the events it adds."""

    fields: dict[str, Any]
    events: list[Event] = field(default_factory=list)


def decide(
    identity: DeviceIdentity,
    change: Change,
    current: Mapping[str, Any] | None,
    skip_national_approval: bool,
    now: datetime,
) -> Decision | str:
    """Replay the change's steps from the hub's state; the decision, or why it is refused."""
    if change["op"] == "delete":
        return refusal("return_deleted")
    zone_refused = zone_refusal(change, current)
    if zone_refused is not None:
        return zone_refused
    pushed = change["fields"]
    state = ReturnState(str(current.get("state", "draft"))) if current else ReturnState.DRAFT
    raw_steps = pushed.get("steps") or []
    if not isinstance(raw_steps, list):
        return refusal("steps_not_list")
    try:
        steps = [decode_step(s) for s in raw_steps]
    except (ValueError, KeyError):
        return refusal("step_unreadable")
    target = str(pushed.get("state", state.value))
    if not steps:
        if target != state.value:
            return refusal("state_without_step", state=state.value, target=target)
        if state in LOCKED_STATES and any(
            pushed.get(k) != (current or {}).get(k)
            for k in pushed
            if k not in HUB_FIELDS and k != "state"
        ):
            return refusal("return_locked", state=state.value)
    elif pushed.get("from_state") != state.value:
        history = decode_history((current or {}).get("history"))
        last = history[-1] if history else None
        by = (
            f" ({last.action.value.replace('_', ' ')} by {last.username} at {last.at})"
            if last
            else ""
        )
        first = steps[0].action.value.replace("_", " ")
        return refusal(
            "return_stale",
            state=state.value,
            by=by,
            first=first,
            action=steps[0].action.value,
            from_state=str(pushed.get("from_state")),
            last_action=last.action.value if last else "",
            last_user=last.username if last else "",
            last_at=last.at if last else "",
        )
    events: list[Event] = []
    at = format_time(now)
    for number, step in enumerate(steps, start=1):
        why = transition_refusal(
            state,
            step.action,
            identity.role,
            step.comment,
            skip_national_approval=skip_national_approval,
        )
        if why is not None:
            return _step_refusal(number, step.action.value, why)
        after = TRANSITIONS[step.action].target
        events.append(
            Event(
                step.action,
                state,
                after,
                identity.username,
                identity.role.value,
                identity.device_id,
                at,
                step.at,
                step.comment,
            )
        )
        state = after
    if target != state.value:
        return refusal("steps_lead_elsewhere", state=state.value, target=target)
    fields = {**(current or {}), **pushed}
    old = list((current or {}).get("history") or [])
    fields["history"] = [*old, *(encode_event(e) for e in events)]
    fields["steps"] = []
    fields["from_state"] = state.value
    return Decision(fields, events)


def _step_refusal(number: int, action: str, why: str) -> Refusal:
    """Step `number` refused: its code and params with those of why (flat, for the wire;
    the step's own win a clash, the inner `action` being this step's anyway)."""
    inner: dict[str, str | int] = (
        {"refusal": why.code, **why.params} if isinstance(why, Refusal) else {}
    )
    return Refusal(
        "step_refused",
        {
            **inner,
            "step": number,
            "action": action,
            "action_words": action.replace("_", " "),
            "detail": str(why),
        },
    )


def event_rows(
    record_id: str, country: str, period: str, events: list[Event], revision: int, now: datetime
) -> list[dict[str, Any]]:
    """The hub_return_event rows of one applied change."""
    return [
        {
            "record_id": record_id,
            "country": country,
            "period": period,
            "action": e.action.value,
            "from_state": e.from_state.value,
            "to_state": e.to_state.value,
            "username": e.username,
            "role": e.role,
            "device_id": e.device_id,
            "comment": e.comment,
            "taken_at": e.taken_at,
            "applied_at": now,
            "revision": revision,
        }
        for e in events
    ]


def write_events(session: Session, rows: list[dict[str, Any]], by: audit.Actor) -> None:
    """Add the month's history rows, and each transition to the audit log, done `by` (a
    device's user through the API, or a console user)."""
    if not rows:
        return
    session.execute(insert(ReturnEvent), rows)
    for row in rows:
        audit.record(
            session,
            audit.return_action(row["action"]),
            f"{row['country']} {row['period']}",
            by=by,
            country=row["country"],
            details={
                "from": row["from_state"],
                "to": row["to_state"],
                "comment": row["comment"],
                "device_id": row["device_id"],
                "revision": row["revision"],
            },
            at=row["applied_at"],
        )


def set_skip(session: Session, country: str, skip: bool, now: datetime, *, by: audit.Actor) -> None:
    """A regional admin's choice: the country's months go to the regional team directly.
    Logged."""
    audit.record(
        session,
        audit.Action.RETURN_SETTING_CHANGED,
        country,
        by=by,
        country=country,
        details={"skip_national_approval": skip},
        at=now,
    )
    row = session.get(ReturnSetting, country)
    if row is None:
        session.add(
            ReturnSetting(
                country=country, skip_national_approval=skip, entry_open_until=None, updated_at=now
            )
        )
    else:
        row.skip_national_approval = skip
        row.updated_at = now
