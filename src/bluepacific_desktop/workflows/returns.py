"""Monthly returns as the CLI (and later the screens) use them: the country's months with their
states, a transition (submit, nil, approve, accept, send back, reopen) made here and queued for
the hub, and a month's history. No Qt; works offline (the hub checks again when it arrives).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from bluepacific_desktop.domain.enums import OutboxState, RecordKind
from bluepacific_desktop.domain.errors import BluePacificError
from bluepacific_desktop.domain.ids import natural_id
from bluepacific_desktop.domain.returns import (
    FIRST_PERIOD,
    HISTORY_MONTHS,
    TRANSITIONS,
    Event,
    Figures,
    MonthProblem,
    ReturnAction,
    ReturnState,
    Step,
    decode_history,
    decode_step,
    encode_step,
    month_name,
    month_problems,
    months,
    previous_months,
    transition_refusal,
)
from bluepacific_desktop.i18n.refusal_words import refusal_text
from bluepacific_desktop.reports.figures.country import report_country
from bluepacific_desktop.reports.figures.periods import country_today
from bluepacific_desktop.reports.figures.returns import month_status
from bluepacific_desktop.store.device import device_zone, get_setting
from bluepacific_desktop.store.models import (
    CapabilityReport,
    MonthlyReturn,
    OutboxEntry,
    RefCapability,
)
from bluepacific_desktop.store.records import MODELS
from bluepacific_desktop.store.return_rules import hub_rules
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.store.types import utcnow
from bluepacific_desktop.sync.state import HUB_ROLE
from bluepacific_wire import Role, format_time
from bluepacific_wire.completeness import (
    DEFAULT_DUE_DAYS,
    Completeness,
    MonthStatus,
    ReturnRules,
    Timeliness,
    completeness,
    deadline,
    timeliness,
)
from bluepacific_wire.returns import LOCKED_STATES

KIND = RecordKind.MONTHLY_RETURN
METRICS = (
    "searches",
    "hits",
    "notices_requested",
    "diffusions_requested",
    "messages_exchanged",
    "active_accounts",
    "participants",
)


class ReturnRefused(BluePacificError):
    """This transition cannot be made here; nothing was written. The message says why."""


class MonthNotReady(BluePacificError):
    """The month has problems to fix or confirm before it is submitted; nothing was written."""

    def __init__(self, period: str, problems: list[MonthProblem]) -> None:
        self.period = period
        self.problems = problems
        lines = "\n".join(f"  - {p.message}" for p in problems)
        hint = (
            ' Confirm an unusual figure with --explain CODE="why".'
            if any(p.explainable for p in problems)
            else ""
        )
        super().__init__(
            f"{month_name(period)} was not submitted: {len(problems)} problem(s) to fix first."
            f"{hint}\n{lines}"
        )


@dataclass(frozen=True)
class MonthReturn:
    """One month of the country, as the list and the commands show it."""

    period: str
    state: ReturnState
    nil: bool
    comment: str  # the last send-back's or reopen's reason
    explanations: tuple[str, ...]
    on_hub: bool  # False while a change of it waits to sync
    set_aside: str | None  # the hub's reason, when it refused the last change
    history: tuple[Event, ...] = ()
    steps: tuple[Step, ...] = ()  # made here, not yet confirmed by the hub
    exists: bool = True  # False: nobody has moved this month yet (a draft)
    timeliness: Timeliness = Timeliness.NOT_DUE
    due: datetime | None = None  # when it is due (UTC): the hub's due days after the month
    # What the submission declared complete: those records of the month are locked with it.
    sessions_complete: bool = False
    engagements_complete: bool = False
    # When its entry period closed (the hub's setting), if it has: its figures are locked.
    entry_closed: datetime | None = None
    # Who moves it next, as the hub's settings say (approve, or accept where the country
    # skips national approval); None for a draft or an accepted month.
    next_action: ReturnAction | None = None
    zone: str = ""  # the zone its deadline is read in (the return's, or this laptop's)

    @property
    def due_day(self) -> date | None:
        """The last day it may be received on time, in its zone (the hub's due days)."""
        return _last_day(self.due, self.zone)

    @property
    def last_open_day(self) -> date | None:
        """The last day its figures could change, in its zone, when its entry period closed."""
        return _last_day(self.entry_closed, self.zone)

    @property
    def submitted(self) -> bool:
        """Submitted, approved or accepted: its figures are locked by its state."""
        return self.state in LOCKED_STATES

    @property
    def locked(self) -> bool:
        """Its capability figures cannot change: by its state, or its entry period closed."""
        return self.submitted or self.entry_closed is not None


def _last_day(end: datetime | None, zone: str) -> date | None:
    """The day that ends at `end` (a midnight where `zone` is)."""
    if end is None or not zone:
        return None
    return (end.astimezone(ZoneInfo(zone)) - timedelta(seconds=1)).date()


@dataclass(frozen=True)
class HistoryLine:
    action: ReturnAction
    from_state: ReturnState
    to_state: ReturnState
    who: str  # "username (role)", or "this computer" for a step not yet on the hub
    device: str
    at: str
    comment: str
    on_hub: bool
    username: str = ""  # on the hub: who, and their role (a Role), for words of each language
    role: str = ""


def _current_period(session: Session, now: datetime | None = None) -> str:
    today = country_today(report_country(session).zone, now)
    return f"{today.year:04d}-{today.month:02d}"


def return_id(country: str, period: str) -> str:
    rid = natural_id(KIND, country, {"period": period})
    assert rid is not None
    return rid


def _view(session: Session, period: str, record: MonthlyReturn | None) -> MonthReturn:
    if record is None or record.deleted:
        return MonthReturn(period, ReturnState.DRAFT, False, "", (), True, None, exists=False)
    states = list(
        session.execute(
            select(
                OutboxEntry.state, OutboxEntry.set_aside_reason, OutboxEntry.set_aside_code
            ).where(OutboxEntry.kind == KIND.value, OutboxEntry.record_id == record.id)
        )
    )
    reason = next(
        (refusal_text(r or "", c) for s, r, c in states if s == OutboxState.SET_ASIDE.value), None
    )
    steps: list[Step] = []
    for text in record.steps or []:
        try:
            steps.append(decode_step(text))
        except (ValueError, KeyError):
            continue
    return MonthReturn(
        period,
        ReturnState(record.state),
        bool(record.nil),
        record.comment or "",
        tuple(record.explanations or ()),
        on_hub=not states,
        set_aside=reason,
        history=tuple(decode_history(record.history)),
        steps=tuple(steps),
        sessions_complete=bool(record.sessions_complete),
        engagements_complete=bool(record.engagements_complete),
    )


def _status(country: str, zone: str, month: MonthReturn) -> MonthStatus:
    return month_status(
        country, month.period, zone, month.state, month.nil, month.history, month.steps
    )


def next_action(state: ReturnState, rules: ReturnRules | None) -> ReturnAction | None:
    """Who moves a month in `state` next: the national approver approves a submitted month,
    unless the hub says the country skips that step (the regional team accepts it then)."""
    if state is ReturnState.SUBMITTED:
        skip = rules is not None and rules.skip_national_approval
        return ReturnAction.ACCEPT if skip else ReturnAction.APPROVE
    if state is ReturnState.APPROVED:
        return ReturnAction.ACCEPT
    return None


def _due_days(rules: ReturnRules | None) -> int:
    return rules.due_days if rules is not None else DEFAULT_DUE_DAYS


def _timed(
    country: str, zone: str, month: MonthReturn, now: datetime, rules: ReturnRules | None
) -> MonthReturn:
    status = _status(country, zone, month)
    days = _due_days(rules)
    return replace(
        month,
        timeliness=timeliness(status, now, days),
        due=deadline(month.period, zone, days),
        entry_closed=rules.closed(month.period, zone, now) if rules is not None else None,
        next_action=next_action(month.state, rules),
        zone=zone,
    )


def returns_completeness(store: Store, year: int | None = None) -> Completeness:
    """The country's completeness figures over the year's months (or the whole project)."""
    with store.read() as session:
        where = report_country(session)
        days = _due_days(hub_rules(session))
    rows = list_returns(store, year)
    now = utcnow()
    return completeness((_status(where.code, where.zone, m) for m in rows), now, days)


def list_returns(store: Store, year: int | None = None) -> list[MonthReturn]:
    """Every month of the project up to this one (in the country's calendar), oldest first,
    each on time, late, missing or not yet due (the hub's due days after its end)."""
    with store.read() as session:
        where = report_country(session)
        country = where.code
        last = _current_period(session)
        first = FIRST_PERIOD if year is None else max(FIRST_PERIOD, f"{year:04d}-01")
        if year is not None:
            last = min(last, f"{year:04d}-12")
        wanted = months(first, last) if first <= last else []
        saved = {
            r.period: r
            for r in session.scalars(
                select(MonthlyReturn).where(
                    MonthlyReturn.country == country, MonthlyReturn.deleted.is_(False)
                )
            )
        }
        now = utcnow()
        rules = hub_rules(session)
        return [
            _timed(
                country,
                _zone(saved.get(p), where.zone),
                _view(session, p, saved.get(p)),
                now,
                rules,
            )
            for p in wanted
        ]


def _zone(record: MonthlyReturn | None, default: str) -> str:
    return record.time_zone if record is not None and record.time_zone else default


def get_return(store: Store, period: str) -> MonthReturn:
    with store.read() as session:
        where = report_country(session)
        record = session.get(MonthlyReturn, return_id(where.code, period))
        month = _view(session, period, record)
        return _timed(where.code, _zone(record, where.zone), month, utcnow(), hub_rules(session))


def month_checks(
    session: Session, country: str, period: str, explained: Mapping[str, str]
) -> list[MonthProblem]:
    """The submission checks of domain/returns.py on the month's saved figures."""
    applicable = {c.code: frozenset(c.metrics) for c in session.scalars(select(RefCapability))}
    window = previous_months(period, HISTORY_MONTHS)
    rows = session.scalars(
        select(CapabilityReport).where(
            CapabilityReport.country == country,
            CapabilityReport.period.in_([*window, period]),
            CapabilityReport.deleted.is_(False),
        )
    )
    reports: list[Figures] = []
    earlier: dict[tuple[str, str], list[int]] = {}
    for r in rows:
        values = {m: getattr(r, m) for m in METRICS}
        if r.period == period:
            reports.append(
                Figures(r.capability_code, applicable.get(r.capability_code, frozenset()), values)
            )
            continue
        for metric, value in values.items():
            if value is not None:
                earlier.setdefault((r.capability_code, metric), []).append(value)
    reports.sort(key=lambda f: f.capability)
    return month_problems(reports, earlier, explained)


def _has_figures(session: Session, country: str, period: str) -> bool:
    return (
        session.scalar(
            select(CapabilityReport.id).where(
                CapabilityReport.country == country,
                CapabilityReport.period == period,
                CapabilityReport.deleted.is_(False),
            )
        )
        is not None
    )


def _check_period(session: Session, period: str, action: ReturnAction) -> None:
    try:
        date(int(period[:4]), int(period[5:7]), 1)
        ok = len(period) == 7 and period[4] == "-"
    except ValueError:
        ok = False
    if not ok:
        raise ReturnRefused(f"“{period}” is not a month: write it as YYYY-MM (e.g. 2025-03).")
    if period < FIRST_PERIOD:
        raise ReturnRefused(
            f"Monthly returns start with the project, in {month_name(FIRST_PERIOD)}."
        )
    current = _current_period(session)
    if period > current or (
        period == current and action in (ReturnAction.SUBMIT, ReturnAction.NIL)
    ):
        raise ReturnRefused(
            f"{month_name(period)} has not ended yet here: submit it once it is over."
        )


def transition(
    store: Store,
    period: str,
    action: ReturnAction,
    comment: str = "",
    explanations: Mapping[str, str] | None = None,
    *,
    sessions_complete: bool = False,
    engagements_complete: bool = False,
) -> MonthReturn:
    """Move the month, here and now (offline too); the change reaches the hub at the next sync.

    A submission (or nil return) states whether the month's training sessions and engagements
    are complete; those declared so are locked with its figures. Each submission says it
    again, so a month sent back and submitted anew declares afresh.

    ReturnRefused when the role or the state does not allow it, MonthNotReady with every
    problem at once when the month's figures are not ready to submit."""
    explained = {k.strip().upper(): v.strip() for k, v in (explanations or {}).items()}
    with store.write() as session:
        service = RecordService(session)
        country = service.device.country
        _check_period(session, period, action)
        record = session.get(MonthlyReturn, return_id(country, period))
        if record is not None and record.deleted:
            record = None
        state = ReturnState(record.state) if record is not None else ReturnState.DRAFT
        raw_role = get_setting(session, HUB_ROLE)
        role = Role(raw_role) if raw_role in set(Role) else None
        # The skip of national approval is a hub setting, known here from the last pull;
        # before any (or from an older hub) it is allowed here and the hub decides.
        refusal = transition_refusal(
            state, action, role, comment, skip_national_approval=skips_approval(session)
        )
        if refusal is not None:
            raise ReturnRefused(f"{month_name(period)}: {refusal[0].upper()}{refusal[1:]}.")
        if action is ReturnAction.SUBMIT:
            problems = month_checks(session, country, period, explained)
            if problems:
                raise MonthNotReady(period, problems)
        if action is ReturnAction.NIL and _has_figures(session, country, period):
            raise ReturnRefused(
                f"{month_name(period)} has capability figures, so it is not a nil return: "
                "submit it instead (or delete the figures first)."
            )
        step = Step(action, comment.strip(), format_time(utcnow()))
        pending = list(record.steps or []) if record is not None else []
        data: dict[str, Any] = {
            "period": period,
            "state": TRANSITIONS[action].target.value,
            "comment": comment.strip(),
            "steps": [*pending, encode_step(step)],
            # The state the hub last confirmed: where the steps start from.
            "from_state": (record.from_state if record is not None and pending else state.value),
        }
        if TRANSITIONS[action].target is ReturnState.DRAFT:
            data["nil"] = False  # the answer of the submission sent back, not of the month
        if action in (ReturnAction.SUBMIT, ReturnAction.NIL):
            data["nil"] = action is ReturnAction.NIL
            data["explanations"] = [f"{k}={v}" for k, v in sorted(explained.items()) if v]
            data["sessions_complete"] = sessions_complete
            data["engagements_complete"] = engagements_complete
        if record is None:
            # The return keeps the zone its deadline is read in (the hub keeps it too): this
            # laptop's, where the month was first moved.
            data["time_zone"] = device_zone(session)
            saved = service.create(KIND, data)
        else:
            saved = service.update(KIND, record.id, data)
        assert isinstance(saved, MODELS[KIND])
        session.flush()
        return _view(session, period, saved)  # type: ignore[arg-type]


def history(store: Store, period: str) -> list[HistoryLine]:
    """The month's history as the hub kept it, then the steps made here not yet on the hub."""
    return history_lines(get_return(store, period))


def history_lines(month: MonthReturn) -> list[HistoryLine]:
    """`history` of a month already read (the list's rows carry theirs)."""
    lines = [
        HistoryLine(
            e.action,
            e.from_state,
            e.to_state,
            f"{e.username} ({e.role.replace('_', ' ')})",
            e.device_id,
            e.at,
            e.comment,
            True,
            e.username,
            e.role,
        )
        for e in month.history
    ]
    state = lines[-1].to_state if lines else ReturnState.DRAFT
    for step in month.steps:
        target = TRANSITIONS[step.action].target
        lines.append(
            HistoryLine(
                step.action, state, target, "this computer", "", step.at, step.comment, False
            )
        )
        state = target
    return lines


def discard(store: Store, period: str) -> MonthReturn:
    """Give up this computer's actions on the month that the hub refused (set aside, e.g. a
    stale approval): the month goes back to what the hub last said, from its history."""
    with store.write() as session:
        country = report_country(session).code
        record = session.get(MonthlyReturn, return_id(country, period))
        entries = (
            list(
                session.scalars(
                    select(OutboxEntry).where(
                        OutboxEntry.kind == KIND.value, OutboxEntry.record_id == record.id
                    )
                )
            )
            if record is not None
            else []
        )
        if record is None or not entries:
            raise ReturnRefused(
                f"{month_name(period)}: nothing of this month waits to be discarded."
            )
        if any(e.state != OutboxState.SET_ASIDE.value for e in entries):
            raise ReturnRefused(
                f"{month_name(period)}: the hub has not answered this month's change yet; sync "
                "first (only a change the hub refused can be discarded)."
            )
        events = decode_history(record.history)
        state = events[-1].to_state if events else ReturnState(record.from_state or "draft")
        record.state = state.value
        record.from_state = state.value
        record.steps = []
        record.comment = events[-1].comment if events and state is ReturnState.DRAFT else ""
        if state is ReturnState.DRAFT:
            record.nil = False
        for entry in entries:  # set aside: in no batch, so nothing will resend them
            session.delete(entry)
        session.flush()
        return _view(session, period, record)


def device_role(store: Store) -> Role | None:
    """The role the hub gave this computer's login, or None when it is not known yet."""
    with store.read() as session:
        raw = get_setting(session, HUB_ROLE)
    return Role(raw) if raw in set(Role) else None


def current_period(store: Store, now: datetime | None = None) -> str:
    """This month (YYYY-MM) in this laptop's zone (one of the country's)."""
    with store.read() as session:
        return _current_period(session, now)


def skips_approval(session: Session) -> bool:
    """Whether a submitted month may be accepted without national approval, as far as this
    computer knows: the hub's setting from the last pull, or True (the hub decides) before."""
    rules = hub_rules(session)
    return rules is None or rules.skip_national_approval


def approval_skipped(store: Store) -> bool:
    """`skips_approval` for the screens (one setting read)."""
    with store.read() as session:
        return skips_approval(session)


def allowed_actions(
    month: MonthReturn, role: Role | None, current: str, skip_national_approval: bool = True
) -> list[ReturnAction]:
    """The actions `role` may take now on `month`, as `transition` would allow them (a month
    not yet over cannot be submitted; the comment an action needs is asked for afterwards)."""
    out = []
    for action in ReturnAction:
        if action in (ReturnAction.SUBMIT, ReturnAction.NIL) and month.period >= current:
            continue
        refusal = transition_refusal(
            month.state, action, role, "-", skip_national_approval=skip_national_approval
        )
        if refusal is None:
            out.append(action)
    return out
