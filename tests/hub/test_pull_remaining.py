"""The pull page's `remaining`: how many records the pages after it hold (a restore's progress)."""

from __future__ import annotations

from typing import Any

from bluepacific_wire import parse_pull_response
from tests.support.hubserver import Client, change

REFERENCE_COUNT = 85


def _walk(client: Client, limit: int, skip_own: bool) -> list[dict[str, Any]]:
    pages: list[dict[str, Any]] = []
    cursor = 0
    while True:
        r = client.running.session().get(
            client.running.url("/sync/pull"),
            params={"cursor": cursor, "limit": limit, "skip_own": skip_own},
            headers=client.headers(),
            timeout=10,
        )
        assert r.status_code == 200, r.text
        page = parse_pull_response(r.json())
        pages.append(dict(page))
        cursor = page["next_cursor"]
        if not page["has_more"]:
            return pages


def test_each_page_says_how_many_records_the_next_pages_hold(running: Any) -> None:
    ana = running.device("ana", "FJ")
    ana.push(*(change("FJ", {"n": i}) for i in range(30)))
    tonga = running.device("sione", "TO")
    tonga.push(*(change("TO", {"n": i}) for i in range(7)))  # not Fiji's to see
    pages = _walk(ana, 40, skip_own=False)
    total = REFERENCE_COUNT + 30
    sent = 0
    for page in pages:
        sent += len(page["changes"])
        assert page["remaining"] == total - sent
    assert pages[-1]["remaining"] == 0 and sent == total


def test_remaining_leaves_out_the_devices_own_echoes(running: Any) -> None:
    ana = running.device("ana", "FJ")
    ana.push(*(change("FJ", {"n": i}) for i in range(50)))
    mere = running.device("mere", "FJ")
    mere.push(*(change("FJ", {"n": i}) for i in range(20)))
    pages = _walk(ana, 30, skip_own=True)
    others = REFERENCE_COUNT + 20
    assert [p["remaining"] for p in pages] == [others - 30, others - 60, others - 90, 0]
    assert sum(len(p["changes"]) for p in pages) == others
