"""Runs the sync engine off the GUI thread: Sync now, cancel, automatic sync with backoff.

With automatic sync on, a change is sent about a minute after it is made (debounced: the
changes of a minute of typing go in one sync, and a steady stream of them never holds the
first back longer than `SEND_WITHIN_S`). A timer drives retries (a stalled queue always
resumes on its own) and notices when a link appears: every minute it probes the hub's health
off the GUI thread when changes wait. `next_try` says when the next automatic sync is due,
so the status bar can say it.

The sync engine and the HTTP client are imported when the first sync starts: importing them
took a fifth of the time to a usable dashboard.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from bluepacific_desktop.domain.enums import EDITABLE_KINDS
from bluepacific_desktop.store.device import get_setting, set_setting
from bluepacific_desktop.store.outbox import waiting
from bluepacific_desktop.store.outbox_counts import WaitingCounts
from bluepacific_desktop.store.types import utcnow
from bluepacific_desktop.sync import state
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.ops import Changed, Job, NetworkOp, OpHandle
from bluepacific_desktop.ui.problems import error_words, report_error_words

if TYPE_CHECKING:
    from bluepacific_desktop.sync.engine import SyncProgress, SyncReport
    from bluepacific_desktop.sync.retry import Backoff

PROBE_EVERY_MS = 60_000
# With nothing to send, look for others' changes this often (each look costs a few hundred
# bytes on a paid link).
PULL_EVERY_S = 15 * 60
# A change goes this long after the last one typed, and never later than SEND_WITHIN_S after
# the first one waiting: "within about a minute".
QUIET_S = 20.0
SEND_WITHIN_S = 60.0
_EDITABLE = frozenset(k.value for k in EDITABLE_KINDS)


class LinkState(StrEnum):
    NOT_CONNECTED = "not_connected"
    OFFLINE = "offline"
    SYNCING = "syncing"
    UP_TO_DATE = "up_to_date"
    QUEUED = "queued"  # changes made since the last sync go with the next one
    WAITING = "waiting"
    ERROR = "error"


class SyncController(QObject):
    state_changed = Signal(str, str)  # LinkState, words for the user
    progress = Signal(object)  # SyncProgress
    finished = Signal(object)  # SyncReport
    scheduled = Signal()  # next_try changed
    # The hub asked for this computer's data to be erased and it was (on the sync's thread);
    # the words to show. The window then starts again as on a new computer (ui/wiped.py).
    wiped = Signal(str)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.state = LinkState.NOT_CONNECTED
        self._words: Callable[[], str] = str
        self._backoff: Backoff | None = None
        self._task: OpHandle | None = None
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._due)
        self._probe = QTimer(self)
        self._probe.setInterval(PROBE_EVERY_MS)
        self._probe.timeout.connect(self._maybe_auto_sync)
        # The first look after start-up; a timer of ours, so that shutdown() stops it.
        self._first_look = QTimer(self)
        self._first_look.setSingleShot(True)
        self._first_look.setInterval(2000)
        self._first_look.timeout.connect(self._maybe_auto_sync)
        self.next_try: datetime | None = None  # UTC; when the next automatic sync is due
        self._first_waiting: datetime | None = None  # the oldest change the debounce holds
        ctx.data_changed.connect(self._changed)

    @property
    def backoff(self) -> Backoff:
        if self._backoff is None:
            from bluepacific_desktop.sync.retry import Backoff

            self._backoff = Backoff(base_s=15.0, cap_s=1800.0)
        return self._backoff

    # -- settings ----------------------------------------------------------------------------

    @property
    def auto_sync(self) -> bool:
        with self.ctx.store.read() as session:
            return get_setting(session, state.AUTO_SYNC) != "0"

    def set_auto_sync(self, on: bool) -> None:
        with self.ctx.store.write() as session:
            set_setting(session, state.AUTO_SYNC, "1" if on else "0")
        if on:
            self.start()
        else:
            self._probe.stop()
            self._schedule(None)

    def connected(self) -> bool:
        with self.ctx.store.read() as session:
            hub = state.hub_settings(session)
        return bool(hub.url and hub.username)

    def start(self) -> None:
        """Begin automatic sync (if on) and show the current state."""
        if not self.connected():
            self._set(LinkState.NOT_CONNECTED, lambda: self.tr("Not connected to a hub"))
            return
        self._set(LinkState.OFFLINE, lambda: self.tr("Not synced yet in this session"))
        if self.auto_sync:
            self._probe.start()
            self._first_look.start()

    # -- running -----------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.finished.is_set()

    def sync_now(self) -> None:
        if self.running or not self.connected():
            return
        from bluepacific_desktop.sync import account
        from bluepacific_desktop.sync.engine import SyncEngine

        self._schedule(None)
        self._first_waiting = None
        self._set(LinkState.SYNCING, lambda: self.tr("Syncing…"))
        store, token = self.ctx.store, self.ctx.session_token

        def work(job: Job) -> Changed[tuple[SyncReport, WaitingCounts]]:
            with account.client_for(store, token) as client:
                engine = SyncEngine(store, client, cancel=job.cancel, progress=job.progress)
                report = engine.run()
            if report.wiped or report.error_key == "wipe_failed":
                # The store is erased (or half erased): nothing more is read from it.
                return Changed.of((report, WaitingCounts()), set())
            with store.read() as session:
                left = waiting(session)  # what the run left, and what was changed meanwhile
            # What the pull brought and the hub's answers touched: those screens refresh.
            return Changed.of((report, left), report.changed_kinds)

        # The network lane: a long sync never holds up the screens' reads, and its short
        # write transactions take turns with the writer's on the store's write lock.
        self._task = NetworkOp(
            None, self.ctx, work, self._done, self._failed, self._progressed
        ).run()

    def _progressed(self, p: SyncProgress) -> None:
        """A step of the run; a page it pulled is stored already: the screens showing its
        kinds refresh now, so a restore of hours is usable as its records arrive."""
        self.progress.emit(p)
        if p.kinds:
            self.ctx.data_changed.emit(p.kinds)

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel.set()

    def _done(self, result: tuple[SyncReport, WaitingCounts]) -> None:
        report, left = result
        if report.wiped or report.error_key == "wipe_failed":
            self.shutdown()  # nothing syncs again over this store
            self._set(LinkState.ERROR, lambda: _words(report))
            if report.wiped:
                self.wiped.emit(_words(report))
            return
        self.finished.emit(report)
        if report.encryption_required:
            # Said in the status bar at each sync while it holds: sync goes on meanwhile.
            self.ctx.status_message.emit(report_error_words("encryption_required", {}, ""))
        if report.error_code is None and left.total == 0:
            self.backoff.reset()
            self._set(LinkState.UP_TO_DATE, lambda: self.tr("Up to date"))
        elif report.error_code is None and not left.need_attention:
            # Changes made while the sync ran: they go with the next one, soon.
            self.backoff.reset()
            self._set(
                LinkState.QUEUED,
                lambda: self.tr("Changes made during the sync go with the next one"),
            )
            if self.auto_sync:
                self._first_waiting = utcnow()
                self._debounce()
        elif report.error_code is None:
            self._set(LinkState.WAITING, lambda: self.tr("Some changes need your attention"))
        elif report.retryable:
            self._set(LinkState.OFFLINE, lambda: _words(report))
            self._schedule_retry()
        else:
            self._set(LinkState.ERROR, lambda: _words(report))

    def _failed(self, exc: Exception) -> None:
        from bluepacific_desktop.sync.errors import SyncError

        def words() -> str:
            if isinstance(exc, SyncError):
                return error_words(exc)
            return self.tr("Sync could not start (%1). Nothing is lost; try again.").replace(
                "%1", type(exc).__name__
            )

        retry = isinstance(exc, SyncError) and exc.retry
        self._set(LinkState.OFFLINE if retry else LinkState.ERROR, words)
        if retry:
            self._schedule_retry()

    def _schedule_retry(self) -> None:
        if self.auto_sync:
            self._schedule(self.backoff.next_delay() + 1.0)

    def _schedule(self, seconds: float | None) -> None:
        """The next automatic sync in `seconds` (None: none planned), and say so."""
        if seconds is None:
            self._retry.stop()
            self.next_try = None
        else:
            self._retry.start(max(0, int(seconds * 1000)))
            self.next_try = utcnow() + timedelta(seconds=seconds)
        self.scheduled.emit()

    def _due(self) -> None:
        self.next_try = None
        self.sync_now()

    def _changed(self, kinds: frozenset[str]) -> None:
        """A change was saved: with automatic sync on, send it within about a minute."""
        if not kinds & _EDITABLE or not self.auto_sync:
            return
        # A sync's own announcement (what it pulled, what the hub confirmed) arrives while
        # the state still says syncing; a change typed meanwhile is found by _done.
        if self.state in (LinkState.NOT_CONNECTED, LinkState.ERROR, LinkState.SYNCING):
            return
        if self.state is LinkState.OFFLINE and self._retry.isActive():
            return  # no link: the retry already planned takes it
        if self._first_waiting is None:
            self._first_waiting = utcnow()
        self._debounce()

    def _debounce(self) -> None:
        first = self._first_waiting or utcnow()
        latest = (first - utcnow()).total_seconds() + SEND_WITHIN_S
        self._schedule(max(0.0, min(QUIET_S, latest)))

    def _maybe_auto_sync(self) -> None:
        if not self.auto_sync or self.running or self._retry.isActive():
            return
        with self.ctx.store.read() as session:
            last = state.last_success(session)
            to_send = waiting(session).pending  # set-aside ones wait for a person, not a link
        stale = last is None or (utcnow() - last).total_seconds() > PULL_EVERY_S
        if stale or to_send:
            self.sync_now()

    @property
    def message(self) -> str:
        """The words for the state, in the language shown now (a switch made after the sync
        ended included): kept as how to say them, not as what was said."""
        return self._words()

    def _set(self, new: LinkState, words: Callable[[], str]) -> None:
        self.state, self._words = new, words
        self.state_changed.emit(new.value, self.message)

    def shutdown(self) -> None:
        self._first_look.stop()
        self._probe.stop()
        self._retry.stop()
        self.cancel()


def _words(report: SyncReport) -> str:
    return report_error_words(report.error_key, report.error_params, report.error or "")
