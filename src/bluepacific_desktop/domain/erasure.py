"""The rule that keeps an erase erased on this computer (bluepacific_wire.erasure): an erased
person's or contact's name and contact details cannot be typed back (RecordService.update)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.domain.errors import FieldProblem
from bluepacific_wire.erasure import ERASABLE_KINDS, ERASED_FIELD, personal_fields


def undo_problems(
    kind: RecordKind, current: Mapping[str, Any], changes: Mapping[str, Any]
) -> list[FieldProblem]:
    """One problem per field of `changes` that would undo the erase of `current`."""
    if kind not in ERASABLE_KINDS or current.get(ERASED_FIELD) is None:
        return []
    back = [
        name
        for name in sorted(personal_fields(kind))
        if name in changes
        and changes[name] not in (None, "", [])
        and changes[name] != current.get(name)
    ]
    if ERASED_FIELD in changes and changes[ERASED_FIELD] is None:
        back.append(ERASED_FIELD)
    return [
        FieldProblem(
            name,
            "erased_record",
            "This record was erased at the person's request: its name and contact details "
            "cannot be set again.",
        )
        for name in back
    ]
