"""The sync status never contradicts itself, with a real hub (the demo's, in this process on
loopback): nothing to send is said so (never "0 of 0" at 0 %), a new change is sent within
about a minute with automatic sync on, and the status bar says when the next sync or try is."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from bluepacific_desktop import demo
from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.store.outbox import waiting
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui import sync_controller
from bluepacific_desktop.ui.app import open_main_window
from bluepacific_desktop.ui.main_window import MainWindow
from bluepacific_desktop.ui.ops import Changed, Job, WriteOp
from bluepacific_desktop.ui.pages.sync_page import SyncPage


def not_on_hub(store: Store) -> int:
    with store.read() as session:
        return waiting(session).total


@pytest.fixture
def opened(qtbot, tmp_path: Path) -> Iterator[tuple[MainWindow, Store, demo.DemoHub]]:
    demo.prepare_store(tmp_path, size=10)
    store = Store.open(tmp_path)
    hub = demo.start_hub(tmp_path, store)
    assert hub is not None
    window = open_main_window(store, QApplication.instance(), hub.token)
    assert window is not None
    qtbot.addWidget(window)
    try:
        yield window, store, hub
    finally:
        window.sync.shutdown()
        window.ctx.background.wait()
        hub.stop()
        store.close()


def synced(qtbot, window: MainWindow) -> None:
    window.sync.sync_now()
    qtbot.waitUntil(lambda: window.sync.state == "up_to_date", timeout=60_000)


def add_person(window: MainWindow, store: Store, name: str) -> None:
    def work(_job: Job) -> Changed[None]:
        with store.write() as session:
            RecordService(session).create(RecordKind.PERSON, {"full_name": name, "sex": "male"})
        return Changed.of(None, {RecordKind.PERSON})

    WriteOp(window, window.ctx, work).run()


def test_with_nothing_to_send_the_status_says_so(qtbot, opened: Any) -> None:
    window, store, _hub = opened
    synced(qtbot, window)
    assert not_on_hub(store) == 0
    assert window.status.waiting.text() == "Nothing to send"
    assert window.status.link.text() == "Up to date"
    page = window.pages[window.pages.row_of("sync")]
    assert isinstance(page, SyncPage)
    window.nav.setCurrentRow(window.pages.index(page))
    seen: list[str] = []
    window.sync.progress.connect(lambda _p: seen.append(page.detail.text()))
    synced(qtbot, window)  # a second sync: nothing to send
    assert seen, "the sync reported no progress"
    assert not any("0 of 0" in text for text in seen), seen
    assert seen[-1].startswith("Nothing to send; ")
    assert page.bar.value() == page.bar.maximum()  # full, not 0 %


def test_a_new_change_is_sent_on_its_own_and_the_status_says_when(
    qtbot, opened: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, store, _hub = opened
    # "About a minute" in use; a second here, so the test does not wait a minute.
    monkeypatch.setattr(sync_controller, "QUIET_S", 0.5)
    monkeypatch.setattr(sync_controller, "SEND_WITHIN_S", 1.5)
    synced(qtbot, window)
    assert window.sync.auto_sync
    add_person(window, store, "Tevita Fifita")
    qtbot.waitUntil(lambda: window.status.next.text().startswith("Sending at "), timeout=5000)
    # Something waits: never "Up to date" beside it.
    assert window.status.link.text() == "Waiting to sync"
    assert window.status.waiting.text() == "1 change waiting"
    assert not_on_hub(store) == 1
    # No one presses Sync now: the change goes by itself.
    qtbot.waitUntil(lambda: not_on_hub(store) == 0, timeout=20_000)
    qtbot.waitUntil(lambda: window.sync.state == "up_to_date", timeout=20_000)
    qtbot.waitUntil(lambda: window.status.waiting.text() == "Nothing to send", timeout=5000)
    assert window.status.link.text() == "Up to date"
    assert window.status.next.isHidden()


def test_after_a_failed_sync_the_status_says_when_the_next_try_is(qtbot, opened: Any) -> None:
    window, store, hub = opened
    synced(qtbot, window)
    hub.stop()  # the link goes: nothing answers on the hub's port any more
    add_person(window, store, "Sione Tuʻipulotu")
    qtbot.waitUntil(lambda: not_on_hub(store) == 1, timeout=5000)
    window.sync.sync_now()
    qtbot.waitUntil(lambda: window.sync.state == "offline", timeout=60_000)
    assert window.sync.next_try is not None
    assert window.status.next.text().startswith("Next try at ")
    assert window.status.link.text() == "Offline"
    assert window.status.waiting.text() == "1 change waiting"


def test_the_status_follows_a_language_switch_made_after_a_sync(qtbot, opened: Any) -> None:
    # Seen in the full suite: after French and back, the link's tooltip still said "À jour",
    # the words kept from a sync that ended in French, shown again at the next count refresh.
    from bluepacific_desktop.ui.translations import install_language

    window, _store, _hub = opened
    app = QApplication.instance()
    status = window.status
    try:
        install_language(app, "fr")  # type: ignore[arg-type]
        synced(qtbot, window)
        assert status.link.toolTip() == "À jour"
        install_language(app, "en")  # type: ignore[arg-type]
        status.refresh_counts()  # as after any change the screens make
        assert window.sync.message == "Up to date"
        assert status.link.toolTip() == "Up to date"
    finally:
        install_language(app, "en")  # type: ignore[arg-type]
