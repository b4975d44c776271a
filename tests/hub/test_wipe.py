"""Marking a lost laptop for wiping, against the real hub over HTTPS (SQLite and PostgreSQL):
from the command line and the console (regional admins only, CSRF, audited); the device's next
call with its own token is answered 401 wipe_requested, the hub notes when, and every other
refusal says its reason beside the "unauthorized" that older desktops read."""

from __future__ import annotations

import re
import uuid

import pytest
import requests

from bluepacific_hub import audit
from bluepacific_hub.audit import Action, AuditFilter
from bluepacific_hub.models import AuditEvent, Device
from tests.support.console import browser_session, console_url, csrf_of, signed_in
from tests.support.hubserver import Client, RunningHub
from tests.support.hubserver import run_hub_cli as _run


def _pull(client: Client) -> requests.Response:
    return client.running.session().get(
        client.running.url("/sync/pull"), headers=client.headers(), timeout=10
    )


def _events(running: RunningHub, action: Action) -> list[AuditEvent]:
    with running.hub.sessions() as session:
        return audit.list_events(session, AuditFilter(action=action))


def _device(running: RunningHub, name: str = "laptop") -> Device:
    with running.hub.sessions() as session:
        return session.query(Device).filter(Device.name == name).one()


def test_a_device_marked_from_the_command_line_is_told_to_wipe_at_its_next_call(
    running: RunningHub, capsys: pytest.CaptureFixture[str]
) -> None:
    laptop = running.device("sione", "TO")
    other = Client(running, running.login("sione", "office pc")["token"], "TO")
    assert _pull(laptop).status_code == 200
    device = _device(running)
    code, out, _ = _run(capsys, "device", "wipe", device.id, "--database", running.database_url)
    assert code == 0 and "will erase its data at its next sync" in out
    assert _device(running).wiped_at is None  # not told yet
    (asked,) = _events(running, Action.DEVICE_WIPE_REQUESTED)
    assert asked.subject == device.id and asked.details["via"] == "cli"

    told = _pull(laptop)
    assert told.status_code == 401
    assert told.json()["error"] == "wipe_requested" and told.json()["reason"] == "wipe"
    assert "regional team" in told.json()["message"]
    wiped_at = _device(running).wiped_at
    assert wiped_at is not None
    (delivered,) = _events(running, Action.DEVICE_WIPED)
    assert delivered.subject == device.id
    # Asked again (the answer may have been lost on the way): told again, the time kept.
    again = laptop.push_raw({"batch_id": str(uuid.uuid4()), "client_version": "0.1.0",
                             "device_time": "2026-12-04T20:00:00Z", "changes": []})  # fmt: skip
    assert again.status_code == 401 and again.json()["error"] == "wipe_requested"
    assert _device(running).wiped_at == wiped_at
    assert len(_events(running, Action.DEVICE_WIPED)) == 1
    assert _pull(other).status_code == 200  # the user's other laptop is not touched

    listing = [line.split("\t") for line in _run(
        capsys, "device", "list", "--database", running.database_url)[1].splitlines()]  # fmt: skip
    (row,) = [r for r in listing if r[0] == device.id]
    assert row[4] == "wiped" and row[-1].startswith("wiped on ")
    code, _, err = _run(capsys, "device", "wipe", str(uuid.uuid4()), "--database",
                        running.database_url)  # fmt: skip
    assert code != 0 and "no device" in err


def test_a_revoked_or_disabled_device_is_still_told_to_wipe(
    running: RunningHub, capsys: pytest.CaptureFixture[str]
) -> None:
    laptop = running.device("mere", "FJ")
    device = _device(running)
    db = ("--database", running.database_url)
    assert _run(capsys, "device", "revoke", device.id, *db)[0] == 0
    revoked = _pull(laptop).json()
    assert (revoked["error"], revoked["reason"]) == ("unauthorized", "revoked")
    assert _run(capsys, "user", "disable", "mere", *db)[0] == 0
    assert _run(capsys, "device", "wipe", device.id, *db)[0] == 0
    assert _pull(laptop).json()["error"] == "wipe_requested"


def test_refusals_say_why_beside_the_code_older_desktops_read(
    running: RunningHub, capsys: pytest.CaptureFixture[str]
) -> None:
    laptop = running.device("losa", "WS")
    assert _run(capsys, "user", "disable", "losa", "--database", running.database_url)[0] == 0
    disabled = _pull(laptop)
    assert disabled.status_code == 401
    assert disabled.json()["error"] == "unauthorized"
    assert disabled.json()["reason"] == "user_disabled"
    assert "account was disabled" in disabled.json()["message"]
    unknown = _pull(Client(running, "not-a-token", "WS"))
    assert unknown.json()["error"] == "unauthorized" and "reason" not in unknown.json()


def test_the_console_wipes_behind_a_confirmation_with_csrf_for_regional_admins_only(
    running: RunningHub,
) -> None:
    laptop = running.device("fj-fp", "FJ")
    device = _device(running)
    running.add_user("fj-na", "FJ", "national_approver")
    s = browser_session(running)
    token = csrf_of(signed_in(s, running, "fj-na"))
    for method in ("get", "post"):
        r = getattr(s, method)(console_url(running, f"/devices/{device.id}/wipe"),
                               data={"csrf": token}, allow_redirects=False, timeout=10)  # fmt: skip
        assert r.status_code == 404
    assert _pull(laptop).status_code == 200

    running.add_user("ra", "WS", "regional_admin")
    s = browser_session(running)
    token = csrf_of(signed_in(s, running, "ra"))
    page = s.get(console_url(running, "/devices"), timeout=10).text
    assert f'href="/console/devices/{device.id}/wipe"' in page
    confirm = s.get(console_url(running, f"/devices/{device.id}/wipe"), timeout=10)
    assert confirm.status_code == 200 and "Wipe this device" in confirm.text
    url = console_url(running, f"/devices/{device.id}/wipe")
    for bad in ({"no_csrf": "1"}, {"csrf": "forged"}):
        assert s.post(url, data=bad, allow_redirects=False, timeout=10).status_code == 403
    assert _device(running).wipe_requested_at is None
    done = s.post(url, data={"csrf": token}, allow_redirects=False, timeout=10)
    assert done.status_code == 303 and done.headers["location"] == "/console/devices"
    (event,) = _events(running, Action.DEVICE_WIPE_REQUESTED)
    assert (event.actor, event.details["via"]) == ("ra", "console")

    page = s.get(console_url(running, "/devices"), timeout=10).text
    row = re.search(rf'<tr data-device="{device.id}">(.*?)</tr>', page, re.S)
    assert row is not None and "Wipe requested" in row.group(1)
    assert f"/devices/{device.id}/wipe" not in row.group(1)
    assert _pull(laptop).json()["error"] == "wipe_requested"
    page = s.get(console_url(running, "/devices"), timeout=10).text
    row = re.search(rf'<tr data-device="{device.id}">(.*?)</tr>', page, re.S)
    assert row is not None and "wiped on " in row.group(1)
    confirm = s.get(console_url(running, f"/devices/{device.id}/wipe"), timeout=10)
    assert "was told to erase its data on" in confirm.text
