"""Contacts' review dates: the contacts due (the dashboard's list), "Still correct" (the next
review date in one click) and the interval setting (domain/review.py holds the rules)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.domain.review import (
    REVIEW_MONTHS_CHOICES,
    REVIEW_MONTHS_SETTING,
    is_long_overdue,
    next_review,
    review_months,
)
from bluepacific_desktop.reports.figures.country import report_country
from bluepacific_desktop.reports.figures.periods import country_today
from bluepacific_desktop.store.device import get_setting, set_setting
from bluepacific_desktop.store.models import Contact
from bluepacific_desktop.store.services import RecordService


@dataclass(frozen=True)
class DueContact:
    record_id: str
    name: str
    organisation: str
    review_date: date
    long_overdue: bool


def interval(session: Session) -> int:
    """The review interval in months chosen on this computer (default 12)."""
    return review_months(get_setting(session, REVIEW_MONTHS_SETTING))


def set_interval(session: Session, months: int) -> None:
    if months not in REVIEW_MONTHS_CHOICES:
        raise ValueError(f"the review interval is 6 or 12 months, not {months}")
    set_setting(session, REVIEW_MONTHS_SETTING, str(months))


def today_here(session: Session, now: datetime | None = None) -> date:
    return country_today(report_country(session).zone, now)


def due_contacts(session: Session, now: datetime | None = None) -> list[DueContact]:
    """The country's own live contacts whose review date has come, the oldest first (the
    same rule as the to-do list's count, workflows.todo.contacts_due_for_review)."""
    country = report_country(session)
    today = country_today(country.zone, now)
    months = interval(session)
    rows = session.execute(
        select(Contact.id, Contact.full_name, Contact.organisation, Contact.review_date)
        .where(
            Contact.country == country.code,
            Contact.deleted.is_(False),
            Contact.review_date.is_not(None),
            Contact.review_date <= today,
        )
        .order_by(Contact.review_date, Contact.full_name)
    )
    return [
        DueContact(rid, name, org, review, is_long_overdue(review, today, months))
        for rid, name, org, review in rows
        if review is not None
    ]


def still_correct(session: Session, contact_id: str, now: datetime | None = None) -> date:
    """The contact's details were checked: its next review date is one interval from today."""
    review = next_review(today_here(session, now), interval(session))
    RecordService(session).update(RecordKind.CONTACT, contact_id, {"review_date": review})
    return review
