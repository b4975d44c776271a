"""The completeness grid and a return's page, against the real hub with returns pushed as the
desktop pushes them: what a regional admin sees, what a Fiji focal point sees (Fiji only, a
Tonga address "not found"), in `requests` (SQLite and PostgreSQL) and in Chromium at 1366×768."""

from __future__ import annotations

import re
from pathlib import Path

from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.select import Select

from tests.support.console import (
    browser_session,
    browser_sign_in,
    console_url,
    press_and_wait,
    signed_in,
)
from tests.support.hubserver import RunningHub
from tests.support.returns import push_return, return_fields

PROJECT = ["FJ", "KI", "MH", "FM", "NR", "PW", "PG", "WS", "SB", "TO", "VU"]


def _fill(running: RunningHub) -> None:
    """Fiji: a nil return for March 2025 (on time), February submitted then sent back with a
    comment; Tonga: January 2025 submitted on 1 April (late). Every step's device time is
    1 April 2025 (return_fields)."""
    fiji = running.device("fj-fp", "FJ")
    tonga = running.device("to-fp", "TO")
    fiji_approver = running.device("fj-na", "FJ", "national_approver")
    assert push_return(fiji, "FJ", return_fields("2025-03", "submitted", "draft", "nil", nil=True))[
        "status"
    ] == ("applied")
    assert push_return(fiji, "FJ", return_fields("2025-02", "submitted", "draft", "submit"))[
        "status"
    ] == ("applied")
    back = return_fields("2025-02", "draft", "submitted", "send_back", comment="SLTD <b>hits</b>?")
    assert push_return(fiji_approver, "FJ", back)["status"] == "applied"
    jan = return_fields("2025-01", "submitted", "draft", "submit", time_zone="Pacific/Tongatapu")
    assert push_return(tonga, "TO", jan)["status"] == "applied"


def _rows(html: str) -> list[str]:
    return re.findall(r'<th scope="row">([^<]+) <span class="code">([A-Z]{2})</span>', html)


def test_who_sees_which_countries_and_returns(running: RunningHub) -> None:
    _fill(running)
    running.add_user("ra", "WS", "regional_admin")
    admin = browser_session(running)
    html = signed_in(admin, running, "ra")
    grid = admin.get(console_url(running, "/?year=2025"), timeout=10).text
    assert [code for _, code in _rows(grid)] == PROJECT
    assert "Nil return (submitted)" in grid
    assert 'href="/console/returns/TO/2025-01"' in grid
    assert admin.get(console_url(running, "/returns/TO/2025-01"), timeout=10).status_code == 200
    assert "Completeness of the monthly returns" in html

    fiji = browser_session(running)
    signed_in(fiji, running, "fj-fp")
    mine = fiji.get(console_url(running, "/?year=2025&country=TO"), timeout=10).text
    assert _rows(mine) == [("Fiji", "FJ")]  # the country comes from the user, not the URL
    assert "/console/returns/TO/" not in mine and "Tonga" not in mine
    page = fiji.get(console_url(running, "/returns/FJ/2025-02"), timeout=10)
    assert page.status_code == 200
    assert "Sent back" in page.text and "fj-na (national approver)" in page.text
    assert "SLTD &lt;b&gt;hits&lt;/b&gt;?" in page.text  # a comment is text, never markup
    # Tonga's months, a month that does not exist and a country outside the project all look
    # the same to Fiji: not found, and nothing of Tonga's in the answer.
    for path in ("/returns/TO/2025-01", "/returns/TO/2025-13", "/returns/AU/2025-01"):
        answer = fiji.get(console_url(running, path), timeout=10)
        assert answer.status_code == 404, path
        assert "Tonga" not in answer.text and "to-fp" not in answer.text
    assert admin.get(console_url(running, "/returns/TO/2025-13"), timeout=10).status_code == 404
    assert fiji.get(console_url(running, "/?year=1999"), timeout=10).status_code == 404


def test_the_grid_in_chromium_at_1366x768(
    page: WebDriver, sqlite_hub: RunningHub, screenshots: Path
) -> None:
    _fill(sqlite_hub)
    sqlite_hub.add_user("ra", "WS", "regional_admin")
    page.get(console_url(sqlite_hub, "/login"))
    page.save_screenshot(str(screenshots / "console-login.png"))
    browser_sign_in(page, sqlite_hub, "ra")
    Select(page.find_element(By.ID, "year")).select_by_value("2025")
    press_and_wait(page, page.find_element(By.CSS_SELECTOR, "main form button"))
    assert page.current_url.endswith("/console/?year=2025")

    rows = page.find_elements(By.CSS_SELECTOR, "table.grid tbody tr")
    assert [r.find_element(By.TAG_NAME, "th").text for r in rows][:2] == ["Fiji FJ", "Kiribati KI"]
    fiji = rows[0].find_elements(By.CSS_SELECTOR, "td.cell")
    assert len(fiji) == 12
    # Each state in words (and a mark), never by colour alone; late and missing said too.
    assert fiji[2].text == "◐ Nil return (submitted)"
    assert fiji[1].text.splitlines() == ["○ Draft", "MISSING"]  # sent back, past its deadline
    tonga = rows[PROJECT.index("TO")].find_elements(By.CSS_SELECTOR, "td.cell")
    assert tonga[0].text.splitlines() == ["◐ Submitted", "LATE"]
    figures = rows[0].find_elements(By.CSS_SELECTOR, "td.figure")
    assert [f.text.splitlines() for f in figures] == [["8%", "1/12"], ["8%", "1/12"]]
    totals = page.find_elements(By.CSS_SELECTOR, "table.grid tfoot tr")
    january = totals[0].find_elements(By.CSS_SELECTOR, "td.figure")[0]
    assert january.text == "9%"  # Tonga's, of 11 countries
    # The whole grid fits the 1366 px laptop screen: no sideways scrolling.
    width = page.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")
    assert width[0] <= width[1], width
    page.save_screenshot(str(screenshots / "console-grid.png"))

    # A cell opens its return; French on the way.
    press_and_wait(page, fiji[2].find_element(By.TAG_NAME, "a"))
    assert page.current_url.endswith("/console/returns/FJ/2025-03")
    assert page.find_element(By.TAG_NAME, "h1").text == "Monthly return of Fiji, 2025-03"
    history = page.find_elements(By.CSS_SELECTOR, "table.history tbody tr")
    assert [h.find_elements(By.TAG_NAME, "td")[1].text for h in history] == ["Nil return"]
    Select(page.find_element(By.ID, "lang")).select_by_value("fr")
    press_and_wait(page, page.find_element(By.CSS_SELECTOR, "form.lang button"))
    assert page.current_url.endswith("/console/returns/FJ/2025-03")
    assert page.find_element(By.TAG_NAME, "h1").text == "Rapport mensuel de Fidji, 2025-03"


def test_a_fiji_focal_point_in_chromium_sees_fiji_only(
    page: WebDriver, sqlite_hub: RunningHub
) -> None:
    _fill(sqlite_hub)
    browser_sign_in(page, sqlite_hub, "fj-fp")
    page.get(console_url(sqlite_hub, "/?year=2025"))
    rows = page.find_elements(By.CSS_SELECTOR, "table.grid tbody tr th")
    assert [r.text for r in rows] == ["Fiji FJ"]
    page.get(console_url(sqlite_hub, "/returns/TO/2025-01"))
    assert page.find_element(By.TAG_NAME, "h1").text == "Nothing here"
