"""Demo mode shows its window at once and says what it prepares while the sample records are
written and the local hub starts (before, nothing showed for 3.5–6 s); then it syncs."""

from __future__ import annotations

from bluepacific_desktop.store.outbox import waiting
from bluepacific_desktop.ui.demo_start import DemoLaunch


def test_the_demo_window_shows_at_once_then_fills_in_and_syncs(qtbot) -> None:
    launch = DemoLaunch(size=20)
    window = launch.window
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    try:
        launch.start()
        # On screen before a single record is written, saying what is being prepared.
        assert window.isVisible()
        assert window.opening.text() == "Preparing the demo: writing sample records for Fiji…"
        assert "store" not in launch.outcome
        qtbot.waitUntil(lambda: hasattr(window, "sync"), timeout=30_000)
        assert window.nav.count() == 8
        assert "Starting the demo's local hub…" in messages
        qtbot.waitUntil(lambda: window.sync.state == "up_to_date", timeout=60_000)
        assert "The demo's local hub is running on this computer." in messages
        with launch.outcome["store"].read() as session:
            assert waiting(session).total == 0
        assert window.status.waiting.text() == "Nothing to send"
    finally:
        launch.close()
    assert not launch.data_dir.exists()  # nothing is kept
