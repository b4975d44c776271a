"""The audit log against the real hub over HTTPS (SQLite and PostgreSQL): sign-ins right and
wrong with their address, user, role and device changes from the command line, monthly-return
transitions pushed by devices, figures exports, `audit list` with filters and as CSV
(formula-safe), and the purge past the retention (from the CLI and at hub start)."""

from __future__ import annotations

import csv
import dataclasses
import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import requests

from bluepacific_hub import accounts, audit
from bluepacific_hub.app import create_app
from bluepacific_hub.audit import Action, AuditFilter
from bluepacific_hub.models import AuditEvent, Device
from bluepacific_hub.returns import return_id
from bluepacific_hub.settings import HubSettings
from bluepacific_wire import utc_now
from bluepacific_wire.returns import ReturnAction, Step, encode_step
from tests.support.hubserver import PASSWORD, RunningHub, change
from tests.support.hubserver import run_hub_cli as _run


def _events(running: RunningHub, action: Action | None = None) -> list[AuditEvent]:
    with running.hub.sessions() as session:
        return list(reversed(audit.list_events(session, AuditFilter(action=action))))


def _login(running: RunningHub, username: str, password: str) -> requests.Response:
    body = {"username": username, "password": password, "device_name": "laptop"}
    return running.session().post(running.url("/auth/login"), json=body, timeout=10)


def _cli(capsys: pytest.CaptureFixture[str], running: RunningHub, *argv: str) -> str:
    code, out, err = _run(capsys, *argv, "--database", running.database_url)
    assert code == 0, err
    return out


def test_sign_ins_are_logged_with_their_address(running: RunningHub) -> None:
    running.add_user("mele", "TO")
    assert _login(running, "mele", "a wrong guess").status_code == 401
    # Someone types their password into the username field: refused, and not kept.
    assert _login(running, "Secret-Passphrase-9", PASSWORD).status_code == 401
    assert _login(running, "mele", PASSWORD).status_code == 200

    wrong, unknown = _events(running, Action.LOGIN_FAILED)
    assert (wrong.subject, wrong.country, wrong.actor) == ("mele", "TO", None)
    assert wrong.address == "127.0.0.1"
    assert wrong.details == {"via": "api", "reason": "wrong password"}
    assert (unknown.subject, unknown.country, unknown.address) == ("", None, "127.0.0.1")
    assert unknown.details["reason"] == "unknown user"
    with running.hub.sessions() as session:
        everything = json.dumps(
            [audit.events_table(audit.list_events(session)).rows], default=str
        ).lower()
    assert "secret-passphrase" not in everything

    (ok,) = _events(running, Action.LOGIN_OK)
    assert (ok.actor, ok.actor_country, ok.subject, ok.address) == (
        "mele",
        "TO",
        "mele",
        "127.0.0.1",
    )
    with running.hub.sessions() as session:
        device = session.query(Device).one()
    assert ok.details["device_id"] == device.id and ok.details["client_version"] == "0.1.0"


def test_a_disabled_users_sign_in_is_logged_as_such(running: RunningHub) -> None:
    running.add_user("sione", "TO")
    with running.hub.sessions() as session, session.begin():
        accounts.set_active(session, "sione", False, by=audit.HUB)
    assert _login(running, "sione", PASSWORD).status_code == 401
    (failed,) = _events(running, Action.LOGIN_FAILED)
    assert failed.details["reason"] == "user disabled"


def test_user_changes_from_the_cli_are_logged(
    running: RunningHub, capsys: pytest.CaptureFixture[str]
) -> None:
    _run(capsys, "user", "add", "--username", "Ana", "--country", "FJ", "--role", "focal_point",
         "--database", running.database_url, stdin=PASSWORD + "\n")  # fmt: skip
    running.login("ana", "laptop one")
    running.login("ana", "laptop two")
    _cli(capsys, running, "user", "set-role", "ana", "national_approver")
    _cli(capsys, running, "user", "disable", "ana")
    _cli(capsys, running, "user", "disable", "ana")  # already disabled: nothing happened
    _cli(capsys, running, "user", "enable", "ana")
    _run(capsys, "user", "reset-password", "ana", "--database", running.database_url,
         stdin="a brand new passphrase\n")  # fmt: skip

    actions = [e.action for e in _events(running) if e.action != Action.LOGIN_OK]
    assert actions == [
        "user_added",
        "device_revoked",
        "device_revoked",
        "role_changed",
        "user_disabled",
        "user_enabled",
        "password_reset",  # the devices were revoked by the role change: none left to revoke
    ]
    (role,) = _events(running, Action.ROLE_CHANGED)
    assert (role.subject, role.country, role.actor) == ("ana", "FJ", None)
    assert role.details["from"] == "focal_point" and role.details["to"] == "national_approver"
    assert role.details["devices_revoked"] == 2 and role.details["via"] == "cli"
    assert role.details["os_user"]  # who ran the command on the hub's machine
    revoked = _events(running, Action.DEVICE_REVOKED)
    assert {e.details["device_name"] for e in revoked} == {"laptop one", "laptop two"}
    assert {e.details["because"] for e in revoked} == {"role changed"}


