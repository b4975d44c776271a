"""The desktop keeps to the hub's size limits (bluepacific_wire/limits.py): what a user can type,
the hub accepts; what the hub would refuse is refused as it is typed, naming the field."""

from __future__ import annotations

from typing import Any

import pytest

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.domain.errors import ValidationError
from bluepacific_desktop.domain.rules import RULES
from bluepacific_wire.limits import LIST_CHARS, LONG_TEXT_CHARS, size_refusal
from tests.domain.test_rules import CTX

K = RecordKind
CONTACT = {
    "full_name": "Sione",
    "organisation": "Police",
    "org_type": "NCB",
    "contact_country": "TO",
}
ENGAGEMENT = {"date": "2025-04-01", "kind": "meeting", "summary": "PTCN call"}
SESSION = {"course_code": "HR_POLICING", "mode": "online"}
SESSION |= {"start_date": "2025-01-01", "end_date": "2025-01-01"}
REPORT = {"capability_code": "SLTD", "period": "2025-01"}
# About 1,400 ids: over the limit of a list, each id fine on its own.
MANY_IDS = [f"{i:08d}-0000-4000-8000-000000000000" for i in range(LIST_CHARS // 36 + 1)]


def _problem(kind: RecordKind, data: dict[str, Any]) -> tuple[str, str]:
    with pytest.raises(ValidationError) as caught:
        RULES[kind](data, CTX)
    (problem,) = caught.value.problems
    return problem.field, problem.message


@pytest.mark.parametrize(
    ("kind", "data", "field", "words"),
    [
        (K.CONTACT, {**CONTACT, "notes": "n" * (LONG_TEXT_CHARS + 1)}, "notes", "at most 20000"),
        (K.ENGAGEMENT, {**ENGAGEMENT, "contact_ids": MANY_IDS}, "contact_ids", "at most 50,000"),
        (K.TRAINING_SESSION, {**SESSION, "trainer_ids": MANY_IDS}, "trainer_ids", "at most 50,000"),
        (K.TRAINING_SESSION, {**SESSION, "tags": MANY_IDS}, "tags", "at most 50,000"),
        (K.CONTACT, {**CONTACT, "languages": MANY_IDS}, "languages", "at most 50,000"),
        (K.PERSON, {"full_name": "Mere", "sex": "female", "email": "m" * 300 + "@a.fj"}, "email",
         "at most 254"),
    ],
)  # fmt: skip
def test_a_field_over_the_hubs_limit_is_refused_while_typing(
    kind: RecordKind, data: dict[str, Any], field: str, words: str
) -> None:
    assert _problem(kind, data)[0] == field
    assert words in _problem(kind, data)[1]


def test_a_contact_too_large_as_a_whole_is_refused_naming_its_longest_field() -> None:
    # Each field within its own limit; in all (in a four-byte script) over 256 KiB.
    data = {**CONTACT, "notes": "𝒜" * LONG_TEXT_CHARS}
    data["languages"] = [f"{i:04d}" + "𝒜" * 995 for i in range(50)]
    field, message = _problem(K.CONTACT, data)
    assert field == "languages"
    assert "too large to send to the hub" in message and "at most 262,144" in message


@pytest.mark.parametrize(
    ("kind", "data"),
    [
        (K.CONTACT, {**CONTACT, "notes": "𝒜" * LONG_TEXT_CHARS, "languages": ["to"] * 3}),
        (K.CAPABILITY_REPORT, {**REPORT, "narrative": "é" * LONG_TEXT_CHARS,
                               "success_stories": "𝒜" * LONG_TEXT_CHARS}),
        (K.ENGAGEMENT, {**ENGAGEMENT, "summary": "𝒜" * LONG_TEXT_CHARS,
                        "contact_ids": MANY_IDS[: LIST_CHARS // 36]}),
        (K.TRAINING_SESSION, {**SESSION, "notes": "n" * LONG_TEXT_CHARS, "title": "t" * 200}),
        (K.PERSON, {"full_name": "𝒜" * 200, "sex": "female", "agency": "𝒜" * 200,
                    "rank": "𝒜" * 200, "position": "𝒜" * 200}),
    ],
)  # fmt: skip
def test_what_the_desktop_accepts_the_hub_accepts(kind: RecordKind, data: dict[str, Any]) -> None:
    fields = RULES[kind](data, CTX)
    wire = {k: v.isoformat() if hasattr(v, "isoformat") else v for k, v in fields.items()}
    assert size_refusal(kind, wire) is None
