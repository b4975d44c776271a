"""Loads the shipped translations (.qm) for the chosen language: ours and Qt's own."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from bluepacific_desktop.paths import resource_dir

_installed: list[QTranslator] = []


def install_language(app: QCoreApplication, language: str) -> bool:
    """Switch the UI language; returns False when no translation ships for it (English stays)."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    # English as written in the region (day first: 3/10/25 is 3 October), not the US style;
    # French as in Vanuatu and New Caledonia.
    QLocale.setDefault(
        QLocale(QLocale.Language.French, QLocale.Country.France)
        if language == "fr"
        else QLocale(QLocale.Language.English, QLocale.Country.Australia)
    )
    if language == "en":
        return True
    translator = QTranslator(app)
    path = resource_dir() / "translations" / f"bluepacific_{language}.qm"
    if not translator.load(str(path)):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    # Qt's own texts (the standard Yes / No / Cancel / Save buttons, Qt's file and print
    # dialogs, the line edits' menus) come from the qtbase .qm that ships with PySide6; the
    # installer keeps the French one (packaging/bluepacific-desktop.spec).
    qt = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", folder):
        app.installTranslator(qt)
        _installed.append(qt)
    return True
