"""Today's date in the country's own calendar: the day quarters, months and "today" are read by
(Samoa and Kiribati are a day ahead of much of UTC)."""

from __future__ import annotations

from datetime import date

from bluepacific_desktop.reports.figures.country import report_country
from bluepacific_desktop.reports.figures.periods import country_today
from bluepacific_desktop.store.store import Store


def today_there(store: Store) -> date:
    """A bounded read (one setting, one row), so the GUI thread may call it."""
    with store.read() as session:
        zone = report_country(session).zone
    return country_today(zone)
