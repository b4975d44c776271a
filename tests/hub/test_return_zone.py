"""A return's zone is one of its country's: the hub reads the month's deadline and entry period
in it, so a zone no one knows (which would fail every later deadline: the grid, the closing of
entry periods) or another country's (which would move them) is refused."""

from __future__ import annotations

import pytest

from tests.support.hubserver import RunningHub
from tests.support.hubserver import run_hub_cli as _run
from tests.support.returns import push_return, return_fields


def test_a_return_in_a_zone_of_another_country_or_none_is_refused(
    running: RunningHub, capsys: pytest.CaptureFixture[str]
) -> None:
    kiribati = running.device("ki-fp", "KI")
    for zone in ("Nowhere/Bogus", "Pacific/Fiji"):
        fields = return_fields("2025-03", "submitted", "draft", "nil", nil=True, time_zone=zone)
        refused = push_return(kiribati, "KI", fields)
        assert refused["status"] == "refused", zone
        assert "is not a zone of KI: use one of Pacific/Tarawa" in refused["reason"]
    fields = return_fields(
        "2025-03", "submitted", "draft", "nil", nil=True, time_zone="Pacific/Kiritimati"
    )
    assert push_return(kiribati, "KI", fields)["status"] == "applied"
    code, out, _ = _run(
        capsys, "returns", "grid", "--year", "2025", "--database", running.database_url
    )
    assert code == 0 and "nil/submitted" in out
