"""The regional grid of monthly returns: the project's countries × the 12 months of a year,
each cell the month's state on the hub ("-" where nobody has moved the month yet), and the
completeness figures of each country's year (bluepacific_wire/completeness.py)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from bluepacific_hub.models import Record
from bluepacific_hub.reference import load_reference_data
from bluepacific_wire.completeness import Completeness, MonthStatus, completeness, first_submission
from bluepacific_wire.constants import RecordKind
from bluepacific_wire.returns import ReturnState, decode_history

NOTHING = "-"


def project_countries() -> list[str]:
    """The eleven countries of the project, in the reference data's order."""
    return [str(c["code"]) for c in load_reference_data()["countries"] if c.get("in_project")]


def month_rows(countries: Sequence[str]) -> Select[tuple[str | None, dict[str, Any]]]:
    """The live monthly returns of `countries` (every year: a return's period is in its
    fields), the one query of the grid."""
    return select(Record.country, Record.fields).where(
        Record.kind == RecordKind.MONTHLY_RETURN.value,
        Record.deleted.is_(False),
        Record.country.in_(list(countries)),
    )


def returns_grid(session: Session, year: int) -> dict[str, list[str]]:
    """country → 12 cells (January first): draft, submitted, approved, accepted, nil (a
    submitted or later nil return shows as "nil", then its state: "nil/accepted"), or "-"."""
    countries = project_countries()
    grid = {c: [NOTHING] * 12 for c in countries}
    prefix = f"{year:04d}-"
    rows = session.execute(month_rows(countries))
    for country, fields in rows:
        period = str(fields.get("period", ""))
        if country is None or not period.startswith(prefix) or len(period) != 7:
            continue
        month = int(period[5:7])
        if not 1 <= month <= 12:
            continue
        state = str(fields.get("state", "draft"))
        nil = bool(fields.get("nil")) and state != "draft"
        grid[country][month - 1] = f"nil/{state}" if nil else state
    return grid


def grid_lines(grid: dict[str, list[str]]) -> list[str]:
    """The grid as tab-separated lines, a header first (for scripts and a terminal alike)."""
    header = "country\t" + "\t".join(f"{m:02d}" for m in range(1, 13))
    return [header, *(f"{c}\t" + "\t".join(cells) for c, cells in grid.items())]


def _zones() -> dict[str, str]:
    return {
        str(c["code"]): str(c["zones"][0])
        for c in load_reference_data()["countries"]
        if c.get("in_project") and c.get("zones")
    }


def month_statuses(session: Session, year: int) -> dict[str, list[MonthStatus]]:
    """country → its 12 months of `year` as completeness reads them (a month nobody moved is
    a draft in the country's first zone)."""
    zones = _zones()
    out = {
        c: [
            MonthStatus(c, f"{year:04d}-{m:02d}", zones[c], ReturnState.DRAFT) for m in range(1, 13)
        ]
        for c in project_countries()
    }
    rows = session.execute(month_rows(list(out)))
    for country, fields in rows:
        period = str(fields.get("period", ""))
        if country is None or not period.startswith(f"{year:04d}-") or len(period) != 7:
            continue
        month = int(period[5:7])
        try:
            state = ReturnState(str(fields.get("state", "draft")))
        except ValueError:
            continue
        zone = str(fields.get("time_zone") or zones[country])
        history = decode_history(fields.get("history"))
        out[country][month - 1] = MonthStatus(
            country, period, zone, state, bool(fields.get("nil")), first_submission(history)
        )
    return out


def completeness_by_country(
    session: Session, year: int, now: datetime, due_days: int
) -> dict[str, Completeness]:
    return completeness_of(month_statuses(session, year), now, due_days)


def completeness_of(
    statuses: dict[str, list[MonthStatus]], now: datetime, due_days: int
) -> dict[str, Completeness]:
    """Each country's figures over its months of `statuses` (month_statuses' answer, read
    once by a page that also shows the months)."""
    return {c: completeness(months, now, due_days) for c, months in statuses.items()}


COMPLETENESS_HEADER = "country\texpected\treceived\ton_time\tlate\tmissing\tnil\taccepted"


def completeness_lines(figures: dict[str, Completeness]) -> list[str]:
    return [
        COMPLETENESS_HEADER,
        *(
            f"{c}\t{f.expected}\t{f.received}\t{f.on_time}\t{f.late}\t{f.missing}\t{f.nil}"
            f"\t{f.accepted}"
            for c, f in figures.items()
        ),
    ]
