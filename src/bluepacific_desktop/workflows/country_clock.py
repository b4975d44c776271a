"""Today's date in this laptop's zone (one of its country's): the day quarters, months and
"today" are read by (Samoa and Kiribati are a day ahead of much of UTC; Kiritimati two hours
ahead of Tarawa)."""

from __future__ import annotations

from datetime import date, datetime

from bluepacific_desktop.reports.figures.country import report_country
from bluepacific_desktop.reports.figures.periods import country_today
from bluepacific_desktop.store.store import Store


def today_there(store: Store, now: datetime | None = None) -> date:
    """A bounded read (two settings, one row), so the GUI thread may call it."""
    with store.read() as session:
        zone = report_country(session).zone
    return country_today(zone, now)