def test_a_device_revocation_is_logged(
    running: RunningHub, capsys: pytest.CaptureFixture[str]
) -> None:
    running.device("losa", "WS")
    with running.hub.sessions() as session:
        device = session.query(Device).one()
    _cli(capsys, running, "device", "revoke", device.id)
    _cli(capsys, running, "device", "revoke", device.id)  # a second time changes nothing
    (event,) = _events(running, Action.DEVICE_REVOKED)
    assert (event.subject, event.country) == (device.id, "WS")
    assert event.details["username"] == "losa" and event.details["because"] == "revoked"


def _return(period: str, state: str, from_state: str, action: str, comment: str = "") -> dict:
    step = encode_step(Step(ReturnAction(action), comment, "2025-04-01T00:00:00Z"))
    return {
        "period": period, "state": state, "from_state": from_state, "steps": [step],
        "nil": False, "comment": "", "explanations": [], "sessions_complete": False,
        "engagements_complete": False, "time_zone": "Pacific/Fiji", "history": [],
    }  # fmt: skip


def test_return_transitions_are_logged(running: RunningHub) -> None:
    fiji = running.device("fj-fp", "FJ")
    admin = running.device("ra", "WS", "regional_admin")
    rid = return_id("FJ", "2025-03")

    def push(client: Any, fields: dict) -> None:
        c = change("FJ", fields, kind="monthly_return", record_id=rid)
        assert client.push(c)["results"][0]["status"] == "applied"

    push(fiji, _return("2025-03", "submitted", "draft", "submit"))
    push(admin, _return("2025-03", "draft", "submitted", "send_back", "the hits are missing"))
    submit, back = [e for e in _events(running) if e.action.startswith("return_")]
    assert (submit.action, submit.actor, submit.actor_country) == ("return_submit", "fj-fp", "FJ")
    assert (submit.subject, submit.country) == ("FJ 2025-03", "FJ")
    assert (back.action, back.actor, back.actor_country) == ("return_send_back", "ra", "WS")
    assert back.details["comment"] == "the hits are missing"
    assert (back.details["from"], back.details["to"]) == ("submitted", "draft")
    # A refused transition (a focal point cannot accept) leaves no event.
    c = change("FJ", _return("2025-03", "accepted", "draft", "accept"), kind="monthly_return",
               record_id=rid)  # fmt: skip
    assert fiji.push(c)["results"][0]["status"] == "refused"
    assert len([e for e in _events(running) if e.action.startswith("return_")]) == 2


