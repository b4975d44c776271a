"""What the dashboard's to-do list holds, and its rules over plain values: no store, no
SQLAlchemy. The reads are `workflows/todo.py`'s (through the ORM); the window's first look at the
list, before SQLAlchemy is imported, reads the same through SQLCipher's driver
(`workflows/todo_quick.py`) and ends here too (docs/architecture.md "Starting quickly")."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from bluepacific_desktop.reports.figures.periods import Period
from bluepacific_wire.completeness import deadline
from bluepacific_wire.returns import ReturnState

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


def not_reported(owed: tuple[str, ...], reported: Iterable[str]) -> tuple[str, ...]:
    """The owed months with neither a return received nor any capability figure."""
    done = set(reported)
    return tuple(m for m in owed if m not in done)


def count_by_state(
    owed: tuple[str, ...], moved: Mapping[str, str]
) -> tuple[tuple[ReturnState, int], ...]:
    """How many owed months are accepted, approved, submitted or still a draft (a month whose
    return nobody moved counts as a draft), in that order. `moved`: month → state stored."""
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
