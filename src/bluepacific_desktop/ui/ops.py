"""One typed way to run work off the GUI thread: `ReadOp`, `WriteOp` and `NetworkOp`.

Each op holds the parent widget, the function to run off the GUI thread (it gets a `Job`: the
store, a progress callback and a cancel event), success and failure callbacks and an optional
progress callback; `.run()` starts it. Each kind of op has its own lane, so that a long job
never holds up the wrong thing:

- `ReadOp`: the shared pool (three threads): reads, reports, backups, files. Writes nothing.
- `WriteOp`: the one writer thread: every write the screens make, one at a time, in order.
- `NetworkOp`: a pool of its own (two threads) for sync and login: long waits on the network
  with short write transactions of their own in between. Those transactions queue on the
  store's write lock together with the writer's (`Store.write`), so two writers never
  interleave, a sync never waits behind a queue of screen writes (nor they behind a whole
  sync: only behind one short transaction of it), and a long sync never blocks a read.

`WriteOp` and `NetworkOp` return `Changed(value, kinds)`: on success the kinds are announced
once through `AppContext.data_changed` (before the success callback runs) and the screens
showing them refresh (`ui/pages/base.py`). No screen announces by hand.

Failures are never silent: each is logged with its traceback (the log file keeps exception
messages out, as they may quote what the user typed: see `logging_setup`); with no failure
callback, the user is told in a message box on the parent widget, in words, with the
traceback under "Show Details..." to copy.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from bluepacific_desktop.domain.errors import BluePacificError
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui.problems import error_words

if TYPE_CHECKING:
    from bluepacific_desktop.ui.context import AppContext

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(frozen=True)
class Changed(Generic[T]):
    """What a write returns: its result, and the record kinds (wire names) it changed."""

    value: T
    kinds: frozenset[str] = frozenset()

    @classmethod
    def of(cls, value: T, kinds: Iterable[str]) -> Changed[T]:
        return cls(value, frozenset(str(k) for k in kinds))


@dataclass(frozen=True)
class Job:
    """What an op's function gets on its worker thread. It stops at a safe point when
    `cancel` is set; `progress(value)` reaches the op's progress callback on the GUI thread."""

    store: Store
    progress: Callable[[Any], None]
    cancel: threading.Event


@dataclass
class OpHandle:
    """Lets the caller cancel, and see whether the work has ended."""

    cancel: threading.Event = field(default_factory=threading.Event)
    finished: threading.Event = field(default_factory=threading.Event)


class Lane(Enum):
    READ = "read"
    WRITE = "write"
    NETWORK = "network"


class Workers(QObject):
    """The thread pools of the three lanes (one per application context)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pools = {lane: QThreadPool(self) for lane in Lane}
        self.pools[Lane.READ].setMaxThreadCount(3)
        self.pools[Lane.WRITE].setMaxThreadCount(1)
        self.pools[Lane.NETWORK].setMaxThreadCount(2)
        self.live: set[_Signals] = set()  # kept alive until their task has reported

    def wait(self, msecs: int = 30_000) -> bool:
        """For shutdown and tests: wait until every task of every lane has ended."""
        return all(pool.waitForDone(msecs) for pool in self.pools.values())


Done = Callable[[T], None]
Failed = Callable[[Exception], None]
ProgressSlot = Callable[[Any], None]


@dataclass
class ReadOp(Generic[T]):
    """Work that writes nothing (reads, reports, files), on the shared pool."""

    parent: QWidget | None
    ctx: AppContext
    work: Callable[[Job], T]
    on_done: Done[T] | None = None
    on_failed: Failed | None = None
    on_progress: ProgressSlot | None = None

    def run(self) -> OpHandle:
        return _start(self, Lane.READ, lambda job: Changed(self.work(job)))


@dataclass
class WriteOp(Generic[T]):
    """A write on the one writer thread; it returns what it changed."""

    parent: QWidget | None
    ctx: AppContext
    work: Callable[[Job], Changed[T]]
    on_done: Done[T] | None = None
    on_failed: Failed | None = None
    on_progress: ProgressSlot | None = None
    lane: ClassVar[Lane] = Lane.WRITE

    def run(self) -> OpHandle:
        return _start(self, self.lane, self.work)


@dataclass
class NetworkOp(WriteOp[T]):
    """Talking to the hub (sync, login) on the network pool, with short write transactions of
    its own that take turns with the writer's on the store's write lock."""

    lane: ClassVar[Lane] = Lane.NETWORK


Op = ReadOp[Any] | WriteOp[Any]  # a NetworkOp is a WriteOp on another lane


class _Signals(QObject):
    done = Signal(object)  # Changed
    failed = Signal(object)  # Exception
    progress = Signal(object)


class _Task(QRunnable):
    def __init__(
        self, name: str, work: Callable[[Job], Changed[Any]], job: Job, signals: _Signals
    ) -> None:
        super().__init__()
        self.name, self.work, self.job, self.signals = name, work, job, signals
        self.handle = OpHandle(cancel=job.cancel)

    def run(self) -> None:
        try:
            result = self.work(self.job)
            if not isinstance(result, Changed):
                raise TypeError(f"{self.name} must return Changed(value, kinds)")
        except Exception as exc:  # reported to the screen that asked, or to the user; never lost
            log.error("Background %s failed: %s", self.name, type(exc).__name__, exc_info=exc)
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)
        finally:
            self.handle.finished.set()


def _start(op: Op, lane: Lane, work: Callable[[Job], Changed[Any]]) -> OpHandle:
    workers = op.ctx.background
    signals = _Signals(workers)
    workers.live.add(signals)

    def finish() -> None:
        workers.live.discard(signals)
        signals.deleteLater()

    def done(result: Changed[Any]) -> None:
        try:
            if result.kinds:
                op.ctx.data_changed.emit(result.kinds)
            if op.on_done is not None:
                op.on_done(result.value)
        finally:
            finish()

    def failed(exc: Exception) -> None:
        try:
            if op.on_failed is not None:
                op.on_failed(exc)
            else:
                show_failure(op.parent, exc)
        finally:
            finish()

    signals.done.connect(done)
    signals.failed.connect(failed)
    if op.on_progress is not None:
        signals.progress.connect(op.on_progress)
    name = getattr(op.work, "__qualname__", type(op).__name__)
    task = _Task(name, work, Job(op.ctx.store, signals.progress.emit, threading.Event()), signals)
    workers.pools[lane].start(task)
    return task.handle


def failure_words(exc: Exception) -> str:
    """A sentence for the user: the core's own message, or what to do about a surprise."""
    if isinstance(exc, BluePacificError) and error_words(exc):
        return error_words(exc)
    return QCoreApplication.translate(
        "ops",
        "Something unexpected went wrong and this was not finished. Try again; if it happens "
        "again, copy the details and send them to your regional team.",
    )


def show_failure(parent: QWidget | None, exc: Exception) -> QMessageBox:
    """Tell the user in words, without blocking the event loop; the traceback is one click away."""
    if parent is not None and not shiboken6.isValid(parent):
        parent = None  # the screen that asked has closed since
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("ops", "Not done"),
        failure_words(exc),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setDetailedText("".join(traceback.format_exception(exc)))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