def test_figures_exports_are_logged(
    running: RunningHub, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = _cli(capsys, running, "figures", "training", "--year", "2025",
               "--country", "FJ", "--xlsx", str(tmp_path / "fiji.xlsx"))  # fmt: skip
    assert "wrote" in out
    _cli(capsys, running, "figures", "training", "--year", "2025")  # printed: not an export
    (event,) = _events(running, Action.FIGURES_EXPORTED)
    assert (event.subject, event.country) == ("fiji.xlsx", "FJ")
    assert event.details["table"] == "training" and event.details["format"] == "xlsx"


def test_audit_list_filters_and_a_formula_safe_csv(
    running: RunningHub, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    running.device("mele", "TO")
    running.add_user("kalo", "FJ")
    _login(running, "kalo", "a wrong guess")
    with running.hub.sessions() as session, session.begin():
        device = session.query(Device).one()
        device.name = '=HYPERLINK("http://x")'
    _cli(capsys, running, "device", "revoke", device.id)

    lines = _cli(capsys, running, "audit", "list", "--country", "TO").splitlines()
    assert [line.split("\t")[3] for line in lines] == [
        "device_revoked", "login_ok", "user_added",
    ]  # fmt: skip
    failed = _cli(capsys, running, "audit", "list", "--action", "login_failed").splitlines()
    assert len(failed) == 1 and failed[0].split("\t")[4:7] == ["kalo", "FJ", "127.0.0.1"]
    assert (
        _cli(capsys, running, "audit", "list", "--user", "mele").splitlines()[0].split("\t")[3]
        == "login_ok"
    )
    tomorrow = (utc_now() + timedelta(days=1)).date().isoformat()
    assert _cli(capsys, running, "audit", "list", "--since", tomorrow) == ""
    today = utc_now().date().isoformat()
    assert len(_cli(capsys, running, "audit", "list", "--until", today).splitlines()) == 5

    path = tmp_path / "audit.csv"
    assert "wrote 1 audit event(s)" in _cli(
        capsys, running, "audit", "list", "--action", "device_revoked", "--csv", str(path)
    )
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a spreadsheet opens it as UTF-8
    header, row = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    assert header == list(audit.HEADERS)
    details = json.loads(row[7])
    assert details["device_name"] == '=HYPERLINK("http://x")'  # inside JSON: inert
    assert row[4] == device.id
    # The export itself is logged; a subject that would start a formula is neutralised.
    (export,) = _events(running, Action.AUDIT_EXPORTED)
    assert export.details["events"] == 1 and export.details["filters"] == {
        "action": "device_revoked"
    }
    with running.hub.sessions() as session, session.begin():
        audit.record(session, Action.FIGURES_EXPORTED, "=cmd|' /C calc'!A0", by=audit.HUB)
    _cli(capsys, running, "audit", "list", "--action", "figures_exported", "--csv", str(path))
    _, row = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    assert row[4] == "'=cmd|' /C calc'!A0"


def test_bad_filters_are_one_line(running: RunningHub, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "audit", "list", "--since", "last week",
                        "--database", running.database_url)  # fmt: skip
    assert code == 1 and "YYYY-MM-DD" in err
    code, _, err = _run(capsys, "audit", "purge", "--days", "0",
                        "--database", running.database_url)  # fmt: skip
    assert code == 1 and "one day or more" in err


def _aged(running: RunningHub, **ages: int) -> None:
    """Events named by their subject, `ages` days old."""
    with running.hub.sessions() as session, session.begin():
        for subject, days in ages.items():
            at = utc_now() - timedelta(days=days)
            audit.record(session, Action.USER_ADDED, subject, by=audit.HUB, at=at)


def test_purge_removes_only_the_events_past_the_retention(
    running: RunningHub, capsys: pytest.CaptureFixture[str]
) -> None:
    _aged(running, ancient=2000, old=731, recent=729, today=0)
    out = _cli(capsys, running, "audit", "purge")
    assert out == "deleted 2 audit event(s) older than 730 days\n"
    remaining = _events(running)
    assert [e.subject for e in remaining if e.action == "user_added"] == ["recent", "today"]
    (purged,) = [e for e in remaining if e.action == "audit_purged"]
    assert purged.details["events"] == 2 and purged.details["via"] == "cli"
    assert (
        _cli(capsys, running, "audit", "purge") == "deleted 0 audit event(s) older than 730 days\n"
    )
    assert len(_events(running, Action.AUDIT_PURGED)) == 1  # nothing deleted, nothing logged
    out = _cli(capsys, running, "audit", "purge", "--days", "100")
    assert out.startswith("deleted 1 ")


def test_the_hub_purges_at_start(running: RunningHub, settings: HubSettings) -> None:
    _aged(running, old=40, recent=20)
    short = dataclasses.replace(settings, audit_retention_days=30)
    app = create_app(short)
    try:
        with app.state.hub.sessions() as session:
            subjects = [e.subject for e in audit.list_events(session)]
    finally:
        app.state.hub.engine.dispose()
    assert "old" not in subjects and "recent" in subjects
    assert subjects[0].startswith("events before")  # the purge, logged by the hub itself


def test_return_settings_from_the_cli_are_logged(
    running: RunningHub, capsys: pytest.CaptureFixture[str]
) -> None:
    _cli(capsys, running, "returns", "skip-approval", "ki", "on")
    _cli(capsys, running, "returns", "exception", "KI", "--until", "2026-12-31")
    _cli(capsys, running, "returns", "exception", "KI", "--end")
    events = _events(running, Action.RETURN_SETTING_CHANGED)
    assert [(e.subject, e.country) for e in events] == [("KI", "KI")] * 3
    assert [
        {k: v for k, v in e.details.items() if k not in ("via", "os_user")} for e in events
    ] == [
        {"skip_national_approval": True},
        {"entry_open_until": "2027-01-01T00:00:00.000000Z"},
        {"entry_open_until": None},
    ]


def test_a_download_of_the_log_is_a_csv_file_and_is_logged(running: RunningHub) -> None:
    running.device("mele", "TO")
    admin = audit.Actor("ra", "WS", audit.Via.CONSOLE, address="10.0.0.7")
    with running.hub.sessions() as session, session.begin():
        data, count = audit.export_csv_bytes(session, AuditFilter(country="TO"), admin, limit=1)
    assert count == 1 and data.startswith(b"\xef\xbb\xbf")
    _, row = list(csv.reader(data.decode("utf-8-sig").splitlines()))
    assert row[3] == "login_ok"
    (export,) = _events(running, Action.AUDIT_EXPORTED)
    assert (export.actor, export.actor_country, export.address) == ("ra", "WS", "10.0.0.7")
    assert export.details["via"] == "console" and export.country == "TO"
