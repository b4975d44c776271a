"""Admission gates: how many requests of a kind the hub works on at once, the rest told 503.

Argon2 takes a core and tens of MB per password check, and applying a push takes a core for
about a second: past a few at once, more of them only make every one slower (each push
waited for all the others, and under fifty laptops the slowest took 30 s). A request that
finds the gate and its queue full is answered 503 hub_busy at once with a Retry-After, and
the desktop sends it again then; one let in is worked on without sharing the core with
dozens of others.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager


class HubBusy(Exception):
    """More requests of a kind are at work and waiting than the hub takes at once."""


class Gate:
    """At most `at_once` requests of a kind at work; `waiting` more may queue for `wait_s`.

    Waiting happens on the event loop, not in a worker thread, so that queued requests do not
    take the threads that the others need.
    """

    def __init__(self, at_once: int, waiting: int, wait_s: float) -> None:
        self._semaphore = asyncio.Semaphore(at_once)
        self._room = at_once + waiting
        self._inside = 0
        self._wait_s = wait_s

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        """Hold a slot; HubBusy at once when the queue is full, or after `wait_s` in it."""
        if self._inside >= self._room:
            raise HubBusy
        self._inside += 1
        try:
            try:
                async with asyncio.timeout(self._wait_s):
                    await self._semaphore.acquire()
            except TimeoutError as exc:
                raise HubBusy from exc
            try:
                yield
            finally:
                self._semaphore.release()
        finally:
            self._inside -= 1
