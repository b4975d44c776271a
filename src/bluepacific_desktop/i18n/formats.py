"""Numbers and months as the chosen language writes them, without Qt (1,234 or 1 234; March 2025
or mars 2025), for the command line and the words of i18n/; the screens use ui/formatting.py."""

from __future__ import annotations

from datetime import date
from typing import Any

from bluepacific_desktop.i18n.catalogue import current_language, translate


def number(value: Any) -> str:
    """A count with the language's thousands separator (1,000,000 or 1 000 000)."""
    grouped = f"{int(value):,}"
    return grouped.replace(",", "\u202f") if current_language() == "fr" else grouped


def decimal(value: float, places: int = 1) -> str:
    """A measure with its decimals (3.5 or 3,5), grouped like a count."""
    text = f"{value:,.{places}f}"
    if current_language() == "fr":
        text = text.replace(",", "\u202f").replace(".", ",")
    return text


def _month(month: int) -> str:
    return [
        translate("Months", "January"),
        translate("Months", "February"),
        translate("Months", "March"),
        translate("Months", "April"),
        translate("Months", "May"),
        translate("Months", "June"),
        translate("Months", "July"),
        translate("Months", "August"),
        translate("Months", "September"),
        translate("Months", "October"),
        translate("Months", "November"),
        translate("Months", "December"),
    ][month - 1]


def month_name(period: str) -> str:
    """ "2025-03" → "March 2025" (mars 2025)."""
    return f"{_month(int(period[5:7]))} {period[:4]}"


def day_name(value: date) -> str:
    """A date as the language writes it: "31 March 2025" (31 mars 2025)."""
    return f"{value.day} {_month(value.month)} {value.year}"


def fill(text: str, *values: Any) -> str:
    """Qt's %1, %2… placeholders (counted down, so that %1 does not eat the start of %10)."""
    for i in range(len(values), 0, -1):
        text = text.replace(f"%{i}", str(values[i - 1]))
    return text
