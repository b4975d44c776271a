"""Retrying a sync after a link failure: exponential backoff with full jitter, capped."""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from bluepacific_desktop.sync.engine import SyncReport
from bluepacific_desktop.sync.errors import HubBusy


@dataclass
class Backoff:
    """Delays of 0..base·2^n seconds (full jitter), so a region of laptops never retries in step."""

    base_s: float = 2.0
    cap_s: float = 300.0
    attempt: int = 0
    rng: random.Random = field(default_factory=random.Random)

    def next_delay(self) -> float:
        ceiling = min(self.cap_s, self.base_s * (2**self.attempt))
        self.attempt += 1
        return self.rng.uniform(0, ceiling)

    def reset(self) -> None:
        self.attempt = 0


def run_with_retries(
    run_once: Callable[[], SyncReport],
    attempts: int,
    backoff: Backoff | None = None,
    cancel: threading.Event | None = None,
    on_retry: Callable[[SyncReport, float], None] | None = None,
) -> SyncReport:
    """Run until complete, a non-retryable failure, cancellation or `attempts` runs. A run that
    ended on a busy hub is not run again: it has already waited as long as a run may (see
    sync/busy.py), and more runs at once would only add to the hub's load."""
    backoff = backoff or Backoff()
    cancel = cancel or threading.Event()
    report = run_once()
    for _ in range(attempts - 1):
        if report.complete or not report.retryable or report.error_code == HubBusy.code:
            return report
        delay = backoff.next_delay()
        if on_retry is not None:
            on_retry(report, delay)
        if cancel.wait(delay):
            return report
        report = run_once()
    return report
