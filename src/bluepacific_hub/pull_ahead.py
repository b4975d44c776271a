"""The next pull page, made while the one before crosses the link.

A restore pulls page after page, each asked for once the one before has arrived; over a
satellite link the hub's work on a page of 5,000 records (a second or more on a busy hub) left
the link idle. So when a page has more after it, the hub starts on the next one at once (the
device will ask from that page's `next_cursor` with the same limit) and keeps it a short time.

A page made ahead is what the device would have got asking at that moment: it holds the
records with revisions above its cursor as of then, and anything written since has a higher
revision, so it comes in a later page or the next sync — the same as a page asked for a second
earlier. Each page is made for one device (its id is in the key) and handed over only after the
request has passed the token check like any other.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

# A page not asked for within this time (a device cut off, a link gone) is dropped.
KEEP_S = 60.0
# At most this many pages kept at once (each at most the hub's page bytes, 4 MiB).
MAX_PAGES = 16

Key = tuple[Any, ...]


class PullAhead:
    """Pages made ahead, by key (device, API version, cursor, limit, skip_own)."""

    def __init__(self, keep_s: float = KEEP_S, max_pages: int = MAX_PAGES) -> None:
        self.keep_s = keep_s
        self.max_pages = max_pages
        self.hits = 0  # pages handed over made ahead (for the tests and the log)
        self._pages: OrderedDict[Key, tuple[float, Future[Any]]] = OrderedDict()
        self._lock = threading.Lock()
        # One worker: pages made ahead never take more than one core from the requests.
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pull-ahead")

    def take(self, key: Key) -> Future[Any] | None:
        """The page made ahead for `key` (being made, or made), if it is still fresh."""
        with self._lock:
            made = self._pages.pop(key, None)
            if made is None or time.monotonic() - made[0] > self.keep_s:
                return None
            self.hits += 1
            return made[1]

    def prepare(self, key: Key, make: Callable[[], Any]) -> None:
        """Start making the page for `key`; the oldest page kept goes if there are too many."""
        with self._lock:
            now = time.monotonic()
            for old in [k for k, (at, _f) in self._pages.items() if now - at > self.keep_s]:
                del self._pages[old]
            while len(self._pages) >= self.max_pages:
                self._pages.popitem(last=False)
            self._pages[key] = (now, self._pool.submit(make))

    def close(self) -> None:
        with self._lock:
            self._pages.clear()
        self._pool.shutdown(wait=False, cancel_futures=True)
