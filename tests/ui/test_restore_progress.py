"""A pull of many pages (a restore) in the GUI: the status bar shows the records received of
the total and the time left, and the screens refresh page by page, before the sync ends."""

from __future__ import annotations

from typing import Any

import pytest

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.sync import engine, state
from tests.ui.test_sync_status import opened, synced

__all__ = ["opened"]


def test_a_long_pull_shows_its_progress_and_refreshes_the_screens_as_it_goes(
    qtbot: Any, opened: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, store, _hub = opened
    synced(qtbot, window)
    with store.write() as session:
        state.pull_everything_again(session)  # as after a restore from a backup
    monkeypatch.setattr(engine, "PULL_PAGE_V2", 10)
    shown: list[str] = []
    refreshed: list[frozenset[str]] = []
    ended: list[bool] = []
    window.sync.progress.connect(
        lambda _p: (
            shown.append(window.status.pulling.text())
            if window.status.pulling.isVisibleTo(window)
            else None
        )
    )
    window.ctx.data_changed.connect(lambda kinds: refreshed.append(kinds) if not ended else None)
    window.sync.finished.connect(lambda _r: ended.append(True))
    synced(qtbot, window)
    assert len(shown) >= 3, shown
    assert all(" records received" in text for text in shown), shown
    assert any("left" in text for text in shown), shown
    totals = {text.split(" of ")[1].split(" ")[0] for text in shown}
    assert len(totals) == 1  # one total from the first page on
    assert sum(RecordKind.PERSON.value in kinds for kinds in refreshed) >= 2, refreshed
    assert not window.status.pulling.isVisibleTo(window)  # gone once the sync is over
