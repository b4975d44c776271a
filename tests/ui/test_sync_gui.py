"""GUI sync against a real hub: the status bar, and an event loop that keeps answering."""

from __future__ import annotations

import itertools
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from bluepacific_desktop import demo
from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.store.outbox import waiting
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.sync import account
from bluepacific_desktop.ui.app import open_main_window
from bluepacific_desktop.ui.main_window import MainWindow
from tests.support.demo_window import demo_window as open_demo_window


def not_on_hub(store: Store) -> int:
    with store.read() as session:
        return waiting(session).total


@pytest.fixture
def demo_window(qtbot, tmp_path: Path) -> Iterator[tuple[MainWindow, Store]]:
    with open_demo_window(qtbot, tmp_path) as opened:
        yield opened


def test_sync_now_empties_the_queue_and_the_status_bar_says_so(qtbot, demo_window) -> None:
    window, store = demo_window
    assert not_on_hub(store) > 0
    window.sync.sync_now()
    qtbot.waitUntil(lambda: window.sync.state == "up_to_date", timeout=60_000)
    assert not_on_hub(store) == 0
    assert window.status.link.text() == "Up to date"
    assert window.status.waiting.text() == "Nothing to send"
    assert window.status.last.text().startswith("Last sync: ")


@pytest.fixture
def hub_process(tmp_path: Path) -> Iterator[str]:
    """The hub in its own process, as in real life (the GUI process runs only the app)."""
    database = f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    hub_cli = [sys.executable, "-m", "bluepacific_hub.cli"]
    subprocess.run(
        [
            *hub_cli,
            "user",
            "add",
            "--database",
            database,
            "--username",
            "fiji",
            "--country",
            "FJ",
            "--role",
            "focal_point",
        ],
        input="long enough password\n",
        text=True,
        check=True,
        capture_output=True,
    )
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [*hub_cli, "serve", "--database", database, "--host", "127.0.0.1", "--port", str(port)],
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.1)
    yield url
    server.terminate()
    server.wait(10)


@pytest.mark.timing
def test_the_event_loop_keeps_answering_during_a_10000_change_sync(
    qtbot, tmp_path: Path, hub_process: str
) -> None:
    demo.prepare_store(tmp_path / "laptop", size=20)
    store = Store.open(tmp_path / "laptop")
    token = account.login(store, hub_process, "fiji", "long enough password", save=False)
    window = open_main_window(store, QApplication.instance(), token)
    assert window is not None
    qtbot.addWidget(window)
    with store.write() as session:
        RecordService(session).create_many(
            RecordKind.PERSON,
            [{"full_name": f"Tevita Fifita {i}", "sex": "male"} for i in range(10_000)],
        )
    assert not_on_hub(store) >= 10_000
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    window.sync.sync_now()
    qtbot.waitUntil(lambda: window.sync.state == "up_to_date", timeout=180_000)
    timer.stop()
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert not_on_hub(store) == 0
    window.sync.shutdown()
    window.ctx.background.wait()
    store.close()
    assert len(ticks) > 50
    assert max(gaps) < 0.2, f"the GUI froze for {max(gaps) * 1000:.0f} ms"
