"""Every refusal of a pushed change carries a stable reason_code and flat reason_params beside
its English reason (bluepacific_wire.refusals), in the v1 answer and the v2 compact one."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any

from bluepacific_hub import returns
from bluepacific_wire import (
    API_V2_PREFIX,
    Role,
    expand_push_response,
    parse_change_result,
    parse_push_response,
)
from bluepacific_wire.constants import RecordKind
from bluepacific_wire.erasure import undo_refusal
from bluepacific_wire.ids import derived_id_refusal
from bluepacific_wire.limits import TEXT_CHARS, size_refusal
from bluepacific_wire.refusals import TEMPLATES, Refusal, code_of, refusal
from bluepacific_wire.returns import ReturnAction, ReturnState, transition_refusal
from tests.support.hubserver import RunningHub, batch, change


def _flat(params: Any) -> bool:
    return isinstance(params, dict) and all(
        isinstance(v, (str, int)) and not isinstance(v, bool) for v in params.values()
    )


def test_each_refusal_of_a_push_says_its_code_and_params(running: RunningHub) -> None:
    fiji = running.device("ana", "FJ")
    tonga = running.device("mele", "TO")
    theirs = change("FJ", {"full_name": "Secret"})
    fiji.push(theirs)
    mine = change("FJ", {"full_name": "Mere"})
    fiji.push(mine)
    changes = [
        change("TO", {"full_name": "x"}),  # another country
        change("FJ", {"a": 1}, kind="ref_country"),  # reference data
        {**change("FJ", {"a": 1}), "record_id": "123"},  # malformed
        change("FJ", {"full_name": "x" * (TEXT_CHARS + 1)}),  # too long
        change("FJ", {"title": "x"}, kind="training_session", record_id=theirs["record_id"]),
        {**change("FJ", {"full_name": "y"}), "change_id": mine["change_id"]},  # id reused
        change("FJ", {"full_name": "z"}, record_id=mine["record_id"], base_revision=10**6),
        change("FJ", {"full_name": "ok"}),
    ]
    results = fiji.push(*changes)["results"]
    codes = [r.get("reason_code") for r in results]
    assert codes == [
        "other_country",
        "kind_not_pushable",
        "malformed",
        "field_too_long",
        "record_not_yours",
        "change_id_reused",
        "base_too_new",
        None,
    ]
    assert all(_flat(r["reason_params"]) for r in results[:-1])
    assert "reason_params" not in results[-1]  # an applied change keeps its old shape
    assert results[0]["reason_params"] == {"own": "FJ", "country": "TO"}
    assert results[2]["reason_params"]["field"] == "changes[2].record_id"
    assert results[3]["reason_params"]["name"] == "full_name"
    assert results[3]["reason_params"]["limit"] == TEXT_CHARS
    assert results[6]["reason_params"]["base"] == 10**6
    # The English is the template filled with the params: one concept, made once.
    for result in results[:-1]:
        template = TEMPLATES[result["reason_code"]]
        assert result["reason"] == template.format(**result["reason_params"])
    assert tonga.push(change("TO", {"full_name": "t"}))["results"][0]["status"] == "applied"


def test_the_compact_answer_spells_out_the_code_and_the_desktop_reads_it(
    running: RunningHub,
) -> None:
    client = running.device("ana", "FJ")
    body = batch(change("FJ", {"full_name": "ok"}), change("TO", {"full_name": "x"}))
    raw = client.push_raw(body, API_V2_PREFIX)
    assert raw.status_code == 200
    spelled = json.loads(raw.content)["results"]
    assert [(r["position"], r["reason_code"]) for r in spelled] == [(1, "other_country")]
    ids = [(c["change_id"], c["record_id"]) for c in body["changes"]]
    expanded = expand_push_response(json.loads(raw.content), ids)
    refused = expanded["results"][1]
    assert refused["reason_code"] == "other_country"
    assert refused["reason_params"] == {"own": "FJ", "country": "TO"}
    # Replayed after a lost answer: byte for byte the same, code included.
    again = client.push_raw(body, API_V2_PREFIX)
    assert again.content == raw.content


def _result(**extra: Any) -> dict[str, Any]:
    return {
        "change_id": str(uuid.uuid4()),
        "record_id": str(uuid.uuid4()),
        "status": "refused",
        "revision": None,
        "reason": "why",
        "server_record": None,
        "conflict_fields": [],
        **extra,
    }


def test_an_older_hub_sends_no_code_and_a_bad_code_leaves_the_english() -> None:
    older = parse_change_result(_result())
    assert "reason_code" not in older and older["reason"] == "why"
    newer = parse_change_result(_result(reason_code="some_new_code", reason_params={"n": 2}))
    assert newer["reason_code"] == "some_new_code" and newer["reason_params"] == {"n": 2}
    for bad in ({"n": [1]}, {"n": True}, "not an object", {"n": None}):
        damaged = parse_change_result(_result(reason_code="x", reason_params=bad))
        assert "reason_code" not in damaged and "reason_params" not in damaged
        assert damaged["reason"] == "why"
    whole = parse_push_response(
        {
            "batch_id": str(uuid.uuid4()),
            "server_time": "2026-12-04T10:00:00Z",
            "results": [_result(reason_code=7)],
        }
    )
    assert "reason_code" not in whole["results"][0]


def _change(kind: str, fields: dict[str, Any], country: str = "FJ") -> Any:
    return change(country, fields, kind=kind)


def test_the_refusals_of_months_erasures_ids_and_sizes_carry_codes() -> None:
    locked = returns.lock_refusal(
        _change("training_session", {}),
        "2026-10",
        {"state": "accepted", "sessions_complete": True},
        False,
    )
    assert code_of(locked) == (
        "month_locked",
        {
            "month": "2026-10",
            "country": "FJ",
            "state": "accepted",
            "kind": "training_session",
            "what": "training session",
            "holders": "the regional team (it can reopen the month)",
        },
    )
    now = datetime(2027, 6, 1, tzinfo=UTC)
    closed = returns.closed_refusal(
        _change("capability_report", {}),
        "2026-10",
        "Pacific/Fiji",
        returns.EntryRules(closes_days=30),
        None,
        now,
    )
    assert closed is not None and code_of(closed)[0] == "entry_closed"
    assert code_of(closed)[1] == {
        "month": "2026-10",
        "country": "FJ",
        "closes": closed.params["closes"] if isinstance(closed, Refusal) else "",
        "days": 30,
    }
    zone = returns.zone_refusal(_change("monthly_return", {"time_zone": "Mars/Base"}), None)
    assert code_of(zone)[0] == "zone_not_of_country"
    wrong = transition_refusal(ReturnState.ACCEPTED, ReturnAction.SUBMIT, Role.FOCAL_POINT)
    assert code_of(wrong) == (
        "wrong_state",
        {"action": "submit", "state": "accepted", "past": "submitted"},
    )
    assert code_of(
        undo_refusal("person", {"erased_on": "2026-01-01"}, {}, [], made_before_erase=True)
    )[0] in {"erased_before"}
    assert code_of(derived_id_refusal(RecordKind.MONTHLY_RETURN, str(uuid.uuid4()), "FJ", {}))[
        0
    ] == ("derived_id_missing")
    big = size_refusal(RecordKind.PERSON, {"full_name": "x" * (TEXT_CHARS + 1)})
    assert code_of(big)[0] == "field_too_long"
    assert code_of("plain English") == (None, None) and code_of(None) == (None, None)


def test_a_refused_step_carries_the_step_and_why_flat() -> None:
    made = returns._step_refusal(2, "accept", refusal("not_yet_approved"))
    assert made.code == "step_refused"
    assert made.params == {
        "refusal": "not_yet_approved",
        "step": 2,
        "action": "accept",
        "action_words": "accept",
        "detail": TEMPLATES["not_yet_approved"],
    }
    assert str(made).startswith("step 2 (accept): this country's months")
