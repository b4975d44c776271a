"""The focal point's to-do list on the dashboard: what waits for a person, counted in one place.

Months not yet reported, months sent back (with the reason), the next return due within a
week, contacts due for review, conflicts to decide, changes set aside, changes waiting and the
last successful sync. The months rule lives here alone
(`months_not_reported`), so that when monthly returns with states arrive it is the one
function that starts asking them. Every query is bounded (a few dozen months, the country's
contacts by index, the outbox counts of `store.outbox.waiting`), so the GUI thread may call
`to_do`; the dashboard runs it off that thread anyway.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bluepacific_desktop.domain.returns import ReturnState
from bluepacific_desktop.reports.figures.country import report_country
from bluepacific_desktop.reports.figures.periods import Period, country_today
from bluepacific_desktop.store.models import CapabilityReport, Contact, MonthlyReturn
from bluepacific_desktop.store.outbox import waiting
from bluepacific_desktop.store.return_rules import hub_rules
from bluepacific_desktop.sync import state
from bluepacific_wire.completeness import DEFAULT_DUE_DAYS, deadline

# Project Blue Pacific runs from 1 January 2024 to 31 December 2026: months outside it are
# never owed.
PROJECT_FIRST_MONTH = date(2024, 1, 1)
PROJECT_LAST_MONTH = date(2026, 12, 1)
# The dashboard reminds of a return this many days before its deadline.
REMINDER_DAYS = 7


@dataclass(frozen=True)
class ToDo:
    months_not_reported: tuple[str, ...]  # YYYY-MM, oldest first
    contacts_to_review: int
    conflicts: int  # records changed here and on the hub: a decision waits
    set_aside: int  # records the hub refused: a fix waits
    waiting: int  # records that go with the next sync
    last_sync: datetime | None  # UTC; None: never synced
    # Months sent back to this computer (draft again, with the reason), oldest first.
    sent_back: tuple[tuple[str, str], ...] = ()
    # The month whose return is due within REMINDER_DAYS and not in yet, and its last day.
    due_soon: tuple[str, date] | None = None
    # The project's ended months by the state of their return (a month nobody moved: draft).
    by_state: tuple[tuple[ReturnState, int], ...] = ()

    @property
    def nothing_to_do(self) -> bool:
        return not (
            self.months_not_reported
            or self.sent_back
            or self.contacts_to_review
            or self.conflicts
            or self.set_aside
        )


def _month_before(day: date) -> date:
    return date(day.year - 1, 12, 1) if day.month == 1 else date(day.year, day.month - 1, 1)


def months_owed(today: date) -> tuple[str, ...]:
    """The project's months that have ended by `today` (the country's date), oldest first."""
    last = min(_month_before(today), PROJECT_LAST_MONTH)
    if last < PROJECT_FIRST_MONTH:
        return ()
    return tuple(Period(PROJECT_FIRST_MONTH, last).months())


def months_not_reported(session: Session, country: str, today: date) -> tuple[str, ...]:
    """Ended months of the project the country has not reported: neither a return received
    (submitted, approved or accepted, a nil return too: `MonthStatus.received`) nor any
    capability figures (the rule before monthly returns, kept for the months recorded then)."""
    owed = months_owed(today)
    if not owed:
        return ()
    received = set(
        session.scalars(
            select(MonthlyReturn.period).where(
                MonthlyReturn.country == country,
                MonthlyReturn.deleted.is_(False),
                MonthlyReturn.state != ReturnState.DRAFT.value,
                MonthlyReturn.period.between(owed[0], owed[-1]),
            )
        )
    )
    reported = received | set(
        session.scalars(
            select(CapabilityReport.period)
            .where(
                CapabilityReport.country == country,
                CapabilityReport.deleted.is_(False),
                CapabilityReport.period.between(owed[0], owed[-1]),
            )
            .distinct()
        )
    )
    return tuple(m for m in owed if m not in reported)


def months_sent_back(session: Session, country: str) -> tuple[tuple[str, str], ...]:
    """The months sent back (or reopened) to the focal point: drafts again, with the reason the
    approver or the regional team wrote, which the dashboard shows."""
    rows = session.execute(
        select(MonthlyReturn.period, MonthlyReturn.comment)
        .where(
            MonthlyReturn.country == country,
            MonthlyReturn.deleted.is_(False),
            MonthlyReturn.state == ReturnState.DRAFT.value,
            MonthlyReturn.comment != "",
        )
        .order_by(MonthlyReturn.period)
    )
    return tuple((period, comment) for period, comment in rows)


def months_by_state(
    session: Session, country: str, today: date
) -> tuple[tuple[ReturnState, int], ...]:
    """How many of the project's ended months are accepted, approved, submitted or still a
    draft (those nobody has moved yet included), in that order."""
    owed = months_owed(today)
    if not owed:
        return ()
    moved = dict(
        session.execute(
            select(MonthlyReturn.period, MonthlyReturn.state).where(
                MonthlyReturn.country == country,
                MonthlyReturn.deleted.is_(False),
                MonthlyReturn.period.between(owed[0], owed[-1]),
            )
        ).all()
    )
    counts = {state: 0 for state in ReturnState}
    for period in owed:
        counts[ReturnState(moved.get(period, ReturnState.DRAFT.value))] += 1
    order = (ReturnState.ACCEPTED, ReturnState.APPROVED, ReturnState.SUBMITTED, ReturnState.DRAFT)
    return tuple((state, counts[state]) for state in order)


def due_soon(
    not_reported: tuple[str, ...], zone: str, today: date, due_days: int
) -> tuple[str, date] | None:
    """The last month's return when its deadline is at most REMINDER_DAYS away and it is not
    in yet: the month and the last day it is on time (in the laptop's calendar)."""
    last_month = (today.replace(day=1) - timedelta(days=1)).strftime("%Y-%m")
    if last_month not in not_reported:
        return None
    ends = deadline(last_month, zone, due_days).astimezone(ZoneInfo(zone))
    last_day = (ends - timedelta(seconds=1)).date()
    return (last_month, last_day) if 0 <= (last_day - today).days <= REMINDER_DAYS else None


def contacts_due_for_review(session: Session, country: str, today: date) -> int:
    """Live contacts this device may change (the country's own) whose review date has come."""
    return int(
        session.scalar(
            select(func.count()).where(
                Contact.country == country,
                Contact.deleted.is_(False),
                Contact.review_date.is_not(None),
                Contact.review_date <= today,
            )
        )
        or 0
    )


def to_do(session: Session, now: datetime | None = None) -> ToDo:
    """Everything the dashboard's to-do list shows, read in one session."""
    country = report_country(session)
    today = country_today(country.zone, now)
    counts = waiting(session)
    not_reported = months_not_reported(session, country.code, today)
    rules = hub_rules(session)
    due_days = rules.due_days if rules is not None else DEFAULT_DUE_DAYS
    return ToDo(
        months_not_reported=not_reported,
        contacts_to_review=contacts_due_for_review(session, country.code, today),
        conflicts=counts.in_conflict,
        set_aside=counts.set_aside,
        waiting=counts.pending,
        last_sync=state.last_success(session),
        sent_back=months_sent_back(session, country.code),
        due_soon=due_soon(not_reported, country.zone, today, due_days),
        by_state=months_by_state(session, country.code, today),
    )
