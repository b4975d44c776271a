"""Qt for rendering without a window: the application object, the language, number formats."""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QThread,
    QTimeZone,
    QTranslator,
)
from PySide6.QtGui import QGuiApplication

from bluepacific_desktop.paths import resource_dir
from bluepacific_desktop.reports.render.translator import Translator

REPORT_CONTEXT = "Report"


def ensure_qt_app() -> QCoreApplication:
    """Fonts and painting need a QGuiApplication; reuse the GUI's one when it exists.

    On a server or in CI, run with QT_QPA_PLATFORM=offscreen: nothing is ever shown.
    """
    existing = QCoreApplication.instance()
    if existing is not None:
        return existing
    # A report from the command line shows nothing: without this, Qt aborts on a machine
    # with no display (a server, an SSH session) instead of writing the PDF.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication(sys.argv[:1])


class _ReportTranslator(Translator):
    """Answers the report's own texts (context "Report") in the language of the report being
    rendered on the calling thread, and nothing else: a report then comes out in its language
    whatever the GUI's language, and the GUI can render one off its thread while its own texts
    stay as they are. Installed once; rendering only sets a thread-local language. The GUI's
    catalogue leaves these texts to it while a report is rendered (`rendering_language`), so
    the order the two were installed in does not matter."""

    def __init__(self) -> None:
        super().__init__()
        self.current = threading.local()
        self.catalogs: dict[str, QTranslator] = {}
        for language in ("fr",):
            catalog = QTranslator()
            if catalog.load(str(resource_dir() / "translations" / f"bluepacific_{language}.qm")):
                self.catalogs[language] = catalog

    def lookup(self, context: str, source: str, disambiguation: str | None, n: int) -> str | None:
        language = getattr(self.current, "code", None)
        if context != REPORT_CONTEXT or language is None:
            return None  # not rendering on this thread: the next translator answers
        catalog = self.catalogs.get(language)
        if catalog is None:
            return source
        return catalog.translate(context, source, disambiguation, n) or source


_translator: _ReportTranslator | None = None


def install_report_translator() -> None:
    """Put the report translator first among the application's translators (the one installed
    last is asked first, and the GUI installs its own when the language is switched). The GUI
    calls this on its thread before each rendering; installing notifies every window, so it is
    never done again from a worker thread."""
    global _translator
    app = ensure_qt_app()
    if _translator is None:
        _translator = _ReportTranslator()
    elif QThread.currentThread() is not app.thread():
        return
    else:
        app.removeTranslator(_translator)
    app.installTranslator(_translator)


def rendering_language() -> str | None:
    """The language of the report being rendered on this thread, None when none is."""
    return None if _translator is None else getattr(_translator.current, "code", None)


@contextmanager
def translating(language: str) -> Iterator[None]:
    """Render the report's texts on this thread in `language` for the time of one rendering."""
    if _translator is None:
        install_report_translator()
    assert _translator is not None
    previous = getattr(_translator.current, "code", None)
    _translator.current.code = language
    try:
        yield
    finally:
        _translator.current.code = previous


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
