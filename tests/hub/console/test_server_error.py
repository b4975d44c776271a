"""An unexpected error in a console route: an HTML page in the user's language with a reference
id that the hub's log has beside the traceback, never the traceback itself; the API's errors
stay JSON."""

from __future__ import annotations

import logging
import re

import pytest

from bluepacific_hub import api_health
from bluepacific_hub.console import home
from tests.support.console import browser_session, console_url, csrf_of, signed_in
from tests.support.hubserver import RunningHub


def _boom(*_args: object, **_kwargs: object) -> object:
    raise RuntimeError("grid exploded: SELECT secret_column FROM hub_user")


def test_a_console_error_shows_a_page_with_a_reference_in_the_log(
    running: RunningHub, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    running.add_user("fj-fp", "FJ")
    s = browser_session(running)
    signed_in(s, running, "fj-fp")
    # The user reads the console in French.
    here = s.get(console_url(running, "/contacts"), timeout=10).text
    s.post(console_url(running, "/language"),
           data={"csrf": csrf_of(here), "lang": "fr", "next": "/console/contacts"},
           timeout=10)  # fmt: skip
    monkeypatch.setattr(home, "completeness_grid", _boom)
    with caplog.at_level(logging.ERROR):
        answer = s.get(console_url(running), timeout=10)
    assert answer.status_code == 500
    assert answer.headers["content-type"].startswith("text/html")
    assert answer.headers["cache-control"] == "no-store"
    assert "Content-Security-Policy" in answer.headers
    assert "Le serveur a eu un problème" in answer.text
    assert "Traceback" not in answer.text and "secret_column" not in answer.text
    found = re.search(r"cette référence à l’équipe régionale\u00a0: ([0-9a-f]{10})", answer.text)
    assert found, answer.text
    logged = [r for r in caplog.records if found.group(1) in r.getMessage()]
    assert len(logged) == 1 and logged[0].exc_info is not None
    assert "grid exploded" in str(logged[0].exc_info[1])
    # The next page works again, and signed in still.
    monkeypatch.undo()
    assert s.get(console_url(running), timeout=10).status_code == 200


def test_the_api_keeps_its_json_errors(
    running: RunningHub, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(api_health, "utc_now", _boom)
    answer = browser_session(running).get(f"{running.base_url}/api/v1/health", timeout=10)
    assert answer.status_code == 500
    assert answer.json()["error"] == "internal_error"
    assert answer.headers["content-type"].startswith("application/json")
