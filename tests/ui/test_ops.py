"""The ops helper (ui/ops.py): failures reach the user and the log, writes say what changed,
and the writer, the reads and the sync each keep to their lane."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import event, func, select

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.domain.errors import NotSetUp
from bluepacific_desktop.store import engine as store_engine
from bluepacific_desktop.store.device import set_setting
from bluepacific_desktop.store.models import Person
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.main_window import MainWindow
from bluepacific_desktop.ui.ops import Changed, Job, Lane, ReadOp, WriteOp
from bluepacific_desktop.ui.pages.base import Page
from tests.support.demo_window import demo_window as open_demo_window


def boom(_job: Job) -> None:
    raise RuntimeError("the disk went away")


def shown_boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


@pytest.fixture
def ctx(qtbot, store: Store) -> Iterator[AppContext]:
    context = AppContext(store)
    yield context
    context.background.wait()
    for box in shown_boxes():
        box.close()


@pytest.fixture
def widget(qtbot) -> QWidget:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    return parent


def test_a_failure_without_a_failure_callback_is_shown_in_words_with_the_details(
    qtbot, ctx: AppContext, widget: QWidget, caplog
) -> None:
    with caplog.at_level(logging.INFO):
        ReadOp(widget, ctx, boom).run()
        qtbot.waitUntil(lambda: bool(shown_boxes()), timeout=5000)
    box = shown_boxes()[0]
    assert box.parent() is widget
    assert box.text().startswith("Something unexpected went wrong and this was not finished.")
    assert "Traceback (most recent call last)" in box.detailedText()
    assert "in boom" in box.detailedText()
    assert "RuntimeError: the disk went away" in box.detailedText()
    record = next(r for r in caplog.records if r.name == "bluepacific_desktop.ui.ops")
    assert record.levelno == logging.ERROR
    assert record.exc_info is not None and record.exc_info[1] is not None


def test_a_core_error_is_shown_in_its_own_words(qtbot, ctx: AppContext, widget: QWidget) -> None:
    def refuse(_job: Job) -> Changed[None]:
        raise NotSetUp()

    WriteOp(widget, ctx, refuse).run()
    qtbot.waitUntil(lambda: bool(shown_boxes()), timeout=5000)
    assert shown_boxes()[0].text() == str(NotSetUp())


def test_b_a_handled_failure_is_logged_with_its_traceback(
    qtbot, ctx: AppContext, widget: QWidget, caplog
) -> None:
    failed: list[Exception] = []
    with caplog.at_level(logging.INFO):
        ReadOp(widget, ctx, boom, on_failed=failed.append).run()
        qtbot.waitUntil(lambda: bool(failed), timeout=5000)
    assert isinstance(failed[0], RuntimeError)
    assert not shown_boxes()  # the screen handles it
    record = next(r for r in caplog.records if r.name == "bluepacific_desktop.ui.ops")
    assert record.exc_info is not None
    assert "in boom" in logging.Formatter().formatException(record.exc_info)


class PeopleScreen(Page):
    kinds = frozenset({RecordKind.PERSON.value})

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.refreshed = 0

    def title(self) -> str:
        return "People"

    def refresh(self) -> None:
        self.refreshed += 1


def test_a_write_announces_the_kinds_it_changed_once_and_only_those_screens_refresh(
    qtbot, ctx: AppContext, widget: QWidget
) -> None:
    screen = PeopleScreen(ctx)
    qtbot.addWidget(screen)
    heard: list[frozenset[str]] = []
    ctx.data_changed.connect(heard.append)
    order: list[str] = []
    ctx.data_changed.connect(lambda _kinds: order.append("announced"))
    store = ctx.store

    def add_person(_job: Job) -> Changed[str]:
        with store.write() as session:
            person = RecordService(session).create(
                RecordKind.PERSON, {"full_name": "Mere Tuilagi", "sex": "female"}
            )
        return Changed.of(person.id, {RecordKind.PERSON})

    done: list[str] = []
    WriteOp(widget, ctx, add_person, lambda pid: (order.append("done"), done.append(pid))).run()
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert heard == [frozenset({"person"})]
    assert order == ["announced", "done"]  # screens are fresh when the callback runs
    assert screen.refreshed == 1
    with store.read() as session:
        assert session.get(Person, done[0]) is not None

    read: list[int] = []
    ReadOp(widget, ctx, lambda _job: 1, read.append).run()
    WriteOp(widget, ctx, lambda _job: Changed(None, frozenset({"contact"})), read.append).run()
    qtbot.waitUntil(lambda: len(read) == 2, timeout=5000)
    assert heard[1:] == [frozenset({"contact"})]  # a read announces nothing
    assert screen.refreshed == 1  # contacts are not shown on this screen


def test_writes_run_one_at_a_time_in_order_on_the_one_writer(
    qtbot, ctx: AppContext, widget: QWidget
) -> None:
    threads: list[int] = []
    done: list[int] = []

    def write(number: int) -> Any:
        def work(_job: Job) -> Changed[int]:
            threads.append(threading.get_ident())
            time.sleep(0.05)
            return Changed(number)

        return work

    for number in range(4):
        WriteOp(widget, ctx, write(number), done.append).run()
    qtbot.waitUntil(lambda: len(done) == 4, timeout=5000)
    assert done == [0, 1, 2, 3]
    assert len(set(threads)) == 1


@pytest.fixture
def synced_window(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[MainWindow, Store]]:
    # SQLite's busy timeout cut from 10 s so that a write held longer than it takes a second:
    # the waiting it bounds is what this test is about.
    monkeypatch.setattr(store_engine, "BUSY_TIMEOUT_MS", 300)
    with open_demo_window(qtbot, tmp_path) as opened:
        yield opened


@pytest.mark.timing
def test_c_a_sync_takes_turns_with_a_long_write_and_never_blocks_a_read(
    qtbot, synced_window: tuple[MainWindow, Store]
) -> None:
    window, store = synced_window
    ctx = window.ctx
    spans: list[tuple[str, int, float]] = []  # every write transaction: begin / end, thread

    def mark(what: str) -> Any:
        def listener(conn: Any) -> None:
            if conn.get_execution_options().get(store_engine.WRITE_OPTION):
                spans.append((what, threading.get_ident(), time.monotonic()))

        return listener

    for name, what in (("begin", "begin"), ("commit", "end"), ("rollback", "end")):
        event.listen(store.engine, name, mark(what))
    heard: list[frozenset[str]] = []
    ctx.data_changed.connect(heard.append)
    inside = threading.Event()

    def long_write(_job: Job) -> Changed[None]:
        with store.write() as session:
            set_setting(session, "test.long_write", "1")  # now it holds the write lock
            inside.set()
            time.sleep(1.0)  # longer than the busy timeout
        return Changed(None)

    reads = ctx.background.pools[Lane.READ]
    # The demo window's own first reads (dashboard, charts) finish before the test starts:
    # a read pool busy with them says nothing about where the sync runs.
    qtbot.waitUntil(lambda: reads.activeThreadCount() == 0, timeout=10_000)
    WriteOp(window, ctx, long_write).run()
    assert inside.wait(5)
    window.sync.sync_now()
    qtbot.waitUntil(lambda: ctx.background.pools[Lane.NETWORK].activeThreadCount() == 1)
    # Sync is not on the read pool: that pool is idle (any read a screen started meanwhile
    # ends within milliseconds) while the sync still waits for the long write.
    qtbot.waitUntil(lambda: reads.activeThreadCount() == 0, timeout=500)
    assert window.sync.running
    counted: list[int] = []

    def count_people(job: Job) -> int:
        with job.store.read() as session:
            return int(session.scalar(select(func.count()).select_from(Person)) or 0)

    ReadOp(window, ctx, count_people, counted.append).run()
    qtbot.waitUntil(lambda: bool(counted), timeout=5000)
    assert window.sync.running  # the read did not wait for the sync
    qtbot.waitUntil(
        lambda: not window.sync.running and window.sync.state != "syncing", timeout=30_000
    )
    assert window.sync.state == "up_to_date", window.sync.message
    assert not shown_boxes()
    # The sync waited its turn: no two write transactions were ever open at once.
    open_writes = 0
    for what, _thread, _at in sorted(spans, key=lambda span: span[2]):
        open_writes += 1 if what == "begin" else -1
        assert open_writes <= 1
    assert len({thread for _what, thread, _at in spans}) >= 2  # the writer and the sync
    # It announced the kinds it pushed (their sync state changed), not "everything".
    assert heard and "*" not in heard[-1]
    assert {RecordKind.PERSON.value, RecordKind.CONTACT.value} <= heard[-1]
