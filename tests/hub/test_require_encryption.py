"""The require-encryption policy against the real hub over HTTPS (SQLite and PostgreSQL): set
from the command line or the console (CSRF, regional admins, audited); each device's word on
its store (a header at login and sync) is kept and listed; a device that has not encrypted is
told so in the answers to its sign-in, pushes and pulls while the policy is on."""

from __future__ import annotations

import re
import uuid

import pytest
import requests

from bluepacific_hub import audit
from bluepacific_hub.audit import Action, AuditFilter
from bluepacific_hub.models import AuditEvent, Device
from bluepacific_wire import ENCRYPTION_REQUIRED_HEADER, STORE_ENCRYPTED_HEADER
from tests.support.console import browser_session, console_url, csrf_of, signed_in
from tests.support.hubserver import PASSWORD, RunningHub
from tests.support.hubserver import run_hub_cli as _run


def _login(running: RunningHub, username: str, encrypted: str | None) -> requests.Response:
    headers = {STORE_ENCRYPTED_HEADER: encrypted} if encrypted else {}
    body = {"username": username, "password": PASSWORD, "device_name": "laptop"}
    return running.session().post(
        running.url("/auth/login"), json=body, headers=headers, timeout=10
    )


def _pull(running: RunningHub, token: str, encrypted: str | None) -> requests.Response:
    headers = {"Authorization": f"Bearer {token}"}
    if encrypted:
        headers[STORE_ENCRYPTED_HEADER] = encrypted
    return running.session().get(running.url("/sync/pull"), headers=headers, timeout=10)


def _encrypted(running: RunningHub) -> bool | None:
    with running.hub.sessions() as session:
        return session.query(Device).one().store_encrypted


def test_the_policy_from_the_command_line_tells_a_plain_store_at_login_and_sync(
    running: RunningHub, capsys: pytest.CaptureFixture[str]
) -> None:
    running.add_user("sefo", "WS")
    db = ("--database", running.database_url)
    assert _run(capsys, "settings", "show", *db)[1] == "require-encryption\toff\n"
    first = _login(running, "sefo", "no")
    assert first.status_code == 200 and ENCRYPTION_REQUIRED_HEADER not in first.headers
    token = first.json()["token"]
    assert _encrypted(running) is False

    code, out, _ = _run(capsys, "settings", "set", "require-encryption", "on", *db)
    assert code == 0 and out == "require-encryption is on\n"
    (event,) = _events(running)
    assert event.subject == "require-encryption" and event.details["value"] == "on"
    told = _pull(running, token, "no")
    assert told.status_code == 200 and told.headers[ENCRYPTION_REQUIRED_HEADER] == "yes"
    push = running.session().post(
        running.url("/sync/push"),
        json={"batch_id": str(uuid.uuid4()), "client_version": "0.1.0",
              "device_time": "2026-12-04T20:00:00Z", "changes": []},
        headers={"Authorization": f"Bearer {token}", STORE_ENCRYPTED_HEADER: "no"},
        timeout=10,
    )  # fmt: skip
    assert push.status_code == 200 and push.headers[ENCRYPTION_REQUIRED_HEADER] == "yes"
    assert _login(running, "sefo", "no").headers[ENCRYPTION_REQUIRED_HEADER] == "yes"
    # An older desktop, which says nothing: told too (nothing shows its store is encrypted).
    assert _pull(running, token, None).headers[ENCRYPTION_REQUIRED_HEADER] == "yes"

    done = _pull(running, token, "yes")  # encrypted at its next start
    assert done.status_code == 200 and ENCRYPTION_REQUIRED_HEADER not in done.headers
    with running.hub.sessions() as session:
        first_device = session.get(Device, _device_id(running, token))
        assert first_device is not None and first_device.store_encrypted is True
    assert ENCRYPTION_REQUIRED_HEADER not in _pull(running, token, None).headers
    assert ENCRYPTION_REQUIRED_HEADER not in _login(running, "sefo", "yes").headers
    # A refused token is told nothing about the policy.
    assert ENCRYPTION_REQUIRED_HEADER not in _pull(running, "made-up", "no").headers


def _device_id(running: RunningHub, token: str) -> str:
    from bluepacific_hub.credentials import token_digest

    with running.hub.sessions() as session:
        return session.query(Device).filter(Device.token_hash == token_digest(token)).one().id


def _events(running: RunningHub) -> list[AuditEvent]:
    with running.hub.sessions() as session:
        return audit.list_events(session, AuditFilter(action=Action.POLICY_CHANGED))


def test_the_console_lists_encryption_and_toggles_the_policy(running: RunningHub) -> None:
    running.add_user("fj-fp", "FJ")
    _login(running, "fj-fp", "no")
    running.add_user("fj-na", "FJ", "national_approver")
    s = browser_session(running)
    token = csrf_of(signed_in(s, running, "fj-na"))
    url = console_url(running, "/devices/require-encryption")
    refused = s.post(url, data={"csrf": token, "value": "on"}, allow_redirects=False, timeout=10)
    assert refused.status_code == 404 and _events(running) == []

    running.add_user("ra", "WS", "regional_admin")
    s = browser_session(running)
    token = csrf_of(signed_in(s, running, "ra"))
    page = s.get(console_url(running, "/devices"), timeout=10).text
    row = re.search(r'<tr data-device="[^"]+">(.*?)</tr>', page, re.S)
    assert row is not None and '<td class="encrypted">no' in row.group(1)
    assert "Encryption is not required. Active devices not encrypted: 1." in page
    for bad in ({"value": "on"}, {"csrf": "forged", "value": "on"}):
        assert s.post(url, data=bad, allow_redirects=False, timeout=10).status_code == 403
    assert _events(running) == []
    done = s.post(url, data={"csrf": token, "value": "on"}, allow_redirects=False, timeout=10)
    assert done.status_code == 303
    (event,) = _events(running)
    assert (event.actor, event.details["via"], event.details["value"]) == ("ra", "console", "on")
    page = s.get(console_url(running, "/devices"), timeout=10).text
    assert "Encryption is required" in page and "Must encrypt" in page
    assert "Stop requiring encryption" in page
    bad_value = s.post(url, data={"csrf": token, "value": "maybe"}, allow_redirects=False,
                       timeout=10)  # fmt: skip
    assert bad_value.status_code == 400
    off = s.post(url, data={"csrf": token, "value": "off"}, allow_redirects=False, timeout=10)
    assert off.status_code == 303 and len(_events(running)) == 2
