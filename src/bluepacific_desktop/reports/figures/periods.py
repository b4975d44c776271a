"""Report periods: quarters and months in the country's own calendar, and parsing them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from bluepacific_desktop.domain.clock import utcnow
from bluepacific_desktop.domain.errors import BluePacificError

_QUARTER = re.compile(r"^\s*(\d{4})\s*-?\s*[Qq]\s*([1-4])\s*$")


class PeriodError(BluePacificError):
    """A period the user typed cannot be understood; the message says how to write it."""


@dataclass(frozen=True)
class Period:
    """Calendar days from `start` to `end`, both included, as the country's calendar reads them."""

    start: date
    end: date
    quarter: str | None = None  # "2025Q3" when the period is exactly one quarter

    @property
    def label(self) -> str:
        return self.quarter or f"{self.start.isoformat()} – {self.end.isoformat()}"

    def months(self) -> list[str]:
        """Every month the period touches, as YYYY-MM (capability reports are monthly)."""
        out: list[str] = []
        year, month = self.start.year, self.start.month
        while (year, month) <= (self.end.year, self.end.month):
            out.append(f"{year:04d}-{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return out

    def quarters(self) -> list[str]:
        out: list[str] = []
        for month in self.months():
            key = quarter_key(date.fromisoformat(month + "-01"))
            if key not in out:
                out.append(key)
        return out


def quarter_key(day: date) -> str:
    return f"{day.year}Q{(day.month - 1) // 3 + 1}"


def quarter(year: int, number: int) -> Period:
    first = date(year, 3 * number - 2, 1)
    after = date(year + 1, 1, 1) if number == 4 else date(year, 3 * number + 1, 1)
    return Period(first, after - timedelta(days=1), f"{year}Q{number}")


def quarter_of(day: date) -> Period:
    return quarter(day.year, (day.month - 1) // 3 + 1)


def previous_quarter(period: Period) -> Period:
    """The quarter before the one the period starts in."""
    return quarter_of(quarter_of(period.start).start - timedelta(days=1))


def parse_quarter(text: str) -> Period:
    match = _QUARTER.match(text)
    if match is None:
        raise PeriodError(f"“{text}” is not a quarter: write it as YEARQn, for example 2025Q3.")
    return quarter(int(match.group(1)), int(match.group(2)))


def parse_day(text: str, what: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise PeriodError(
            f"{what} “{text}” is not a date: write it as YYYY-MM-DD, for example 2025-07-01."
        ) from None


def country_today(zone: str, now: datetime | None = None) -> date:
    """Today's date where the country is (Samoa and Kiribati are a day ahead of much of UTC)."""
    return (now or utcnow()).astimezone(ZoneInfo(zone)).date()


def resolve(
    *,
    quarter_text: str | None,
    from_text: str | None,
    to_text: str | None,
    today: date,
) -> Period:
    """The period asked for: a quarter, or from/to dates; by default the current quarter."""
    if quarter_text and (from_text or to_text):
        raise PeriodError("Give either --quarter or --from/--to, not both.")
    if quarter_text:
        return parse_quarter(quarter_text)
    if to_text and not from_text:
        raise PeriodError("--to needs --from too (the first day of the period).")
    if from_text:
        start = parse_day(from_text, "--from")
        end = parse_day(to_text, "--to") if to_text else today
        if start > end:
            raise PeriodError(
                f"--from {start.isoformat()} is after --to {end.isoformat()}: "
                "the period must start before it ends."
            )
        whole = quarter_of(start)
        exact = (whole.start, whole.end) == (start, end)
        return Period(start, end, whole.quarter if exact else None)
    return quarter_of(today)
