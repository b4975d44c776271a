"""Runs the sync engine off the GUI thread: Sync now, cancel, automatic sync with backoff.

A timer drives retries (a stalled queue always resumes on its own) and notices when a link
appears: every minute it probes the hub's health off the GUI thread when changes wait.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject, QTimer, Signal

from bluepacific_desktop.store.device import get_setting, set_setting
from bluepacific_desktop.store.outbox import waiting
from bluepacific_desktop.store.types import utcnow
from bluepacific_desktop.sync import account, state
from bluepacific_desktop.sync.engine import SyncEngine, SyncReport
from bluepacific_desktop.sync.errors import SyncError
from bluepacific_desktop.sync.retry import Backoff
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.ops import Changed, Job, NetworkOp, OpHandle
from bluepacific_desktop.ui.problems import error_words, report_error_words

PROBE_EVERY_MS = 60_000
# With nothing to send, look for others' changes this often (each look costs a few hundred
# bytes on a paid link).
PULL_EVERY_S = 15 * 60


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

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.state = LinkState.NOT_CONNECTED
        self.message = ""
        self.backoff = Backoff(base_s=15.0, cap_s=1800.0)
        self._task: OpHandle | None = None
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self.sync_now)
        self._probe = QTimer(self)
        self._probe.setInterval(PROBE_EVERY_MS)
        self._probe.timeout.connect(self._maybe_auto_sync)

    # -- settings ----------------------------------------------------------------------------

    @property
    def auto_sync(self) -> bool:
        with self.ctx.store.read() as session:
            return get_setting(session, state.AUTO_SYNC) != "0"

    def set_auto_sync(self, on: bool) -> None:
        with self.ctx.store.write() as session:
            set_setting(session, state.AUTO_SYNC, "1" if on else "0")
        self.start() if on else self._probe.stop()

    def connected(self) -> bool:
        with self.ctx.store.read() as session:
            hub = state.hub_settings(session)
        return bool(hub.url and hub.username)

    def start(self) -> None:
        """Begin automatic sync (if on) and show the current state."""
        if not self.connected():
            self._set(LinkState.NOT_CONNECTED, self.tr("Not connected to a hub"))
            return
        self._set(LinkState.OFFLINE, self.tr("Not synced yet in this session"))
        if self.auto_sync:
            self._probe.start()
            QTimer.singleShot(2000, self._maybe_auto_sync)

    # -- running -----------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.finished.is_set()

    def sync_now(self) -> None:
        if self.running or not self.connected():
            return
        self._retry.stop()
        self._set(LinkState.SYNCING, self.tr("Syncing…"))
        store, token = self.ctx.store, self.ctx.session_token

        def work(job: Job) -> Changed[SyncReport]:
            with account.client_for(store, token) as client:
                engine = SyncEngine(store, client, cancel=job.cancel, progress=job.progress)
                report = engine.run()
            # What the pull brought and the hub's answers touched: those screens refresh.
            return Changed.of(report, report.changed_kinds)

        # The network lane: a long sync never holds up the screens' reads, and its short
        # write transactions take turns with the writer's on the store's write lock.
        self._task = NetworkOp(
            None, self.ctx, work, self._done, self._failed, self.progress.emit
        ).run()

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel.set()

    def _done(self, report: SyncReport) -> None:
        self.finished.emit(report)
        if report.error_code is None and report.complete:
            self.backoff.reset()
            self._set(LinkState.UP_TO_DATE, self.tr("Up to date"))
        elif report.error_code is None:
            self._set(LinkState.WAITING, self.tr("Some changes need your attention"))
        elif report.retryable:
            self._set(LinkState.OFFLINE, _words(report))
            self._schedule_retry()
        else:
            self._set(LinkState.ERROR, _words(report))

    def _failed(self, exc: Exception) -> None:
        words = (
            error_words(exc)
            if isinstance(exc, SyncError)
            else self.tr("Sync could not start (%1). Nothing is lost; try again.").replace(
                "%1", type(exc).__name__
            )
        )
        retry = isinstance(exc, SyncError) and exc.retry
        self._set(LinkState.OFFLINE if retry else LinkState.ERROR, words)
        if retry:
            self._schedule_retry()

    def _schedule_retry(self) -> None:
        if self.auto_sync:
            self._retry.start(int(self.backoff.next_delay() * 1000) + 1000)

    def _maybe_auto_sync(self) -> None:
        if not self.auto_sync or self.running or self._retry.isActive():
            return
        with self.ctx.store.read() as session:
            last = state.last_success(session)
            to_send = waiting(session).pending  # set-aside ones wait for a person, not a link
        stale = last is None or (utcnow() - last).total_seconds() > PULL_EVERY_S
        if stale or to_send:
            self.sync_now()

    def _set(self, new: LinkState, message: str) -> None:
        self.state, self.message = new, message
        self.state_changed.emit(new.value, message)

    def shutdown(self) -> None:
        self._probe.stop()
        self._retry.stop()
        self.cancel()


def _words(report: SyncReport) -> str:
    return report_error_words(report.error_key, report.error_params, report.error or "")
