"""The review queue's figures beside the last 12 months and the submission checks' warnings
(the desktop's checks, bluepacific_wire/return_checks.py), against the real hub with a year of
capability reports and a return pushed as the desktop pushes them."""

from __future__ import annotations

import re
from pathlib import Path

from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver

from bluepacific_hub import audit, returns
from bluepacific_hub.console.i18n import words
from bluepacific_hub.console.review_figures import warning_text
from bluepacific_wire import utc_now
from bluepacific_wire.return_checks import MonthProblem, previous_months
from tests.hub.figures.pushed import _report
from tests.support.console import browser_session, browser_sign_in, console_url, signed_in
from tests.support.hubserver import RunningHub
from tests.support.returns import push_return, return_fields


def _fill(running: RunningHub) -> None:
    """Fiji: SLTD searches 40, 42 … 62 (two hits each) and NOM 30 searches in each of the 12
    months before March 2025; in March, SLTD 400 searches (explained by the submission) and
    NOM 1 (not explained: an older desktop's); March submitted, Fiji skipping approval."""
    fiji = running.device("fj-fp", "FJ")
    earlier = previous_months("2025-03", 12)
    changes = [
        _report("FJ", "SLTD", month, searches=40 + 2 * i, hits=2) for i, month in enumerate(earlier)
    ]
    changes += [_report("FJ", "NOM", month, searches=30) for month in earlier]
    changes += [
        _report("FJ", "SLTD", "2025-03", searches=400, hits=3),
        _report("FJ", "NOM", "2025-03", searches=1),
        _report("TO", "SLTD", "2025-03", searches=9999),  # another country's: not Fiji's usual
    ]
    tonga = running.device("to-fp", "TO")
    assert {r["status"] for r in fiji.push(*changes[:-1])["results"]} == {"applied"}
    assert tonga.push(changes[-1])["results"][0]["status"] == "applied"
    submitted = return_fields(
        "2025-03", "submitted", "draft", "submit", explanations=["SLTD=Border operation Tiki"]
    )
    assert push_return(fiji, "FJ", submitted)["status"] == "applied"
    with running.hub.sessions() as session, session.begin():
        returns.set_skip(session, "FJ", True, utc_now(), by=audit.HUB)


def _cells(html: str, figure: str) -> list[str]:
    row = re.search(rf'<tr data-figure="{figure}">(.*?)</tr>', html, re.S)
    assert row, figure
    return [re.sub(r"\s+", " ", c).strip() for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>",
                                                                row.group(1), re.S)]  # fmt: skip


def test_a_waiting_month_shows_its_figures_beside_the_year_and_the_checks_warnings(
    running: RunningHub,
) -> None:
    _fill(running)
    running.add_user("ra", "WS", "regional_admin")
    s = browser_session(running)
    signed_in(s, running, "ra")
    html = s.get(console_url(running, "/review"), timeout=10).text
    assert 'data-month="FJ-2025-03"' in html
    # The median of 40, 42 … 62 is 51; Tonga's 9999 is not Fiji's.
    assert _cells(html, "SLTD-searches") == ["SLTD searches", "400", "51", "40–62 (12 months)"]
    assert _cells(html, "SLTD-hits") == ["SLTD hits", "3", "2", "2–2 (12 months)"]
    assert _cells(html, "NOM-searches") == ["NOM searches", "1", "30", "30–30 (12 months)"]
    warnings = re.findall(r'<li data-warning="([^"]+)">(.*?)</li>', html, re.S)
    texts = [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", t)).strip() for _c, t in warnings]
    assert [c for c, _t in warnings] == ["unusual_figure", "unusual_figure"]
    assert texts[0].startswith("⚠ Warning: NOM: searches 1 is far from the usual 30")
    assert "No explanation was given." in texts[0]
    assert "SLTD: searches 400 is far from the usual 51 (12-month median)" in texts[1]
    assert "Explanation given: Border operation Tiki" in texts[1]


def test_a_month_without_figures_or_warnings_says_so(running: RunningHub) -> None:
    fiji = running.device("fj-fp", "FJ")
    assert (
        push_return(fiji, "FJ", return_fields("2025-02", "submitted", "draft", "submit"))["status"]
        == "applied"
    )
    with running.hub.sessions() as session, session.begin():
        returns.set_skip(session, "FJ", True, utc_now(), by=audit.HUB)
    running.add_user("ra", "WS", "regional_admin")
    s = browser_session(running)
    signed_in(s, running, "ra")
    html = s.get(console_url(running, "/review"), timeout=10).text
    assert "No capability figures this month." in html
    assert "The submission checks found nothing unusual." in html


def test_the_warnings_in_french() -> None:
    fr = words("fr")
    unusual = MonthProblem("SLTD", "searches", "unusual_figure", "", True, (400, 51, 12))
    assert warning_text(unusual, fr) == (
        "SLTD: recherches 400 est loin de l’habituel 51 (médiane sur 12\u00a0mois)"
    )
    over = MonthProblem("NOM", "hits", "hits_over_searches", "", False, (5, 2))
    assert warning_text(over, fr).startswith("NOM: 5 concordances pour seulement 2 recherches")


def test_screenshot_of_a_month_with_its_figures_and_warnings(
    sqlite_hub: RunningHub, page: WebDriver, screenshots: Path
) -> None:
    _fill(sqlite_hub)
    sqlite_hub.add_user("ra", "WS", "regional_admin")
    browser_sign_in(page, sqlite_hub, "ra")
    page.get(console_url(sqlite_hub, "/review"))
    month = page.find_element(By.CSS_SELECTOR, "tr[data-month='FJ-2025-03']")
    warnings = month.find_elements(By.CSS_SELECTOR, "li[data-warning]")
    assert len(warnings) == 2 and "Border operation Tiki" in warnings[1].text
    page.save_screenshot(str(screenshots / "console-review-figures-en.png"))
