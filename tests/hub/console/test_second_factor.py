"""The console's second factor against the real hub over HTTPS (SQLite and PostgreSQL), with
real pyotp codes: who is asked for one (HubSettings.require_totp), enrolment, a code used
once, a recovery code used once, wrong codes logged and throttled like wrong passwords."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pyotp
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from sqlalchemy import select

from bluepacific_hub import audit
from bluepacific_hub.audit import Action, AuditFilter
from bluepacific_hub.models import AuditEvent, ConsolePending, ConsoleSession
from bluepacific_hub.settings import HubSettings
from tests.hub.console.test_browser_login import _no_console_complaints
from tests.support.console import (
    CODE_PATH,
    ENROL_PATH,
    PENDING_COOKIE,
    SESSION_COOKIE,
    browser_session,
    code_for,
    console_url,
    csrf_of,
    fresh_code,
    press_and_wait,
    recovery_codes_of,
    second_step,
    secret_of,
    sign_in,
)
from tests.support.hubserver import PASSWORD, RunningHub, Tls, running_hub


def _events(running: RunningHub, action: Action) -> list[AuditEvent]:
    with running.hub.sessions() as session:
        return audit.list_events(session, AuditFilter(action=action))


def _sessions(running: RunningHub) -> int:
    with running.hub.sessions() as session:
        return len(list(session.scalars(select(ConsoleSession))))


def _enrolled(running: RunningHub, username: str) -> tuple[str, list[str]]:
    """Sign `username` in for the first time, enrolling: the key and the recovery codes."""
    s = browser_session(running)
    answer = sign_in(s, running, username, second_factor=False)
    assert answer.status_code == 303 and answer.headers["location"] == ENROL_PATH
    assert _sessions(running) == 0  # the password alone opens no session
    page = s.get(f"{running.base_url}{ENROL_PATH}", timeout=30)
    secret, codes = secret_of(page.text), recovery_codes_of(page.text)
    assert len(codes) == 10 and 'src="data:image/svg+xml' in page.text
    form = {"csrf": csrf_of(page.text), "code": fresh_code(secret, None)}
    done = s.post(f"{running.base_url}{ENROL_PATH}", data=form, allow_redirects=False)
    assert done.status_code == 303 and done.headers["location"] == "/console/"
    assert s.get(console_url(running), timeout=10).status_code == 200
    return secret, codes


def test_an_admin_enrols_then_signs_in_with_a_code_used_once(running: RunningHub) -> None:
    running.add_user("ra", "WS", "regional_admin")
    _enrolled(running, "ra")
    assert [e.details["second_factor"] for e in _events(running, Action.LOGIN_OK)] == ["first code"]
    assert len(_events(running, Action.TOTP_CONFIRMED)) == 1

    # The next sign-in asks for a code; the session opens only with it.
    s = browser_session(running)
    answer = sign_in(s, running, "ra", second_factor=False)
    assert answer.headers["location"] == CODE_PATH
    assert SESSION_COOKIE not in s.cookies and PENDING_COOKIE in s.cookies
    # The half-signed-in cookie is no session: the home page sends it to the login page.
    home = s.get(console_url(running), allow_redirects=False, timeout=10)
    assert home.status_code == 303 and home.headers["location"] == "/console/login"
    page = s.get(f"{running.base_url}{CODE_PATH}", timeout=10)
    code = code_for(running, "ra")
    # Without the page's CSRF token: refused, nothing opened.
    r = s.post(f"{running.base_url}{CODE_PATH}", data={"code": code}, allow_redirects=False)
    assert r.status_code == 403
    form = {"csrf": csrf_of(page.text), "code": code}
    ok = s.post(f"{running.base_url}{CODE_PATH}", data=form, allow_redirects=False)
    assert ok.status_code == 303 and ok.headers["location"] == "/console/"
    assert s.get(console_url(running), timeout=10).status_code == 200

    # The same code again, from another browser with the password: refused and logged.
    other = browser_session(running)
    again = second_step(other, running, sign_in(other, running, "ra", second_factor=False), code)
    assert again.status_code == 401 and "used already" in again.text
    assert SESSION_COOKIE not in other.cookies
    (failed,) = _events(running, Action.LOGIN_FAILED)
    assert failed.subject == "ra" and failed.details["reason"] == "wrong code"
    assert failed.address == "127.0.0.1"
    # A made-up code too.
    wrong = pyotp.TOTP(pyotp.random_base32()).now()
    again = second_step(other, running, sign_in(other, running, "ra", second_factor=False), wrong)
    assert again.status_code == 401
    assert _sessions(running) == 2


def test_a_recovery_code_works_once(running: RunningHub) -> None:
    running.add_user("ra", "WS", "regional_admin")
    _secret, codes = _enrolled(running, "ra")
    s = browser_session(running)
    typed = codes[3].upper().replace("-", " ")  # as read off paper
    ok = second_step(s, running, sign_in(s, running, "ra", second_factor=False), typed)
    assert ok.status_code == 303 and ok.headers["location"] == "/console/"
    (used,) = _events(running, Action.TOTP_RECOVERY_USED)
    assert used.details["codes_left"] == 9
    other = browser_session(running)
    again = second_step(other, running, sign_in(other, running, "ra", second_factor=False), typed)
    assert again.status_code == 401
    assert _events(running, Action.LOGIN_FAILED)[0].details["reason"] == "wrong code"


def test_wrong_codes_are_throttled_like_wrong_passwords(running: RunningHub) -> None:
    running.add_user("ra", "WS", "regional_admin")
    _enrolled(running, "ra")
    s = browser_session(running)
    statuses = []
    for _ in range(8):
        answer = sign_in(s, running, "ra", second_factor=False)
        if answer.status_code != 303:
            statuses.append(answer.status_code)
            break
        statuses.append(second_step(s, running, answer, "000000").status_code)
        if statuses[-1] == 429:
            break
    # The right password in between does not buy fresh guesses: a password and a code are two
    # attempts of the same count, held back after the throttle's free ones.
    assert statuses[-1] == 429 and set(statuses[:-1]) == {401}, statuses
    assert len(statuses) <= 4
    failed = _events(running, Action.LOGIN_FAILED)
    assert {e.details["reason"] for e in failed} == {"wrong code"}


def test_a_focal_point_is_asked_only_when_everyone_must(
    running: RunningHub, settings: HubSettings, tls: Tls
) -> None:
    running.add_user("fj-fp", "FJ")
    s = browser_session(running)
    answer = sign_in(s, running, "fj-fp", second_factor=False)
    assert answer.status_code == 303 and answer.headers["location"] == "/console/"
    everyone = dataclasses.replace(settings, require_totp="everyone")
    with running_hub(everyone, tls) as strict:
        s = browser_session(strict)
        answer = sign_in(s, strict, "fj-fp", second_factor=False)
        assert answer.status_code == 303 and answer.headers["location"] == ENROL_PATH
        with strict.hub.sessions() as session:
            assert len(list(session.scalars(select(ConsolePending)))) == 1
        assert sign_in(browser_session(strict), strict, "fj-fp").headers["location"] == (
            "/console/"
        )


def test_chromium_enrols_an_admin_and_signs_in_with_a_code(
    page: WebDriver, sqlite_hub: RunningHub, screenshots: Path
) -> None:
    sqlite_hub.add_user("ra", "WS", "regional_admin")
    page.get(console_url(sqlite_hub, "/login"))
    page.find_element(By.ID, "username").send_keys("ra")
    page.find_element(By.ID, "password").send_keys(PASSWORD)
    press_and_wait(page, page.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    assert page.current_url == f"{sqlite_hub.base_url}{ENROL_PATH}"
    qr = page.find_element(By.CSS_SELECTOR, "p.qr img")
    assert qr.get_attribute("naturalWidth") not in (None, "0")  # drawn under the CSP
    assert len(page.find_elements(By.CSS_SELECTOR, "ol.recovery li")) == 10
    page.save_screenshot(str(screenshots / "console-enrol.png"))
    secret = page.find_element(By.CSS_SELECTOR, "code.secret").text
    page.find_element(By.ID, "code").send_keys(fresh_code(secret, None))
    press_and_wait(page, page.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    assert page.current_url == console_url(sqlite_hub, "/")
    sign_out = page.find_element(By.CSS_SELECTOR, "form[action='/console/logout'] button")
    press_and_wait(page, sign_out)

    page.find_element(By.ID, "username").send_keys("ra")
    page.find_element(By.ID, "password").send_keys(PASSWORD)
    press_and_wait(page, page.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    assert page.current_url == f"{sqlite_hub.base_url}{CODE_PATH}"
    assert page.find_element(By.TAG_NAME, "h1").text == "Second factor"
    page.save_screenshot(str(screenshots / "console-code.png"))
    page.find_element(By.ID, "code").send_keys(code_for(sqlite_hub, "ra"))
    press_and_wait(page, page.find_element(By.ID, "code"), "\n")  # the keyboard alone
    assert page.current_url == console_url(sqlite_hub, "/")
    who = page.find_element(By.CSS_SELECTOR, "header .who").text
    assert who == "Signed in as ra (regional admin, WS)"
    _no_console_complaints(page)
