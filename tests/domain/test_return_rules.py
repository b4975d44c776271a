"""The hub's monthly-return settings on the wire (a pull page's `return_rules`): read back as
sent, refused when malformed, absent from an older hub's page; and the closing of an entry
period computed once for the hub and the desktop."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bluepacific_wire import WireFormatError, parse_pull_response
from bluepacific_wire.completeness import ReturnRules, deadline, entry_closes

PAGE = {"changes": [], "next_cursor": 3, "has_more": False, "server_time": "2026-12-04T00:00:00Z"}


def test_rules_travel_and_come_back_as_sent() -> None:
    rules = ReturnRules(True, 20, 30, datetime(2027, 1, 31, tzinfo=UTC))
    page = parse_pull_response({**PAGE, "return_rules": {"KI": rules.to_wire()}})
    assert ReturnRules.from_wire(page["return_rules"]["KI"]) == rules
    assert "return_rules" not in parse_pull_response(PAGE)  # an older hub says nothing
    assert ReturnRules.from_wire({}) == ReturnRules()  # a newer hub's missing keys: defaults


@pytest.mark.parametrize(
    "bad",
    [
        {"skip_national_approval": "yes"},
        {"due_days": 0},
        {"due_days": True},
        {"entry_closes_days": -1},
        {"entry_open_until": "soon"},
        [],
    ],
)
def test_malformed_rules_are_refused(bad: object) -> None:
    with pytest.raises(WireFormatError):
        parse_pull_response({**PAGE, "return_rules": {"FJ": bad}})


def test_an_entry_period_closes_after_the_deadline_unless_excepted() -> None:
    # March 2025 in Kiritimati (UTC+14): due before 16 April 00:00 there, 15 April 10:00 UTC.
    assert deadline("2025-03", "Pacific/Kiritimati") == datetime(2025, 4, 15, 10, tzinfo=UTC)
    closes = entry_closes("2025-03", "Pacific/Kiritimati", 15, 30)
    assert closes == datetime(2025, 5, 15, 10, tzinfo=UTC)
    rules = ReturnRules(entry_closes_days=30)
    assert rules.closed("2025-03", "Pacific/Kiritimati", closes) == closes
    assert (
        rules.closed("2025-03", "Pacific/Kiritimati", datetime(2025, 5, 15, 9, tzinfo=UTC)) is None
    )
    assert rules.closed("2025-03", "Pacific/Tarawa", closes) is None  # two hours later there
    excepted = ReturnRules(entry_closes_days=30, entry_open_until=datetime(2025, 6, 1, tzinfo=UTC))
    assert excepted.closed("2025-03", "Pacific/Kiritimati", closes) is None
    assert ReturnRules().closed("2025-03", "Pacific/Kiritimati", closes) is None  # never closes
