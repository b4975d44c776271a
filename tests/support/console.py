"""Helpers of the console tests: signing in through the real forms with `requests` or with
Chromium, and reading what the console answered."""

from __future__ import annotations

import re

import requests
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.wait import WebDriverWait

from tests.support.hubserver import PASSWORD, RunningHub

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
SESSION_COOKIE = "bp_console"
PRE_COOKIE = "bp_console_pre"

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


def sign_in(
    s: requests.Session, running: RunningHub, username: str, password: str = PASSWORD
) -> requests.Response:
    """Open the login page, post its form; the answer (303 to the home page on success)."""
    page = s.get(console_url(running, "/login"), timeout=10)
    assert page.status_code == 200, page.text
    form = {"csrf": csrf_of(page.text), "username": username, "password": password}
    return s.post(console_url(running, "/login"), data=form, allow_redirects=False, timeout=10)


def signed_in(s: requests.Session, running: RunningHub, username: str) -> str:
    """Sign in (which must work); the home page's HTML."""
    answer = sign_in(s, running, username)
    assert answer.status_code == 303, answer.text
    home = s.get(console_url(running), timeout=10)
    assert home.status_code == 200 and home.url.endswith("/console/"), home.url
    return home.text


def browser_sign_in(driver: WebDriver, running: RunningHub, username: str) -> None:
    """Sign in with the login form as a person would: type, press the button."""
    driver.get(console_url(running, "/login"))
    driver.find_element(By.ID, "username").send_keys(username)
    driver.find_element(By.ID, "password").send_keys(PASSWORD)
    press_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))


def press_and_wait(driver: WebDriver, button: WebElement, keys: str | None = None) -> None:
    """Press a form's button (click, or the keys given) and wait for the next page: a click
    returns before the browser has left the page."""
    old = driver.find_element(By.TAG_NAME, "html")
    if keys is None:
        button.click()
    else:
        button.send_keys(keys)
    WebDriverWait(driver, 10).until(expected_conditions.staleness_of(old))
