"""The completeness grid of the console's home page: the project's countries × the 12 months
of a year, each cell a month's state and timeliness, with each row's and column's figures.
The months come from returns_grid.month_statuses, the figures from the wire's completeness
rules: nothing is counted here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from bluepacific_hub.console.sessions import Viewer
from bluepacific_hub.returns_grid import completeness_of, month_statuses
from bluepacific_wire.completeness import Completeness, MonthStatus, Timeliness, completeness
from bluepacific_wire.completeness import timeliness as timeliness_of
from bluepacific_wire.returns import FIRST_PERIOD


@dataclass(frozen=True)
class Cell:
    month: MonthStatus
    timeliness: Timeliness

    @property
    def href(self) -> str:
        return f"/console/returns/{self.month.country}/{self.month.period}"


@dataclass(frozen=True)
class Row:
    country: str
    cells: list[Cell]
    figures: Completeness


@dataclass(frozen=True)
class Grid:
    year: int
    rows: list[Row]
    columns: list[Completeness]  # each month's figures over the rows shown
    total: Completeness  # every cell shown


def years(now: datetime) -> list[int]:
    """The years the grid offers: from the project's first to this one."""
    return list(range(int(FIRST_PERIOD[:4]), max(now.year, int(FIRST_PERIOD[:4])) + 1))


def completeness_grid(
    session: Session, viewer: Viewer, year: int, now: datetime, due_days: int
) -> Grid:
    """The grid `viewer` may see: every country for a regional admin, else their own country's
    row only (from the session's user, never from the request)."""
    statuses = {
        country: months
        for country, months in month_statuses(session, year).items()
        if viewer.is_admin or country == viewer.country
    }
    figures = completeness_of(statuses, now, due_days)
    rows = [
        Row(
            country,
            [Cell(m, timeliness_of(m, now, due_days)) for m in months],
            figures[country],
        )
        for country, months in statuses.items()
    ]
    columns = [
        completeness([months[i] for months in statuses.values()], now, due_days) for i in range(12)
    ]
    every = [m for months in statuses.values() for m in months]
    return Grid(year, rows, columns, completeness(every, now, due_days))
