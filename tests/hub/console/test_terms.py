"""One vocabulary: the console, the results framework and the donor pack call a capability, an
engagement, a hit and each kind of engagement what the desktop app calls them, in French too;
and the results' problems speak the page's language."""

from __future__ import annotations

import json
from pathlib import Path

from bluepacific_desktop.domain.enums import EngagementKind
from bluepacific_hub.console.i18n import french, words
from bluepacific_hub.console.terms import ENGAGEMENT_KINDS, FRENCH, NOT_OURS, engagement_kind
from bluepacific_hub.results.indicators import INDICATORS
from bluepacific_hub.results.problems import TARGET, Problem
from bluepacific_hub.results.targets import YearValues, check_key, check_value, rule_problems

DESKTOP_FRENCH = Path(__file__).resolve().parents[3] / "resources" / "translations" / "fr"


def _desktop() -> dict[str, str]:
    table: dict[str, str] = {}
    for path in sorted(DESKTOP_FRENCH.glob("*.json")):
        table.update(json.loads(path.read_text(encoding="utf-8")))
    return table


def _screen(name: str) -> dict[str, str]:
    table = json.loads((DESKTOP_FRENCH / name).read_text(encoding="utf-8"))
    assert isinstance(table, dict)
    return table


def test_the_terms_are_the_desktops_french_and_the_consoles() -> None:
    # The screens where a focal point enters them (every French text of the desktop says
    # "concordances" too: tests/ui/test_translations.py).
    capabilities, contacts, console = (
        _screen("capabilities.json"),
        _screen("contacts.json"),
        french(),
    )
    assert capabilities["Capability"] == FRENCH["Capability"]
    assert capabilities["Hits"] == FRENCH["Hits"]
    assert contacts["Engagements"] == FRENCH["Engagements"]
    for english, term in FRENCH.items():
        assert console[english] == term, english


def test_no_french_text_of_the_console_uses_the_words_it_used_to_disagree_on() -> None:
    texts = [*french().values(), *(i.name_fr for i in INDICATORS)]
    bad = [(w, t) for t in texts for w in NOT_OURS if w in t.lower()]
    assert bad == []
    names = {i.code: i.name_fr for i in INDICATORS}
    assert names["hits"] == "Concordances dans les bases de données"
    assert names["engagements"] == "Échanges de coopération"


def test_every_engagement_kind_is_named_as_the_desktops_reports_name_it() -> None:
    assert set(ENGAGEMENT_KINDS) == {k.value for k in EngagementKind}
    desktop, fr = _desktop(), words("fr")
    for code, english in ENGAGEMENT_KINDS.items():
        # The console writes the typographic apostrophe where the desktop has a plain one.
        assert fr(engagement_kind(code)) == desktop[f"Report|{english}"].replace("'", "’"), code
    assert fr(engagement_kind("meeting")) == "Réunions"
    assert engagement_kind("call") == "call"  # a kind this hub does not know, as it came


def test_the_results_problems_are_french_on_a_french_page() -> None:
    fr = words("fr")
    problems = [
        *check_key("nope", "ZZ", 1900),
        *check_value(TARGET, -2),
        Problem("line {line}: {problem}", line=4, problem=check_value(TARGET, -2)[0]),
        *rule_problems({("hits", "FJ", 2025): YearValues(None, 20)}, {("hits", "FJ"): 10}),
    ]
    assert len(problems) == 6
    english = [str(p) for p in problems]
    assert english[0] == (
        "unknown indicator 'nope': give one of " + ", ".join(i.code for i in INDICATORS)
    )
    assert english[3] == "the target -2 is negative: give 0 or more"
    assert english[4] == "line 4: the target -2 is negative: give 0 or more"
    assert english[5].startswith("Database hits (hits), FJ: the yearly targets add up to 20")
    said = [p.say(fr, "fr") for p in problems if isinstance(p, Problem)]
    assert len(said) == 6
    assert said[0].startswith("indicateur inconnu 'nope'\u00a0: donnez l’un de ")
    assert said[1].startswith("pays inconnu 'ZZ'")
    assert said[2] == "l’année 1900 est hors limites\u00a0: donnez une année comme 2025"
    assert said[3] == "cible\u00a0: -2 est négatif\u202f; donnez 0 ou plus"
    assert said[4] == "ligne 4\u00a0: cible\u00a0: -2 est négatif\u202f; donnez 0 ou plus"
    assert said[5].startswith("Concordances dans les bases de données (hits), FJ\u00a0: ")
    for text in said:
        assert not {"give", "target", "unknown", "line", "year"} & set(text.split()), text
