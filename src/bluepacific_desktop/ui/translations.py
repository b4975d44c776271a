"""Loads the shipped translations (.qm) for the chosen language, ours and Qt's own, and switches
every open window to it at once (ui/retranslate.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from bluepacific_desktop.i18n import catalogue as i18n
from bluepacific_desktop.paths import resource_dir
from bluepacific_desktop.reports.render.qt import REPORT_CONTEXT, rendering_language
from bluepacific_desktop.reports.render.translator import Translator

LANGUAGES = ("en", "fr")

# What a text on screen was translated from: (context, source, disambiguation, n).
Origin = tuple[str, str, str | None, int]


class Catalogue(Translator):
    """The window's translator (the reports have their own, reports/render/qt.py): it asks the
    loaded .qm files (ours, then Qt's) and remembers which source each text it handed out
    came from, so that a language switch can re-ask for every text on screen, typing left
    alone (ui/retranslate.py)."""

    def __init__(self, parent: QCoreApplication) -> None:
        super().__init__(parent)
        self.files: list[QTranslator] = []
        self.speaks = "en"
        self.origins: dict[str, list[Origin]] = {}
        self.found: set[str] = set()

    def lookup(self, context: str, source: str, disambiguation: str | None, n: int) -> str | None:
        if context == REPORT_CONTEXT and rendering_language() is not None:
            return None  # a report's texts are in the report's language: its translator answers
        found = ""
        for file in self.files:
            found = file.translate(context, source, disambiguation, n) or ""
            if found:
                break
        shown = percent_n(found or source, n)
        origin = (context, source, disambiguation, n)
        # PySide's tr() asks for the class's own context, then for each base class's until
        # one answers (the text may sit in the base class's code): where it was found is the
        # one to ask again; when nowhere (English), every context asked, in order.
        if found:
            self.origins[shown] = [origin]
            self.found.add(shown)
        elif shown not in self.found and len(self.origins) < 100_000:  # should counts be endless
            asked = self.origins.setdefault(shown, [])
            if origin not in asked:
                asked.append(origin)
        # Not found: the source itself ("" would blank the text; Qt then replaces %n in it
        # as it does in its own fallback). PySide's tr() still goes on to the base classes'
        # contexts, as it does while the text equals the source.
        return found or source


def percent_n(text: str, n: int) -> str:
    """What Qt makes of %n and %Ln once the translator has answered."""
    if n < 0:
        return text
    return text.replace("%Ln", QLocale().toString(n)).replace("%n", str(n))


_catalogue: Catalogue | None = None


def catalogue(app: QCoreApplication) -> Catalogue:
    """The app's catalogue, installed on first use (English until a language is loaded)."""
    global _catalogue
    if _catalogue is None or _catalogue.parent() is not app:
        _catalogue = Catalogue(app)
        app.installTranslator(_catalogue)
    # The words shared with the command line (bluepacific_desktop.i18n) come from Qt too.
    i18n.use(QCoreApplication.translate, _catalogue.speaks)
    return _catalogue


def current_language() -> str:
    return _catalogue.speaks if _catalogue is not None else "en"


def install_language(app: QCoreApplication, language: str) -> bool:
    """Switch the UI language, every open window included; returns False when no translation
    ships for it (English stays)."""
    chosen = catalogue(app)
    said_before = dict(chosen.origins)
    short = QLocale.FormatType.ShortFormat
    formats_before = (QLocale().dateFormat(short), QLocale().dateTimeFormat(short))
    files: list[QTranslator] = []
    ours = QTranslator(chosen)
    # English has a .qm too, of its plural forms only ("1 change waiting", "3 changes waiting").
    if not ours.load(str(resource_dir() / "translations" / f"bluepacific_{language}.qm")):
        if language != "en":
            return False
    else:
        files.append(ours)
    if language != "en":
        # Qt's own texts (the standard Yes / No / Cancel / Save buttons, Qt's file and print
        # dialogs, the line edits' menus) come from the qtbase .qm that ships with PySide6;
        # the installer keeps the French one (packaging/build-linux.sh, packaging/*.spec).
        qt = QTranslator(chosen)
        if qt.load(
            f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            files.append(qt)
    # English as written in the region (day first: 3/10/25 is 3 October), not the US style;
    # French as in Vanuatu and New Caledonia.
    QLocale.setDefault(
        QLocale(QLocale.Language.French, QLocale.Country.France)
        if language == "fr"
        else QLocale(QLocale.Language.English, QLocale.Country.Australia)
    )
    changed = language != chosen.speaks
    for old in chosen.files:
        old.deleteLater()
    chosen.files = files
    chosen.speaks = language
    i18n.use(QCoreApplication.translate, language)
    chosen.origins = {}
    chosen.found = set()
    if changed:
        from bluepacific_desktop.ui.retranslate import retranslate_open_windows

        retranslate_open_windows(said_before, formats_before)
        # What installTranslator would send: Qt's own widgets (standard buttons, message
        # boxes) and our changeEvent handlers re-read their texts.
        QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
    return True
