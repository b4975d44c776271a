"""The review queue and the console's decisions, against the real hub with returns pushed as
the desktop pushes them: who sees which months waiting, decisions applied through the hub's one
state machine (and pulled by the country's laptops), and everything refused that must be:
no CSRF token, another country, a send-back without a comment, a month moved meanwhile."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import requests
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from sqlalchemy import select

from bluepacific_hub import audit, returns
from bluepacific_hub.console.review import CONSOLE_DEVICE_ID
from bluepacific_hub.models import AuditEvent, Record
from bluepacific_hub.returns import return_id
from bluepacific_wire import utc_now
from tests.support.console import (
    browser_session,
    browser_sign_in,
    console_url,
    csrf_of,
    press_and_wait,
    signed_in,
)
from tests.support.hubserver import Client, RunningHub
from tests.support.returns import KIND, push_return, return_fields


def _fill(running: RunningHub) -> Client:
    """Fiji March 2025 approved by its approver, Fiji April submitted only, Tonga January
    submitted with Tonga skipping national approval. Fiji's focal point's laptop is returned."""
    fiji = running.device("fj-fp", "FJ")
    approver = running.device("fj-na", "FJ", "national_approver")
    tonga = running.device("to-fp", "TO")
    for period in ("2025-03", "2025-04"):
        submitted = return_fields(period, "submitted", "draft", "submit")
        assert push_return(fiji, "FJ", submitted)["status"] == "applied"
    approve = return_fields("2025-03", "approved", "submitted", "approve")
    assert push_return(approver, "FJ", approve)["status"] == "applied"
    jan = return_fields("2025-01", "submitted", "draft", "submit", time_zone="Pacific/Tongatapu")
    assert push_return(tonga, "TO", jan)["status"] == "applied"
    with running.hub.sessions() as session, session.begin():
        returns.set_skip(session, "TO", True, utc_now(), by=audit.HUB)
    return fiji


def _state(running: RunningHub, country: str, period: str) -> str:
    with running.hub.sessions() as session:
        record = session.get(Record, return_id(country, period))
        assert record is not None
        return str(record.fields["state"])


def _decide(
    s: requests.Session, running: RunningHub, month: str, csrf: str | None, **form: str
) -> requests.Response:
    data: dict[str, Any] = dict(form)
    if csrf is not None:
        data["csrf"] = csrf
    return s.post(
        console_url(running, f"/returns/{month}/decide"),
        data=data,
        allow_redirects=False,
        timeout=10,
    )


def test_the_queue_and_the_decisions(running: RunningHub) -> None:
    fiji_laptop = _fill(running)
    running.add_user("ra", "WS", "regional_admin")
    admin = browser_session(running)
    signed_in(admin, running, "ra")
    queue = admin.get(console_url(running, "/review"), timeout=10).text
    assert 'data-month="FJ-2025-03"' in queue and 'data-month="TO-2025-01"' in queue
    assert 'data-month="FJ-2025-04"' not in queue  # waits for Fiji's approver, not the region
    token = csrf_of(queue)

    approver = browser_session(running)
    mine = signed_in(approver, running, "fj-na")
    assert 'href="/console/review"' in mine
    theirs = approver.get(console_url(running, "/review"), timeout=10).text
    assert 'data-month="FJ-2025-04"' in theirs and "Approve" in theirs
    assert "TO-2025" not in theirs and 'data-month="FJ-2025-03"' not in theirs
    focal = browser_session(running)
    assert 'href="/console/review"' not in signed_in(focal, running, "fj-fp")
    assert "Nothing is waiting for you." in focal.get(console_url(running, "/review")).text

    # Without the CSRF token, or with another session's: refused, nothing changed.
    for csrf in (None, "", csrf_of(theirs)):
        r = _decide(admin, running, "TO/2025-01", csrf, action="accept", seen="submitted")
        assert r.status_code == 403
    assert _state(running, "TO", "2025-01") == "submitted"
    # Fiji's approver cannot reach Tonga's month, however the form is made.
    r = _decide(approver, running, "TO/2025-01", csrf_of(theirs), action="send_back",
                seen="submitted", comment="x")  # fmt: skip
    assert r.status_code == 404 and _state(running, "TO", "2025-01") == "submitted"
    # A send-back needs a comment: asked for, nothing changed.
    r = _decide(admin, running, "FJ/2025-03", token, action="send_back", seen="approved")
    assert r.status_code == 409 and "a comment is required" in r.text
    assert _state(running, "FJ", "2025-03") == "approved"
    # A month moved since the page was shown: refused as stale, never applied over it.
    r = _decide(admin, running, "FJ/2025-03", token, action="accept", seen="submitted")
    assert r.status_code == 409 and "stale" in r.text and "approve by fj-na" in r.text
    assert _state(running, "FJ", "2025-03") == "approved"

    r = _decide(admin, running, "TO/2025-01", token, action="accept", seen="submitted",
                next="/console/review")  # fmt: skip
    assert r.status_code == 303 and r.headers["location"] == "/console/review"
    assert _state(running, "TO", "2025-01") == "accepted"
    r = _decide(admin, running, "FJ/2025-03", token, action="send_back", seen="approved",
                comment="SLTD hits are missing")  # fmt: skip
    assert r.status_code == 303 and r.headers["location"] == "/console/returns/FJ/2025-03"
    assert _state(running, "FJ", "2025-03") == "draft"
    r = _decide(admin, running, "TO/2025-01", token, action="reopen", seen="accepted",
                comment="Corrected figures from the NCB")  # fmt: skip
    assert r.status_code == 303 and _state(running, "TO", "2025-01") == "draft"
    page = admin.get(console_url(running, "/returns/FJ/2025-03"), timeout=10).text
    assert "SLTD hits are missing" in page and "ra (regional admin)" in page
    # The audit log names the console's user and address, not a device's sync.
    with running.hub.sessions() as session:
        logged = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "return_send_back")
        ).one()
    assert (logged.actor, logged.subject, logged.address) == ("ra", "FJ 2025-03", "127.0.0.1")
    assert logged.details["via"] == "console"
    assert logged.details["comment"] == "SLTD hits are missing"

    # Fiji's laptop pulls the month sent back, with the comment in its history.
    (record,) = [
        c for c in fiji_laptop.pull_all()
        if c["kind"] == KIND and c["record_id"] == return_id("FJ", "2025-03")
    ]  # fmt: skip
    assert record["fields"]["state"] == "draft" and record["fields"]["steps"] == []
    last = json.loads(record["fields"]["history"][-1])
    assert last["action"] == "send_back" and last["comment"] == "SLTD hits are missing"
    assert last["user"] == "ra" and record["device_id"] == CONSOLE_DEVICE_ID


def test_accept_one_and_send_one_back_in_chromium(
    page: WebDriver, sqlite_hub: RunningHub, screenshots: Path
) -> None:
    _fill(sqlite_hub)
    sqlite_hub.add_user("ra", "WS", "regional_admin")
    browser_sign_in(page, sqlite_hub, "ra")
    press_and_wait(page, page.find_element(By.LINK_TEXT, "Review"))
    assert page.find_element(By.TAG_NAME, "h1").text == "Months waiting for review"
    page.save_screenshot(str(screenshots / "console-review.png"))
    tonga = page.find_element(By.CSS_SELECTOR, "tr[data-month='TO-2025-01']")
    accept = tonga.find_element(By.CSS_SELECTOR, "form.decide input[value='accept']")
    press_and_wait(page, accept.find_element(By.XPATH, "..").find_element(By.TAG_NAME, "button"))
    assert page.current_url.endswith("/console/review")
    assert page.find_elements(By.CSS_SELECTOR, "tr[data-month='TO-2025-01']") == []

    fiji = page.find_element(By.CSS_SELECTOR, "tr[data-month='FJ-2025-03']")
    box = fiji.find_element(By.ID, "comment-FJ-2025-03-send_back")
    assert box.get_attribute("required") is not None  # the browser asks before posting
    box.send_keys("SLTD hits are missing")
    form = box.find_element(By.XPATH, "..")
    press_and_wait(page, form.find_element(By.TAG_NAME, "button"))
    assert "Nothing is waiting for you." in page.find_element(By.TAG_NAME, "main").text

    page.get(console_url(sqlite_hub, "/returns/FJ/2025-03"))
    state = page.find_element(By.CSS_SELECTOR, "dd.state").text
    assert state == "○ Draft"
    last = page.find_elements(By.CSS_SELECTOR, "table.history tbody tr")[-1]
    cells = [c.text for c in last.find_elements(By.TAG_NAME, "td")]
    assert cells[1:] == ["Sent back", "ra (regional admin)", "SLTD hits are missing"]
    page.save_screenshot(str(screenshots / "console-return.png"))
