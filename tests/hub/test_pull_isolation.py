"""GET /sync/pull: paging, the cursor, and per-country isolation on every endpoint."""

from __future__ import annotations

from bluepacific_wire import REFERENCE_KINDS, parse_pull_response, reference_record_id
from tests.support.hubserver import RunningHub, change

REFERENCE_COUNT = 85


def test_pull_pages_through_everything_once_in_revision_order(running: RunningHub) -> None:
    client = running.device("ana", "FJ")
    client.push(*(change("FJ", {"n": i}) for i in range(30)))
    seen: list[int] = []
    cursor = 0
    pages = 0
    while True:
        page = parse_pull_response(client.pull(cursor, limit=40))
        pages += 1
        seen.extend(e["revision"] for e in page["changes"])
        assert len(page["changes"]) <= 40
        cursor = page["next_cursor"]
        if not page["has_more"]:
            break
    assert pages == 3
    assert seen == sorted(seen) and len(seen) == len(set(seen)) == REFERENCE_COUNT + 30
    empty = client.pull(cursor)
    assert empty == {**empty, "changes": [], "next_cursor": cursor, "has_more": False}


def test_pull_returns_latest_version_once(running: RunningHub) -> None:
    client = running.device("ana", "FJ")
    c = change("FJ", {"full_name": "v1"})
    rev = client.push(c)["results"][0]["revision"]
    cursor = client.pull(0)["next_cursor"]
    assert cursor == rev
    client.push(change("FJ", {"full_name": "v2"}, record_id=c["record_id"], base_revision=rev))
    page = client.pull(cursor)
    assert [e["fields"]["full_name"] for e in page["changes"]] == ["v2"]


def test_reference_data_reaches_every_device(running: RunningHub) -> None:
    client = running.device("ana", "VU")
    records = client.pull_all()
    kinds = {r["kind"] for r in records}
    assert kinds == set(REFERENCE_KINDS)
    by_id = {r["record_id"]: r for r in records}
    tonga = by_id[reference_record_id("ref_country", "TO")]
    assert tonga["fields"]["zones"] == ["Pacific/Tongatapu"]
    assert tonga["country"] is None


def test_pull_is_gzip_compressed(running: RunningHub) -> None:
    client = running.device("ana", "FJ")
    r = running.session().get(
        running.url("/sync/pull"),
        headers={**client.headers(), "Accept-Encoding": "gzip"},
        timeout=10,
    )
    assert r.headers["Content-Encoding"] == "gzip"


def test_focal_points_see_only_their_country_plus_contacts(running: RunningHub) -> None:
    fiji = running.device("ana", "FJ")
    tonga = running.device("mele", "TO")
    fiji_person = change("FJ", {"full_name": "Fiji only"})
    fiji_contact = change("FJ", {"full_name": "Shared"}, kind="contact")
    tonga_person = change("TO", {"full_name": "Tonga only"})
    fiji.push(fiji_person, fiji_contact)
    tonga.push(tonga_person)
    seen_by_tonga = {r["record_id"] for r in tonga.pull_all() if r["country"]}
    assert seen_by_tonga == {fiji_contact["record_id"], tonga_person["record_id"]}
    seen_by_fiji = {r["record_id"] for r in fiji.pull_all() if r["country"]}
    assert seen_by_fiji == {fiji_person["record_id"], fiji_contact["record_id"]}


def test_contacts_may_only_be_pushed_for_own_country(running: RunningHub) -> None:
    fiji = running.device("ana", "FJ")
    tonga = running.device("mele", "TO")
    contact = change("FJ", {"full_name": "Shared", "phone": "1"}, kind="contact")
    rev = fiji.push(contact)["results"][0]["revision"]
    edit = change(
        "FJ", {"phone": "2"}, kind="contact", record_id=contact["record_id"], base_revision=rev
    )
    assert tonga.push(edit)["results"][0]["status"] == "refused"
    as_tonga = change(
        "TO", {"phone": "2"}, kind="contact", record_id=contact["record_id"], base_revision=rev
    )
    assert tonga.push(as_tonga)["results"][0]["status"] == "refused"


def test_regional_admin_reads_all_and_may_push_any(running: RunningHub) -> None:
    fiji = running.device("ana", "FJ")
    tonga = running.device("mele", "TO")
    admin = running.device("ptccc", "WS", role="regional_admin")
    a, b = change("FJ", {"n": 1}), change("TO", {"n": 2})
    fiji.push(a)
    tonga.push(b)
    seen = {r["record_id"] for r in admin.pull_all() if r["country"]}
    assert seen == {a["record_id"], b["record_id"]}
    assert admin.push(change("PG", {"n": 3}))["results"][0]["status"] == "applied"
