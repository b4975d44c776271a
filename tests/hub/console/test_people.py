"""The devices and users pages against the real hub over HTTPS (SQLite and PostgreSQL): only
a regional admin reaches them (others get 404), a post without the CSRF token changes
nothing, a revoked or disabled user's device is refused (401) at its next sync, and every
change is logged with the admin as the actor, via the console; Chromium screenshots."""

from __future__ import annotations

import re
import uuid
from datetime import timedelta
from pathlib import Path

import requests
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver

from bluepacific_hub import audit
from bluepacific_hub.accounts import MAX_SKEW_S, find_user
from bluepacific_hub.audit import Action, AuditFilter
from bluepacific_hub.models import AuditEvent, Device
from bluepacific_wire import format_time, utc_now
from tests.support.console import (
    browser_session,
    browser_sign_in,
    console_url,
    csrf_of,
    signed_in,
)
from tests.support.hubserver import Client, RunningHub

_PASSWORD = re.compile(r'<code class="password">([^<]+)</code>')


def _events(running: RunningHub, action: Action) -> list[AuditEvent]:
    with running.hub.sessions() as session:
        return audit.list_events(session, AuditFilter(action=action))


def _admin(running: RunningHub) -> tuple[requests.Session, str]:
    running.add_user("ra", "WS", "regional_admin")
    s = browser_session(running)
    return s, csrf_of(signed_in(s, running, "ra"))


def _pull_status(client: Client) -> int:
    r = client.running.session().get(
        client.running.url("/sync/pull"), headers=client.headers(), timeout=10
    )
    return r.status_code


def _post(s: requests.Session, running: RunningHub, path: str, **data: str) -> requests.Response:
    return s.post(console_url(running, path), data=data, allow_redirects=False, timeout=30)


def test_only_a_regional_admin_reaches_devices_and_users(running: RunningHub) -> None:
    running.add_user("fj-fp", "FJ")
    running.add_user("fj-na", "FJ", "national_approver")
    target = running.device("to-fp", "TO")
    with running.hub.sessions() as session:
        (device_id,) = [d.id for d in session.query(Device)]
    for name in ("fj-fp", "fj-na"):
        s = browser_session(running)
        home = signed_in(s, running, name)
        assert 'href="/console/devices"' not in home and 'href="/console/users"' not in home
        token = csrf_of(home)
        for path in ("/devices", "/users", f"/devices/{device_id}/revoke"):
            r = s.get(console_url(running, path), allow_redirects=False, timeout=10)
            assert r.status_code == 404 and "Nothing here" in r.text, (name, path)
            assert "to-fp" not in r.text
        posts = [
            (f"/devices/{device_id}/revoke", {}),
            ("/users/active", {"username": "to-fp", "active": "0"}),
            ("/users/role", {"username": "to-fp", "role": "regional_admin"}),
            ("/users/password", {"username": "to-fp"}),
            ("/users/add", {"username": "mine", "country": "FJ", "role": "regional_admin"}),
        ]
        for path, data in posts:
            r = _post(s, running, path, csrf=token, **data)
            assert r.status_code == 404, (name, path)
    assert _pull_status(target) == 200
    with running.hub.sessions() as session:
        user = find_user(session, "to-fp")
        assert user.active and user.role == "focal_point"
    assert _events(running, Action.DEVICE_REVOKED) == []
    assert _events(running, Action.USER_ADDED)[-1].subject != "mine"


def test_the_devices_page_and_a_revoked_device_gets_401(running: RunningHub) -> None:
    s, token = _admin(running)
    laptop = running.device("fj-fp", "FJ")
    other = Client(running, running.login("fj-fp", "second laptop")["token"], "FJ")
    ahead = {
        "batch_id": str(uuid.uuid4()),
        "client_version": "0.1.0",
        "device_time": format_time(utc_now() + timedelta(minutes=10)),
        "changes": [],
    }
    assert laptop.push_raw(ahead).status_code == 200
    page = s.get(console_url(running, "/devices"), timeout=10)
    assert page.status_code == 200
    with running.hub.sessions() as session:
        first = session.query(Device).filter(Device.name == "laptop").one()
        assert first.clock_skew_s is not None and 595 <= first.clock_skew_s <= 600
    row = re.search(rf'<tr data-device="{first.id}">(.*?)</tr>', page.text, re.S)
    assert row is not None
    assert "fj-fp" in row.group(1) and "Fiji" in row.group(1) and "0.1.0" in row.group(1)
    assert "+10 min" in row.group(1) and "Clock off" in row.group(1)
    assert "Not synced for" not in row.group(1)
    # Marked when not used for the days asked: one device last seen long ago.
    with running.hub.sessions() as session, session.begin():
        old = session.query(Device).filter(Device.name == "second laptop").one()
        old.last_seen_at = utc_now() - timedelta(days=40)
    idle = s.get(console_url(running, "/devices?idle_days=30&only_idle=1"), timeout=10)
    assert 'data-device="' + old.id + '"' in idle.text
    assert 'data-device="' + first.id + '"' not in idle.text
    assert "Not synced for 30 days" in idle.text

    confirm = s.get(console_url(running, f"/devices/{first.id}/revoke"), timeout=10)
    assert confirm.status_code == 200 and "Revoke this device" in confirm.text
    # Without the CSRF token, or with a wrong one: nothing changes.
    for bad in ({"no_csrf": "1"}, {"csrf": "forged"}):
        r = _post(s, running, f"/devices/{first.id}/revoke", **bad)
        assert r.status_code == 403
    assert _pull_status(laptop) == 200
    r = _post(s, running, f"/devices/{first.id}/revoke", csrf=token)
    assert r.status_code == 303 and r.headers["location"] == "/console/devices"
    assert _pull_status(laptop) == 401
    assert laptop.push_raw({**ahead, "batch_id": str(uuid.uuid4())}).status_code == 401
    assert _pull_status(other) == 200  # the user's other laptop still syncs
    (event,) = _events(running, Action.DEVICE_REVOKED)
    assert (event.actor, event.subject, event.details["via"]) == ("ra", first.id, "console")
    assert event.address == "127.0.0.1"
    unknown = s.get(console_url(running, f"/devices/{uuid.uuid4()}/revoke"), timeout=10)
    assert unknown.status_code == 404


