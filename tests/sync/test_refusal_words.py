"""A set-aside change's refusal worded in the chosen language from the hub's code and params
(i18n/refusal_words.py), the hub's English kept for a code unknown here or none at all."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bluepacific_desktop.domain.enums import RecordKind as K
from bluepacific_desktop.i18n import catalogue
from bluepacific_desktop.i18n.refusal_words import refusal_text
from bluepacific_desktop.sync.set_aside import list_set_aside
from bluepacific_wire.refusals import refusal
from tests.support.forged import queue_foreign
from tests.sync.conftest import DeviceFactory


@pytest.fixture
def french() -> Iterator[None]:
    catalogue.load("fr")
    yield
    catalogue.load("en")


def _coded(code: str, **params: str | int) -> dict[str, object]:
    made = refusal(code, **params)
    return {"code": made.code, "params": made.params}


def test_a_known_code_is_worded_in_french(french: None) -> None:
    made = refusal("other_country", own="FJ", country="TO")
    words = refusal_text(str(made), _coded("other_country", own="FJ", country="TO"))
    assert words.startswith("Cet ordinateur appartient à FJ")
    assert "TO" in words and "belongs" not in words


def test_a_refused_step_words_the_step_and_why_in_french(french: None) -> None:
    coded = {
        "code": "step_refused",
        "params": {"refusal": "comment_required", "step": 2, "action": "send_back"},
    }
    words = refusal_text("step 2 (send back): say why…", coded)
    assert words.startswith("Étape 2") and "commentaire" in words


def test_unknown_code_bad_params_or_no_code_keep_the_hubs_english(french: None) -> None:
    assert refusal_text("a newer hub's words", {"code": "from_the_future", "params": {}}) == (
        "a newer hub's words"
    )
    assert refusal_text("missing params", {"code": "other_country", "params": {}}) == (
        "missing params"
    )
    assert refusal_text("an older hub's words", None) == "an older hub's words"


def test_english_shows_the_hubs_own_sentence() -> None:
    catalogue.load("en")
    made = refusal("other_country", own="FJ", country="TO")
    assert refusal_text(str(made), _coded("other_country", own="FJ", country="TO")) == str(made)


def test_a_refused_change_keeps_its_code_and_lists_in_french(
    make_device: DeviceFactory, french: None
) -> None:
    """Through the real hub over HTTPS: the code is kept with the set-aside entry, the sync
    report and the set-aside list word it in French; the English stays beside it."""
    fiji = make_device("FJ")
    fields = {"full_name": "Big", "organisation": "Police", "org_type": "TCU"}
    queue_foreign(fiji.store, "FJ", kind=K.CONTACT, fields={**fields, "notes": "n" * 20_001})
    report = fiji.sync()
    assert report.refused == 1
    (words,) = report.refused_reasons
    assert words.startswith("Le champ «\u00a0notes\u00a0» de cette fiche (contact)")
    assert "20\u202f000" in words
    (entry,) = fiji.outbox()
    assert entry.set_aside_reason is not None and "characters long" in entry.set_aside_reason
    assert entry.set_aside_code is not None
    assert entry.set_aside_code["code"] == "field_too_long"
    assert entry.set_aside_code["params"]["limit"] == 20_000
    with fiji.store.read() as session:
        (listed,) = list_set_aside(session)
    assert listed.reason == words
