"""What each device last said it held unsent (the waiting header of its sync's calls), kept by
the hub and shown on the console's devices page, against the real hub over HTTPS (SQLite and
PostgreSQL); a header that is not a plain count is ignored, never an error."""

from __future__ import annotations

import re

import requests

from bluepacific_hub.models import Device
from bluepacific_wire import WAITING_HEADER
from tests.support.console import browser_session, console_url, signed_in
from tests.support.hubserver import PASSWORD, RunningHub


def _token(running: RunningHub, username: str) -> str:
    body = {"username": username, "password": PASSWORD, "device_name": f"{username} laptop"}
    r = running.session().post(running.url("/auth/login"), json=body, timeout=10)
    assert r.status_code == 200
    return str(r.json()["token"])


def _pull(running: RunningHub, token: str, waiting: str | None) -> requests.Response:
    headers = {"Authorization": f"Bearer {token}"}
    if waiting is not None:
        headers[WAITING_HEADER] = waiting
    return running.session().get(running.url("/sync/pull"), headers=headers, timeout=10)


def _reported(running: RunningHub) -> tuple[int | None, bool]:
    with running.hub.sessions() as session:
        device = session.query(Device).one()
        return device.reported_waiting, device.reported_waiting_at is not None


def test_the_hub_keeps_the_last_count_and_the_devices_page_shows_it(running: RunningHub) -> None:
    running.add_user("fj-fp", "FJ")
    token = _token(running, "fj-fp")
    assert _reported(running) == (None, False)  # never said: an older desktop
    assert _pull(running, token, "7").status_code == 200
    assert _reported(running) == (7, True)
    for junk in ("-3", "many", "1" * 12, ""):  # not a count: ignored, the call still works
        assert _pull(running, token, junk).status_code == 200
        assert _reported(running) == (7, True)
    assert _pull(running, token, None).status_code == 200  # not said: the last count stays
    assert _reported(running) == (7, True)

    running.add_user("ra", "WS", "regional_admin")
    s = browser_session(running)
    signed_in(s, running, "ra")
    page = s.get(console_url(running, "/devices"), timeout=10).text
    assert "Changes waiting" in page
    cell = re.search(r'<td class="waiting">(.*?)</td>', page, re.S)
    assert cell is not None and cell.group(1).startswith("7") and ">at " in cell.group(1)
    assert _pull(running, token, "0").status_code == 200
    page = s.get(console_url(running, "/devices"), timeout=10).text
    cell = re.search(r'<td class="waiting">(.*?)</td>', page, re.S)
    assert cell is not None and cell.group(1).startswith("0")
