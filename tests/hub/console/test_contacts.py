"""The contact directory's page against the real hub with contacts pushed by two countries'
devices: by country and organisation type, shared by every country (visibility.py) and nothing
else of another country's, never cached, and every view in the audit log."""

from __future__ import annotations

import re
from pathlib import Path

from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver

from bluepacific_hub import audit
from bluepacific_hub.audit import Action, AuditFilter
from tests.hub.figures.pushed import _person
from tests.support.console import browser_session, browser_sign_in, console_url, signed_in
from tests.support.hubserver import RunningHub, change


def _contact(country: str, contact_country: str, org: str, org_type: str, name: str,
             **more: object) -> dict[str, object]:  # fmt: skip
    fields = {"full_name": name, "organisation": org, "org_type": org_type,
              "contact_country": contact_country, "emails": [], "phones": [], "notes": "secret",
              **more}  # fmt: skip
    return change(country, fields, kind="contact")


def _fill(running: RunningHub) -> None:
    fiji = running.device("fj-fp", "FJ")
    tonga = running.device("to-fp", "TO")
    gone = _contact("TO", "TO", "Tonga Police", "POLICE", "Gone Away")
    results = tonga.push(
        _contact("TO", "TO", "Tonga Police", "POLICE", "Sione Tupou", role="HEAD_NCB",
                 emails=["sione@police.to"], phones=["+676 123 4567"]),
        _contact("TO", "FJ", "Fiji Revenue and Customs", "CUSTOMS", "Ana Vuki"),
        gone,
        _person("TO", "female")[1],  # a trainee: Tonga's own, never in the directory
    )["results"]  # fmt: skip
    assert {r["status"] for r in results} == {"applied"}
    deleted = change("TO", gone["fields"], kind="contact", record_id=gone["record_id"],
                     op="delete", base_revision=results[2]["revision"])  # fmt: skip
    assert tonga.push(deleted)["results"][0]["status"] == "applied"
    assert (
        fiji.push(_contact("FJ", "FJ", "Fiji Police Force", "POLICE", "Mere Rokotuiwai"))[
            "results"
        ][0]["status"]
        == "applied"
    )


def _names(html: str) -> list[str]:
    rows = re.findall(r"<tr data-contact>(.*?)</tr>", html, re.S)
    return [re.findall(r"<td>(.*?)</td>", row, re.S)[3] for row in rows]


def test_a_fiji_user_sees_the_shared_directory_and_each_view_is_logged(
    running: RunningHub,
) -> None:
    _fill(running)
    running.add_user("fj-na", "FJ", "national_approver")
    s = browser_session(running)
    assert 'href="/console/contacts"' in signed_in(s, running, "fj-na")
    page = s.get(console_url(running, "/contacts"), timeout=10)
    assert page.status_code == 200 and page.headers["cache-control"] == "no-store"
    # Shared: Tonga's contacts too, sorted by country, type, organisation; the deleted one,
    # Tonga's trainee and the notes nowhere.
    assert _names(page.text) == ["Ana Vuki", "Mere Rokotuiwai", "Sione Tupou"]
    assert "Gone Away" not in page.text and "secret" not in page.text
    assert "Person " not in page.text
    assert "sione@police.to" in page.text and "Head of NCB" in page.text
    tonga_police = s.get(console_url(running, "/contacts?country=to&type=POLICE"), timeout=10)
    assert _names(tonga_police.text) == ["Sione Tupou"]
    customs = s.get(console_url(running, "/contacts?type=CUSTOMS"), timeout=10)
    assert _names(customs.text) == ["Ana Vuki"]
    for bad in ("country=ZZ", "type=NOPE"):
        answer = s.get(console_url(running, f"/contacts?{bad}"), timeout=10)
        assert answer.status_code == 400 and "Sione" not in answer.text
    with running.hub.sessions() as session:
        views = audit.list_events(session, AuditFilter(action=Action.PERSONAL_DATA_VIEWED))
    assert len(views) == 3  # the refused filters showed nobody
    assert {(v.actor, v.details["via"], v.subject) for v in views} == {
        ("fj-na", "console", "contacts")
    }
    seen = sorted(
        (v.details["country"], v.details["org_type"], v.details["contacts"]) for v in views
    )
    assert seen == [("", "", 3), ("", "CUSTOMS", 1), ("TO", "POLICE", 1)]


def test_the_directory_needs_a_signed_in_user(running: RunningHub) -> None:
    _fill(running)
    answer = browser_session(running).get(
        console_url(running, "/contacts"), allow_redirects=False, timeout=10
    )
    assert answer.status_code == 303 and "Sione" not in answer.text
    with running.hub.sessions() as session:
        assert audit.list_events(session, AuditFilter(action=Action.PERSONAL_DATA_VIEWED)) == []


def test_screenshot_of_the_directory(
    sqlite_hub: RunningHub, page: WebDriver, screenshots: Path
) -> None:
    _fill(sqlite_hub)
    sqlite_hub.add_user("ra", "WS", "regional_admin")
    browser_sign_in(page, sqlite_hub, "ra")
    page.get(console_url(sqlite_hub, "/contacts"))
    assert page.find_element(By.TAG_NAME, "h1").text == "Contact directory"
    assert len(page.find_elements(By.CSS_SELECTOR, "tr[data-contact]")) == 3
    page.save_screenshot(str(screenshots / "console-contacts-en.png"))
