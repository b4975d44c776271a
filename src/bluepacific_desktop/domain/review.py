"""When a contact's details are to be checked again (review dates): the interval the user chose
(6 or 12 months, Settings), the next review date after a "Still correct", and which contacts are
due or long overdue. No I/O: the to-do list, the directory and the report ask here."""

from __future__ import annotations

import calendar
from datetime import date
from typing import Final

REVIEW_MONTHS_SETTING: Final = "review_months"
REVIEW_MONTHS_CHOICES: Final = (6, 12)
DEFAULT_REVIEW_MONTHS: Final = 12


def review_months(value: str | None) -> int:
    """The interval kept in the settings, or the default for anything else."""
    try:
        months = int(value or "")
    except ValueError:
        return DEFAULT_REVIEW_MONTHS
    return months if months in REVIEW_MONTHS_CHOICES else DEFAULT_REVIEW_MONTHS


def add_months(day: date, months: int) -> date:
    """The same day `months` later (the month's last day when it has fewer: 31 Aug + 6 → 28 Feb)."""
    total = day.month - 1 + months
    year, month = day.year + total // 12, total % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def next_review(today: date, months: int) -> date:
    """The review date a "Still correct" sets: one interval from today."""
    return add_months(today, months)


def is_due(review_date: date | None, today: date) -> bool:
    """The review date has come (the to-do list counts these)."""
    return review_date is not None and review_date <= today


def long_overdue_before(today: date, months: int) -> date:
    """A review date before this day is long overdue: past due by more than a whole interval,
    so the details were last checked more than twice the interval ago."""
    return add_months(today, -months)


def is_long_overdue(review_date: date | None, today: date, months: int) -> bool:
    return review_date is not None and review_date < long_overdue_before(today, months)
