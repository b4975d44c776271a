"""API v2's compact push answer: runs for what was simply applied, replays identical, v1 kept."""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from bluepacific_hub.models import Record, RecordVersion
from bluepacific_wire import (
    API_V2_PREFIX,
    WireFormatError,
    compact_push_response,
    expand_push_response,
    parse_push_response,
)
from tests.support.hubserver import Client, RunningHub, batch, change


def _ids(body: dict[str, Any]) -> list[tuple[str, str]]:
    return [(c["change_id"], c["record_id"]) for c in body["changes"]]


def _push_v2(client: Client, body: dict[str, Any]) -> bytes:
    r = client.push_raw(body, API_V2_PREFIX)
    assert r.status_code == 200, r.text
    return r.content


def parse_compact(raw: bytes) -> dict[str, Any]:
    """A v2 answer's JSON, checked to hold the compact form's keys and no others."""
    value: dict[str, Any] = json.loads(raw)
    assert set(value) == {"batch_id", "server_time", "changes", "applied", "duplicate", "results"}
    return value


def _versions(running: RunningHub) -> int:
    with running.hub.sessions() as session:
        return session.scalar(select(func.count()).select_from(RecordVersion)) or 0


def _revision(running: RunningHub, record_id: str) -> int:
    with running.hub.sessions() as session:
        record = session.get(Record, record_id)
        assert record is not None
        return record.revision


def test_all_applied_batch_of_1000_is_answered_in_well_under_1_kb(running: RunningHub) -> None:
    client = running.device("ana", "FJ")
    body = batch(
        *(change("FJ", {"full_name": f"Trainee {n}", "sex": "female"}) for n in range(1000))
    )
    raw = _push_v2(client, body)
    assert len(raw) < 300  # as JSON, before any compression (a v1 answer: 195 kB, 50 kB gzipped)
    answer = parse_compact(raw)
    ((first, count, revision),) = answer["applied"]
    assert (first, count) == (0, 1000) and answer["duplicate"] == [] and answer["results"] == []
    # The revisions the runs imply are the ones the hub stored.
    for k in (0, 1, 500, 999):
        assert _revision(running, body["changes"][k]["record_id"]) == revision + k
    expanded = expand_push_response(answer, _ids(body))
    assert [r["status"] for r in expanded["results"]] == ["applied"] * 1000
    assert expanded["results"][999]["record_id"] == body["changes"][999]["record_id"]


def test_mixed_statuses_are_spelled_out_and_the_v1_replay_says_the_same(
    running: RunningHub,
) -> None:
    suva = running.device("ana", "FJ")
    lautoka = running.device("jone", "FJ")
    disputed = change("FJ", {"full_name": "Sione", "phone": "+679111"})
    shared = change("FJ", {"full_name": "Mere", "phone": "+679333", "notes": "a"})
    base = {r["record_id"]: r["revision"] for r in suva.push(disputed, shared)["results"]}
    suva.push(
        change(
            "FJ",
            {"phone": "+679222"},
            record_id=disputed["record_id"],
            base_revision=base[disputed["record_id"]],
        ),
        change(
            "FJ",
            {"phone": "+679444"},
            record_id=shared["record_id"],
            base_revision=base[shared["record_id"]],
        ),
    )
    earlier = change("FJ", {"full_name": "Already there"})
    earlier_revision = lautoka.push(earlier)["results"][0]["revision"]
    body = batch(
        change("FJ", {"full_name": "New A"}),
        change("FJ", {"full_name": "New B"}),
        change(
            "FJ",
            {"phone": "+679999"},
            record_id=disputed["record_id"],
            base_revision=base[disputed["record_id"]],
        ),
        change("TO", {"full_name": "Not my country"}),
        earlier,
        change(
            "FJ",
            {"notes": "met in Apia"},
            record_id=shared["record_id"],
            base_revision=base[shared["record_id"]],
        ),
        change("FJ", {"full_name": "New C"}),
    )
    answer = parse_compact(_push_v2(lautoka, body))
    start = _revision(running, body["changes"][0]["record_id"])
    # A, B, then the merge took a revision (spelled out: it carries the merged record), then C.
    assert answer["applied"] == [[0, 2, start], [6, 1, start + 3]]
    assert answer["duplicate"] == [[4, 1, earlier_revision]]
    spelled = {r["position"]: r for r in answer["results"]}
    assert sorted(spelled) == [2, 3, 5]
    assert spelled[2]["status"] == "conflict" and spelled[2]["conflict_fields"] == ["phone"]
    assert spelled[2]["server_record"]["fields"]["phone"] == "+679222"
    assert spelled[3]["status"] == "refused" and "TO" in spelled[3]["reason"]
    assert spelled[5]["status"] == "applied" and spelled[5]["revision"] == start + 2
    assert spelled[5]["server_record"]["fields"]["notes"] == "met in Apia"

    # The same batch sent again through v1 (an older app's path) is replayed from what was
    # stored: the full answer, which says exactly what the compact one says.
    before = _versions(running)
    full = lautoka.push_raw(body)
    assert full.status_code == 200
    assert _versions(running) == before
    assert expand_push_response(answer, _ids(body)) == parse_push_response(full.json())
    assert compact_push_response(parse_push_response(full.json())) == answer


