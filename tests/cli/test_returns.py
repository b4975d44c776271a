"""`returns` on the command line: every month listed, submit with its checks, the lock, nil
returns, roles and history, on a real store file (no hub: every step works offline)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.domain.errors import ValidationError
from bluepacific_desktop.store.device import set_setting
from bluepacific_desktop.store.models import CapabilityReport
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.sync.state import HUB_ROLE
from bluepacific_desktop.workflows.returns import list_returns, return_id
from tests.cli.conftest import Run


@pytest.fixture
def fiji(folder: Path, run: Run) -> Store:
    assert run("init", "--country", "FJ").code == 0
    store = Store.open(folder)
    yield store
    store.close()


def _report(store: Store, period: str, searches: int, hits: int) -> str:
    with store.write() as session:
        data = {"capability_code": "SLTD", "period": period, "searches": searches, "hits": hits}
        return RecordService(session).create(RecordKind.CAPABILITY_REPORT, data).id


def _role(store: Store, role: str) -> None:
    with store.write() as session:
        set_setting(session, HUB_ROLE, role)


def test_every_month_of_the_project_is_listed_as_a_draft(fiji: Store, run: Run) -> None:
    rows = list_returns(fiji)
    assert rows[0].period == "2024-01" and all(r.state == "draft" for r in rows)
    assert [r.period for r in list_returns(fiji, 2024)][-1] == "2024-12"
    assert len(list_returns(fiji, 2024)) == 12
    said = run("returns", "list", "--year", "2025")
    assert said.code == 0 and said.out.count("draft") == 12 and "2025-03  draft" in said.out


def test_submit_shows_every_problem_then_locks_the_figures(fiji: Store, run: Run) -> None:
    _role(fiji, "focal_point")
    for month in ("2024-12", "2025-01", "2025-02"):
        _report(fiji, month, 100, 5)
    march = _report(fiji, "2025-03", 400, 2)  # 4 × the median of 100
    said = run("returns", "submit", "2025-03")
    assert said.code == 1
    assert (
        "1 problem to fix first" in said.err
        and "SLTD: searches 400 is far from the usual 100" in said.err
    )
    assert "--explain" in said.err
    assert list_returns(fiji, 2025)[2].state == "draft"  # nothing was written

    said = run("returns", "submit", "2025-03", "--explain", "SLTD=Border operation at Nadi")
    assert said.code == 0, said.err
    assert "March 2025 is now submitted" in said.out
    march_return = list_returns(fiji, 2025)[2]
    assert march_return.state == "submitted" and not march_return.on_hub
    assert march_return.explanations == ("SLTD=Border operation at Nadi",)
    # Submitted today, long after 15 April 2025: late; every other month of 2025 is missing.
    assert march_return.timeliness == "late"
    said = run("returns", "list", "--year", "2025")
    assert "2025-03  submitted, late  (not yet on the hub)" in said.out
    assert "Expected 12, received 1 (0 nil), on time 0, late 1, missing 11" in said.out

    with fiji.write() as session, pytest.raises(ValidationError) as refused:
        RecordService(session).update(RecordKind.CAPABILITY_REPORT, march, {"hits": 3})
    problem = refused.value.problems[0]
    assert problem.code == "month_locked"
    assert "Fiji's return for March 2025 is submitted" in problem.message
    assert "national approver or the regional team" in problem.message
    with fiji.write() as session, pytest.raises(ValidationError):
        RecordService(session).delete(RecordKind.CAPABILITY_REPORT, march)
    with fiji.write() as session, pytest.raises(ValidationError):
        data = {"capability_code": "I247", "period": "2025-03", "active_accounts": 4}
        RecordService(session).create(RecordKind.CAPABILITY_REPORT, data)
    _report(fiji, "2025-04", 100, 5)  # another month is still open

    said = run("returns", "history", "2025-03")
    assert "submit: draft → submitted  by this computer" in said.out
    assert "(not yet on the hub)" in said.out


def test_hits_above_searches_are_refused_at_submit(fiji: Store, run: Run) -> None:
    rid = _report(fiji, "2025-05", 10, 2)
    with fiji.write() as session:  # as a pull from an older app could have left it
        report = session.get(CapabilityReport, rid)
        assert report is not None
        report.hits = 12
    said = run("returns", "submit", "2025-05")
    assert said.code == 1 and "12 hits but only 10 searches" in said.err


def test_nil_returns_roles_and_comments(fiji: Store, run: Run) -> None:
    _role(fiji, "focal_point")
    _report(fiji, "2025-06", 10, 2)
    said = run("returns", "nil", "2025-06")
    assert said.code == 1 and "not a nil return" in said.err
    assert run("returns", "nil", "2025-07").code == 0
    assert list_returns(fiji, 2025)[6].nil is True

    said = run("returns", "approve", "2025-07")
    assert said.code == 1 and "Only the national approver may approve" in said.err
    _role(fiji, "national_approver")
    said = run("returns", "send-back", "2025-07")
    assert said.code == 1 and "a comment is required" in said.err
    said = run("returns", "send-back", "2025-07", "--comment", "Two courses are missing")
    assert said.code == 0, said.err
    said = run("returns", "list", "--year", "2025")
    assert (
        "2025-07  draft, missing  (not yet on the hub)  — sent back: Two courses are missing"
        in said.out
    )


def test_a_month_not_over_cannot_be_submitted(fiji: Store, run: Run) -> None:
    current = list_returns(fiji)[-1].period
    said = run("returns", "submit", current)
    assert said.code == 1 and "has not ended yet" in said.err
    assert run("returns", "submit", "2023-12").code == 1
    said = run("returns", "submit", "2025-13")
    assert said.code == 1 and "is not a month" in said.err
    assert return_id("FJ", "2025-03") != return_id("TO", "2025-03")


def test_list_as_json_and_discard_with_nothing_refused(fiji: Store, run: Run) -> None:
    said = run("returns", "nil", "2025-02", "--sessions-complete")
    assert said.code == 0 and "Its training sessions are locked with it." in said.out
    said = run("returns", "list", "--year", "2025", "--json")
    assert said.code == 0
    february = json.loads(said.out)[1]
    assert february == {
        "month": "2025-02",
        "state": "submitted",
        "nil": True,
        "sessions_complete": True,
        "engagements_complete": False,
        "comment": "",
        "on_hub": False,
        "set_aside": None,
        "timeliness": "late",
        "due": "2025-03-15T12:00:00.000000Z",  # the end of 15 March in Suva (UTC+12)
        "entry_closed": None,
        "next": "approve",
    }
    # Waiting for the hub's answer, not refused by it: nothing to discard yet.
    said = run("returns", "discard", "2025-02")
    assert said.code == 1 and "sync first" in said.err
    said = run("returns", "discard", "2025-04")
    assert said.code == 1 and "nothing of this month waits" in said.err
