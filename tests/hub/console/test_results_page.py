"""The results framework's page against the real hub over HTTPS (SQLite and PostgreSQL), filled
through the real push path: actuals beside targets; a regional admin checks a targets file
(every problem listed, TolaData's rule among them, nothing written), imports a good one and
downloads the file; a post without the CSRF token changes nothing; a focal point or a national
approver reads their own country only and cannot import."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import requests
from openpyxl import Workbook, load_workbook  # type: ignore[import-untyped]
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from sqlalchemy import select

from bluepacific_hub import audit
from bluepacific_hub.audit import Action, AuditFilter
from bluepacific_hub.models import IndicatorTarget, ProjectTarget
from bluepacific_hub.results.files import HEADERS
from bluepacific_hub.results.targets import YearValues, set_targets
from tests.hub.console.test_browser_login import _no_console_complaints
from tests.hub.figures.pushed import fill_region
from tests.support.console import (
    browser_session,
    browser_sign_in,
    console_url,
    csrf_of,
    signed_in,
)
from tests.support.hubserver import RunningHub

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _book(rows: list[tuple[Any, ...]]) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "targets"
    sheet.append(list(HEADERS))
    for row in rows:
        sheet.append(list(row))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


GOOD = _book(
    [
        ("sessions", "", "FJ", 2025, 1, 3, None, None),
        ("sessions", "", "FJ", "project", None, 10, None, None),
        ("trained_female", "", "TO", 2025, None, 4, None, None),
    ]
)
# A bad indicator, a negative target, and yearly targets over the life-of-project one.
BAD = _book(
    [
        ("sessions", "", "FJ", 2025, None, 6, None, None),
        ("sessions", "", "FJ", 2026, None, 5, None, None),
        ("sessions", "", "FJ", "project", None, 10, None, None),
        ("nothing", "", "FJ", 2025, None, 1, None, None),
        ("hits", "", "TO", 2025, None, -2, None, None),
    ]
)


def _stored(running: RunningHub) -> tuple[set[tuple[Any, ...]], set[tuple[Any, ...]]]:
    with running.hub.sessions() as session:
        yearly = {
            (t.indicator, t.country, t.year, t.target)
            for t in session.scalars(select(IndicatorTarget))
        }
        project = {
            (t.indicator, t.country, t.target) for t in session.scalars(select(ProjectTarget))
        }
        return yearly, project


def _post(
    s: requests.Session, running: RunningHub, content: bytes, mode: str, token: str | None
) -> requests.Response:
    data = {"mode": mode, "year": "2025"}
    if token is not None:
        data["csrf"] = token
    return s.post(
        console_url(running, "/results/import"),
        data=data,
        files={"file": ("targets 2025.xlsx", content, XLSX)},
        allow_redirects=False,
        timeout=30,
    )


def _row(html: str, indicator: str, country: str) -> list[str]:
    table = re.search(
        rf'<table class="figures" data-indicator="{indicator}">(.*?)</table>', html, re.S
    )
    assert table, indicator
    row = re.search(rf'<tr data-country="{country}">(.*?)</tr>', table.group(1), re.S)
    assert row, (indicator, country)
    return [
        re.sub(r"<[^>]+>", "", c).strip()
        for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row.group(1), re.S)
    ]


def test_a_regional_admin_checks_imports_and_downloads_the_targets(running: RunningHub) -> None:
    fill_region(running)
    running.add_user("ra", "WS", "regional_admin")
    s = browser_session(running)
    home = signed_in(s, running, "ra")
    assert 'href="/console/results"' in home
    page = s.get(console_url(running, "/results?year=2025"), timeout=30)
    assert page.status_code == 200, page.text
    # Fiji's three sessions of 2025, no target yet; the region's four.
    assert _row(page.text, "sessions", "FJ") == ["Fiji", "—", "—", "3", "—", "—"]
    assert _row(page.text, "sessions", "REGION")[3] == "4"
    assert page.text.count("<svg") == 7 and 'enctype="multipart/form-data"' in page.text
    token = csrf_of(page.text)

    bad = _post(s, running, BAD, "import", token)
    assert bad.status_code == 422
    assert "Nothing was written. Problems found: 3 (rows read: 5)." in bad.text
    problems = re.findall(
        r"<li>(.*?)</li>", bad.text.split('class="problems"')[1].split("</ul>")[0]
    )
    assert len(problems) == 3, problems
    assert any("unknown indicator &#39;nothing&#39;" in p for p in problems)
    assert any("negative" in p for p in problems)
    assert any(
        "add up to 11" in p and "more than the life-of-project target of 10" in p for p in problems
    )
    assert _stored(running) == (set(), set())

    checked = _post(s, running, GOOD, "check", token)
    assert checked.status_code == 200 and 'data-outcome="checked"' in checked.text
    assert _stored(running) == (set(), set())
    done = _post(s, running, GOOD, "import", token)
    assert done.status_code == 200 and 'data-outcome="written"' in done.text
    assert _stored(running) == (
        {("sessions", "FJ", 2025, 3.0), ("trained_female", "TO", 2025, 4.0)},
        {("sessions", "FJ", 10.0)},
    )
    # The page after the import: the year of the form, each target beside its actual.
    assert _row(done.text, "sessions", "FJ") == ["Fiji", "1", "3", "3", "100%", "10"]
    assert _row(done.text, "trained_female", "TO") == ["Tonga", "—", "4", "1", "25%", "—"]

    export = s.get(console_url(running, "/results/targets.xlsx?year=2025"), timeout=30)
    assert export.status_code == 200 and export.headers["content-type"] == XLSX
    rows = list(load_workbook(io.BytesIO(export.content)).worksheets[0].iter_rows(values_only=True))
    assert tuple(rows[0]) == HEADERS
    fj = next(r for r in rows if r[0] == "sessions" and r[2] == "FJ" and r[3] == 2025)
    assert fj[4:8] == (1, 3, 3, 100)
    with running.hub.sessions() as session:
        imported = audit.list_events(session, AuditFilter(action=Action.TARGETS_IMPORTED))
        exported = audit.list_events(session, AuditFilter(action=Action.FIGURES_EXPORTED))
    assert [e.subject for e in imported] == ["targets 2025.xlsx"]
    assert [(e.subject, e.actor) for e in exported] == [("targets.xlsx", "ra")]


def test_a_post_without_the_csrf_token_changes_nothing(running: RunningHub) -> None:
    running.add_user("ra", "WS", "regional_admin")
    s = browser_session(running)
    signed_in(s, running, "ra")
    for token in (None, "", "not-the-token"):
        answer = _post(s, running, GOOD, "import", token)
        assert answer.status_code == 403, token
    # Not a multipart form, or one too big: refused before it is read.
    assert (
        s.post(console_url(running, "/results/import"), data={"mode": "import"}).status_code == 400
    )
    huge = _post(
        s,
        running,
        b"x" * (3 * 1024 * 1024),
        "import",
        csrf_of(s.get(console_url(running, "/results")).text),
    )
    assert huge.status_code == 400
    assert _stored(running) == (set(), set())
    with running.hub.sessions() as session:
        assert audit.list_events(session, AuditFilter(action=Action.TARGETS_IMPORTED)) == []


def test_national_users_read_their_country_only_and_cannot_import(
    running: RunningHub, tmp_path: Path
) -> None:
    fill_region(running)  # "mere" is Fiji's focal point
    running.add_user("fj-na", "FJ", "national_approver")
    for name in ("mere", "fj-na"):
        s = browser_session(running)
        signed_in(s, running, name)
        page = s.get(console_url(running, "/results?year=2025&country=TO"), timeout=30)
        assert page.status_code == 200
        assert set(re.findall(r'<tr data-country="(\w+)">', page.text)) == {"FJ"}
        assert "Tonga" not in page.text and "REGION" not in page.text
        assert "/results/import" not in page.text and "targets.xlsx" not in page.text
        token = csrf_of(page.text)
        assert _post(s, running, GOOD, "import", token).status_code == 404
        assert s.get(console_url(running, "/results/targets.xlsx")).status_code == 404
    assert _stored(running) == (set(), set())
    with running.hub.sessions() as session:
        assert audit.list_events(session, AuditFilter(action=Action.FIGURES_EXPORTED)) == []


def test_chromium_shows_the_results_framework(
    page: WebDriver, sqlite_hub: RunningHub, screenshots: Path
) -> None:
    fill_region(sqlite_hub)
    sqlite_hub.add_user("ra", "WS", "regional_admin")
    with sqlite_hub.hub.sessions() as session, session.begin():
        set_targets(
            session,
            {
                ("sessions", "FJ", 2025): YearValues(1, 4),
                ("sessions", "TO", 2025): YearValues(0, 2),
                ("trained_female", "FJ", 2025): YearValues(1, 3),
                ("trained_female", "TO", 2025): YearValues(None, 2),
            },
            {("sessions", "FJ"): 10},
            by=audit.command_line(),
        )
    browser_sign_in(page, sqlite_hub, "ra")
    page.get(console_url(sqlite_hub, "/results?year=2025"))
    assert page.find_element(By.TAG_NAME, "h1").text == "Results framework"
    assert len(page.find_elements(By.CSS_SELECTOR, "figure.chart svg")) == 7
    label = page.find_element(By.CSS_SELECTOR, "label[for='targets-file']")
    assert label.text.startswith("Targets file")
    _no_console_complaints(page)
    page.save_screenshot(str(screenshots / "console-results-en.png"))
