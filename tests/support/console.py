"""Helpers of the console tests: signing in through the real forms with `requests` or with
Chromium, and reading what the console answered."""

from __future__ import annotations

import re
import time

import pyotp
import requests
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.wait import WebDriverWait

from bluepacific_hub.accounts import find_user
from bluepacific_hub.models import UserTotp
from tests.support.hubserver import PASSWORD, RunningHub

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
SESSION_COOKIE = "bp_console"
PRE_COOKIE = "bp_console_pre"
PENDING_COOKIE = "bp_console_half"
CODE_PATH = "/console/login/code"
ENROL_PATH = "/console/login/enrol"
_SECRET = re.compile(r'<code class="secret">([A-Z2-7]+)</code>')
_RECOVERY = re.compile(r"<li><code>([a-z2-9-]+)</code></li>")

_CSRF = re.compile(r'name="csrf" value="([^"]*)"')


def csrf_of(html: str) -> str:
    """The CSRF token in a page's first form."""
    found = _CSRF.search(html)
    assert found, "no form with a CSRF token on this page"
    return found.group(1)


def browser_session(running: RunningHub) -> requests.Session:
    """A `requests` session that behaves like a browser: no client header, the test CA."""
    s = requests.Session()
    s.trust_env = False
    s.verify = running.tls.ca_file
    return s


def console_url(running: RunningHub, path: str = "/") -> str:
    return f"{running.base_url}/console{path}"


def secret_of(html: str) -> str:
    """The TOTP key an enrolment page shows."""
    found = _SECRET.search(html)
    assert found, "no key on this page"
    return found.group(1)


def recovery_codes_of(html: str) -> list[str]:
    return _RECOVERY.findall(html)


def fresh_code(secret: str, last_step: int | None) -> str:
    """A code of `secret` the hub accepts now: of a time step after the last one it took
    (the next step's code is accepted too; past that, wait for the clock)."""
    totp = pyotp.TOTP(secret)
    while True:
        now_step = totp.timecode(time.time())
        step = now_step if last_step is None or last_step < now_step else last_step + 1
        if step <= now_step + 1:
            return totp.generate_otp(step)
        time.sleep(1)


def code_for(running: RunningHub, username: str) -> str:
    """A code the hub takes now for `username`'s enabled second factor."""
    with running.hub.sessions() as session:
        row = session.get(UserTotp, find_user(session, username).id)
        assert row is not None and row.enabled, f"{username} has no second factor"
        return fresh_code(row.secret, row.last_step)


def second_step(
    s: requests.Session, running: RunningHub, answer: requests.Response, code: str | None = None
) -> requests.Response:
    """After a right password that asked for a second factor: enrol (if asked) or give a
    code, as a person with the app would; the answer of that form."""
    step = answer.headers["location"]
    page = s.get(f"{running.base_url}{step}", timeout=30)
    assert page.status_code == 200, page.text
    if step == ENROL_PATH:
        code = code or fresh_code(secret_of(page.text), None)
    else:
        assert step == CODE_PATH, step
        code = code or code_for(running, secret_owner(page.text))
    form = {"csrf": csrf_of(page.text), "code": code}
    return s.post(f"{running.base_url}{step}", data=form, allow_redirects=False, timeout=30)


def secret_owner(html: str) -> str:
    found = re.search(r'data-user="([^"]+)"', html)
    assert found, "no user named on the code page"
    return found.group(1)


def sign_in(
    s: requests.Session,
    running: RunningHub,
    username: str,
    password: str = PASSWORD,
    *,
    second_factor: bool = True,
) -> requests.Response:
    """Open the login page, post its form; the answer (303 to the home page on success). A
    user asked for a second factor gives it too, unless `second_factor` is False (then the
    answer is the password's: 303 to the second step)."""
    page = s.get(console_url(running, "/login"), timeout=10)
    assert page.status_code == 200, page.text
    form = {"csrf": csrf_of(page.text), "username": username, "password": password}
    answer = s.post(console_url(running, "/login"), data=form, allow_redirects=False, timeout=10)
    if second_factor and answer.headers.get("location") in (CODE_PATH, ENROL_PATH):
        return second_step(s, running, answer)
    return answer


def signed_in(s: requests.Session, running: RunningHub, username: str) -> str:
    """Sign in (which must work); the home page's HTML."""
    answer = sign_in(s, running, username)
    assert answer.status_code == 303, answer.text
    home = s.get(console_url(running), timeout=10)
    assert home.status_code == 200 and home.url.endswith("/console/"), home.url
    return home.text


def browser_sign_in(driver: WebDriver, running: RunningHub, username: str) -> None:
    """Sign in with the login form as a person would: type, press the button; then the
    second factor when asked (enrol with the key shown, or a code from the app)."""
    driver.get(console_url(running, "/login"))
    driver.find_element(By.ID, "username").send_keys(username)
    driver.find_element(By.ID, "password").send_keys(PASSWORD)
    press_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    path = driver.current_url.removeprefix(running.base_url)
    if path == ENROL_PATH:
        secret = driver.find_element(By.CSS_SELECTOR, "code.secret").text
        code = fresh_code(secret, None)
    elif path == CODE_PATH:
        code = code_for(running, username)
    else:
        return
    driver.find_element(By.ID, "code").send_keys(code)
    press_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))


def _gone(element: WebElement) -> bool:
    """The element's page has been left. Asked while that page is torn down, chromedriver may
    answer neither "stale" nor the element but an "unhandled inspector error" (seen in a full
    run): any refusal to touch it means it is gone."""
    try:
        element.is_enabled()
    except WebDriverException:
        return True
    return False


def press_and_wait(driver: WebDriver, button: WebElement, keys: str | None = None) -> None:
    """Press a form's button (click, or the keys given) and wait for the next page: a click
    returns before the browser has left the page."""
    old = driver.find_element(By.TAG_NAME, "html")
    if keys is None:
        button.click()
    else:
        button.send_keys(keys)
    WebDriverWait(driver, 10).until(lambda _d: _gone(old))
    # The old page gone is not the new one loaded: an element found while the next document
    # is still being committed can belong to neither ("Node … does not belong to the document").
    WebDriverWait(driver, 10).until(
        lambda d: d.execute_script("return document.readyState") == "complete"
    )
