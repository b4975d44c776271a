"""Login throttling: too many recent failures for a username or an address → locked for a while."""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable


class LoginThrottle:
    """Counts failed logins per key in a sliding window; thread-safe, in memory."""

    def __init__(
        self,
        limit: int,
        window_s: float,
        lockout_s: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._limit = limit
        self._window = window_s
        self._lockout = lockout_s
        self._clock = clock
        self._failures: dict[str, deque[float]] = {}
        self._locked_until: dict[str, float] = {}
        self._lock = threading.Lock()

    def retry_after(self, key: str) -> float:
        """Seconds until `key` may try again; 0 when it may try now."""
        with self._lock:
            until = self._locked_until.get(key, 0.0)
            remaining = until - self._clock()
            if remaining <= 0:
                self._locked_until.pop(key, None)
                return 0.0
            return remaining

    def failed(self, key: str) -> None:
        """Record a failure; the limit-th failure in the window starts a lockout."""
        with self._lock:
            now = self._clock()
            failures = self._failures.setdefault(key, deque())
            failures.append(now)
            while failures and failures[0] < now - self._window:
                failures.popleft()
            if len(failures) >= self._limit:
                self._locked_until[key] = now + self._lockout
                failures.clear()
            if len(self._failures) > 100_000:  # keep memory bounded under a spray attack
                self._failures.clear()

    def succeeded(self, key: str) -> None:
        """Forget the failures of `key`."""
        with self._lock:
            self._failures.pop(key, None)
