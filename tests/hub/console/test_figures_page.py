"""The regional figures page against the real hub over HTTPS (SQLite and PostgreSQL), filled
through the real push path: a regional admin sees the eleven countries; a Fiji user who edits
the address to ask for Tonga sees Fiji only, on the page and in every export; the CSV and XLSX
files read back with the page's figures, and each download is logged."""

from __future__ import annotations

import csv
import io
import re
from html.parser import HTMLParser
from pathlib import Path

import requests
from openpyxl import load_workbook  # type: ignore[import-untyped]
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.select import Select

from bluepacific_hub import audit
from bluepacific_hub.audit import Action, AuditFilter
from bluepacific_hub.returns_grid import project_countries
from tests.hub.console.figures_data import fill_eleven
from tests.hub.console.test_browser_login import _no_console_complaints
from tests.support.console import (
    browser_session,
    browser_sign_in,
    console_url,
    press_and_wait,
    signed_in,
)
from tests.support.hubserver import RunningHub

# The integer columns of the training table (the page formats shares and means).
COUNTS = ("sessions", "attendances", "people", "female", "male", "another", "not_stated")


class _Tables(HTMLParser):
    """The cells of each <table data-table=…> of a page: name → rows (body and foot)."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: dict[str, list[list[str]]] = {}
        self._table: str | None = None
        self._row: list[str] | None = None
        self._cell: list[str] | None = None
        self._in_head = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "table" and found.get("data-table"):
            self._table = found["data-table"]
            self.tables[self._table or ""] = []
        elif tag == "thead":
            self._in_head = True
        elif tag == "tr" and self._table and not self._in_head:
            self._row = []
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            self._table = None
        elif tag == "thead":
            self._in_head = False
        elif tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row.append("".join(self._cell).strip())
            self._cell = None
        elif tag == "tr" and self._row is not None and self._table:
            self.tables[self._table].append(self._row)
            self._row = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def tables_of(html: str) -> dict[str, list[list[str]]]:
    parser = _Tables()
    parser.feed(html)
    return parser.tables


def _csv_rows(answer: requests.Response) -> list[dict[str, str]]:
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"].startswith("text/csv")
    assert "attachment" in answer.headers["content-disposition"]
    return list(csv.DictReader(io.StringIO(answer.content.decode("utf-8-sig"))))


def _xlsx_rows(answer: requests.Response) -> list[dict[str, object]]:
    assert answer.status_code == 200, answer.text
    assert "spreadsheetml" in answer.headers["content-type"]
    book = load_workbook(io.BytesIO(answer.content), read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    headers = [str(h) for h in rows[0]]
    # A read-only sheet drops a row's empty cells at its end: they read as None.
    return [dict(zip(headers, [*row, *[None] * len(headers)], strict=False)) for row in rows[1:]]


def test_a_regional_admin_sees_the_eleven_countries_and_the_exports_match(
    running: RunningHub,
) -> None:
    fill_eleven(running)
    running.add_user("ra", "WS", "regional_admin")
    s = browser_session(running)
    home = signed_in(s, running, "ra")
    assert 'href="/console/figures"' in home
    page = s.get(console_url(running, "/figures?year=2025"), timeout=30)
    assert page.status_code == 200, page.text
    assert page.headers["cache-control"] == "no-store"
    tables = tables_of(page.text)
    training = tables["training"]
    body, total = training[:-1], training[-1]
    assert sorted({row[0] for row in body}) == sorted(project_countries())
    assert len(project_countries()) == 11
    # Fiji and Tonga's 5 people (P1 once though trained twice) and one woman in each of nine.
    assert total[0] == "Total of the region"
    headers = ("sessions", "attendances", "people", "female", "male")
    assert dict(zip(headers, total[1:6], strict=True)) == {
        "sessions": "13",
        "attendances": "16",
        "people": "14",
        "female": "12",
        "male": "1",
    }
    assert "<svg" in page.text and "People trained by sex per quarter" in page.text
    assert "<script" not in page.text

    exported = _csv_rows(
        s.get(console_url(running, "/figures/export.csv?table=training&year=2025"), timeout=30)
    )
    assert len(exported) == len(body)
    page_rows = {(r[0], r[1], r[2]): r for r in body}
    names = list(exported[0])
    for row in exported:
        shown = page_rows[(row["country"], row["course"], row["quarter"])]
        for name in COUNTS:
            assert shown[names.index(name)] == row[name], (row, name)
    book = _xlsx_rows(
        s.get(console_url(running, "/figures/export.xlsx?table=training&year=2025"), timeout=30)
    )
    assert [{k: str(v) for k, v in r.items() if k in COUNTS} for r in book] == [
        {k: v for k, v in r.items() if k in COUNTS} for r in exported
    ]
    fj = next(
        r for r in book if (r["country"], r["course"], r["quarter"]) == ("FJ", "INV", "2025Q1")
    )
    assert (fj["sessions"], fj["attendances"], fj["female"], fj["male"]) == (1, 3, 2, 1)

    engagements = _csv_rows(
        s.get(console_url(running, "/figures/export.csv?table=engagements&year=2025&quarter=1"))
    )
    assert {(r["country"], r["kind"], r["engagements"]) for r in engagements} == {
        ("FJ", "meeting", "2"),
        ("TO", "meeting", "1"),
    }
    assert [
        r[:4]
        for r in tables_of(s.get(console_url(running, "/figures?year=2025&quarter=1")).text)[
            "engagements"
        ]
    ] == [["FJ", "Meetings", "2025Q1", "2"], ["TO", "Meetings", "2025Q1", "1"]]  # the files: codes
    # Capability use: a row per capability and country, a column per month, then the total.
    quarter = tables_of(s.get(console_url(running, "/figures?year=2025&quarter=1")).text)
    assert quarter["capabilities"] == [
        ["I247", "FJ", "100", "50", "—", "150"],
        ["I247", "TO", "7", "—", "—", "7"],  # February's "many" is not a number
        ["SLTD", "FJ", "20", "—", "—", "20"],
    ]
    hits = s.get(console_url(running, "/figures?year=2025&quarter=1&metric=hits")).text
    assert tables_of(hits)["capabilities"] == [
        ["I247", "FJ", "3", "1", "—", "4"],
        ["I247", "TO", "0", "—", "—", "0"],
    ]
    with running.hub.sessions() as session:
        logged = audit.list_events(session, AuditFilter(action=Action.FIGURES_EXPORTED))
    assert sorted(e.subject for e in logged) == [
        "engagements-2025Q1.csv",
        "training-2025.csv",
        "training-2025.xlsx",
    ]
    assert {e.actor for e in logged} == {"ra"}


def test_a_fiji_user_asking_for_tonga_sees_fiji_only(running: RunningHub) -> None:
    fill_eleven(running)  # "mere" is Fiji's focal point
    s = browser_session(running)
    signed_in(s, running, "mere")
    for path in ("/figures?year=2025&country=TO", "/figures?year=2025&country=ZZ"):
        page = s.get(console_url(running, path), timeout=30)
        assert page.status_code == 200, page.text
        tables = tables_of(page.text)
        for name in ("training", "capabilities", "engagements"):
            countries = {row[1] if name == "capabilities" else row[0] for row in tables[name]}
            countries.discard("Total of Fiji")
            assert countries == {"FJ"}, (name, countries)
        assert "Tonga" not in page.text and not re.search(r"\bTO\b", page.text)
        assert 'name="country"' not in page.text  # no country to choose
        assert tables["training"][-1][0] == "Total of Fiji"
        assert tables["training"][-1][3] == "4"  # Fiji's four people, not the region's

    for table in ("training", "capabilities", "engagements"):
        rows = _csv_rows(
            s.get(console_url(running, f"/figures/export.csv?table={table}&year=2025&country=TO"))
        )
        assert rows and {r["country"] for r in rows} == {"FJ"}, table
        book = _xlsx_rows(
            s.get(console_url(running, f"/figures/export.xlsx?table={table}&year=2025&country=TO"))
        )
        assert book and {r["country"] for r in book} == {"FJ"}, table
    with running.hub.sessions() as session:
        logged = audit.list_events(session, AuditFilter(action=Action.FIGURES_EXPORTED))
    assert len(logged) == 6 and {e.country for e in logged} == {"FJ"}
    assert all(e.subject.endswith(("-FJ.csv", "-FJ.xlsx")) for e in logged)


def test_filters_the_page_refuses_and_who_must_sign_in(running: RunningHub) -> None:
    running.add_user("ra", "WS", "regional_admin")
    anonymous = browser_session(running)
    for path in ("/figures", "/figures/export.csv?table=training"):
        r = anonymous.get(console_url(running, path), allow_redirects=False, timeout=10)
        assert r.status_code == 303 and r.headers["location"].startswith("/console/login")
    s = browser_session(running)
    signed_in(s, running, "ra")
    for bad in ("year=1999", "year=next", "quarter=5", "country=ZZ", "course=a%20b", "metric=x"):
        assert s.get(console_url(running, f"/figures?{bad}"), timeout=10).status_code == 400, bad
    assert s.get(console_url(running, "/figures/export.csv?table=contacts")).status_code == 404
    empty = s.get(console_url(running, "/figures?year=2025&course=NONE"), timeout=10)
    assert empty.status_code == 200 and "Nothing was recorded for these filters." in empty.text
    with running.hub.sessions() as session:
        assert audit.list_events(session, AuditFilter(action=Action.FIGURES_EXPORTED)) == []


def test_chromium_shows_the_figures_in_english_and_french(
    page: WebDriver, sqlite_hub: RunningHub, screenshots: Path
) -> None:
    fill_eleven(sqlite_hub)
    sqlite_hub.add_user("ra", "WS", "regional_admin")
    browser_sign_in(page, sqlite_hub, "ra")
    page.get(console_url(sqlite_hub, "/figures?year=2025&quarter=1"))
    assert page.find_element(By.TAG_NAME, "h1").text == "Regional figures"
    # Every control has its label; the charts are drawn (inline SVG, no script).
    for control in page.find_elements(By.CSS_SELECTOR, "form.filters select, form.filters input"):
        ident = control.get_attribute("id")
        assert page.find_elements(By.CSS_SELECTOR, f"label[for='{ident}']"), ident
    assert len(page.find_elements(By.CSS_SELECTOR, "figure.chart svg rect.bar")) > 0
    _no_console_complaints(page)
    page.save_screenshot(str(screenshots / "console-figures-en.png"))
    Select(page.find_element(By.ID, "lang")).select_by_value("fr")
    press_and_wait(page, page.find_element(By.CSS_SELECTOR, "form.lang button"))
    assert page.find_element(By.TAG_NAME, "h1").text == "Chiffres régionaux"
    assert "2025Q1" in page.find_element(By.CSS_SELECTOR, "p.scope").text  # the filters kept
    page.save_screenshot(str(screenshots / "console-figures-fr.png"))
