"""One sync run: health probe, push the outbox in adaptive batches, pull pages, keep the outcome."""

from __future__ import annotations

import logging
import threading
import time
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from functools import partial
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.store.device import get_setting, set_setting
from bluepacific_desktop.store.models import OutboxEntry, SyncBatch
from bluepacific_desktop.store.outbox import waiting
from bluepacific_desktop.store.outbox_counts import WaitingCounts
from bluepacific_desktop.store.return_rules import save_hub_rules
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.store.types import utcnow
from bluepacific_desktop.sync import outgoing, state
from bluepacific_desktop.sync.busy import BusyPolicy, BusyWaiter, busy_words
from bluepacific_desktop.sync.client import HubClient
from bluepacific_desktop.sync.errors import (
    BatchKeyReused,
    Cancelled,
    LocalProblem,
    SyncError,
    WipeRequested,
)
from bluepacific_desktop.sync.incoming import PullCounts, apply_page
from bluepacific_wire import (
    MAX_CHANGES_PER_BATCH,
    MAX_PULL_LIMIT_V2,
    PullResponse,
    PushResponse,
    parse_time,
)
from bluepacific_wire.codec import GZIP, ZSTD

log = logging.getLogger(__name__)

MIN_BATCH = 25
# A device's first batch: 2,000 changes are some 90 kB in zstd, 3 s at 256 kbit/s and 11 s at
# 64 kbit/s (under SLOW_BATCH_S: the size is halved after a batch that took longer). A backlog
# of 10,000 crosses in 3 pushes instead of 4.
START_BATCH = 2000
# As many as the hub takes in one batch (outgoing.build_batch also keeps its bytes within the
# hub's body limits): a large backlog crosses in few round trips.
MAX_BATCH = MAX_CHANGES_PER_BATCH
# A batch that takes longer than this is too big for the link: the next one is halved. One
# well under a quarter of it quadruples, one under half doubles.
SLOW_BATCH_S = 20.0
PULL_PAGE = 500
# From a hub that serves API v2 (whose pages may hold as many records as a push batch): a
# restore's 50,000 records in 10 round trips, not 100.
PULL_PAGE_V2 = MAX_PULL_LIMIT_V2


