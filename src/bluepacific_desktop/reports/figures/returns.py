"""The monthly returns as reports count them: each month's status for completeness (the one
definition the Monthly returns list reads too), and the completeness of any period's months,
so the quarterly summary's reporting and on-time rates are those of bluepacific_wire."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from bluepacific_desktop.domain.returns import (
    FIRST_PERIOD,
    Event,
    ReturnAction,
    ReturnState,
    Step,
    decode_history,
    decode_step,
)
from bluepacific_desktop.reports.figures.periods import Period
from bluepacific_desktop.store.models import MonthlyReturn
from bluepacific_desktop.store.return_rules import hub_rules
from bluepacific_desktop.store.types import utcnow
from bluepacific_wire.completeness import (
    DEFAULT_DUE_DAYS,
    Completeness,
    MonthStatus,
    completeness,
    first_submission,
)


def month_status(
    country: str,
    period: str,
    zone: str,
    state: ReturnState,
    nil: bool,
    history: Sequence[Event],
    steps: Sequence[Step],
) -> MonthStatus:
    """What completeness needs of one month: its first submission as the hub kept it, or as
    the person made it here when it is not on the hub yet."""
    submitted = first_submission(history)
    if submitted is None:
        at = next((s.at for s in steps if s.action in (ReturnAction.SUBMIT, ReturnAction.NIL)), "")
        submitted = datetime.fromisoformat(at.replace("Z", "+00:00")) if at else None
    return MonthStatus(country, period, zone, state, nil, submitted)


def due_days(session: Session) -> int:
    """The hub's due days as the last pull brought them (the default before)."""
    rules = hub_rules(session)
    return rules.due_days if rules is not None else DEFAULT_DUE_DAYS


def _steps(values: Sequence[str] | None) -> list[Step]:
    out = []
    for text in values or ():
        try:
            out.append(decode_step(text))
        except (ValueError, KeyError):
            continue
    return out


def period_completeness(
    session: Session, country: str, zone: str, period: Period, now: datetime | None = None
) -> Completeness:
    """The completeness figures of the project's months in `period` (a month nobody moved
    is a draft, read in `zone`, this laptop's; a return in its own zone)."""
    wanted = [p for p in period.months() if p >= FIRST_PERIOD]
    saved = {
        r.period: r
        for r in session.scalars(
            select(MonthlyReturn).where(
                MonthlyReturn.country == country,
                MonthlyReturn.period.in_(wanted),
                MonthlyReturn.deleted.is_(False),
            )
        )
    }
    statuses = []
    for p in wanted:
        r = saved.get(p)
        if r is None:
            statuses.append(MonthStatus(country, p, zone, ReturnState.DRAFT))
            continue
        statuses.append(
            month_status(
                country,
                p,
                r.time_zone or zone,
                ReturnState(r.state),
                bool(r.nil),
                decode_history(r.history),
                _steps(r.steps),
            )
        )
    return completeness(statuses, now or utcnow(), due_days(session))
