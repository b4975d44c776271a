"""What a figures query is asked for: a year or one of its quarters, a country, a course and a
capability; a national user's country replaces whatever country they ask for."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from bluepacific_wire import Role


class FilterError(ValueError):
    """A filter that cannot be used; the message says what to give instead."""


@dataclass(frozen=True)
class Filters:
    year: int
    quarter: int | None = None  # 1-4, or None for the whole year
    country: str | None = None  # None: every country
    course: str | None = None
    capability: str | None = None

    def __post_init__(self) -> None:
        if not 2000 <= self.year <= 2100:
            raise FilterError(f"year {self.year} is out of range: give a year such as 2025")
        if self.quarter is not None and not 1 <= self.quarter <= 4:
            raise FilterError(f"quarter {self.quarter} does not exist: give 1, 2, 3 or 4")

    @property
    def start(self) -> date:
        return date(self.year, 3 * (self.quarter or 1) - 2, 1)

    @property
    def end(self) -> date:
        last = 3 * (self.quarter or 4)
        after = date(self.year + 1, 1, 1) if last == 12 else date(self.year, last + 1, 1)
        return after - timedelta(days=1)

    def months(self) -> list[str]:
        """Every month of the period, as YYYY-MM (capability reports are monthly)."""
        return [f"{self.year:04d}-{m:02d}" for m in range(self.start.month, self.end.month + 1)]

    def quarters(self) -> list[str]:
        first, last = (self.quarter, self.quarter) if self.quarter else (1, 4)
        return [f"{self.year}Q{q}" for q in range(first, last + 1)]

    @property
    def label(self) -> str:
        return f"{self.year}Q{self.quarter}" if self.quarter else str(self.year)


def for_user(filters: Filters, country: str, role: str) -> Filters:
    """The filters a user may run: a regional admin any country; anyone else only their own,
    whatever they asked for (the country comes from the user, never from the request)."""
    if role == Role.REGIONAL_ADMIN.value:
        return filters
    return replace(filters, country=country)
