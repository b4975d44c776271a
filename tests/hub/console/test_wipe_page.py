"""Chromium on the devices page with the issue-15 columns: a laptop wiped (with when), one
waiting to be told, one still plain (told to encrypt), the Encrypted column and the
require-encryption policy on; the wipe's confirmation page. Screenshots for docs/console.md
(BLUEPACIFIC_CONSOLE_SCREENSHOTS)."""

from __future__ import annotations

from pathlib import Path

from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver

from bluepacific_hub import audit, policy
from bluepacific_hub.accounts import find_user, request_wipe
from bluepacific_hub.models import Device
from bluepacific_hub.policy import PolicyName
from bluepacific_wire import STORE_ENCRYPTED_HEADER, utc_now
from tests.support.console import browser_sign_in, console_url
from tests.support.hubserver import PASSWORD, RunningHub


def _login(running: RunningHub, username: str, encrypted: str) -> None:
    body = {"username": username, "password": PASSWORD, "device_name": f"{username} laptop"}
    r = running.session().post(running.url("/auth/login"), json=body,
                               headers={STORE_ENCRYPTED_HEADER: encrypted}, timeout=10)  # fmt: skip
    assert r.status_code == 200


def test_chromium_shows_wiped_devices_and_the_encryption_column(
    page: WebDriver, sqlite_hub: RunningHub, screenshots: Path
) -> None:
    sqlite_hub.add_user("ra", "WS", "regional_admin")
    for name, country, encrypted in (("fj-fp", "FJ", "yes"), ("to-fp", "TO", "no"),
                                     ("vu-fp", "VU", "no"), ("pw-fp", "PW", "no")):  # fmt: skip
        sqlite_hub.add_user(name, country)
        _login(sqlite_hub, name, encrypted)
    with sqlite_hub.hub.sessions() as session, session.begin():
        policy.set_policy(session, PolicyName.REQUIRE_ENCRYPTION, True, by=audit.HUB)
        for name in ("to-fp", "vu-fp"):
            device = session.query(Device).filter(
                Device.user_id == find_user(session, name).id).one()  # fmt: skip
            request_wipe(session, device.id, by=audit.HUB)
            if name == "vu-fp":
                device.wiped_at = utc_now()
    browser_sign_in(page, sqlite_hub, "ra")
    page.get(console_url(sqlite_hub, "/devices"))
    rows = page.find_elements(By.CSS_SELECTOR, "tr[data-device]")
    assert len(rows) == 4
    text = page.find_element(By.TAG_NAME, "main").text
    assert "Encryption is required" in text and "Wipe requested" in text
    assert "wiped on" in text.lower()  # a tag: upper case on screen
    cells = [c.text for c in page.find_elements(By.CSS_SELECTOR, "td.encrypted")]
    assert sorted(c.split()[0] for c in cells) == ["no", "no", "no", "yes"]
    assert len(page.find_elements(By.LINK_TEXT, "Wipe")) == 2  # not those already marked
    assert text.upper().count("MUST ENCRYPT") == 1  # the active plain one (Palau) only
    page.save_screenshot(str(screenshots / "console-devices-wipe.png"))
    page.find_element(By.LINK_TEXT, "Wipe").click()
    assert page.find_element(By.TAG_NAME, "h1").text == "Wipe a device"
    page.save_screenshot(str(screenshots / "console-wipe-confirm.png"))
