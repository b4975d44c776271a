"""Deadlines and completeness of monthly returns, in each country's own calendar: when a
month is due, whether its return came on time, late or not at all, and the figures
(expected, received, on time, late, missing, nil, accepted) over any set of months.

A month is due `due_days` days after it ends, at the end of that day where the return's zone
is: March 2025 in Kiritimati (UTC+14) is due before 16 April 00:00 there, 15 April 10:00 UTC;
in Tarawa (UTC+12) two hours later. A return counts as received while it is submitted,
approved or accepted (a nil return too); its first submission decides on time or late, so a
month sent back for a correction after a timely submission stays on time.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Final
from zoneinfo import ZoneInfo

from bluepacific_wire.codec import format_time
from bluepacific_wire.returns import Event, ReturnAction, ReturnState

DEFAULT_DUE_DAYS: Final = 15
_SUBMITTING = frozenset({ReturnAction.SUBMIT, ReturnAction.NIL})


class Timeliness(StrEnum):
    NOT_DUE = "not_due"  # not received, and its deadline has not passed
    ON_TIME = "on_time"
    LATE = "late"
    MISSING = "missing"  # not received, and its deadline has passed


def _first_day(period: str) -> date:
    return date(int(period[:4]), int(period[5:7]), 1)


def _next_month(day: date) -> date:
    return date(day.year + 1, 1, 1) if day.month == 12 else date(day.year, day.month + 1, 1)


def month_end(period: str, zone: str) -> datetime:
    """The instant (UTC) the month ends where `zone` is: the next month's first midnight."""
    local = datetime.combine(_next_month(_first_day(period)), time(), ZoneInfo(zone))
    return local.astimezone(UTC)


def deadline(period: str, zone: str, due_days: int = DEFAULT_DUE_DAYS) -> datetime:
    """The instant (UTC) after which the month's return is late: the end of the `due_days`-th
    day after the month, in `zone` (computed on the calendar, so a day is a day there)."""
    last_due_day = _next_month(_first_day(period)) + timedelta(days=due_days - 1)
    local = datetime.combine(last_due_day + timedelta(days=1), time(), ZoneInfo(zone))
    return local.astimezone(UTC)


def first_submission(history: Sequence[Event]) -> datetime | None:
    """When the month was first submitted: as the person did it (the device's clock, which an
    offline laptop keeps), but never later than the hub applied it."""
    for event in history:
        if event.action in _SUBMITTING:
            applied = _time(event.at)
            taken = _time(event.taken_at) if event.taken_at else None
            if applied is None:
                return taken
            return min(applied, taken) if taken is not None else applied
    return None


def _time(text: str) -> datetime | None:
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


@dataclass(frozen=True)
class MonthStatus:
    """What completeness needs to know of one country's month."""

    country: str
    period: str
    zone: str
    state: ReturnState
    nil: bool = False
    submitted_at: datetime | None = None  # first_submission()

    @property
    def received(self) -> bool:
        return self.state is not ReturnState.DRAFT


def timeliness(month: MonthStatus, now: datetime, due_days: int = DEFAULT_DUE_DAYS) -> Timeliness:
    due = deadline(month.period, month.zone, due_days)
    if month.received:
        at = month.submitted_at
        return Timeliness.LATE if at is not None and at >= due else Timeliness.ON_TIME
    return Timeliness.MISSING if now >= due else Timeliness.NOT_DUE


@dataclass(frozen=True)
class Completeness:
    """Counts over a set of months. `expected`: the months that have ended; `received` of
    those, split into `on_time` and `late`; `missing`: past their deadline and not received
    (a month ended but not yet due is expected, neither received nor missing)."""

    expected: int = 0
    received: int = 0
    on_time: int = 0
    late: int = 0
    missing: int = 0
    nil: int = 0
    accepted: int = 0

    @property
    def reporting_rate(self) -> float | None:
        """received ÷ expected (None when nothing was expected yet)."""
        return self.received / self.expected if self.expected else None

    @property
    def on_time_rate(self) -> float | None:
        """on time ÷ expected, as DHIS2 reports it."""
        return self.on_time / self.expected if self.expected else None


def completeness(
    months: Iterable[MonthStatus], now: datetime, due_days: int = DEFAULT_DUE_DAYS
) -> Completeness:
    """The figures over `months` (one country's year, a quarter of the region…) at `now`."""
    counts = dict.fromkeys(("expected", "received", "on_time", "late", "missing", "nil"), 0)
    accepted = 0
    for month in months:
        if now < month_end(month.period, month.zone) and not month.received:
            continue  # not over yet, and nothing sent early: not expected
        counts["expected"] += 1
        verdict = timeliness(month, now, due_days)
        if month.received:
            counts["received"] += 1
            counts["nil"] += month.nil
            accepted += month.state is ReturnState.ACCEPTED
        if verdict is Timeliness.ON_TIME:
            counts["on_time"] += 1
        elif verdict is Timeliness.LATE:
            counts["late"] += 1
        elif verdict is Timeliness.MISSING:
            counts["missing"] += 1
    return Completeness(**counts, accepted=accepted)


def entry_closes(period: str, zone: str, due_days: int, closes_days: int) -> datetime:
    """When the month's capability figures stop changing by themselves (the hub's
    `return_entry_closes_days`): that many days after its deadline."""
    return deadline(period, zone, due_days) + timedelta(days=closes_days)


@dataclass(frozen=True)
class ReturnRules:
    """One country's monthly-return settings on the hub, as a pull page carries them
    (`return_rules`, by country) so the desktop shows what the hub will decide: the next step
    after a submission, the deadlines, and an entry period that has closed."""

    skip_national_approval: bool = False
    due_days: int = DEFAULT_DUE_DAYS
    entry_closes_days: int | None = None  # None: entry periods never close by themselves
    entry_open_until: datetime | None = None  # a regional admin's exception, until then

    def closed(self, period: str, zone: str, now: datetime) -> datetime | None:
        """When the month's entry period closed, if it has by `now` (None: still open)."""
        if self.entry_closes_days is None:
            return None
        closes = entry_closes(period, zone, self.due_days, self.entry_closes_days)
        if now < closes or (self.entry_open_until is not None and now < self.entry_open_until):
            return None
        return closes

    def to_wire(self) -> dict[str, object]:
        until = self.entry_open_until
        return {
            "skip_national_approval": self.skip_national_approval,
            "due_days": self.due_days,
            "entry_closes_days": self.entry_closes_days,
            "entry_open_until": format_time(until) if until else None,
        }

    @classmethod
    def from_wire(cls, value: object) -> ReturnRules:
        """The rules from their wire form; ValueError when they cannot be read."""
        if not isinstance(value, dict):
            raise ValueError("return rules must be an object")
        skip = value.get("skip_national_approval", False)
        due = value.get("due_days", DEFAULT_DUE_DAYS)
        closes = value.get("entry_closes_days")
        until = value.get("entry_open_until")
        if not isinstance(skip, bool):
            raise ValueError("skip_national_approval must be true or false")
        if isinstance(due, bool) or not isinstance(due, int) or not 0 < due <= 366:
            raise ValueError("due_days must be a number of days")
        if closes is not None and (
            isinstance(closes, bool) or not isinstance(closes, int) or not 0 <= closes <= 3660
        ):
            raise ValueError("entry_closes_days must be a number of days or null")
        at = _time(until) if isinstance(until, str) else None
        if until is not None and at is None:
            raise ValueError("entry_open_until must be a UTC time or null")
        return cls(skip, due, closes, at)
