"""The app's words in the chosen language, for code that runs with and without a GUI.

`translate(context, source, disambiguation, n)` is Qt's call, and lupdate collects the texts
written with it into the same `.ts` files as the screens'. In the GUI it is Qt's own
(`use(QCoreApplication.translate)`, done by ui/translations.py), so a language switch applies
at once; the command line, which loads no Qt, reads the `.ts` of its language here instead
(`load(language)`): one catalogue for both, translated once.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from bluepacific_desktop.paths import DB_FILENAME, resource_dir

LANGUAGES = ("en", "fr")
Translate = Callable[[str, str, str | None, int], str]
Entry = tuple[str, ...]  # the translation, or its plural forms [singular, plural]


@lru_cache(maxsize=4)
def _entries(language: str) -> dict[tuple[str, str, str], Entry]:
    """(context, source, disambiguation) → translation, read from the shipped `.ts`."""
    import xml.etree.ElementTree as ET  # here: the window's start never reads a .ts

    path = resource_dir() / "translations" / f"bluepacific_{language}.ts"
    if not path.exists():
        return {}
    found: dict[tuple[str, str, str], Entry] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished"):
                continue
            forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            text = forms or ((translation.text or ""),)
            if all(text):
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                found[key] = text
    return found


class _FileCatalogue:
    def __init__(self, language: str) -> None:
        self.language = language

    def __call__(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        entry = _entries(self.language).get((context, source, disambiguation or ""))
        if entry is None:
            text = source
        elif len(entry) > 1 and n >= 0:
            # English and French: the singular for one (and, in French, for zero).
            singular = n == 1 or (n == 0 and self.language == "fr")
            text = entry[0] if singular else entry[-1]
        else:
            text = entry[0]
        return text.replace("%n", str(n)) if n >= 0 else text


_current: Translate = _FileCatalogue("en")
_language = "en"


def use(translator: Translate, language: str = "en") -> None:
    """Where `translate` finds its words, and their language: the GUI hands Qt's own here."""
    global _current, _language
    _current = translator
    _language = language


def load(language: str) -> None:
    """The command line: the words of `language` from the shipped `.ts` files."""
    chosen = language if language in LANGUAGES else "en"
    use(_FileCatalogue(chosen), chosen)


def current_language() -> str:
    """The language `translate` speaks now (the command line's, or the GUI's)."""
    return _language


def current_translator() -> Translate:
    """Where `translate` finds its words now: what `use` was given last (a test puts it back)."""
    return _current


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    return _current(context, source, disambiguation, n)


LANGUAGE_NOTE = DB_FILENAME + ".language"


def remember_language(data_dir: Path, language: str) -> None:
    """Note the store's language in a small plain file beside it (not personal data): the
    window paints in it before the store is opened. Reading it from the encrypted store first
    took the keyring, D-Bus and SQLCipher, a second before the first paint. A note that cannot
    be written is no loss: the store is read instead."""
    from bluepacific_desktop.files import replacing

    note = data_dir / LANGUAGE_NOTE
    try:
        if note.is_file() and note.read_text(encoding="utf-8").strip() == language:
            return
        with replacing(note, private=True) as out:
            out.write(language + "\n")
    except OSError:
        pass


def _noted_language(data_dir: Path) -> str | None:
    try:
        noted = (data_dir / LANGUAGE_NOTE).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return noted if noted in LANGUAGES else None


def stored_language(data_dir: Path) -> str | None:
    """The language stored for a set-up store: from its note (remember_language) when there is
    one, else read with the driver alone (no SQLAlchemy yet, so that a command or the window
    starts fast) and noted; None when not set up or unreadable (the full path explains what is
    wrong with the file)."""
    from bluepacific_desktop.domain.errors import StoreLocked
    from bluepacific_desktop.store import cipher, keys

    path = data_dir / DB_FILENAME
    if cipher.is_new(path):
        return None
    noted = _noted_language(data_dir)
    # A key wrapped by a passphrase is asked for on the way in (the full path), never by the
    # quick one's thread: there the note is not enough.
    if noted is not None and not keys.key_file(path).exists():
        return noted
    try:
        key = None if cipher.is_plain(path) else keys.store_key(path, create=False)
    except StoreLocked:
        return None
    try:
        conn = cipher.connect(f"file:{path}?mode=ro", key, uri=True)
        try:
            row = conn.execute(
                "SELECT value FROM device_settings WHERE key = 'language'"
            ).fetchone()
        finally:
            conn.close()
    except cipher.DRIVER_ERRORS:
        return None
    if not row:
        return None
    remember_language(data_dir, str(row[0]))
    return str(row[0])


def device_language(data_dir: Path) -> str | None:
    """The language chosen for this computer (first start, Settings), if it is one shipped."""
    language = stored_language(data_dir)
    return language if language in LANGUAGES else None


def system_language() -> str:
    """The computer's own language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG, as gettext reads them)."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    # Windows sets none of them: the user's locale ("French_France", "fr_FR").
    found = locale.getlocale()[0] or ""
    return "fr" if found.lower().startswith("fr") else "en"
