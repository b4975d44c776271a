"""Retries follow the error's own word on whether trying again can help."""

from __future__ import annotations

import random

from bluepacific_desktop.sync.engine import SyncReport
from bluepacific_desktop.sync.retry import Backoff, run_with_retries


def _runs(report: SyncReport) -> int:
    runs = []

    def once() -> SyncReport:
        runs.append(1)
        return report

    run_with_retries(once, 4, Backoff(base_s=0.001, rng=random.Random(1)))
    return len(runs)


def test_a_refusal_is_not_retried_even_with_a_retryable_looking_code() -> None:
    # A 4xx from the hub is a HubProblem whose `retry` is off: sending it again cannot help.
    assert _runs(SyncReport(error_code="hub_problem", error="refused", retryable=False)) == 1


def test_a_link_failure_is_retried_until_the_attempts_run_out() -> None:
    assert _runs(SyncReport(error_code="no_link", error="no link", retryable=True)) == 4
