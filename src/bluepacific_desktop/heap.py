"""Python's full garbage collections held back while a big job builds millions of objects.

The cyclic collector runs a full collection each time the objects alive have grown by a
quarter, and each walks every object while holding the interpreter lock. A 100,000-row import
builds its rows, checks and plan as millions of small objects, and grows the heap from start to
end: it paid eight to ten full collections, 2 of its 13 seconds, each a freeze of the window on
the GUI thread too, for no garbage (rows, cells and fields hold no reference cycles; they are
freed by their reference counts). The young collections go on: they are short and still free
the few cycles a job makes. Jobs may overlap (an import on a worker, a sync on another): the
first to start holds the full collections back, the last to end lets them run again.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# A threshold no count of young collections reaches while a job runs.
_NEVER = 1 << 30
_lock = threading.Lock()
_holders = 0
_saved: tuple[int, int, int] = gc.get_threshold()


@contextmanager
def full_collections_held() -> Iterator[None]:
    """Run the block without full (oldest-generation) collections."""
    global _holders, _saved
    with _lock:
        if _holders == 0:
            _saved = gc.get_threshold()
            gc.set_threshold(_saved[0], _saved[1], _NEVER)
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0:
                gc.set_threshold(*_saved)
