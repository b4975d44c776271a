"""API v2's compact pull page: the same records as v1's page, in fewer bytes; v1 unchanged."""

from __future__ import annotations

import copy
import json
import uuid
from typing import Any

import pytest

from bluepacific_hub.compression import ZSTD_ANSWER_LEVEL
from bluepacific_wire import (
    API_V2_PREFIX,
    WireFormatError,
    compact_pull_page,
    expand_pull_page,
    parse_pull_response,
)
from bluepacific_wire.codec import zstd_bytes
from tests.support.hubserver import Client, RunningHub, change

V1_KEYS = {"changes", "next_cursor", "has_more", "server_time", "return_rules", "remaining"}
ENVELOPE_KEYS = {
    "kind",
    "record_id",
    "country",
    "revision",
    "deleted",
    "fields",
    "created_at",
    "updated_at",
    "device_id",
}


def _get(client: Client, prefix: str, cursor: int, limit: int, skip_own: bool) -> Any:
    r = client.running.session().get(
        f"{client.running.base_url}{prefix}/sync/pull",
        params={"cursor": cursor, "limit": limit, "skip_own": skip_own},
        headers=client.headers(),
        timeout=10,
    )
    assert r.status_code == 200, r.text
    return r.json()


def _both(client: Client, limit: int, skip_own: bool = False) -> list[tuple[int, Any, Any]]:
    """Every page from 0 through v1 and v2: (cursor, v1 page, v2 page)."""
    pages = []
    cursor = 0
    while True:
        v1 = _get(client, "/api/v1", cursor, limit, skip_own)
        v2 = _get(client, API_V2_PREFIX, cursor, limit, skip_own)
        pages.append((cursor, v1, v2))
        cursor = v1["next_cursor"]
        if not v1["has_more"]:
            return pages


def _varied_hub(running: RunningHub) -> tuple[Client, Client]:
    """Fiji's records from two devices (new, edited, deleted), a Tongan contact, reference."""
    ana = running.device("ana", "FJ")
    mere = running.device("mere", "FJ")
    sione = running.device("sione", "TO")
    people = [change("FJ", {"full_name": f"Officer {i}", "sex": "female"}) for i in range(40)]
    answer = ana.push(*people)
    revisions = [r["revision"] for r in answer["results"]]
    mere.push(
        change(
            "FJ",
            {"full_name": "Edited"},
            record_id=people[3]["record_id"],
            base_revision=revisions[3],
        ),
        change(
            "FJ",
            {},
            record_id=people[5]["record_id"],
            base_revision=revisions[5],
            op="delete",
            changed_fields=[],
        ),
        change("FJ", {"full_name": "No sex given", "tags": ["a", "b"], "age": 41}),
    )
    sione.push(change("TO", {"full_name": "Tongan contact", "phone": "+676"}, kind="contact"))
    return ana, mere


@pytest.mark.parametrize("skip_own", [False, True])
def test_v2_pages_hold_exactly_the_records_of_v1_pages(running: RunningHub, skip_own: bool) -> None:
    ana, _mere = _varied_hub(running)
    pages = _both(ana, 17, skip_own)
    assert len(pages) >= 3
    kinds = set()
    for cursor, v1, v2 in pages:
        expanded = expand_pull_page(v2, cursor)
        old = parse_pull_response(v1)
        old.pop("server_time"), expanded.pop("server_time")  # type: ignore[misc]
        assert expanded == old
        kinds |= {e["kind"] for e in old["changes"]}
        assert set(v2) == {"shapes", "devices", "records"} | (V1_KEYS - {"changes"})
    assert {"person", "contact", "ref_country"} <= kinds
    every = [e for c, v1, _ in pages for e in parse_pull_response(v1)["changes"]]
    assert any(e["deleted"] for e in every)
    assert any(e["updated_at"] != e["created_at"] for e in every)


def test_a_v1_page_is_unchanged_for_older_desktops(running: RunningHub) -> None:
    ana, _mere = _varied_hub(running)
    for _cursor, v1, _v2 in _both(ana, 30):
        # Only `remaining` is new, and optional: an older desktop's reading ignores it.
        assert set(v1) == V1_KEYS
        assert all(set(e) == ENVELOPE_KEYS for e in v1["changes"])
        old_reading = {k: v for k, v in v1.items() if k != "remaining"}
        assert parse_pull_response(old_reading)["changes"] == v1["changes"]


def test_the_compact_page_is_smaller_before_and_after_compression(running: RunningHub) -> None:
    ana = running.device("ana", "FJ")
    people = [
        change(
            "FJ",
            {
                "full_name": f"Officer {uuid.uuid4().hex[:8]}",
                "sex": "male",
                "agency": "Fiji Police",
            },
        )
        for i in range(300)
    ]
    contacts = [
        change(
            "FJ",
            {"full_name": f"Contact {i}", "phone": f"+679{i:07d}", "organisation": "NDMO"},
            kind="contact",
        )
        for i in range(200)
    ]
    ana.push(*people, *contacts)
    v1 = _get(ana, "/api/v1", 85, 500, False)  # past the reference data
    v2 = _get(ana, API_V2_PREFIX, 85, 500, False)
    assert len(v1["changes"]) == 500
    raw1, raw2 = (json.dumps(p, separators=(",", ":")).encode() for p in (v1, v2))
    # At the level the hub compresses its answers with (what crosses the link).
    z1, z2 = (len(zstd_bytes(raw, ZSTD_ANSWER_LEVEL)) for raw in (raw1, raw2))
    print(f"\npage of 500: v1 {len(raw1):,} B JSON / {z1:,} B zstd; v2 {len(raw2):,} B / {z2:,} B")
    assert len(raw2) < 0.6 * len(raw1)
    # What remains is values: the random record ids alone are 3/4 of the compressed page.
    assert z2 < 0.92 * z1


def _page() -> tuple[dict[str, Any], int]:
    env = {
        "kind": "person",
        "record_id": str(uuid.uuid4()),
        "country": "FJ",
        "revision": 12,
        "deleted": False,
        "fields": {"full_name": "Mere"},
        "created_at": "2025-03-03T21:15:00.000000Z",
        "updated_at": "2025-03-03T21:15:00.000000Z",
        "device_id": str(uuid.uuid4()),
    }
    page = {
        "changes": [env],
        "next_cursor": 12,
        "has_more": False,
        "server_time": "2025-03-03T21:15:00.000000Z",
        "remaining": 0,
    }
    return compact_pull_page(parse_pull_response(page), 10), 10


@pytest.mark.parametrize(
    ("damage", "field"),
    [
        (lambda p: p["records"][0].__setitem__(0, 1), "records[0][0]"),  # no such shape
        (lambda p: p["records"][0].append("extra"), "records[0]"),  # a value too many
        (lambda p: p["records"][0].__setitem__(2, 0), "records[0][2]"),  # revision not after
        (lambda p: p["records"][0].__setitem__(6, 3), "records[0][6]"),  # no such device
        (lambda p: p["shapes"][0].__setitem__(1, "fiji"), "changes[0]"),
        (lambda p: p["records"][0].__setitem__(1, "not-a-uuid"), "changes[0]"),
        (lambda p: p.pop("records"), "records"),
    ],
)
def test_a_damaged_compact_page_is_refused(damage: Any, field: str) -> None:
    page, cursor = _page()
    assert expand_pull_page(copy.deepcopy(page), cursor)["changes"][0]["revision"] == 12
    damage(page)
    with pytest.raises(WireFormatError) as caught:
        expand_pull_page(page, cursor)
    assert field in str(caught.value)
