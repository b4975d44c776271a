"""One way to run work off the GUI thread: a task with done/failed/progress callbacks.

Writes go through a single worker (one writer at a time, as SQLite wants); reads, reports and
network go through a shared pool, so a long sync never blocks a read.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

Progress = Callable[[Any], None]
Work = Callable[[Progress, threading.Event], Any]


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(object)


@dataclass
class TaskHandle:
    """Lets the caller cancel; the work sees `cancel.is_set()` and stops at a safe point."""

    cancel: threading.Event = field(default_factory=threading.Event)
    finished: threading.Event = field(default_factory=threading.Event)


class _Task(QRunnable):
    def __init__(self, work: Work, signals: _Signals, handle: TaskHandle) -> None:
        super().__init__()
        self.work = work
        self.signals = signals
        self.handle = handle

    def run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit, self.handle.cancel)
        except Exception as exc:  # reported to the screen that asked, never lost
            log.info("Background task failed: %s", type(exc).__name__)
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)
        finally:
            self.handle.finished.set()


class Background(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.shared = QThreadPool(self)
        self.shared.setMaxThreadCount(3)
        self.writer = QThreadPool(self)
        self.writer.setMaxThreadCount(1)
        self._live: set[_Signals] = set()

    def run(
        self,
        work: Work,
        on_done: Callable[[Any], None] | None = None,
        on_failed: Callable[[Exception], None] | None = None,
        on_progress: Callable[[Any], None] | None = None,
        *,
        writes: bool = False,
    ) -> TaskHandle:
        signals = _Signals(self)
        handle = TaskHandle()
        self._live.add(signals)

        def finish() -> None:
            self._live.discard(signals)
            signals.deleteLater()

        if on_done is not None:
            signals.done.connect(on_done)
        if on_failed is not None:
            signals.failed.connect(on_failed)
        if on_progress is not None:
            signals.progress.connect(on_progress)
        signals.done.connect(finish)
        signals.failed.connect(finish)
        pool = self.writer if writes else self.shared
        pool.start(_Task(work, signals, handle))
        return handle

    def wait(self, msecs: int = 30_000) -> bool:
        """For shutdown and tests: wait until every task has ended."""
        return self.shared.waitForDone(msecs) and self.writer.waitForDone(msecs)