def test_users_added_disabled_given_a_role_and_a_new_password(running: RunningHub) -> None:
    s, token = _admin(running)
    laptop = running.device("fj-fp", "FJ")
    # Added with a temporary password, shown once, that signs in.
    r = _post(
        s, running, "/users/add", csrf=token, username="vu-fp", country="VU", role="focal_point"
    )
    assert r.status_code == 200 and "vu-fp was added" in r.text
    found = _PASSWORD.search(r.text)
    assert found is not None
    temporary = found.group(1)
    body = {"username": "vu-fp", "password": temporary, "device_name": "new"}
    assert running.session().post(running.url("/auth/login"), json=body).status_code == 200
    assert temporary not in s.get(console_url(running, "/users"), timeout=10).text
    taken = _post(
        s, running, "/users/add", csrf=token, username="vu-fp", country="VU", role="focal_point"
    )
    assert taken.status_code == 409 and "already exists" in taken.text

    # Without the CSRF token: refused, nothing changed.
    assert _post(s, running, "/users/active", username="fj-fp", active="0").status_code == 403
    assert _pull_status(laptop) == 200
    # Disabled: the laptop is refused at once; enabled again, it syncs.
    r = _post(s, running, "/users/active", csrf=token, username="fj-fp", active="0")
    assert r.status_code == 303
    assert _pull_status(laptop) == 401
    assert "Disabled" in s.get(console_url(running, "/users"), timeout=10).text
    assert (
        _post(s, running, "/users/active", csrf=token, username="fj-fp", active="1").status_code
        == 303
    )
    assert _pull_status(laptop) == 200

    # A new role: the laptop signs in again under it.
    r = _post(s, running, "/users/role", csrf=token, username="fj-fp", role="national_approver")
    assert r.status_code == 303 and _pull_status(laptop) == 401
    (changed,) = _events(running, Action.ROLE_CHANGED)
    assert changed.details["to"] == "national_approver" and changed.actor == "ra"

    # A password reset: the temporary password signs in, the old one no more.
    fresh = running.login("fj-fp")
    r = _post(s, running, "/users/password", csrf=token, username="fj-fp")
    assert r.status_code == 200 and "The password of fj-fp was reset" in r.text
    found = _PASSWORD.search(r.text)
    assert found is not None
    assert _pull_status(Client(running, fresh["token"], "FJ")) == 401
    body = {"username": "fj-fp", "password": found.group(1), "device_name": "again"}
    assert running.session().post(running.url("/auth/login"), json=body).status_code == 200

    # Not on oneself: an admin cannot lock the region out by a click.
    mine = _post(s, running, "/users/active", csrf=token, username="RA", active="0")
    assert mine.status_code == 409
    for action in (
        Action.USER_ADDED,
        Action.USER_DISABLED,
        Action.USER_ENABLED,
        Action.PASSWORD_RESET,
    ):
        events = [e for e in _events(running, action) if e.actor == "ra"]
        assert events and all(e.details["via"] == "console" for e in events), action
    with running.hub.sessions() as session:
        assert find_user(session, "ra").active


def test_chromium_shows_the_devices_and_users_pages(
    page: WebDriver, sqlite_hub: RunningHub, screenshots: Path
) -> None:
    sqlite_hub.add_user("ra", "WS", "regional_admin")
    for name, country in (("fj-fp", "FJ"), ("to-fp", "TO"), ("vu-na", "VU")):
        sqlite_hub.device(name, country, "national_approver" if name == "vu-na" else "focal_point")
    with sqlite_hub.hub.sessions() as session, session.begin():
        idle = session.query(Device).filter(Device.user_id == find_user(session, "to-fp").id).one()
        idle.last_seen_at = utc_now() - timedelta(days=20)
    browser_sign_in(page, sqlite_hub, "ra")
    page.get(console_url(sqlite_hub, "/devices"))
    assert page.find_element(By.TAG_NAME, "h1").text == "Devices"
    assert len(page.find_elements(By.CSS_SELECTOR, "tr[data-device]")) == 3
    assert len(page.find_elements(By.CSS_SELECTOR, ".tag.idle")) == 1
    page.save_screenshot(str(screenshots / "console-devices.png"))
    page.get(console_url(sqlite_hub, "/users"))
    assert page.find_element(By.TAG_NAME, "h1").text == "Users"
    assert len(page.find_elements(By.CSS_SELECTOR, "tr[data-user]")) == 4
    page.save_screenshot(str(screenshots / "console-users.png"))


def test_a_clock_centuries_off_is_kept_within_bounds(running: RunningHub) -> None:
    # Found by schemathesis on PostgreSQL: a device_time of 2269 overflowed the column.
    laptop = running.device("fj-fp", "FJ")
    body = {
        "batch_id": str(uuid.uuid4()),
        "client_version": "0.1.0",
        "device_time": "2269-01-01T00:00:00Z",
        "changes": [],
    }
    assert laptop.push_raw(body).status_code == 200
    with running.hub.sessions() as session:
        (device,) = session.query(Device).all()
        assert device.clock_skew_s == MAX_SKEW_S
