"""Monthly returns in plain code: who may move a month where, and what stops a submission."""

from __future__ import annotations

import pytest

from bluepacific_desktop.domain.returns import (
    Figures,
    ReturnAction,
    ReturnState,
    month_problems,
    months,
    previous_months,
    transition_refusal,
)
from bluepacific_wire import Role
from bluepacific_wire.returns import TRANSITIONS, Event, decode_event, encode_event

A, S = ReturnAction, ReturnState
FP, NA, RA = Role.FOCAL_POINT, Role.NATIONAL_APPROVER, Role.REGIONAL_ADMIN


@pytest.mark.parametrize(
    ("state", "action", "role", "target"),
    [
        (S.DRAFT, A.SUBMIT, FP, S.SUBMITTED),
        (S.DRAFT, A.NIL, FP, S.SUBMITTED),
        (S.DRAFT, A.SUBMIT, NA, S.SUBMITTED),
        (S.SUBMITTED, A.APPROVE, NA, S.APPROVED),
        (S.APPROVED, A.ACCEPT, RA, S.ACCEPTED),
        (S.SUBMITTED, A.SEND_BACK, NA, S.DRAFT),
        (S.APPROVED, A.SEND_BACK, NA, S.DRAFT),
        (S.SUBMITTED, A.SEND_BACK, RA, S.DRAFT),
        (S.APPROVED, A.SEND_BACK, RA, S.DRAFT),
        (S.ACCEPTED, A.REOPEN, RA, S.DRAFT),
    ],
)
def test_the_allowed_transitions(state, action, role, target) -> None:
    assert transition_refusal(state, action, role, "a reason") is None
    assert TRANSITIONS[action].target is target


@pytest.mark.parametrize(
    ("state", "action", "role", "words"),
    [
        (S.SUBMITTED, A.APPROVE, FP, "only the national approver may approve"),
        (S.APPROVED, A.ACCEPT, NA, "only the regional team may accept"),
        (S.SUBMITTED, A.SEND_BACK, FP, "only the national approver or the regional team"),
        (S.ACCEPTED, A.REOPEN, NA, "only the regional team may reopen"),
        (S.DRAFT, A.SUBMIT, RA, "this account is the regional team"),
        (S.SUBMITTED, A.SUBMIT, FP, "a month that is submitted cannot be submitted"),
        (S.DRAFT, A.APPROVE, NA, "a month that is draft cannot be approved"),
        (S.ACCEPTED, A.SEND_BACK, RA, "a month that is accepted cannot be sent back"),
        (S.DRAFT, A.REOPEN, RA, "a month that is draft cannot be reopened"),
        (S.SUBMITTED, A.ACCEPT, RA, "approved by its national approver before"),
    ],
)
def test_refused_transitions_say_why(state, action, role, words) -> None:
    refusal = transition_refusal(state, action, role, "a reason")
    assert refusal is not None and words in refusal


def test_a_country_without_national_approval_is_accepted_from_submitted() -> None:
    assert transition_refusal(S.SUBMITTED, A.ACCEPT, RA, skip_national_approval=True) is None


@pytest.mark.parametrize("action", [A.SEND_BACK, A.REOPEN])
def test_sending_back_and_reopening_need_a_comment(action) -> None:
    state = S.ACCEPTED if action is A.REOPEN else S.SUBMITTED
    refusal = transition_refusal(state, action, RA, "   ")
    assert refusal is not None and "a comment is required" in refusal
    assert "too long" in (transition_refusal(state, action, RA, "x" * 1001) or "")


def test_an_unknown_role_is_left_to_the_hub() -> None:
    assert transition_refusal(S.SUBMITTED, A.APPROVE, None) is None
    assert transition_refusal(S.DRAFT, A.APPROVE, None) is not None  # the state still counts


def test_an_event_survives_its_text() -> None:
    event = Event(
        A.SEND_BACK,
        S.SUBMITTED,
        S.DRAFT,
        "fj-na",
        "national_approver",
        "d-1",
        "2025-04-02T01:00:00Z",
        "2025-04-01T23:00:00Z",
        "SLTD hits: ʻokina ✓",
    )
    assert decode_event(encode_event(event)) == event


def test_months_and_the_months_before() -> None:
    assert months("2024-11", "2025-02") == ["2024-11", "2024-12", "2025-01", "2025-02"]
    assert previous_months("2025-02", 3) == ["2024-11", "2024-12", "2025-01"]


def _sltd(searches, hits) -> Figures:
    return Figures("SLTD", frozenset({"searches", "hits"}), {"searches": searches, "hits": hits})


def test_hits_above_searches_and_a_figure_that_does_not_apply() -> None:
    wrong = Figures("RED", frozenset({"notices_requested"}), {"searches": 4})
    found = month_problems([_sltd(10, 11), wrong], {}, {})
    assert [(p.capability, p.code) for p in found] == [
        ("SLTD", "hits_over_searches"),
        ("RED", "metric_not_applicable"),
    ]
    assert not any(p.explainable for p in found)


def test_a_figure_far_from_the_median_needs_an_explanation() -> None:
    # Hand-counted: the median of 90, 100, 100, 110, 120 is 100; 301 > 3 × 100, 33 < 100 / 3.
    past = {("SLTD", "searches"): [90, 100, 100, 110, 120]}
    assert [p.code for p in month_problems([_sltd(301, 1)], past, {})] == ["unusual_figure"]
    assert [p.code for p in month_problems([_sltd(33, 1)], past, {})] == ["unusual_figure"]
    assert month_problems([_sltd(300, 1)], past, {}) == []  # exactly 3×: usual enough
    assert month_problems([_sltd(34, 1)], past, {}) == []
    assert month_problems([_sltd(301, 1)], past, {"SLTD": "Border operation"}) == []
    # Too few earlier months, or a median of zero: nothing to compare with.
    assert month_problems([_sltd(301, 1)], {("SLTD", "searches"): [1, 1]}, {}) == []
    assert month_problems([_sltd(5, 1)], {("SLTD", "searches"): [0, 0, 0]}, {}) == []


def test_every_problem_is_found_at_once() -> None:
    past = {("SLTD", "searches"): [10, 10, 10], ("SLTD", "hits"): [1, 1, 1]}
    found = month_problems([_sltd(100, 200)], past, {})
    assert sorted(p.code for p in found) == [
        "hits_over_searches",
        "unusual_figure",
        "unusual_figure",
    ]
