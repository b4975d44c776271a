"""A busy hub is waited out, not given up on: 409 batch_in_progress, 429 and 503 with Retry-After.

The real hub runs over HTTPS on loopback (SQLite and PostgreSQL) behind `BusyFront`, an ASGI
middleware that answers the first N requests to a path as busy. It stands in for the hub's
own deadline and load shedding (being written at the same time, and hard to bring about on
purpose in a test): what matters here is the desktop's side of it, whatever sent the answer.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.store.device import LANGUAGE, set_setting
from bluepacific_desktop.sync import state
from bluepacific_desktop.sync.busy import BusyPolicy, BusyWaiter
from bluepacific_desktop.sync.client import retry_after
from bluepacific_desktop.sync.engine import SyncEngine, SyncProgress, SyncReport
from bluepacific_desktop.sync.errors import HubBusy
from bluepacific_desktop.sync.retry import Backoff, run_with_retries
from bluepacific_desktop.ui.app import open_main_window
from bluepacific_desktop.ui.pages.sync_page import SyncPage
from bluepacific_hub.app import create_app
from bluepacific_hub.settings import HubSettings
from bluepacific_wire import API_PREFIX, API_V2_PREFIX, utc_now
from tests.hub.conftest import database_url  # noqa: F401  (the SQLite/PostgreSQL fixture)
from tests.support.hubserver import Tls, serve, stop_serving
from tests.sync.conftest import Device, Seen, SyncHub, hub_versions

# The answers a busy hub gives: (status, error code, Retry-After).
BUSY = {
    "503": (503, "hub_busy", "1"),
    "429": (429, "too_many_requests", "1"),
    "409": (409, "batch_in_progress", "1"),
}


class BusyFront:
    """Answers the first `times` requests to `path` with `answer` (status, error, Retry-After)
    instead of passing them to the hub; counts what it held back and what it let through."""

    def __init__(self, app: Any, path: str, times: int, answer: tuple[int, str, str]) -> None:
        self.app = app
        # The app pushes and pulls through API v2 where the hub has it, older apps through v1.
        self.paths = {f"{API_PREFIX}{path}", f"{API_V2_PREFIX}{path}"}
        self.times = times
        self.answer = answer
        self.refused = 0
        self.passed = 0

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["path"] not in self.paths:
            await self.app(scope, receive, send)
            return
        if self.refused >= self.times:
            self.passed += 1
            await self.app(scope, receive, send)
            return
        self.refused += 1
        while (await receive()).get("more_body"):
            pass  # read the request off the connection, as the hub does before answering
        status, code, hint = self.answer
        body = json.dumps({"error": code, "message": "busy, come back later"}).encode()
        headers = [(b"content-type", b"application/json"), (b"retry-after", hint.encode())]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})


@pytest.fixture
def busy_hub(database_url: str, tls: Tls) -> Iterator[Any]:  # noqa: F811
    """`busy_hub(path, times, answer)` → (SyncHub, BusyFront): the real hub behind a front."""
    stops: list[Any] = []

    def start(path: str, times: int, answer: tuple[int, str, str]) -> tuple[SyncHub, BusyFront]:
        settings = HubSettings(
            database_url=database_url, argon2_time_cost=1, argon2_memory_kib=8192
        )
        app = create_app(settings)
        front = BusyFront(app, path, times, answer)
        server, thread, base_url = serve(front, tls)
        stops.append((server, thread, app.state.hub))
        return SyncHub(base_url, app.state.hub, tls, database_url, Seen(None)), front

    yield start
    for server, thread, hub in stops:
        stop_serving(server, thread)
        hub.engine.dispose()


def device(hub: SyncHub, folder: Path) -> Device:
    hub.add_user("ana", "FJ")
    made = Device(hub, folder, "FJ", "ana")
    made.login()
    return made


def run(made: Device, policy: BusyPolicy | None = None, **kw: Any) -> SyncReport:
    with made.client() as client:
        return SyncEngine(made.store, client, busy=policy, **kw).run()


@pytest.mark.parametrize("answer", sorted(BUSY))
def test_a_busy_hub_is_waited_out_and_each_change_applied_once(
    busy_hub: Any, tmp_path: Path, answer: str
) -> None:
    hub, front = busy_hub("/sync/push", 3, BUSY[answer])
    made = device(hub, tmp_path / "desktop")
    people = [made.create(RecordKind.PERSON, full_name=f"Mere {n}") for n in range(5)]
    notes: list[SyncProgress] = []
    started = time.monotonic()
    report = run(made, progress=lambda p: notes.append(p) if p.phase == "busy" else None)
    took = time.monotonic() - started

    assert report.complete and report.error is None, report.error
    assert report.pushed == 5 and report.waiting == 0
    assert front.refused == 3 and front.passed == 1  # the same batch, sent until it got in
    assert report.busy_waits == 3 and took >= 3.0  # each Retry-After of 1 s was honoured
    assert [p.note for p in notes] == ["The hub is busy; trying again in 1 second."] * 3
    assert all(1.0 <= p.busy_wait_s <= 1.2 for p in notes)
    assert all(hub_versions(hub, rid) == 1 for rid in people)
    assert made.outbox() == []


def test_a_hub_busy_on_the_pull_is_waited_out_too(busy_hub: Any, tmp_path: Path) -> None:
    hub, front = busy_hub("/sync/pull", 2, BUSY["503"])
    made = device(hub, tmp_path / "desktop")
    made.create(RecordKind.PERSON)
    report = run(made)
    assert report.complete, report.error
    assert front.refused == 2 and front.passed >= 1 and report.busy_waits == 2


def test_cancel_during_a_wait_stops_at_once(busy_hub: Any, tmp_path: Path) -> None:
    hub, _front = busy_hub("/sync/push", 1_000, (503, "hub_busy", "100"))
    made = device(hub, tmp_path / "desktop")
    made.create(RecordKind.PERSON)
    cancel, waiting = threading.Event(), threading.Event()
    outcome: list[SyncReport] = []

    def progress(p: SyncProgress) -> None:
        if p.phase == "busy":
            waiting.set()

    worker = threading.Thread(
        target=lambda: outcome.append(run(made, cancel=cancel, progress=progress))
    )
    worker.start()
    assert waiting.wait(30), "the hub's busy answer never came"
    cancelled_at = time.monotonic()
    cancel.set()  # what the GUI's Cancel and quit do (SyncController.cancel / shutdown)
    worker.join(10)
    assert not worker.is_alive()
    assert time.monotonic() - cancelled_at < 1.0  # not the 100 s the hub asked for
    report = outcome[0]
    assert report.error_code == "cancelled" and report.waiting == 1


def test_the_total_wait_of_a_run_is_capped_with_a_clear_message(
    busy_hub: Any, tmp_path: Path
) -> None:
    hub, front = busy_hub("/sync/push", 1_000, BUSY["503"])
    made = device(hub, tmp_path / "desktop")
    made.create(RecordKind.PERSON)
    started = time.monotonic()
    report = run(made, BusyPolicy(max_total_s=2.5, spread=0.0))
    assert time.monotonic() - started < 10
    assert report.error_code == "hub_busy" and report.retryable
    assert report.error is not None and "stayed busy" in report.error
    assert "Nothing is lost" in report.error
    assert report.busy_waits == 2 and front.refused == 3
    assert report.waiting == 1 and not report.complete  # the change stays queued

    # The CLI's retries do not start the waiting over on a hub that stayed busy.
    runs: list[SyncReport] = []

    def once() -> SyncReport:
        runs.append(run(made, BusyPolicy(max_total_s=0.5)))
        return runs[-1]

    run_with_retries(once, 5, Backoff(base_s=0.01))
    assert len(runs) == 1


def test_a_wait_is_capped_and_spread_and_a_missing_hint_doubles() -> None:
    waiter = BusyWaiter(threading.Event(), lambda _s: None)
    assert waiter.delay_for(HubBusy("busy", 3600.0)) == 120.0
    assert 10.0 <= waiter.delay_for(HubBusy("busy", 10.0)) <= 12.0
    no_hint = [waiter.delay_for(HubBusy("busy")) for _ in range(3)]
    assert 5.0 <= no_hint[0] <= 6.0 and 10.0 <= no_hint[1] <= 12.0 and 20 <= no_hint[2] <= 24


def test_retry_after_in_seconds_or_as_an_http_date() -> None:
    assert retry_after("7") == 7.0
    assert retry_after(None) is None and retry_after("soon") is None
    in_a_minute = utc_now().timestamp() + 60
    date = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(in_a_minute))
    hint = retry_after(date)
    assert hint is not None and 55 <= hint <= 61


def test_the_sync_screen_says_the_hub_is_busy_and_cancel_stops_the_wait(
    qtbot: Any, busy_hub: Any, tmp_path: Path
) -> None:
    hub, _front = busy_hub("/sync/push", 1_000, (503, "hub_busy", "100"))
    made = device(hub, tmp_path / "desktop")
    made.create(RecordKind.PERSON)
    with made.store.write() as session:
        set_setting(session, LANGUAGE, "en")
        set_setting(session, state.AUTO_SYNC, "0")  # only the Sync now of this test runs
    window = open_main_window(made.store, QApplication.instance(), made.token)
    assert window is not None
    qtbot.addWidget(window)
    page = window.pages[window.pages.row_of("sync")]  # built when first asked for
    assert isinstance(page, SyncPage)
    window.sync.sync_now()
    qtbot.waitUntil(lambda: "busy" in page.detail.text(), timeout=30_000)
    assert page.detail.text().startswith("The hub is busy; trying again in 1")  # 100..120 s
    cancelled_at = time.monotonic()
    window.sync.cancel()  # the screen's Cancel button; quit calls it through shutdown()
    # The worker ends first; its report reaches the screen through the event loop just after.
    qtbot.waitUntil(lambda: not window.sync.running and window.sync.state == "error", timeout=5_000)
    assert time.monotonic() - cancelled_at < 1.5
    assert "cancelled" in window.sync.message
    window.sync.shutdown()
    window.ctx.background.wait()


def test_a_sign_in_told_busy_says_to_log_in_again_later(busy_hub: Any, tmp_path: Path) -> None:
    # Seen: "The hub is busy (...). Sync waits and tries again." on the login screen, where
    # nothing tries again.
    hub, front = busy_hub("/auth/login", 1, (503, "hub_busy", "7"))
    hub.add_user("ana", "FJ")
    made = Device(hub, tmp_path / "desktop", "FJ", "ana")
    with pytest.raises(HubBusy) as busy:
        made.login()
    assert str(busy.value) == (
        "The hub is busy checking other sign-ins. Nothing was changed: log in again in 7 seconds."
    )
    assert busy.value.retry_after == 7
    assert made.login() and front.passed == 1  # the next try gets in
