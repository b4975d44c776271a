"""Monthly returns on the desktop: the record's rule, the lock's words and the checks a month
must pass to be submitted (plain code; the states and transitions are bluepacific_wire.returns).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any, Final

from bluepacific_desktop.domain.context import RuleContext
from bluepacific_desktop.domain.errors import FieldProblem
from bluepacific_desktop.domain.fields import FieldChecker
from bluepacific_wire.constants import RecordKind
from bluepacific_wire.return_checks import (
    HISTORY_MONTHS,
    MIN_HISTORY,
    OUTLIER_RATIO,
    Figures,
    MonthProblem,
    month_problems,
    previous_months,
)
from bluepacific_wire.returns import (
    COMMENT_CHARS,
    FIRST_PERIOD,
    LOCKED_STATES,
    TRANSITIONS,
    Event,
    ReturnAction,
    ReturnState,
    Step,
    decode_history,
    decode_step,
    encode_step,
    lock_holders,
    transition_refusal,
    who_may,
)

__all__ = [
    "COMMENT_CHARS",
    "FIRST_PERIOD",
    "HISTORY_MONTHS",
    "LOCKED_STATES",
    "MIN_HISTORY",
    "OUTLIER_RATIO",
    "TRANSITIONS",
    "Event",
    "Figures",
    "MonthProblem",
    "ReturnAction",
    "ReturnState",
    "Step",
    "decode_history",
    "decode_step",
    "encode_step",
    "lock_holders",
    "month_problems",
    "previous_months",
    "transition_refusal",
    "who_may",
]


def check_monthly_return(data: Mapping[str, Any], ctx: RuleContext) -> dict[str, Any]:
    """The record's fields as the workflow writes them (people never type them directly)."""
    c = FieldChecker(data, ctx)
    c.month("period", "Month")
    c.choice("state", "State", ReturnState)
    c.boolean("nil")
    c.long_text("comment", "Comment", max_len=COMMENT_CHARS)
    c.listed("explanations", "Explanations", [str(x) for x in data.get("explanations") or []])
    c.boolean("sessions_complete")
    c.boolean("engagements_complete")
    zones = ctx.country_zones.get(ctx.device_country, ())
    zone = data.get("time_zone") or (zones[0] if zones else "UTC")
    if zones and zone not in zones:
        c.problem(
            "time_zone",
            "bad_zone",
            f"Time zone “{zone}” is not a zone of {ctx.country_name(ctx.device_country)} "
            f"(use one of: {', '.join(zones)}).",
            value=str(zone),
            zones=list(zones),
        )
    c.out["time_zone"] = zone
    raw_from = data.get("from_state")
    c.out["from_state"] = ReturnState(raw_from).value if raw_from else None
    c.out["steps"] = [str(x) for x in data.get("steps") or []]
    c.out["history"] = [str(x) for x in data.get("history") or []]
    return c.finish()


def month_name(period: str) -> str:
    """ "2025-03" → "March 2025"."""
    return f"{date(int(period[:4]), int(period[5:7]), 1):%B %Y}"


# What a locked month keeps from changing, by the kind of the record refused (the `locks`
# parameter of a month_locked problem; the GUI words each).
LOCKED_WHAT: Final[Mapping[RecordKind, tuple[str, str]]] = {
    RecordKind.CAPABILITY_REPORT: ("figures", "its figures cannot change"),
    RecordKind.TRAINING_SESSION: (
        "sessions",
        "its training sessions were declared complete and cannot change",
    ),
    RecordKind.ENGAGEMENT: (
        "engagements",
        "its engagements were declared complete and cannot change",
    ),
}


def locked_problem(
    field: str,
    period: str,
    state: ReturnState,
    country_name: str,
    kind: RecordKind = RecordKind.CAPABILITY_REPORT,
) -> FieldProblem:
    """Why a record of a locked month cannot change, naming the state and who can unlock it."""
    holders = lock_holders(state)
    locks, words = LOCKED_WHAT.get(kind, LOCKED_WHAT[RecordKind.CAPABILITY_REPORT])
    return FieldProblem(
        field,
        "month_locked",
        f"{country_name}'s return for {month_name(period)} is {state.value}: {words}. "
        f"Only {holders}.",
        {"period": period, "state": state.value, "country": country_name, "locks": locks},
    )


def months(first: str, last: str) -> list[str]:
    """Every month from `first` to `last` (YYYY-MM, both included), oldest first."""
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def entry_closed_problem(
    field: str, period: str, closed: datetime, country_name: str
) -> FieldProblem:
    """Why a figure of a month whose entry period closed (the hub's setting) cannot change."""
    return FieldProblem(
        field,
        "entry_closed",
        f"{country_name}'s entry period for {month_name(period)} closed on "
        f"{closed:%Y-%m-%d %H:%M} UTC: its figures cannot change. Only the regional team can "
        "keep the month open longer (an exception).",
        {"period": period, "closed": closed.isoformat(), "country": country_name},
    )
