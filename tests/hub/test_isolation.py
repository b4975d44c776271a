"""One country cannot block another: derived ids, size limits and the byte bound of pull pages."""

from __future__ import annotations

import dataclasses
import uuid
from typing import Any

import pytest
from sqlalchemy import select

from bluepacific_hub.models import Record, RecordVersion
from bluepacific_hub.settings import HubSettings
from bluepacific_wire import RecordKind, parse_pull_response, parse_push_response, utc_now
from bluepacific_wire.ids import natural_id
from tests.support.hubserver import Client, RunningHub, change, run_hub_cli

MONTHS = ["2025-01", "2025-02", "2025-03"]
PAGE_BYTES = 64 * 1024  # small pages, so that a few records fill one


@pytest.fixture
def settings(settings: HubSettings) -> HubSettings:
    """The usual test settings with small pull pages."""
    return dataclasses.replace(settings, pull_page_bytes=PAGE_BYTES)


def _month_id(country: str, period: str) -> str:
    """The derived id of `country`'s SLTD report for `period`."""
    fields = {"capability_code": "SLTD", "period": period}
    rid = natural_id(RecordKind.CAPABILITY_REPORT, country, fields)
    assert rid is not None
    return rid


def _report(country: str, period: str, id_of: str | None = None) -> dict[str, Any]:
    """`country`'s report for `period`, under the id of `id_of`'s month (its own by default)."""
    fields = {"capability_code": "SLTD", "period": period, "searches": 3}
    rid = _month_id(id_of or country, period)
    return change(country, fields, kind="capability_report", record_id=rid)


def test_tonga_cannot_squat_on_fijis_capability_report_ids(running: RunningHub) -> None:
    tonga = running.device("sione", "TO")
    fiji = running.device("ana", "FJ")
    # Every part of Fiji's derived id is public: kind, country, capability, month.
    squat = [_report("TO", m, id_of="FJ") for m in MONTHS]
    answer = parse_push_response(tonga.push(*squat, _report("TO", "2025-01")))
    statuses = [r["status"] for r in answer["results"]]
    assert statuses == ["refused", "refused", "refused", "applied"]
    reason = answer["results"][0]["reason"] or ""
    assert "capability_report:TO:SLTD:2025-01" in reason and "derived" in reason
    # Fiji's own months then apply: nothing sits on their ids.
    mine = parse_push_response(fiji.push(*(_report("FJ", m) for m in MONTHS)))
    assert [r["status"] for r in mine["results"]] == ["applied"] * 3
    fijis = {e["record_id"]: e for e in fiji.pull_all() if e["kind"] == "capability_report"}
    assert set(fijis) == {_month_id("FJ", m) for m in MONTHS}
    assert {e["country"] for e in fijis.values()} == {"FJ"}


def test_an_attendance_id_must_be_its_own_person_at_its_own_session(running: RunningHub) -> None:
    tonga = running.device("sione", "TO")
    fields = {"session_id": str(uuid.uuid4()), "person_id": str(uuid.uuid4())}
    fijis = natural_id(RecordKind.ATTENDANCE, "FJ", fields)
    random_id = change("TO", fields, kind="attendance")  # a random id instead of the derived one
    squat = change("TO", fields, kind="attendance", record_id=fijis)
    # Leaving the identity fields out (a partial change, or a delete) must not get round it.
    bare = change("TO", {"completed": True}, kind="attendance", record_id=fijis)
    gone = change("TO", {}, kind="attendance", record_id=fijis, op="delete")
    results = tonga.push(random_id, squat, bare, gone)["results"]
    assert [r["status"] for r in results] == ["refused"] * 4
    assert "missing: session_id, person_id" in results[2]["reason"]
    assert not [e for e in tonga.pull_all() if e["kind"] == "attendance"]


def test_a_regional_admin_writes_a_countrys_derived_ids_for_that_country(
    running: RunningHub,
) -> None:
    admin = running.device("root", "FJ", role="regional_admin")
    results = admin.push(_report("WS", "2025-01"), _report("WS", "2025-02", id_of="FJ"))["results"]
    assert [r["status"] for r in results] == ["applied", "refused"]


