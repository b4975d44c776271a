"""The audit log's page against the real hub over HTTPS (SQLite and PostgreSQL): only a
regional admin reaches it, its filters pick the events asked for, its CSV export reads back
(and is itself logged); a Chromium screenshot."""

from __future__ import annotations

import csv
import io
import json
from datetime import timedelta
from pathlib import Path

import requests
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver

from bluepacific_hub import audit
from bluepacific_hub.audit import Action, Actor, AuditFilter, Via
from bluepacific_wire import utc_now
from tests.support.console import browser_session, browser_sign_in, console_url, signed_in
from tests.support.hubserver import RunningHub


def _seed(running: RunningHub) -> None:
    """Events of two countries, two actors, two days long apart."""
    old = utc_now() - timedelta(days=40)
    by = Actor("ra", "WS", Via.CONSOLE, address="10.0.0.9")
    with running.hub.sessions() as session, session.begin():
        audit.record(session, Action.DEVICE_REVOKED, "dev-old", by=by, country="TO", at=old)
        audit.record(session, Action.ROLE_CHANGED, "to-fp", by=by, country="TO")
        audit.record(
            session, Action.USER_DISABLED, "=cmd|' /C calc'!A0", by=by, country="FJ"
        )  # a formula, kept as text in the CSV
        audit.record(session, Action.USER_ADDED, "x", by=Actor(None, None, Via.CLI), country="VU")


def _rows(html: str) -> int:
    return html.count("<tr data-event=")


def test_only_a_regional_admin_reaches_the_audit_log(running: RunningHub) -> None:
    running.add_user("fj-fp", "FJ")
    running.add_user("fj-na", "FJ", "national_approver")
    for name in ("fj-fp", "fj-na"):
        s = browser_session(running)
        assert 'href="/console/audit"' not in signed_in(s, running, name)
        for path in ("/audit", "/audit.csv", "/audit?country=FJ"):
            r = s.get(console_url(running, path), allow_redirects=False, timeout=10)
            assert r.status_code == 404 and "login_ok" not in r.text, (name, path)
    with running.hub.sessions() as session:
        assert audit.list_events(session, AuditFilter(action=Action.AUDIT_EXPORTED)) == []


def test_filters_and_the_csv_export(running: RunningHub) -> None:
    running.add_user("ra", "WS", "regional_admin")
    _seed(running)
    s: requests.Session = browser_session(running)
    home = signed_in(s, running, "ra")
    assert 'href="/console/audit"' in home
    everything = s.get(console_url(running, "/audit"), timeout=10)
    assert everything.status_code == 200
    assert "730 days" in everything.text  # the retention setting
    total = _rows(everything.text)
    assert total >= 6  # the seeded four, the admin's enrolment and sign-in
    tonga = s.get(console_url(running, "/audit?country=TO"), timeout=10).text
    assert _rows(tonga) == 2 and "dev-old" in tonga
    recent = s.get(console_url(running, "/audit?country=TO&since=" + str(utc_now().date())))
    assert _rows(recent.text) == 1 and "dev-old" not in recent.text
    until = str((utc_now() - timedelta(days=30)).date())
    assert _rows(s.get(console_url(running, f"/audit?until={until}")).text) == 1
    by_action = s.get(console_url(running, "/audit?action=role_changed&actor=RA")).text
    assert _rows(by_action) == 1 and "to-fp" in by_action
    assert _rows(s.get(console_url(running, "/audit?actor=nobody")).text) == 0
    for bad in ("since=yesterday", "action=nothing", "country=ZZ", "page=0"):
        assert s.get(console_url(running, f"/audit?{bad}")).status_code == 400, bad

    export = s.get(console_url(running, "/audit.csv?country=FJ"), timeout=10)
    assert export.status_code == 200 and export.headers["content-type"].startswith("text/csv")
    assert "attachment" in export.headers["content-disposition"]
    assert export.headers["cache-control"] == "no-store"
    rows = list(csv.DictReader(io.StringIO(export.content.decode("utf-8-sig"))))
    assert [r["action"] for r in rows] == ["user_disabled"]
    assert rows[0]["subject"].startswith("'=")  # formula-safe
    assert json.loads(rows[0]["details"])["via"] == "console"
    logged = s.get(console_url(running, "/audit?action=audit_exported")).text
    assert _rows(logged) == 1 and "csv download" in logged


def test_chromium_shows_the_audit_log(
    page: WebDriver, sqlite_hub: RunningHub, screenshots: Path
) -> None:
    sqlite_hub.add_user("ra", "WS", "regional_admin")
    _seed(sqlite_hub)
    browser_sign_in(page, sqlite_hub, "ra")
    page.get(console_url(sqlite_hub, "/audit"))
    assert page.find_element(By.TAG_NAME, "h1").text == "Audit log"
    assert len(page.find_elements(By.CSS_SELECTOR, "tr[data-event]")) >= 6
    page.save_screenshot(str(screenshots / "console-audit.png"))