def _grown(size: int, took: float) -> int:
    """The next batch's size after one of `size` changes took `took` seconds on the link."""
    if took < SLOW_BATCH_S / 4:
        return min(MAX_BATCH, size * 4)
    if took < SLOW_BATCH_S / 2:
        return min(MAX_BATCH, size * 2)
    return max(MIN_BATCH, size // 2) if took > SLOW_BATCH_S else size


@dataclass
class _Prepared:
    """The batch to send after the current one, and the size it was frozen for in this run
    (None for one left open by an earlier run, which may have been sent)."""

    batch: SyncBatch | None
    frozen_for: int | None


@dataclass
class SyncProgress:
    """Where a run stands; changes are counted in records (see `WaitingCounts`)."""

    phase: str
    changes_sent: int
    changes_total: int
    pulled: int
    bytes_sent: int
    bytes_received: int
    # Phase "busy": the hub asked to come back later and the run waits this many seconds
    # before sending the same request again; `note` says so in English (CLI and log).
    busy_wait_s: float = 0.0
    note: str = ""
    # The pull: records received in this run and the total it will have received (received
    # plus what the hub says remains; 0 when the hub does not say), the time left at the rate
    # seen so far (None until a page has come), and the record kinds of the page just stored,
    # committed already: the screens that show them refresh while a restore goes on.
    received: int = 0
    pull_total: int = 0
    seconds_left: float | None = None
    kinds: frozenset[str] = frozenset()


@dataclass
class SyncReport:
    pushed: int = 0
    duplicates: int = 0
    conflicts: int = 0
    refused: int = 0
    pulled: int = 0
    kept_local: int = 0
    bytes_sent: int = 0
    bytes_received: int = 0
    round_trips: int = 0
    clock_skew_s: float | None = None
    waiting: int = 0  # records with a change not on the hub after the run
    complete: bool = False
    error_code: str | None = None
    retryable: bool = False  # whether trying again later can help (the error's own word)
    error: str | None = None
    # The error's message key and parameters, for the GUI's words (ui/problems.py).
    error_key: str | None = None
    error_params: dict[str, Any] = field(default_factory=dict)
    refused_reasons: list[str] = field(default_factory=list)
    busy_waits: int = 0  # times the hub said it was busy and the run waited
    busy_wait_s: float = 0.0  # seconds waited for it in all
    # Record kinds (wire names) whose rows this run changed: pulled records, and pushed ones
    # whose sync state the hub's answers changed (confirmed, set aside, in conflict).
    changed_kinds: set[str] = field(default_factory=set)
    # The hub asked for this computer's data to be erased, and it was (sync/wipe.py): the
    # store is gone, the app starts again as on a new computer.
    wiped: bool = False
    # The hub requires an encrypted store and this one is not: the app warns (sync works).
    encryption_required: bool = False

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["changed_kinds"] = sorted(self.changed_kinds)
        return data


class SyncEngine:
    def __init__(
        self,
        store: Store,
        client: HubClient,
        *,
        cancel: threading.Event | None = None,
        progress: Callable[[SyncProgress], None] | None = None,
        busy: BusyPolicy | None = None,
        pull_page: int | None = None,
    ) -> None:
        self.store = store
        self.pull_page = pull_page  # None: as large as the hub's API version allows
        self.client = client
        self.cancel = cancel or threading.Event()
        self.progress = progress
        self.busy = BusyWaiter(self.cancel, self._busy_wait, busy or BusyPolicy())
        self.report = SyncReport()
        self._total = 0
        self._hub_version = ""
        self._received = 0
        self._pull_total = 0
        self._seconds_left: float | None = None

    def run(self) -> SyncReport:
        """Never raises for a failed run: the report says what happened, in words, and the
        store remembers it as the last error. A problem on this computer (the data file, a
        bug) is reported the same way, as `local_problem`, with its frames in the log: the
        GUI shows it like any sync error and the CLI exits non-zero with its one line."""
        try:
            with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-first") as early:
                # The first batch is frozen while the health probe is on the link (a round
                # trip of 600 ms over a satellite), in zstd: most hubs read it, and for one
                # that does not the client sends the same JSON as gzip.
                first = early.submit(self._first_batch)
                try:
                    health = self.busy.call(self.client.health)
                finally:
                    first.exception()  # frozen or failed, never left half-way
            self._hub_version = health.get("current_desktop_version", "")
            # The hub's devices page shows what each laptop last said it held unsent: before
            # the pushes, then what they left (set aside, in conflict, changed meanwhile).
            self.client.say_waiting(self._waiting().total)
            self._push_all(first.result())
            self.client.say_waiting(self._waiting().total)
            self._pull_all()
            self.report.complete = self._waiting().total == 0
        except WipeRequested as exc:
            self._stopped(exc)
            self._wipe()
            return self.report
        except SyncError as exc:
            self._stopped(exc)
            log.info("Sync stopped: %s", exc.code)
        except Exception as exc:
            # The frames only, not the message: a database error quotes its SQL parameters,
            # which can be what people typed.
            log.error(
                "Sync stopped by %s\n%s",
                type(exc).__name__,
                "".join(traceback.format_tb(exc.__traceback__)),
            )
            self._stopped(_local_problem(exc))
        self._finish()
        return self.report

    def _wipe(self) -> None:
        """Erase this computer's data, here on the sync's own thread (never the GUI's)."""
        from bluepacific_desktop.sync.wipe import WIPED_WORDS, erase_local_data

        self._finish_stats()
        self.report.waiting = self._waiting().total  # lost with the store: for the log only
        log.warning("The hub asked for a wipe; %d change(s) had not been sent", self.report.waiting)
        try:
            erase_local_data(self.store)
        except Exception as exc:  # said in words below; the frames in the log
            log.error(
                "The wipe stopped by %s\n%s",
                type(exc).__name__,
                "".join(traceback.format_tb(exc.__traceback__)),
            )
            self.report.error_key = "wipe_failed"
            self.report.error_params = {"folder": str(self.store.path.parent)}
            self.report.error = (
                "The regional team asked for this computer's Blue Pacific data to be erased, "
                f"but it could not be done completely. Close the app and delete the folder "
                f"{self.store.path.parent}."
            )
            return
        self.report.wiped = True
        self.report.error = WIPED_WORDS
        self.report.error_key, self.report.error_params = "wiped", {}

    def _stopped(self, exc: SyncError) -> None:
        self.report.error_code, self.report.error = exc.code, str(exc)
        self.report.error_key, self.report.error_params = exc.key, dict(exc.params)
        self.report.retryable = exc.retry

    # -- push --------------------------------------------------------------------------------

    def _waiting(self) -> WaitingCounts:
        with self.store.read() as session:
            return waiting(session)

    def _batch_size(self) -> int:
        with self.store.read() as session:
            raw = get_setting(session, state.BATCH_SIZE)
        return int(raw) if raw else START_BATCH

    def _first_batch(self) -> tuple[SyncBatch | None, int]:
        """The batch to send first — one left open by an earlier run, else a new one — and the
        batch size this run starts from."""
        size = self._batch_size()
        encoding = ZSTD if self.client.zstd else GZIP
        with self.store.write() as session:
            batch = outgoing.open_batch(session) or outgoing.build_batch(session, size, encoding)
        return batch, size

    def _push_all(self, first: tuple[SyncBatch | None, int]) -> None:
        """Push batch after batch; the desktop's own work runs beside the link, on one worker
        thread: while a batch is on the link, the worker applies the answer to the one before
        and freezes the one after (a prefetch of one batch, kept in the store like any other).
        Nothing of the exactly-once rules changes: a batch's entries leave the outbox only in
        the transaction that applies the hub's answer to it, a batch that may have been sent
        is resent as it was, and after a crash the open batches go out oldest first."""
        self._total = self._waiting().pending
        current, size = first
        encoding = self.client.body_encoding
        if current is None:
            return
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-batches") as worker:
            applying: Future[outgoing.AckCounts] | None = None
            try:
                while current is not None:
                    self._check_cancel()
                    # Frozen at the size this push leads to on a quick link; made smaller
                    # below (`_fitted`) if the push turns out slow.
                    ahead = _grown(size, 0.0)
                    following = worker.submit(self._prepare, ahead, encoding, current.batch_id)
                    started, waited_before = time.monotonic(), self.busy.waited_s
                    try:
                        current, response = self._push_current(current, following)
                    except SyncError:
                        self._remember_size(max(MIN_BATCH, size // 2))
                        raise
                    # Time spent waiting out a busy hub says nothing about the link: left out.
                    took = time.monotonic() - started - (self.busy.waited_s - waited_before)
                    size = _grown(size, took)
                    self._remember_size(size)
                    if applying is not None:
                        self._count(applying.result())
                    applying = worker.submit(self._apply, current, response)
                    current = self._fitted(following.result(), size)
                if applying is not None:
                    self._count(applying.result())
                    applying = None
            finally:
                # An answer being applied when something else stopped the run still counts;
                # its own failure is left to the next run (the batch stays open, is resent,
                # and the hub answers it as before).
                if applying is not None and applying.exception() is None:
                    self._count(applying.result())

    def _push_current(
        self, batch: SyncBatch, following: Future[_Prepared]
    ) -> tuple[SyncBatch, PushResponse]:
        try:
            return batch, self._push(batch)
        except BatchKeyReused:
            # Sent under an earlier login: the same changes again, under a new id. The worker
            # is let finish first, so that it never takes the renamed batch for the next one.
            following.result()
            with self.store.write() as session:
                batch = outgoing.rekey_batch(session, session.merge(batch))
            return batch, self._push(batch)

    def _prepare(self, size: int, encoding: str, in_hand: str) -> _Prepared:
        """On the worker: the batch after `in_hand` — the next one left open by an earlier
        run, else a new one frozen now (which this run may still freeze again smaller)."""
        with self.store.write() as session:
            batch = outgoing.open_batch(session, [in_hand])
            if batch is not None:
                return _Prepared(batch, None)
            return _Prepared(outgoing.build_batch(session, size, encoding), size)

    def _fitted(self, prepared: _Prepared, size: int) -> SyncBatch | None:
        """The prepared batch, frozen again smaller if the link turned out slower than it was
        frozen for (never sent, so nothing on the hub holds it to its first form)."""
        batch = prepared.batch
        if batch is None or prepared.frozen_for is None or prepared.frozen_for <= 2 * size:
            return batch
        with self.store.write() as session:
            outgoing.discard_unsent(session, batch)
            return outgoing.build_batch(session, size, self.client.body_encoding)

    def _apply(self, batch: SyncBatch, response: PushResponse) -> outgoing.AckCounts:
        """On the worker: the hub's verdicts on `batch`, in one transaction."""
        with self.store.write() as session:
            fresh = session.merge(batch)
            kinds = _kinds_of(session, fresh)
            counts = outgoing.apply_results(
                session, fresh, response, parse_time(response["server_time"])
            )
        counts.kinds = kinds
        return counts

    def _count(self, counts: outgoing.AckCounts) -> None:
        if counts.counted:
            return
        counts.counted = True
        self.report.changed_kinds.update(counts.kinds)
        self.report.pushed += counts.applied
        self.report.duplicates += counts.duplicate
        self.report.conflicts += counts.conflict
        self.report.refused += counts.refused
        self.report.refused_reasons.extend(counts.refused_reasons)
        # Sent so far plus what is still to send (edits made meanwhile included), so the
        # total and the count of sent records stay in one unit and meet at the end.
        self._total = self._sent() + self._waiting().pending
        self._emit("push")

    def _push(self, batch: SyncBatch) -> PushResponse:
        # The same bytes under the same batch_id each time: the hub applies a batch once.
        return self.busy.call(lambda: self.client.push(batch.batch_id, batch.body))

    def _remember_size(self, size: int) -> None:
        with self.store.write() as session:
            set_setting(session, state.BATCH_SIZE, str(size))

    # -- pull --------------------------------------------------------------------------------

    def _pull_all(self) -> None:
        """Page after page, each stored with the cursor that follows it in one transaction: a
        pull cut off (a restore over a satellite link, hours long) starts again after the last
        page stored, never from zero, and never asks for a stored page again.

        The next page is asked for while the worker stores the one before (its cursor is in
        the page already): the link never waits for the store. Pages are stored in order, and
        a page is stored whole or not at all, whatever stopped the run."""
        started = time.monotonic()
        with self.store.read() as session:
            cursor = state.cursor(session)
            everything = state.full_pull(session)
        size = self.pull_page or (PULL_PAGE_V2 if 2 in self.client.api_versions else PULL_PAGE)
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-pages") as worker:
            storing: Future[tuple[PullResponse, PullCounts]] | None = None
            try:
                while True:
                    self._check_cancel()
                    page = self.busy.call(
                        partial(self.client.pull, cursor, size, skip_own=not everything)
                    )
                    if storing is not None:
                        self._stored(*storing.result(), started)
                    storing = worker.submit(self._store_page, page, everything)
                    if not page["has_more"]:
                        break
                    cursor = page["next_cursor"]
                page_and_counts, storing = storing.result(), None
                self._stored(*page_and_counts, started)
            finally:
                # A page being stored when the link failed is stored all the same (and counted).
                if storing is not None and storing.exception() is None:
                    self._stored(*storing.result(), started)

    def _store_page(self, page: PullResponse, everything: bool) -> tuple[PullResponse, PullCounts]:
        """On the worker: the page's records and the cursor after them, in one transaction."""
        with self.store.write() as session:
            counts = apply_page(session, page["changes"], utcnow())
            state.set_cursor(session, page["next_cursor"])
            if "return_rules" in page and save_hub_rules(session, page["return_rules"]):
                # Next steps, deadlines and closed entry periods follow: those screens.
                counts.rules_changed = True
            if everything and not page["has_more"]:
                set_setting(session, state.FULL_PULL, "0")
        return page, counts

    def _stored(self, page: PullResponse, counts: PullCounts, started: float) -> None:
        if counts.rules_changed:
            self.report.changed_kinds.update(
                {RecordKind.MONTHLY_RETURN.value, RecordKind.CAPABILITY_REPORT.value}
            )
        self.report.pulled += counts.applied
        self.report.kept_local += counts.kept_local
        kinds = frozenset(env["kind"] for env in page["changes"])
        self.report.changed_kinds.update(kinds)
        self._received += len(page["changes"])
        self._pace(page, time.monotonic() - started)
        self._emit("pull", kinds=kinds)

    def _pace(self, page: PullResponse, elapsed: float) -> None:
        """The pull's total and time left, from what the hub says remains (a hub before this
        field says nothing: both stay unknown) and the rate of this run's pages so far."""
        remaining = page.get("remaining")
        if not page["has_more"]:
            self._pull_total, self._seconds_left = self._received, 0.0
        elif remaining is not None:
            self._pull_total = self._received + remaining
            rate = self._received / elapsed if elapsed > 0 else 0.0
            self._seconds_left = remaining / rate if rate > 0 else None

    # -- bookkeeping -------------------------------------------------------------------------

    def _check_cancel(self) -> None:
        if self.cancel.is_set():
            raise Cancelled()

    def _busy_wait(self, seconds: float) -> None:
        self._emit("busy", seconds)

    def _emit(
        self, phase: str, busy_wait_s: float = 0.0, kinds: frozenset[str] = frozenset()
    ) -> None:
        stats = self.client.stats
        self.report.bytes_sent, self.report.bytes_received = stats.bytes_sent, stats.bytes_received
        if self.progress is not None:
            self.progress(
                SyncProgress(
                    phase,
                    self._sent(),
                    self._total,
                    self.report.pulled,
                    stats.bytes_sent,
                    stats.bytes_received,
                    busy_wait_s,
                    busy_words(busy_wait_s) if phase == "busy" else "",
                    self._received,
                    self._pull_total,
                    self._seconds_left,
                    kinds,
                )
            )

    def _sent(self) -> int:
        """Records the hub answered for in this run (one answer per record)."""
        report = self.report
        return report.pushed + report.duplicates + report.conflicts + report.refused

    def _finish_stats(self) -> None:
        stats = self.client.stats
        self.report.bytes_sent, self.report.bytes_received = stats.bytes_sent, stats.bytes_received
        self.report.round_trips = stats.round_trips
        self.report.clock_skew_s = stats.clock_skew_s
        self.report.busy_waits, self.report.busy_wait_s = self.busy.waits, self.busy.waited_s

    def _finish(self) -> None:
        self._finish_stats()
        stats = self.client.stats
        self.report.waiting = self._waiting().total
        required = self.client.encryption_required
        self.report.encryption_required = bool(required)
        with self.store.write() as session:
            if required is not None:  # an authenticated answer came back
                state.record_encryption_required(session, required)
            if self._hub_version:
                state.record_hub_desktop_version(session, self._hub_version)
            if self.report.error_code is None:
                state.record_success(session, stats.clock_skew_s)
            else:
                state.record_error(
                    session,
                    self.report.error_code,
                    self.report.error or "",
                    stats.clock_skew_s,
                    self.report.error_key or "",
                    self.report.error_params,
                )


def _kinds_of(session: Session, batch: SyncBatch) -> set[str]:
    """The record kinds of a batch's outbox entries (the hub's answers change their state)."""
    return set(
        session.scalars(
            select(OutboxEntry.kind).where(OutboxEntry.seq.in_(batch.entry_seqs)).distinct()
        )
    )


def _local_problem(exc: Exception) -> LocalProblem:
    """Plain words for a failure on this computer; SQLite's own words carry no personal data."""
    if isinstance(exc, DBAPIError):
        cause = f"the data file could not be used ({exc.orig})"
    else:
        cause = f"an unexpected {type(exc).__name__}"
    return LocalProblem(
        f"Sync stopped because of a problem on this computer: {cause}. Nothing is lost: the "
        "changes stay queued and go with the next sync. If it happens again, tell your "
        "regional team.",
        cause=str(exc.orig) if isinstance(exc, DBAPIError) else type(exc).__name__,
    )