def test_replay_after_a_lost_answer_is_byte_identical_and_applies_nothing(
    running: RunningHub,
) -> None:
    client = running.device("ana", "FJ")
    known = change("FJ", {"full_name": "Known"})
    client.push(known)
    body = batch(change("FJ", {"full_name": "Mere"}), known, change("TO", {"full_name": "x"}))
    first = _push_v2(client, body)  # the hub committed; suppose the answer was lost
    before = _versions(running)
    again = _push_v2(client, body)
    assert again == first
    assert _versions(running) == before
    statuses = [
        r["status"] for r in expand_push_response(parse_compact(again), _ids(body))["results"]
    ]
    assert statuses == ["applied", "duplicate", "refused"]


def test_a_batch_first_sent_through_v1_is_replayed_compactly_through_v2(
    running: RunningHub,
) -> None:
    client = running.device("ana", "FJ")
    body = batch(*(change("FJ", {"full_name": f"P{n}"}) for n in range(5)))
    full = client.push_raw(body).json()
    before = _versions(running)
    answer = parse_compact(_push_v2(client, body))
    assert _versions(running) == before
    assert answer["applied"] == [[0, 5, full["results"][0]["revision"]]]
    assert _push_v2(client, body) == _push_v2(client, body)


def test_v1_answer_is_unchanged_for_older_apps(running: RunningHub) -> None:
    client = running.device("ana", "FJ")
    body = batch(change("FJ", {"full_name": "Mere"}), change("FJ", {"full_name": "Jone"}))
    answer = client.push_raw(body).json()
    assert set(answer) == {"batch_id", "server_time", "results"}
    assert [set(r) for r in answer["results"]] == [
        {
            "change_id",
            "record_id",
            "status",
            "revision",
            "reason",
            "server_record",
            "conflict_fields",
        }
    ] * 2
    assert [r["change_id"] for r in answer["results"]] == [c["change_id"] for c in body["changes"]]
    health = running.session().get(running.url("/health"), timeout=10).json()
    assert health["api_version"] == 1 and health["api_versions"] == [1, 2]


def _compact(**overrides: Any) -> dict[str, Any]:
    value: dict[str, Any] = {
        "batch_id": str(uuid.uuid4()),
        "server_time": "2025-03-03T21:15:00.000000Z",
        "changes": 3,
        "applied": [[0, 2, 10]],
        "duplicate": [],
        "results": [
            {
                "position": 2,
                "change_id": str(uuid.uuid4()),
                "record_id": str(uuid.uuid4()),
                "status": "refused",
                "revision": None,
                "reason": "no",
                "server_record": None,
                "conflict_fields": [],
            }
        ],
    }
    return {**value, **overrides}


IDS = [(str(uuid.uuid4()), str(uuid.uuid4())) for _ in range(3)]


def test_a_well_formed_compact_answer_expands_in_order() -> None:
    expanded = expand_push_response(_compact(), IDS)
    assert [(r["status"], r["revision"]) for r in expanded["results"]] == [
        ("applied", 10),
        ("applied", 11),
        ("refused", None),
    ]
    assert [r["change_id"] for r in expanded["results"][:2]] == [IDS[0][0], IDS[1][0]]


@pytest.mark.parametrize(
    ("overrides", "words"),
    [
        ({"changes": 4}, "answers 4 changes"),
        ({"applied": [[0, 1, 10]]}, "no answer for position 1"),
        ({"applied": [[0, 3, 10]]}, "twice"),
        ({"applied": [[1, 3, 10]]}, "outside the batch"),
        ({"applied": [[0, 0, 10], [0, 2, 10]]}, "at least 1"),
        ({"applied": [[0, 2]]}, "first position, count, first revision"),
        ({"duplicate": [[1, 1, 5]]}, "twice"),
        ({"results": []}, "no answer for position 2"),
    ],
)
def test_a_compact_answer_that_does_not_answer_each_change_once_is_refused(
    overrides: dict[str, Any], words: str
) -> None:
    with pytest.raises(WireFormatError, match=words):
        expand_push_response(_compact(**overrides), IDS)


# One result: (status, revision step from the previous result, spelled out anyway?).
_steps = st.lists(
    st.tuples(
        st.sampled_from(["applied", "duplicate", "conflict", "refused"]),
        st.integers(min_value=-3, max_value=3),
        st.booleans(),
    ),
    max_size=60,
)


@given(_steps)
def test_compact_then_expanded_is_the_full_answer(steps: list[tuple[str, int, bool]]) -> None:
    ids = [(str(uuid.uuid4()), str(uuid.uuid4())) for _ in steps]
    revision, results = 100, list[dict[str, Any]]()
    for (status, step, extra), (change_id, record_id) in zip(steps, ids, strict=True):
        revision = max(1, revision + step)
        results.append(
            {
                "change_id": change_id,
                "record_id": record_id,
                "status": status,
                "revision": None if status == "refused" else revision,
                "reason": "why" if status in ("conflict", "refused") or extra else None,
                "server_record": None,
                "conflict_fields": ["phone"] if status == "conflict" else [],
            }
        )
    full: dict[str, Any] = {
        "batch_id": str(uuid.uuid4()),
        "server_time": "2025-03-03T21:15:00.000000Z",
        "results": results,
    }
    compact = compact_push_response(parse_push_response(full))
    assert expand_push_response(json.loads(json.dumps(compact)), ids) == full
