"""Waiting out a busy hub within one sync run: the hub's Retry-After hint, capped, cancellable.

When the hub answers 409 `batch_in_progress`, 429 or 503 it is working, not broken: the same
request sent again after its hint succeeds (a batch is applied once whatever the resends). So
the engine does not end the run there; it waits as asked, says so, and sends the same request
again, until the run's whole budget of waiting is spent.
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from bluepacific_desktop.sync.errors import Cancelled, HubBusy, HubStillBusy

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(frozen=True)
class BusyPolicy:
    # One wait, whatever the hint: a hub asking for an hour is better asked again sooner.
    max_wait_s: float = 120.0
    # All the waits of one sync run: past it the run ends and automatic sync tries later.
    max_total_s: float = 300.0
    # The first wait when the hub (or a proxy in front of it) gives no hint; doubled each time.
    no_hint_s: float = 5.0
    # Each wait is stretched by up to this fraction at random, so that fifty laptops told
    # "5 seconds" at once do not all come back in the same instant.
    spread: float = 0.2


def seconds_words(seconds: float) -> str:
    """“1 second”, “7 seconds”: a wait in whole seconds, never 0, for the CLI and the log."""
    whole = max(1, round(seconds))
    return f"{whole} second{'s' if whole != 1 else ''}"


def busy_words(seconds: float) -> str:
    """The words of a wait, for the CLI and the log (the GUI words it from `busy_wait_s`)."""
    return f"The hub is busy; trying again in {seconds_words(seconds)}."


@dataclass
class BusyWaiter:
    """Waits of one sync run. `on_wait(seconds)` is told before each wait starts."""

    cancel: threading.Event
    on_wait: Callable[[float], None]
    policy: BusyPolicy = field(default_factory=BusyPolicy)
    rng: random.Random = field(default_factory=random.Random)
    waits: int = 0
    waited_s: float = 0.0
    _no_hint: int = 0

    def call(self, request: Callable[[], T]) -> T:
        """`request()`, sent again after each busy answer until it gets a real one."""
        while True:
            try:
                return request()
            except HubBusy as exc:
                self.wait(exc)

    def delay_for(self, exc: HubBusy) -> float:
        policy = self.policy
        if exc.retry_after is None:
            hint = policy.no_hint_s * 2.0**self._no_hint
            self._no_hint += 1
        else:
            hint = exc.retry_after
        stretched = hint * (1 + self.rng.uniform(0, policy.spread))
        return min(policy.max_wait_s, stretched)

    def wait(self, exc: HubBusy) -> None:
        """Sleep as the hub asked; raise when cancelled or when the run's budget is spent."""
        delay = self.delay_for(exc)
        if self.waited_s + delay > self.policy.max_total_s:
            raise HubStillBusy(
                f"The hub stayed busy: this sync waited {self.waited_s:.0f} seconds in all and "
                "stopped. Nothing is lost: the changes stay queued and go with the next sync.",
                key="hub_still_busy",
                seconds=round(self.waited_s),
            ) from exc
        log.info("Hub busy (%s); waiting %.1f s", exc, delay)
        self.on_wait(delay)
        self.waits += 1
        # Event.wait returns as soon as cancel is set: the GUI's Cancel and quit stop the
        # wait at once, not at its end.
        if self.cancel.wait(delay):
            raise Cancelled()
        self.waited_s += delay
