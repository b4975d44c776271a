"""POST /sync/push: applied, duplicate, replay, reused key, conflicts, merges and refusals."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select

from bluepacific_hub.models import Batch, Record, RecordVersion
from bluepacific_wire import parse_push_response
from tests.support.hubserver import RunningHub, batch, change


def _counts(running: RunningHub) -> tuple[int, int]:
    with running.hub.sessions() as session:
        records = session.scalar(select(func.count()).select_from(Record)) or 0
        versions = session.scalar(select(func.count()).select_from(RecordVersion)) or 0
    return records, versions


def _record(running: RunningHub, record_id: str) -> Record | None:
    with running.hub.sessions() as session:
        return session.get(Record, record_id)


def test_push_applies_and_assigns_revisions(running: RunningHub) -> None:
    client = running.device("ana", "FJ")
    first = change("FJ", {"full_name": "Mere Tuilagi", "sex": "female"})
    second = change("FJ", {"title": "HR course"}, kind="training_session")
    answer = parse_push_response(client.push(first, second))
    statuses = [r["status"] for r in answer["results"]]
    assert statuses == ["applied", "applied"]
    revisions = [r["revision"] for r in answer["results"]]
    assert revisions[0] is not None and revisions[1] == revisions[0] + 1
    stored = _record(running, first["record_id"])
    assert stored is not None
    assert stored.fields == {"full_name": "Mere Tuilagi", "sex": "female"}
    assert stored.country == "FJ" and stored.revision == revisions[0]


def test_change_already_applied_is_duplicate_even_in_another_batch(running: RunningHub) -> None:
    client = running.device("ana", "FJ")
    one = change("FJ", {"full_name": "Mere"})
    applied = client.push(one)["results"][0]
    again = client.push(one)["results"][0]
    assert again["status"] == "duplicate"
    assert again["revision"] == applied["revision"]
    assert _counts(running)[1] - 85 == 1  # one version besides the reference data


def test_replayed_batch_returns_identical_answer_and_changes_nothing(running: RunningHub) -> None:
    client = running.device("ana", "FJ")
    body = batch(change("FJ", {"full_name": "Mere"}), change("FJ", {"full_name": "Jone"}))
    first = client.push_raw(body)
    before = _counts(running)
    second = client.push_raw(body)
    assert first.status_code == second.status_code == 200
    assert first.content == second.content
    assert _counts(running) == before


def test_same_batch_id_with_other_body_is_409(running: RunningHub) -> None:
    client = running.device("ana", "FJ")
    batch_id = str(uuid.uuid4())
    client.push(change("FJ", {"full_name": "Mere"}), batch_id=batch_id)
    before = _counts(running)
    r = client.push_raw(batch(change("FJ", {"full_name": "Other"}), batch_id=batch_id))
    assert r.status_code == 409
    assert r.json()["error"] == "idempotency_key_reused"
    assert _counts(running) == before


def test_batch_in_progress_is_409_with_retry_after(running: RunningHub) -> None:
    client = running.device("ana", "FJ")
    body = batch(change("FJ", {"full_name": "Mere"}))
    from bluepacific_wire import body_hash
    from bluepacific_wire.codec import utc_now

    with running.hub.sessions() as session, session.begin():
        device_id = client_device_id(running)
        session.add(
            Batch(
                batch_id=body["batch_id"],
                device_id=device_id,
                body_hash=body_hash(body),
                status="in_progress",
                response=None,
                claimed_at=utc_now(),
                completed_at=None,
            )
        )
    r = client.push_raw(body)
    assert r.status_code == 409
    assert r.json()["error"] == "batch_in_progress"
    assert int(r.headers["Retry-After"]) > 0


def client_device_id(running: RunningHub) -> str:
    from bluepacific_hub.models import Device

    with running.hub.sessions() as session:
        device_id = session.scalars(select(Device.id)).one()
    return device_id


def _create(client: Any, fields: dict[str, Any], kind: str = "person") -> tuple[str, int]:
    c = change(client.country, fields, kind=kind)
    result = client.push(c)["results"][0]
    assert result["status"] == "applied"
    return c["record_id"], result["revision"]


def test_overlapping_edits_conflict_and_change_nothing(running: RunningHub) -> None:
    suva = running.device("ana", "FJ")
    lautoka = running.device("jone", "FJ")
    record_id, base = _create(suva, {"full_name": "Sione", "phone": "+6791111111"})
    suva.push(change("FJ", {"phone": "+6792222222"}, record_id=record_id, base_revision=base))
    before = _record(running, record_id)
    theirs = change("FJ", {"phone": "+6793333333"}, record_id=record_id, base_revision=base)
    result = lautoka.push(theirs)["results"][0]
    assert result["status"] == "conflict"
    assert "phone" in result["reason"]
    assert result["server_record"]["fields"]["phone"] == "+6792222222"
    after = _record(running, record_id)
    assert before is not None and after is not None
    assert (after.revision, after.fields) == (before.revision, before.fields)


def test_disjoint_edits_merge_field_by_field(running: RunningHub) -> None:
    suva = running.device("ana", "FJ")
    lautoka = running.device("jone", "FJ")
    record_id, base = _create(suva, {"full_name": "Sione", "phone": "+679111", "notes": "a"})
    suva.push(change("FJ", {"phone": "+679222"}, record_id=record_id, base_revision=base))
    result = lautoka.push(
        change("FJ", {"notes": "met in Apia"}, record_id=record_id, base_revision=base)
    )["results"][0]
    assert result["status"] == "applied"
    merged = _record(running, record_id)
    assert merged is not None
    assert merged.fields == {"full_name": "Sione", "phone": "+679222", "notes": "met in Apia"}
    assert merged.revision == result["revision"]


def test_null_base_on_existing_record_compares_every_hub_field(running: RunningHub) -> None:
    """Two devices creating the same record (an id derived from what it is): fields set to
    the same value agree, other fields merge, different values conflict."""
    suva = running.device("ana", "FJ")
    lautoka = running.device("jone", "FJ")
    record_id, _ = _create(suva, {"full_name": "Sione", "rank": "Sergeant"})
    same = change("FJ", {"full_name": "Sione", "notes": "x"}, record_id=record_id)
    assert lautoka.push(same)["results"][0]["status"] == "applied"
    merged = _record(running, record_id)
    assert merged is not None
    assert merged.fields == {"full_name": "Sione", "rank": "Sergeant", "notes": "x"}
    other = change("FJ", {"rank": "Inspector"}, record_id=record_id)
    result = running.device("mere", "FJ").push(other)["results"][0]
    assert result["status"] == "conflict" and result["conflict_fields"] == ["rank"]


def test_own_resent_change_after_lost_answer_does_not_conflict(running: RunningHub) -> None:
    suva = running.device("ana", "FJ")
    record_id, base = _create(suva, {"full_name": "Sione", "phone": "1"})
    suva.push(change("FJ", {"phone": "2"}, record_id=record_id, base_revision=base))
    # Still holding the old base (the answer was lost), the same device edits again.
    result = suva.push(change("FJ", {"phone": "3"}, record_id=record_id, base_revision=base))
    assert result["results"][0]["status"] == "applied"


def test_forged_uuid_of_another_country_is_refused_and_row_unchanged(running: RunningHub) -> None:
    fiji = running.device("ana", "FJ")
    tonga = running.device("mele", "TO")
    record_id, _ = _create(fiji, {"full_name": "Secret"}, kind="person")
    before = _record(running, record_id)
    forged = change("TO", {"full_name": "Overwritten"}, kind="person", record_id=record_id)
    ok = change("TO", {"full_name": "Legit"}, kind="person")
    answer = tonga.push(forged, ok)
    first, second = answer["results"]
    assert first["status"] == "refused" and first["server_record"] is None
    assert "Secret" not in str(first)
    assert second["status"] == "applied"
    after = _record(running, record_id)
    assert before is not None and after is not None
    assert (after.revision, after.fields, after.country) == (before.revision, before.fields, "FJ")


def test_refusals_name_the_problem_and_the_rest_is_applied(running: RunningHub) -> None:
    client = running.device("ana", "FJ")
    other_country = change("TO", {"full_name": "x"})
    bad_kind = change("FJ", {"a": 1}, kind="ref_country")
    unknown = {**change("FJ", {"a": 1}), "kind": "spaceship"}
    nested = change("FJ", {"address": {"city": "Suva"}})
    not_uuid = {**change("FJ", {"a": 1}), "record_id": "123"}
    good = change("FJ", {"full_name": "ok"})
    results = client.push(other_country, bad_kind, unknown, nested, not_uuid, good)["results"]
    assert [r["status"] for r in results] == ["refused"] * 5 + ["applied"]
    assert "FJ" in results[0]["reason"] and "TO" in results[0]["reason"]
    assert "reference data" in results[1]["reason"]
    assert "kind" in results[2]["reason"]
    assert "fields.address" in results[3]["reason"]
    assert "record_id" in results[4]["reason"]


def test_delete_makes_a_tombstone(running: RunningHub) -> None:
    client = running.device("ana", "FJ")
    record_id, base = _create(client, {"full_name": "Gone"}, kind="person")
    result = client.push(
        change("FJ", {}, kind="person", record_id=record_id, base_revision=base, op="delete")
    )["results"][0]
    assert result["status"] == "applied"
    stored = _record(running, record_id)
    assert stored is not None and stored.deleted


def test_malformed_batches_are_400_json(running: RunningHub) -> None:
    client = running.device("ana", "FJ")
    r = client.push_raw({"batch_id": "nope", "changes": []})
    assert r.status_code == 400
    assert r.json()["error"] == "bad_request"
    assert "batch_id" in r.json()["message"]
    headers = {**client.headers(), "Content-Encoding": "gzip"}
    r = running.session().post(
        running.url("/sync/push"), data=b"not gzip", headers=headers, timeout=10
    )
    assert r.status_code == 400


def test_concurrent_batches_get_distinct_revisions_and_none_is_lost(running: RunningHub) -> None:
    from concurrent.futures import ThreadPoolExecutor

    clients = [running.device(f"user{i}", "FJ") for i in range(4)]
    bodies = [batch(*(change("FJ", {"n": i * 10 + j}) for j in range(10))) for i in range(4)]
    with ThreadPoolExecutor(4) as pool:
        answers = list(
            pool.map(lambda cb: cb[0].push_raw(cb[1]), zip(clients, bodies, strict=True))
        )
    assert all(r.status_code == 200 for r in answers)
    revisions = [res["revision"] for r in answers for res in r.json()["results"]]
    assert len(revisions) == len(set(revisions)) == 40
    pulled = [e for e in clients[0].pull_all() if e["country"] == "FJ"]
    assert sorted(e["revision"] for e in pulled) == sorted(revisions)


def test_change_id_of_another_countrys_record_is_refused_not_duplicate(running: RunningHub) -> None:
    """A device that knows both UUIDs of another country's change learns nothing of it: not
    that it was applied, nor its revision (the refusal of any record it may not see)."""
    fiji = running.device("ana", "FJ")
    tonga = running.device("mele", "TO")
    secret = change("FJ", {"full_name": "Secret"})
    fiji.push(secret)
    probe = {**change("TO", {"full_name": "x"}), "change_id": secret["change_id"]}
    probe["record_id"] = secret["record_id"]
    unseen = change("TO", {"full_name": "x"}, record_id=_create(fiji, {"full_name": "Other"})[0])
    result, other = tonga.push(probe, unseen)["results"]
    assert result["status"] == other["status"] == "refused"
    assert result["revision"] is None and result["server_record"] is None
    assert result["reason"] == other["reason"]
