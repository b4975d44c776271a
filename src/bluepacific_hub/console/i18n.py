"""The console's words in English and French: English is the source, the French lives in
`locale/fr.json` and `locale/fr-*.json` (key: the English text, as in
resources/translations/fr/*.json)."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from importlib import resources
from typing import Final

LANGUAGES: Final = ("en", "fr")
DEFAULT_LANGUAGE: Final = "en"
# Each language's name in itself, for the language form.
LANGUAGE_NAMES: Final = {"en": "English", "fr": "Français"}

Words = Callable[..., str]


def N_(source: str) -> str:
    """Mark an English text for translation where it is defined (lists of words); it is
    translated where it is shown. The console's translation test collects these."""
    return source


@functools.cache
def french() -> dict[str, str]:
    """English source → French, from the package's locale/fr.json and its areas' own files
    (locale/fr-*.json, one per area of the console, so that two areas never edit one file)."""
    folder = resources.files("bluepacific_hub.console").joinpath("locale")
    names = ["fr.json", *sorted(f.name for f in folder.iterdir() if f.name.startswith("fr-"))]
    table: dict[str, str] = {}
    for name in names:
        data = json.loads(folder.joinpath(name).read_text("utf-8"))
        assert isinstance(data, dict)
        table.update((str(k), str(v)) for k, v in data.items())
    return table


def language(value: str | None) -> str:
    """`value` if it is a language the console speaks, else the default."""
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def words(lang: str) -> Words:
    """The translating function of `lang`: `_(source, **params)` gives the text in `lang`,
    then fills `{name}` placeholders from `params` (after translating, so the French sentence
    can put them where French wants them). A text without French shows its English."""
    table = french() if lang == "fr" else {}

    def _(source: str, **params: object) -> str:
        text = table.get(source, source)
        return text.format(**params) if params else text

    return _
