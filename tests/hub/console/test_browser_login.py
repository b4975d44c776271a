"""Chromium (Debian's, headless, through Selenium) signs in on the real hub over HTTPS and sees
the home page; the page loads its stylesheet under the CSP without a complaint."""

from __future__ import annotations

from pathlib import Path

from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.select import Select

from tests.support.console import SESSION_COOKIE, browser_sign_in, console_url, press_and_wait
from tests.support.hubserver import RunningHub


def _no_console_complaints(driver: WebDriver) -> None:
    # A CSP violation, a missing file or a script error shows up in the browser's log.
    problems = [e for e in driver.get_log("browser") if e["level"] in ("SEVERE", "WARNING")]
    assert problems == []


def test_sign_in_and_see_the_home_page(
    page: WebDriver, sqlite_hub: RunningHub, screenshots: Path
) -> None:
    sqlite_hub.add_user("ra", "WS", "regional_admin")
    page.get(console_url(sqlite_hub))
    assert page.current_url == console_url(sqlite_hub, "/login")
    assert page.find_element(By.TAG_NAME, "h1").text == "Sign in"
    # The stylesheet applied (served by the hub itself): the header's band colour.
    band = page.find_element(By.CSS_SELECTOR, "header.top").value_of_css_property(
        "background-color"
    )
    assert band == "rgba(11, 79, 108, 1)"
    page.save_screenshot(str(screenshots / "console-login.png"))
    _no_console_complaints(page)

    browser_sign_in(page, sqlite_hub, "ra")
    assert page.current_url == console_url(sqlite_hub, "/")
    assert page.find_element(By.TAG_NAME, "h1").text == "Completeness of the monthly returns"
    who = page.find_element(By.CSS_SELECTOR, "header .who").text
    assert who == "Signed in as ra (regional admin, WS)"
    cookie = page.get_cookie(SESSION_COOKIE)
    assert cookie is not None and cookie["httpOnly"] and cookie["secure"]
    assert cookie["sameSite"] == "Strict" and cookie["path"] == "/console/"
    assert page.execute_script("return document.cookie") == ""  # out of reach of scripts
    _no_console_complaints(page)

    # French, then signing out with the keyboard alone.
    Select(page.find_element(By.ID, "lang")).select_by_value("fr")
    press_and_wait(page, page.find_element(By.CSS_SELECTOR, "form.lang button"))
    assert page.find_element(By.TAG_NAME, "h1").text == "Complétude des rapports mensuels"
    assert page.find_element(By.TAG_NAME, "html").get_attribute("lang") == "fr"
    sign_out = page.find_element(By.CSS_SELECTOR, "form[action='/console/logout'] button")
    assert sign_out.text == "Se déconnecter"
    press_and_wait(page, sign_out, "\n")
    assert page.current_url == console_url(sqlite_hub, "/login")
    assert page.find_element(By.TAG_NAME, "h1").text == "Se connecter"
    assert page.get_cookie(SESSION_COOKIE) is None