def _contact(country: str, **fields: Any) -> dict[str, Any]:
    base = {"full_name": "Sione", "organisation": "Police", "org_type": "POL", "notes": ""}
    return change(country, {**base, **fields}, kind="contact")


def test_oversized_fields_and_records_are_refused_with_reasons_the_rest_applies(
    running: RunningHub,
) -> None:
    tonga = running.device("sione", "TO")
    samoa = running.device("malia", "WS")
    fine = _contact("TO", notes="n" * 20_000)  # exactly at the limit
    long_note = _contact("TO", notes="n" * 20_001)
    # 10 MB of notes as a list of strings, each under the wire's own string limit.
    bomb = _contact("TO", notes=["n" * 99_999] * 100)
    # Every field within its own limit, the record over its kind's (256 KiB for a contact).
    wide = _contact("TO", **{f"list{i}": ["e" * 49_000] for i in range(6)})
    person = change("TO", {f"f{i}": "p" * 999 for i in range(40)})  # 40 KB: over 32 KiB
    also_fine = _contact("TO", full_name="Malia")
    results = tonga.push(fine, long_note, bomb, wide, person, also_fine)["results"]
    assert [r["status"] for r in results] == [
        "applied",
        "refused",
        "refused",
        "refused",
        "refused",
        "applied",
    ]
    reasons = [r["reason"] for r in results[1:5]]
    assert reasons[0] == (
        "the field 'notes' of this contact is 20,001 characters long; it may hold at most 20,000"
    )
    assert "the list 'notes' of this contact holds 9,999,900 characters" in reasons[1]
    assert "at most 50,000" in reasons[1]
    assert "a contact may hold at most 262,144 bytes" in reasons[2]
    assert "a person may hold at most 32,768 bytes" in reasons[3]
    shared = {e["record_id"] for e in samoa.pull_all() if e["kind"] == "contact"}
    assert shared == {fine["record_id"], also_fine["record_id"]}


def test_a_record_grown_field_by_field_stops_at_its_kinds_bound(running: RunningHub) -> None:
    # Each partial change fits on its own; the record they add up to must fit too.
    tonga = running.device("sione", "TO")
    first = _contact("TO")
    results = tonga.push(first)["results"]
    rid, revision = first["record_id"], results[0]["revision"]
    statuses = []
    for i in range(6):
        step = change("TO", {f"list{i}": ["e" * 49_000]}, kind="contact", record_id=rid,
                      base_revision=revision)  # fmt: skip
        answer = tonga.push(step)["results"][0]
        statuses.append(answer["status"])
        revision = answer.get("revision") or revision
    assert statuses == ["applied"] * 5 + ["refused"]
    assert "a contact may hold at most 262,144 bytes" in answer["reason"]


def _pages(client: Client, skip_own: bool = False) -> list[tuple[int, dict[str, Any]]]:
    """Every page of a pull from 0 (limit 500), each with the size of its JSON."""
    pages: list[tuple[int, dict[str, Any]]] = []
    cursor = 0
    while True:
        r = client.running.session().get(
            client.running.url("/sync/pull"),
            params={"cursor": cursor, "limit": 500, "skip_own": skip_own},
            headers=client.headers(),
            timeout=10,
        )
        assert r.status_code == 200, r.text
        page = parse_pull_response(r.json())
        pages.append((len(r.content), r.json()))
        cursor = page["next_cursor"]
        if not page["has_more"]:
            return pages


