"""The status bar, the sync progress and `status --json` count the same thing: records with a
change not yet on the hub (driven through real widgets, a real hub and the real CLI)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bluepacific_desktop.cli.main import main
from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui.main_window import MainWindow
from bluepacific_desktop.ui.pages.sync_page import SyncPage
from tests.support.demo_window import demo_window as open_demo_window
from tests.support.forged import queue_foreign


@pytest.fixture
def synced_window(qtbot: Any, tmp_path: Path) -> Iterator[tuple[MainWindow, Store]]:
    """The demo's store and hub, synced once: nothing waits."""
    with open_demo_window(qtbot, tmp_path, size=5) as (window, store):
        sync_and_wait(qtbot, window)
        assert window.status.link.text() == "Up to date"
        yield window, store


def sync_and_wait(qtbot: Any, window: MainWindow) -> None:
    with qtbot.waitSignal(window.sync.finished, timeout=60_000):
        window.sync.sync_now()


def status_json(capsys: pytest.CaptureFixture[str], store: Store) -> dict[str, Any]:
    capsys.readouterr()
    assert main(["--data-dir", str(store.path.parent), "status", "--json"]) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


def queue_refused(store: Store) -> None:
    """Another country's record in the outbox: the hub refuses it and it is set aside."""
    queue_foreign(store, "TO")


def test_the_status_bar_never_says_up_to_date_next_to_a_waiting_change(
    qtbot: Any, synced_window: tuple[MainWindow, Store]
) -> None:
    window, store = synced_window
    with store.write() as session:
        person = RecordService(session).create(
            RecordKind.PERSON, {"full_name": "Ana Tuʻipulotu", "sex": "female"}
        )
    window.ctx.data_changed.emit(frozenset({RecordKind.PERSON.value}))
    assert window.status.waiting.text() == "1 change waiting"
    assert window.status.link.text() == "Waiting to sync"
    # Edited twice more: still one record waiting, not three.
    for rank in ("Constable", "Sergeant"):
        with store.write() as session:
            RecordService(session).update(RecordKind.PERSON, person.id, {"rank": rank})
    window.ctx.data_changed.emit(frozenset({RecordKind.PERSON.value}))
    assert window.status.waiting.text() == "1 change waiting"
    sync_and_wait(qtbot, window)
    assert window.status.waiting.text() == "Nothing to send"
    assert window.status.link.text() == "Up to date"


def test_a_set_aside_change_waits_in_the_status_bar_and_in_status(
    qtbot: Any, synced_window: tuple[MainWindow, Store], capsys: pytest.CaptureFixture[str]
) -> None:
    window, store = synced_window
    queue_refused(store)
    sync_and_wait(qtbot, window)
    assert window.status.link.text() == "Needs attention"
    assert window.status.waiting.text() == "1 change waiting"
    data = status_json(capsys, store)
    assert data["sync"]["changes_waiting"] == 1, data["sync"]
    assert (data["outbox_pending"], data["outbox_set_aside"]) == (0, 1)


def test_the_progress_bar_reaches_its_end_for_a_record_edited_three_times(
    qtbot: Any, synced_window: tuple[MainWindow, Store]
) -> None:
    window, store = synced_window
    with store.write() as session:
        service = RecordService(session)
        person = service.create(RecordKind.PERSON, {"full_name": "Sione Fifita", "sex": "male"})
        service.update(RecordKind.PERSON, person.id, {"rank": "Constable"})
        service.update(RecordKind.PERSON, person.id, {"rank": "Sergeant"})
        service.create(RecordKind.PERSON, {"full_name": "Losana Vula", "sex": "female"})
    page = next(p for p in window.pages if isinstance(p, SyncPage))
    sync_and_wait(qtbot, window)
    assert (page.bar.value(), page.bar.maximum()) == (2, 2)
    assert page.detail.text().startswith("2 of 2 changes sent")


def test_a_problem_with_the_data_file_during_sync_is_shown_in_words(
    qtbot: Any, synced_window: tuple[MainWindow, Store]
) -> None:
    window, store = synced_window
    with store.write() as session:
        RecordService(session).create(
            RecordKind.PERSON, {"full_name": "Mele Taufa", "sex": "female"}
        )
    # A real fault in the data file: SQLite refuses to remove acknowledged changes.
    with store.engine.begin() as connection:
        connection.exec_driver_sql(
            "CREATE TRIGGER stuck BEFORE DELETE ON outbox "
            "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END"
        )
    sync_and_wait(qtbot, window)
    assert window.status.link.text() == "Sync error"
    words = window.status.link.toolTip()
    assert "problem on this computer" in words and "Nothing is lost" in words, words
    assert window.status.waiting.text() == "1 change waiting"
