"""Monthly returns on the hub itself (SQLite and PostgreSQL): transitions by role and country
on push and pull, a resent transition counted once, and `bluepacific-hub returns grid`."""

from __future__ import annotations

import dataclasses
import json
import uuid

import pytest
from sqlalchemy import func, select

from bluepacific_hub.models import ReturnEvent
from bluepacific_hub.returns import return_id
from bluepacific_hub.settings import HubSettings
from bluepacific_wire.constants import RecordKind
from bluepacific_wire.ids import natural_id
from tests.support.hubserver import RunningHub, Tls, change, running_hub
from tests.support.hubserver import run_hub_cli as _run
from tests.support.returns import KIND, push_return, return_fields

_fields = return_fields
_push = push_return


def _events(running: RunningHub) -> int:
    with running.hub.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(ReturnEvent)) or 0)


def test_transitions_by_role_and_country_on_push_and_pull(running: RunningHub) -> None:
    fiji = running.device("fj-fp", "FJ")
    fiji_approver = running.device("fj-na", "FJ", "national_approver")
    tonga = running.device("to-fp", "TO")
    admin = running.device("ra", "FJ", "regional_admin")

    submitted = _fields("2025-03", "submitted", "draft", "submit")
    result = _push(fiji, "FJ", submitted)
    assert result["status"] == "applied"
    record = result["server_record"]["fields"]
    assert record["steps"] == [] and record["from_state"] == "submitted"
    assert json.loads(record["history"][0])["user"] == "fj-fp"
    tonga_march = _fields("2025-03", "submitted", "draft", "submit", time_zone="Pacific/Tongatapu")
    assert _push(tonga, "TO", tonga_march)["status"] == "applied"

    # A focal point cannot approve; an approver of Fiji cannot approve Tonga (as either).
    approve = _fields("2025-03", "approved", "submitted", "approve")
    refused = _push(fiji, "FJ", approve)
    assert refused["status"] == "refused" and "only the national approver" in refused["reason"]
    for country in ("TO", "FJ"):
        c = change(country, approve, kind=KIND, record_id=return_id("TO", "2025-03"))
        (other,) = fiji_approver.push(c)["results"]
        assert other["status"] == "refused", country
    assert _push(fiji_approver, "FJ", approve)["status"] == "applied"
    # Tonga's month is not Fiji's to see; the regional team sees both.
    fiji_sees = {r["record_id"] for r in fiji_approver.pull_all() if r["kind"] == KIND}
    assert fiji_sees == {return_id("FJ", "2025-03")}
    admin_sees = {r["record_id"] for r in admin.pull_all() if r["kind"] == KIND}
    assert admin_sees == {return_id("FJ", "2025-03"), return_id("TO", "2025-03")}

    # Tonga skips national approval only once a regional admin says so.
    accept = _fields("2025-03", "accepted", "submitted", "accept", time_zone="Pacific/Tongatapu")
    assert _push(admin, "TO", accept)["status"] == "refused"


def test_a_resent_transition_is_applied_once(running: RunningHub) -> None:
    fiji = running.device("fj-fp", "FJ")
    c = change("FJ", _fields("2025-02", "submitted", "draft", "nil", nil=True), kind=KIND,
               record_id=return_id("FJ", "2025-02"))  # fmt: skip
    assert fiji.push(c)["results"][0]["status"] == "applied"
    again = fiji.push(c)["results"][0]
    assert again["status"] == "duplicate"
    assert again["server_record"]["fields"]["steps"] == []  # the lost answer, given again
    assert _events(running) == 1
    # A change of state without its step, and a deletion, are refused.
    bare = _fields("2025-02", "draft", "submitted")
    assert _push(fiji, "FJ", bare)["status"] == "refused"
    deleting = _push(fiji, "FJ", _fields("2025-02", "submitted", "submitted"), op="delete")
    assert deleting["status"] == "refused" and "never deleted" in deleting["reason"]


