"""Erasing a person or a contact (people's right to erasure), as both sides understand it.

An erase is an ordinary upsert whose fields carry `erased_on` (the day it was asked, ISO) and
the erased values: a fixed placeholder for the name ("Erased person 7F3K"), contact details
emptied, sex and agency kept only if the user said so. So it is backward compatible: an older
hub stores it as any change, an older desktop applies the placeholder and ignores the new field.
The hub then refuses every later change that would undo it (`undo_refusal`): one made on a
revision before the erase, one giving the record a name or contact details again, or one
clearing `erased_on`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any, Final

from bluepacific_wire.constants import RecordKind
from bluepacific_wire.refusals import refusal

ERASED_FIELD: Final = "erased_on"
ERASABLE_KINDS: Final = frozenset({RecordKind.PERSON, RecordKind.CONTACT})

# What an erase always replaces, and what with (None: the field is emptied).
_ALWAYS: Final[dict[str, dict[str, Any]]] = {
    RecordKind.PERSON: {"email": None, "phone": None, "rank": None, "position": None},
    RecordKind.CONTACT: {
        "emails": [],
        "phones": [],
        "languages": [],
        "notes": "",
        "review_date": None,
    },
}
# What is kept only when the user confirms it (the counts by sex and by agency still add up).
SEX_FIELDS: Final[dict[str, tuple[str, Any]]] = {RecordKind.PERSON: ("sex", "not_stated")}
AGENCY_FIELDS: Final[dict[str, tuple[str, Any]]] = {
    RecordKind.PERSON: ("agency", None),
    RecordKind.CONTACT: ("organisation", "(erased)"),
}
_PLACEHOLDER: Final = {RecordKind.PERSON: "Erased person", RecordKind.CONTACT: "Erased contact"}
_CODE_LETTERS: Final = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I: read aloud safely


def placeholder(kind: str, record_id: str) -> str:
    """The fixed anonymous name of an erased record: the same on every device, from its id."""
    digest = hashlib.sha256(record_id.encode()).digest()
    code = "".join(_CODE_LETTERS[b % len(_CODE_LETTERS)] for b in digest[:4])
    return f"{_PLACEHOLDER[RecordKind(kind)]} {code}"


def erased_fields(
    kind: str, record_id: str, day: str, *, keep_sex: bool = False, keep_agency: bool = False
) -> dict[str, Any]:
    """The fields an erase sets (every other field stays as it is)."""
    fields: dict[str, Any] = {"full_name": placeholder(kind, record_id), ERASED_FIELD: day}
    fields.update(_ALWAYS[kind])
    if not keep_sex and kind in SEX_FIELDS:
        name, value = SEX_FIELDS[kind]
        fields[name] = value
    if not keep_agency and kind in AGENCY_FIELDS:
        name, value = AGENCY_FIELDS[kind]
        fields[name] = value
    return fields


def personal_fields(kind: str) -> frozenset[str]:
    """The fields an erased record may never be given again (name and contact details)."""
    return frozenset({"full_name", *_ALWAYS.get(kind, {})})


def is_erased(fields: Mapping[str, Any]) -> bool:
    return bool(fields.get(ERASED_FIELD))


def undo_refusal(
    kind: str,
    current: Mapping[str, Any],
    new: Mapping[str, Any],
    changed: list[str],
    made_before_erase: bool,
) -> str | None:
    """Why a change to an erased record is refused (None: it may apply). `current` is the
    erased record, `new` and `changed` the change's fields, `made_before_erase` whether the
    change was made on a revision older than the erase."""
    if made_before_erase:
        return refusal("erased_before", erased_on=str(current.get(ERASED_FIELD)))
    if ERASED_FIELD in changed and not new.get(ERASED_FIELD):
        return refusal("erased_restore")
    back = sorted(
        name
        for name in personal_fields(kind) & set(changed)
        if new.get(name) != current.get(name) and new.get(name) not in (None, "", [])
    )
    if back:
        return refusal("erased_details", names=", ".join(back))
    return None
