"""Every text of the console's templates and word lists has French, in French typography, and
the French file holds nothing the console no longer says."""

from __future__ import annotations

import re
from pathlib import Path

from bluepacific_hub.console.i18n import french, words
from tests.ui.test_translations import typography_problems

CONSOLE = Path(__file__).resolve().parents[3] / "src" / "bluepacific_hub" / "console"
RESULTS = CONSOLE.parent / "results"
# _("…") in templates and code, N_("…") in word lists, Problem("…") in the results' checks.
_CALL = re.compile(r"""\b(?:N?_|Problem)\(\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')""")


def console_texts() -> set[str]:
    found: set[str] = set()
    for path in [*CONSOLE.glob("templates/*.html"), *CONSOLE.glob("*.py"), *RESULTS.glob("*.py")]:
        # A problem's English may be split over lines as adjacent strings: joined first.
        code = re.sub(r'"\s*\n\s*"', "", path.read_text(encoding="utf-8"))
        for match in _CALL.finditer(code):
            found.add(match.group(1) or match.group(2))
    return found


def test_every_console_text_has_french() -> None:
    texts = console_texts()
    assert "Sign in" in texts and "focal point" in texts  # the collector finds both kinds
    table = french()
    assert sorted(texts - set(table)) == [], "add these to console/locale/fr.json"
    assert sorted(set(table) - texts) == [], "the console no longer says these"


def test_french_follows_french_typography_and_keeps_the_placeholders() -> None:
    bad = [(k, p) for k, v in french().items() for p in typography_problems(v)]
    assert bad == []
    for english, text in french().items():
        assert re.findall(r"\{\w+\}", english) == re.findall(r"\{\w+\}", text), english


def test_words_fill_placeholders_after_translating() -> None:
    fr = words("fr")
    assert fr("Sign in") == "Se connecter"
    assert fr("Signed in as {name} ({role}, {country})", name="a", role="b", country="VU") == (
        "Connecté en tant que a (b, VU)"
    )
    assert words("en")("No French needed {n}", n=3) == "No French needed 3"