def test_samoas_pull_pages_stay_under_the_byte_bound_and_miss_nothing(
    running: RunningHub,
) -> None:
    tonga = running.device("sione", "TO")
    samoa = running.device("malia", "WS")
    fiji = running.device("ana", "FJ")
    admin = running.device("root", "FJ", role="regional_admin")
    # Tonga fills the shared directory with contacts as large as the limits allow...
    notes = [_contact("TO", notes="n" * 20_000) for _ in range(12)]
    lists = _contact("TO", **{f"list{i}": ["e" * 49_000] for i in range(3)})  # ~150 KB
    small = [_contact("TO", full_name=f"Small {i}") for i in range(20)]
    tonga.push(*notes[:6], lists, *small[:10], *notes[6:])
    fijis = [_contact("FJ", notes="f" * 20_000) for _ in range(6)]  # shared, between Tonga's
    fiji.push(*fijis)
    tonga.push(*small[10:])
    samoa.push(*(change("WS", {"full_name": f"Malia {i}"}) for i in range(5)))
    pages = _pages(samoa)
    # ...and Samoa's pages stay under the bound, but for the one record larger than it alone.
    for size, page in pages:
        assert page["changes"], "a page always carries a record"
        assert size <= PAGE_BYTES or len(page["changes"]) == 1, (size, len(page["changes"]))
    assert [p["changes"][0]["record_id"] for s, p in pages if s > PAGE_BYTES] == [
        lists["record_id"]
    ]
    assert len(pages) >= 5
    seen = [e["record_id"] for _, page in pages for e in page["changes"]]
    everything = [e["record_id"] for e in admin.pull_all()]
    assert len(seen) == len(set(seen))  # nothing twice
    assert set(seen) == set(everything)  # nothing skipped (Samoa may see all of these)
    # Tonga skipping its own echoes goes through small pages too, and misses nothing else.
    skipping = _pages(tonga, skip_own=True)
    assert len(skipping) >= 2
    assert all(size <= PAGE_BYTES for size, _ in skipping)
    got = [e["record_id"] for _, page in skipping for e in page["changes"]]
    reference = {e["record_id"] for e in samoa.pull_all() if e["country"] is None}
    assert len(got) == len(set(got))
    assert set(got) == reference | {c["record_id"] for c in fijis}


def _left_by_an_old_hub(running: RunningHub, record_id: str, country: str, period: str) -> None:
    """A record as a hub from before the id check kept it (written straight to the database:
    today's hub refuses to make one)."""
    now = utc_now()
    fields = {"capability_code": "SLTD", "period": period, "searches": 9}
    with running.hub.sessions() as session, session.begin():
        revision = 10**9 + len(session.scalars(select(Record.record_id)).all())
        session.add(Record(record_id=record_id, kind="capability_report", country=country,
                           revision=revision, deleted=False, fields=fields, created_at=now,
                           updated_at=now, device_id=None))  # fmt: skip
        session.flush()
        session.add(RecordVersion(revision=revision, record_id=record_id, deleted=False,
                                  fields=fields, changed_fields=["*"], device_id=None,
                                  change_id=str(uuid.uuid4()), created_at=now))  # fmt: skip


def test_squats_left_by_an_old_hub_are_listed_and_removed_so_the_owner_syncs_again(
    running: RunningHub, capsys: pytest.CaptureFixture[str]
) -> None:
    fiji = running.device("ana", "FJ")
    _left_by_an_old_hub(running, _month_id("FJ", "2025-01"), "TO", "2025-01")  # a squat
    _left_by_an_old_hub(running, str(uuid.uuid4()), "TO", "2025-02")  # an id no country makes
    mine = _report("FJ", "2025-01")
    refused = parse_push_response(fiji.push(mine))["results"][0]
    assert refused["status"] == "refused" and "belongs to another record" in (
        refused["reason"] or ""
    )

    code, out, _ = run_hub_cli(capsys, "records", "squatted", "--database", running.database_url)
    assert code == 0
    assert out.splitlines()[0].split("\t")[:4] == [
        _month_id("FJ", "2025-01"),
        "capability_report",
        "pushed as TO",
        "id of FJ",
    ]
    assert "1 record(s) sit on ids of FJ" in out
    code, out, _ = run_hub_cli(
        capsys, "records", "squatted", "--remove", "--database", running.database_url
    )
    assert code == 0 and "removed 1 record(s)" in out

    resent = parse_push_response(fiji.push({**mine, "change_id": str(uuid.uuid4())}))
    assert resent["results"][0]["status"] == "applied"
    with running.hub.sessions() as session:
        left = {r.record_id: r.country for r in session.scalars(select(Record))
                if r.kind == "capability_report"}  # fmt: skip
    assert left[_month_id("FJ", "2025-01")] == "FJ" and list(left.values()).count("TO") == 1
    code, out, _ = run_hub_cli(capsys, "records", "squatted", "--database", running.database_url)
    assert "no record sits on another country's id" in out