def test_the_grid_and_skipping_approval(
    running: RunningHub, capsys: pytest.CaptureFixture[str]
) -> None:
    fiji = running.device("fj-fp", "FJ")
    tonga_fp = running.device("to-fp", "TO")
    admin = running.device("ra", "TO", "regional_admin")
    _push(fiji, "FJ", _fields("2025-03", "submitted", "draft", "nil", nil=True))
    tonga = {"time_zone": "Pacific/Tongatapu"}
    _push(tonga_fp, "TO", _fields("2025-01", "submitted", "draft", "submit", **tonga))
    accept = _fields("2025-01", "accepted", "submitted", "accept", **tonga)
    refused = _push(admin, "TO", accept)
    assert "approved by its national approver before" in refused["reason"]

    db = ("--database", running.database_url)
    code, out, _ = _run(capsys, "returns", "skip-approval", "to", "on", *db)
    assert code == 0 and "the months of TO are now accepted by the regional team" in out
    assert _push(admin, "TO", accept)["status"] == "applied"

    code, out, _ = _run(capsys, "returns", "grid", "--year", "2025", *db)
    assert code == 0
    lines = [line.split("\t") for line in out.splitlines()]
    assert lines[0] == ["country", *(f"{m:02d}" for m in range(1, 13))]
    rows = {r[0]: r[1:] for r in lines[1:]}
    assert len(rows) == 11
    assert rows["FJ"][2] == "nil/submitted" and rows["FJ"].count("-") == 11
    assert rows["TO"][0] == "accepted"
    assert all(cell == "-" for c in ("WS", "KI", "VU") for cell in rows[c])
    code, out, _ = _run(capsys, "returns", "grid", "--year", "2024", "--json", *db)
    assert code == 0 and json.loads(out)["FJ"] == ["-"] * 12
    code, _, err = _run(capsys, "returns", "skip-approval", "AU", "on", *db)
    assert code == 1 and "not one of the project's countries" in err


def test_completeness_of_each_countrys_year(
    running: RunningHub, capsys: pytest.CaptureFixture[str]
) -> None:
    fiji = running.device("fj-fp", "FJ")
    # Submitted on 1 April 2025 by the device's clock (the step's time): on time for March.
    _push(fiji, "FJ", _fields("2025-03", "submitted", "draft", "nil", nil=True))
    db = ("--database", running.database_url)
    code, out, _ = _run(capsys, "returns", "completeness", "--year", "2025", *db)
    assert code == 0
    lines = [line.split("\t") for line in out.splitlines()]
    assert lines[0][:3] == ["country", "expected", "received"]
    rows = {r[0]: list(map(int, r[1:])) for r in lines[1:]}
    # Today (December 2026 or later) every month of 2025 is over and past its deadline.
    assert rows["FJ"] == [12, 1, 1, 0, 11, 1, 0]
    assert rows["TO"] == [12, 0, 0, 0, 12, 0, 0]
    code, _, err = _run(capsys, "returns", "completeness", "--year", "2025", "--due-days", "0", *db)
    assert code == 1 and "--due-days" in err


def test_an_entry_period_closes_by_itself_unless_excepted(
    settings: HubSettings, tls: Tls, capsys: pytest.CaptureFixture[str]
) -> None:
    closing = dataclasses.replace(settings, return_entry_closes_days=30)
    with running_hub(closing, tls) as running:
        fiji = running.device("fj-fp", "FJ")
        figures = {"capability_code": "SLTD", "searches": 4, "hits": 1}
        # January 2025 was due on 15 February and closed 30 days later: long past.
        january = {**figures, "period": "2025-01"}
        rid = natural_id(RecordKind.CAPABILITY_REPORT, "FJ", january)
        old = change("FJ", january, kind="capability_report", record_id=rid)
        (refused,) = fiji.push(old)["results"]
        assert refused["status"] == "refused"
        assert refused["reason"].startswith("entry period closed: the 2025-01 figures of FJ")
        assert "until 2025-03-17 12:00 UTC" in refused["reason"]  # Suva's midnight, UTC+12

        db = ("--database", running.database_url)
        code, out, _ = _run(capsys, "returns", "exception", "FJ", "--until", "2099-01-31", *db)
        assert code == 0 and "stay open for entry until the end of 2099-01-31" in out
        (applied,) = fiji.push({**old, "change_id": str(uuid.uuid4())})["results"]
        assert applied["status"] == "applied"
        assert _run(capsys, "returns", "exception", "FJ", "--end", *db)[0] == 0
        again = {**old, "change_id": str(uuid.uuid4()), "fields": {**old["fields"], "hits": 2}}
        assert fiji.push(again)["results"][0]["status"] == "refused"
        code, _, err = _run(capsys, "returns", "exception", "FJ", "--until", "soon", *db)
        assert code == 1 and "YYYY-MM-DD" in err


def test_entry_periods_stay_open_by_default(running: RunningHub) -> None:
    fiji = running.device("fj-fp", "FJ")
    fields = {"capability_code": "SLTD", "period": "2024-01", "searches": 4, "hits": 1}
    rid = natural_id(RecordKind.CAPABILITY_REPORT, "FJ", fields)
    c = change("FJ", fields, kind="capability_report", record_id=rid)
    assert fiji.push(c)["results"][0]["status"] == "applied"
