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

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bluepacific_desktop.domain.returns import ReturnState
from bluepacific_desktop.reports.figures.country import report_country
from bluepacific_desktop.reports.figures.periods import country_today
from bluepacific_desktop.store.models import CapabilityReport, Contact, MonthlyReturn
from bluepacific_desktop.store.outbox import waiting
from bluepacific_desktop.store.return_rules import hub_rules
from bluepacific_desktop.sync import state
from bluepacific_desktop.workflows.todo_rules import (
    PROJECT_FIRST_MONTH,
    PROJECT_LAST_MONTH,
    REMINDER_DAYS,
    ToDo,
    count_by_state,
    due_soon,
    months_owed,
    not_reported,
)
from bluepacific_wire.completeness import DEFAULT_DUE_DAYS

# The rules and the list's shape live in todo_rules (free of SQLAlchemy); their names stay
# importable from here, where the dashboard and the tests have always found them.
__all__ = [
    "PROJECT_FIRST_MONTH",
    "PROJECT_LAST_MONTH",
    "REMINDER_DAYS",
    "ToDo",
    "contacts_due_for_review",
    "due_soon",
    "months_by_state",
    "months_not_reported",
    "months_owed",
    "months_sent_back",
    "to_do",
]


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
    return not_reported(owed, reported)


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
    return count_by_state(owed, moved)


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
