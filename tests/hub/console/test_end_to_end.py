"""Issue 14 end to end, in a real browser (Debian's headless Chromium through Selenium) against
the real hub over HTTPS on loopback, with the data pushed by a real desktop's syncs: a focal
point's laptop submits two months; the regional admin (with the second factor) sends one back
with a comment and accepts the other in the browser; the laptop's next sync shows the comment
(its monthly-return workflow, not its GUI); the figures' XLSX export reads back with openpyxl;
the donor pack downloads from the browser and reads back with pdftotext; the laptop revoked in
the browser gets 401 at its next sync."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from openpyxl import load_workbook
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.select import Select
from sqlalchemy import select

from bluepacific_desktop.domain.enums import RecordKind as K
from bluepacific_desktop.domain.returns import ReturnAction as A
from bluepacific_desktop.workflows.returns import get_return, transition
from bluepacific_hub import audit, returns
from bluepacific_hub.audit import Action, AuditFilter
from bluepacific_hub.models import Device as HubDevice
from bluepacific_hub.models import User
from bluepacific_wire import utc_now
from tests.hub.donor.readback import figure, pdf_text
from tests.support.console import browser_sign_in, console_url, press_and_wait
from tests.support.hubserver import RunningHub
from tests.sync.conftest import Device


def _synced(device: Device) -> None:
    report = device.sync()
    assert report.complete and report.error is None, report


def _download(page: WebDriver, folder: Path, button: str, suffix: str = ".pdf") -> Path:
    """Press the button (or link) and wait for the file it downloads (no page follows)."""
    page.execute_cdp_cmd(
        "Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(folder)}
    )
    page.find_element(By.CSS_SELECTOR, button).click()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        done = [p for p in folder.iterdir() if p.suffix == suffix]
        if done:
            return done[0]
        time.sleep(0.2)
    raise AssertionError(f"nothing downloaded into {folder}: {list(folder.iterdir())}")


def test_a_quarter_from_the_laptop_to_the_donor_pack(
    sqlite_hub: RunningHub,
    page: WebDriver,
    tmp_path: Path,
    screenshots: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    running = sqlite_hub
    running.add_user("fj-fp", "FJ")
    running.add_user("ra", "WS", "regional_admin")
    laptop = Device(running, tmp_path / "laptop", "FJ", "fj-fp")  # type: ignore[arg-type]
    try:
        laptop.login()
        # The focal point's February and March: SLTD searches and hits, then both submitted.
        laptop.create(K.CAPABILITY_REPORT, period="2025-02", searches=120, hits=2)
        laptop.create(K.CAPABILITY_REPORT, period="2025-03", searches=80, hits=1)
        for month in ("2025-02", "2025-03"):
            assert transition(laptop.store, month, A.SUBMIT).state == "submitted"
        _synced(laptop)
        with running.hub.sessions() as session, session.begin():
            # Fiji's months go to the regional team straight (no national approver here).
            returns.set_skip(session, "FJ", True, utc_now(), by=audit.HUB)

        # The regional admin: password, then the second factor (enrolled at this first visit).
        browser_sign_in(page, running, "ra")
        assert page.current_url == console_url(running)
        press_and_wait(page, page.find_element(By.LINK_TEXT, "Review"))
        march = page.find_element(By.CSS_SELECTOR, "tr[data-month='FJ-2025-03']")
        assert "SLTD searches" in march.find_element(By.CSS_SELECTOR, "td.month-figures").text
        box = march.find_element(By.ID, "comment-FJ-2025-03-send_back")
        box.send_keys("SLTD hits look low: check March's second week")
        press_and_wait(page, box.find_element(By.XPATH, "..").find_element(By.TAG_NAME, "button"))
        february = page.find_element(By.CSS_SELECTOR, "tr[data-month='FJ-2025-02']")
        accept = february.find_element(By.CSS_SELECTOR, "form.decide input[value='accept']")
        press_and_wait(
            page, accept.find_element(By.XPATH, "..").find_element(By.TAG_NAME, "button")
        )
        assert "Nothing is waiting for you." in page.find_element(By.TAG_NAME, "main").text

        # The laptop's next sync: March is back in draft with the comment, February accepted.
        _synced(laptop)
        sent_back = get_return(laptop.store, "2025-03")
        assert sent_back.state == "draft"
        assert sent_back.comment == "SLTD hits look low: check March's second week"
        assert get_return(laptop.store, "2025-02").state == "accepted"

        # The figures page's XLSX export, downloaded by the browser and read back with
        # openpyxl: the laptop's two months.
        page.get(console_url(running, "/figures?year=2025&country=FJ"))
        sheets = tmp_path / "sheets"
        sheets.mkdir()
        xlsx = _download(page, sheets, "a[data-export=capabilities-xlsx]", ".xlsx")
        rows = list(load_workbook(xlsx)["capabilities"].iter_rows(min_row=2, values_only=True))
        assert [r[:5] for r in rows] == [
            ("SLTD", "FJ", "2025-02", 1, 120),
            ("SLTD", "FJ", "2025-03", 1, 80),
        ]

        # The donor pack of 2025Q1, generated in the browser and read back.
        press_and_wait(page, page.find_element(By.LINK_TEXT, "Donor pack"))
        Select(page.find_element(By.ID, "quarter")).select_by_value("2025Q1")
        page.save_screenshot(str(screenshots / "console-donor-en.png"))
        downloads = tmp_path / "downloads"
        downloads.mkdir()
        pdf = _download(page, downloads, "form.donor button[type=submit]")
        assert pdf.name == "donor-pack-2025Q1-region-en-a4.pdf"
        text = pdf_text(pdf)
        assert figure(text, "Database searches") == "200" and figure(text, "Hits") == "3"
        assert "Fiji (FJ), 2025Q1" in text and "Vanuatu (VU), 2025Q1" in text
        # Received: February and March (sent back since: a draft again); on time: none (the
        # laptop submitted them in this test, long after their deadlines).
        assert figure(text, "Reporting rate") == "3%"
        with running.hub.sessions() as session:
            (made,) = audit.list_events(session, AuditFilter(action=Action.DONOR_PACK_GENERATED))
        assert (made.actor, made.details["via"]) == ("ra", "console")

        # The laptop revoked in the browser: its next sync is refused (401).
        with running.hub.sessions() as session:
            device_id = session.scalar(
                select(HubDevice.id).join(User, User.id == HubDevice.user_id)
                .where(User.username == "fj-fp")
            )  # fmt: skip
        press_and_wait(page, page.find_element(By.LINK_TEXT, "Devices"))
        row = page.find_element(By.CSS_SELECTOR, f"tr[data-device='{device_id}']")
        press_and_wait(page, row.find_element(By.LINK_TEXT, "Revoke"))
        press_and_wait(page, page.find_element(By.CSS_SELECTOR, "main form button.primary"))
        assert page.current_url == console_url(running, "/devices")
        report = laptop.sync()
        assert not report.complete and "withdrew" in (report.error or ""), report
        answer = running.session().get(
            running.url("/sync/pull"),
            headers={"Authorization": f"Bearer {laptop.token}"},
            timeout=10,
        )
        assert answer.status_code == 401
    finally:
        laptop.store.close()
