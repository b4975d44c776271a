"""Qt for rendering without a window: the application object, the language, number formats."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTimeZone, QTranslator
from PySide6.QtGui import QGuiApplication

from bluepacific_desktop.paths import resource_dir


def ensure_qt_app() -> QCoreApplication:
    """Fonts and painting need a QGuiApplication; reuse the GUI's one when it exists.

    On a server or in CI, run with QT_QPA_PLATFORM=offscreen: nothing is ever shown.
    """
    existing = QCoreApplication.instance()
    if existing is not None:
        return existing
    return QGuiApplication(sys.argv[:1])


@contextmanager
def translating(language: str) -> Iterator[None]:
    """Install the report language's translation for the time of one rendering."""
    app = ensure_qt_app()
    translator = QTranslator()
    loaded = language != "en" and translator.load(
        str(resource_dir() / "translations" / f"bluepacific_{language}.qm")
    )
    if loaded:
        app.installTranslator(translator)
    try:
        yield
    finally:
        if loaded:
            app.removeTranslator(translator)


class Formats:
    """Numbers and dates written the way the report's language writes them (12,5 % in French)."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.locale = QLocale(
            QLocale.Language.French if language == "fr" else QLocale.Language.English,
            QLocale.Country.AnyCountry,
        )

    def count(self, value: int | None) -> str:
        return "–" if value is None else self.locale.toString(value)

    def share(self, value: float | None) -> str:
        if value is None:
            return "–"
        number = self.locale.toString(float(value) * 100, "f", 1)
        return f"{number}\u00a0%" if self.language == "fr" else f"{number}%"

    def score(self, value: float | None) -> str:
        return "–" if value is None else self.locale.toString(float(value), "f", 1)

    def change(self, value: float | None) -> str:
        if value is None:
            return "–"
        text = self.locale.toString(float(abs(value)), "f", 1).removesuffix(".0").removesuffix(",0")
        return ("+" if value > 0 else "−" if value < 0 else "±") + text

    def day(self, value: date) -> str:
        return self.locale.toString(QDate(value.year, value.month, value.day), "d MMM yyyy")

    def month(self, value: str) -> str:
        """YYYY-MM as a short month name and year (Jul 2025, juil. 2025)."""
        year, month = (int(part) for part in value.split("-"))
        return self.locale.toString(QDate(year, month, 1), "MMM yyyy")

    def moment(self, value: datetime, zone: str) -> str:
        """When the report was made, in the country's zone, with the zone named (never an offset
        alone: the zone says which clock the reader should trust)."""
        moment = QDateTime.fromSecsSinceEpoch(int(value.timestamp()), QTimeZone(zone.encode()))
        offset = moment.offsetFromUtc()
        sign = "+" if offset >= 0 else "-"
        hours, minutes = divmod(abs(offset) // 60, 60)
        stamp = self.locale.toString(moment, "d MMM yyyy HH:mm")
        return f"{stamp} ({zone}, UTC{sign}{hours:02d}:{minutes:02d})"
