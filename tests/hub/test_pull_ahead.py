"""Pull pages made ahead (hub/pull_ahead.py): handed over when asked for, to that device only,
and a record written after a page was made still arrives, once."""

from __future__ import annotations

import json
import time
from typing import Any

import requests

from bluepacific_hub.compression import ZSTD_ANSWER_LEVEL
from bluepacific_wire import API_V2_PREFIX, expand_pull_page
from bluepacific_wire.codec import unzstd_bytes, zstd_bytes
from tests.support.hubserver import Client, RunningHub, change


def _page(client: Client, cursor: int, limit: int = 40) -> Any:
    r = client.running.session().get(
        f"{client.running.base_url}{API_V2_PREFIX}/sync/pull",
        params={"cursor": cursor, "limit": limit},
        headers=client.headers(),
        timeout=10,
    )
    assert r.status_code == 200, r.text
    return expand_pull_page(r.json(), cursor)


def _settle(running: RunningHub) -> None:
    """Until the page being made ahead is made (the test then writes after it)."""
    deadline = time.monotonic() + 10
    pages = running.hub.pull_ahead._pages
    while any(not future.done() for _at, future in list(pages.values())):
        assert time.monotonic() < deadline
        time.sleep(0.02)


def test_the_next_page_is_made_ahead_and_later_writes_still_arrive_once(
    running: RunningHub,
) -> None:
    ana = running.device("ana", "FJ")
    ana.push(*(change("FJ", {"n": i}) for i in range(100)))
    ahead = running.hub.pull_ahead
    received: list[str] = []
    cursor, pages = 0, 0
    first = _page(ana, cursor)
    received += [e["record_id"] for e in first["changes"]]
    cursor, pages = first["next_cursor"], 1
    _settle(running)
    late = change("FJ", {"n": "written after the next page was made"})
    ana.push(late)
    while True:
        page = _page(ana, cursor)
        received += [e["record_id"] for e in page["changes"]]
        cursor, pages = page["next_cursor"], pages + 1
        if not page["has_more"]:
            break
    assert ahead.hits == pages - 1  # every page after the first was made ahead
    # The late record comes in a later page or in the next pull: once either way.
    received += [e["record_id"] for e in _page(ana, cursor)["changes"]]
    assert received.count(late["record_id"]) == 1
    assert len(received) == len(set(received)) == 85 + 101


def test_a_page_made_ahead_goes_to_its_own_device_only(running: RunningHub) -> None:
    ana = running.device("ana", "FJ")
    ana.push(*(change("FJ", {"n": i}) for i in range(60)))
    other = running.device("mere", "FJ")
    first = _page(ana, 0)
    _settle(running)
    hits = running.hub.pull_ahead.hits
    _page(other, first["next_cursor"])  # the same cursor, another device
    assert running.hub.pull_ahead.hits == hits
    _page(ana, first["next_cursor"])
    assert running.hub.pull_ahead.hits == hits + 1


def test_a_large_page_made_ahead_comes_compressed_as_hard_as_a_batch(running: RunningHub) -> None:
    ana = running.device("ana", "FJ")
    ana.push(*(change("FJ", {"full_name": f"Officer {i}", "n": i}) for i in range(2100)))

    def raw(cursor: int, coding: str) -> requests.Response:
        r = ana.running.session().get(
            f"{ana.running.base_url}{API_V2_PREFIX}/sync/pull",
            params={"cursor": cursor, "limit": 1000},
            headers={**ana.headers(), "Accept-Encoding": coding},
            timeout=10,
            stream=True,
        )
        assert r.status_code == 200
        return r

    first = raw(0, "zstd, gzip")
    first.raw.read(decode_content=False)
    cursor = int(json.loads(raw(0, "identity").content)["next_cursor"])
    _settle(running)
    hits = running.hub.pull_ahead.hits
    ahead = raw(cursor, "zstd, gzip")
    wire = ahead.raw.read(decode_content=False)
    assert running.hub.pull_ahead.hits == hits + 1
    assert ahead.headers["Content-Encoding"] == "zstd"
    plain = raw(cursor, "identity").content  # made on the spot, not compressed
    made, fresh = json.loads(unzstd_bytes(wire)), json.loads(plain)
    assert made.pop("server_time") <= fresh.pop("server_time")
    assert made == fresh
    assert len(wire) < len(zstd_bytes(plain, ZSTD_ANSWER_LEVEL))
