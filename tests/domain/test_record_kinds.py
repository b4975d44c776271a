"""One enum of record kinds: the wire's, with the kinds a focal point edits derived from it."""

from __future__ import annotations

import bluepacific_wire
from bluepacific_desktop.domain.enums import EDITABLE_KINDS, RecordKind
from bluepacific_desktop.domain.rules import RULES
from bluepacific_desktop.store.records import MODELS


def test_the_desktop_uses_the_wire_enum() -> None:
    assert RecordKind is bluepacific_wire.RecordKind


def test_editable_kinds_are_the_pushable_ones_in_the_enum_order() -> None:
    assert set(EDITABLE_KINDS) == bluepacific_wire.PUSHABLE_KINDS
    assert list(EDITABLE_KINDS) == [k for k in RecordKind if k in EDITABLE_KINDS]
    assert not set(EDITABLE_KINDS) & bluepacific_wire.REFERENCE_KINDS


def test_every_editable_kind_has_rules_and_a_table() -> None:
    assert set(RULES) == set(EDITABLE_KINDS) == set(MODELS)
