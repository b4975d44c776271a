"""Which records a monthly return locks: a submitted month's capability figures, and its
training sessions and engagements when the return declared them complete (domain/returns.py);
and the capability figures of a month whose entry period closed (the hub's setting, as the
last pull brought it: store/return_rules.py).

RecordService asks before every create, update and delete; one query per write, whatever the
number of rows, so an import of thousands of rows pays for it once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.domain.errors import FieldProblem
from bluepacific_desktop.domain.returns import (
    LOCKED_STATES,
    ReturnState,
    entry_closed_problem,
    locked_problem,
)
from bluepacific_desktop.store.device import device_zone
from bluepacific_desktop.store.return_rules import hub_rules
from bluepacific_desktop.store.types import utcnow
from bluepacific_wire.returns import LOCKED_KINDS


def _period(value: Any) -> str | None:
    if isinstance(value, date):
        return f"{value.year:04d}-{value.month:02d}"
    if isinstance(value, str) and len(value) >= 7:
        return value[:7]
    return None


@dataclass(frozen=True)
class LockedMonth:
    state: str
    sessions_complete: bool
    engagements_complete: bool


# Built once: every write of a month-locked kind asks it (a statement made per call cost an
# update of a capability report a third of its time).
_LOCKED_SQL = text(
    "SELECT period, state, sessions_complete, engagements_complete FROM monthly_returns "
    "WHERE country = :country AND period IN :periods AND deleted = 0 AND state IN ("
    + ", ".join(f"'{s.value}'" for s in sorted(LOCKED_STATES))
    + ")"
).bindparams(bindparam("periods", expanding=True))


_ZONES_SQL = text(
    "SELECT period, time_zone FROM monthly_returns "
    "WHERE country = :country AND period IN :periods AND deleted = 0"
).bindparams(bindparam("periods", expanding=True))


def closed_months(session: Session, country: str, periods: set[str]) -> dict[str, datetime]:
    """The months among `periods` whose entry period has closed (and when), read in each
    return's zone (this laptop's for a month nobody moved yet); {} when the hub closes none."""
    rules = hub_rules(session)
    if not periods or rules is None or rules.entry_closes_days is None:
        return {}
    rows = session.execute(_ZONES_SQL, {"country": country, "periods": sorted(periods)})
    zones: dict[str, str | None] = {str(p): z for p, z in rows}
    here, now = device_zone(session), utcnow()
    out = {}
    for period in periods:
        closed = rules.closed(period, zones.get(period) or here, now)
        if closed is not None:
            out[period] = closed
    return out


def locked_months(session: Session, country: str, periods: set[str]) -> dict[str, LockedMonth]:
    """The country's returns among `periods` that are submitted, approved or accepted."""
    if not periods:
        return {}
    rows = session.execute(_LOCKED_SQL, {"country": country, "periods": sorted(periods)})
    return {p: LockedMonth(state, bool(ses), bool(eng)) for p, state, ses, eng in rows}


def lock_problems(
    session: Session,
    country: str,
    country_name: str,
    kind: RecordKind,
    rows: Sequence[Mapping[str, Any]],
) -> dict[int, list[FieldProblem]]:
    """Row index → why the row's month is locked, for the rows that fall in a locked month."""
    rule = LOCKED_KINDS.get(kind)
    if rule is None or not rows:
        return {}
    field, declared = rule
    periods = [_period(row.get(field)) for row in rows]
    locked = locked_months(session, country, {p for p in periods if p})
    if declared is not None:
        locked = {p: r for p, r in locked.items() if getattr(r, declared)}
    out = {
        i: [locked_problem(field, p, ReturnState(locked[p].state), country_name, kind)]
        for i, p in enumerate(periods)
        if p in locked
    }
    if kind is RecordKind.CAPABILITY_REPORT:  # the hub closes capability figures only
        open_rows = {p for i, p in enumerate(periods) if p and i not in out}
        closed = closed_months(session, country, open_rows)
        for i, p in enumerate(periods):
            if p in closed:
                out[i] = [entry_closed_problem(field, p, closed[p], country_name)]
    return out
