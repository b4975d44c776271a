"""Numbers and dates in the chosen language's style (1,234 or 1 234; 3 Mar or 3 mars 2025)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale


def number(value: int | float) -> str:
    return QLocale().toString(value)


def day(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )


def month_name(period: str) -> str:
    """YYYY-MM as the month's full name and year (January 2024, janvier 2024)."""
    year, month = (int(part) for part in period.split("-"))
    return QLocale().toString(QDate(year, month, 1), "MMMM yyyy")
