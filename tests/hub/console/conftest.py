"""Fixtures of the console tests: a browser-like `requests` session against the real hub, and
one headless Chromium (Debian's, through Selenium) shared by the whole test session."""

from __future__ import annotations

import base64
import hashlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

from bluepacific_hub.settings import HubSettings
from tests.support.console import CHROMEDRIVER, CHROMIUM
from tests.support.hubserver import RunningHub, Tls, running_hub

# Where the screenshot tests write their PNGs; docs/screenshots when this names it.
SCREENSHOTS_ENV = "BLUEPACIFIC_CONSOLE_SCREENSHOTS"


def _spki_pin(cert_file: str) -> str:
    """base64(SHA-256(SubjectPublicKeyInfo)) of the hub's test certificate: Chromium trusts
    that one key (--ignore-certificate-errors-spki-list), not every certificate."""
    pem = Path(cert_file).read_bytes()
    cert = x509.load_pem_x509_certificate(pem)
    spki = cert.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return base64.b64encode(hashlib.sha256(spki).digest()).decode()


@pytest.fixture(scope="session")
def browser(tls: Tls, tmp_path_factory: pytest.TempPathFactory) -> Iterator[webdriver.Chrome]:
    """One headless Chromium at 1366×768 for every browser test (starting it costs seconds)."""
    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        pytest.skip("Debian's chromium and chromium-driver are not installed (.ci/run does)")
    profile = tmp_path_factory.mktemp("chromium-profile")
    options = Options()
    options.binary_location = CHROMIUM
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1366,768",
        "--lang=en-GB",
        f"--user-data-dir={profile}",
        f"--ignore-certificate-errors-spki-list={_spki_pin(tls.cert_file)}",
    ):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    driver.set_page_load_timeout(20)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def page(browser: webdriver.Chrome) -> Iterator[webdriver.Chrome]:
    """The shared browser with no cookies (each test's hub is new; 127.0.0.1 is one site)."""
    browser.execute_cdp_cmd("Network.clearBrowserCookies", {})
    browser.get("about:blank")
    browser.get_log("browser")  # what earlier tests left in the console log
    yield browser


@pytest.fixture
def sqlite_hub(tmp_path: Path, tls: Tls) -> Iterator[RunningHub]:
    """The real hub over HTTPS on a SQLite file (the browser tests need one backend only)."""
    settings = HubSettings(
        database_url=f"sqlite:///{tmp_path / 'hub.db'}", argon2_time_cost=1, argon2_memory_kib=8192
    )
    with running_hub(settings, tls) as running:
        yield running


@pytest.fixture
def screenshots(tmp_path: Path) -> Path:
    """The folder for screenshots: $BLUEPACIFIC_CONSOLE_SCREENSHOTS, else a temporary one."""
    folder = Path(os.environ.get(SCREENSHOTS_ENV) or tmp_path / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder
