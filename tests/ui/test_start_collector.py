"""The garbage collector during start-up (cli/main.py `_gui`, ui/startup.py): off while the
window starts, on again once the screens are built, and on whatever way the start ends."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from bluepacific_desktop.cli import main as cli_main
from bluepacific_desktop.ui import app, startup


@pytest.fixture(autouse=True)
def collector_restored() -> Iterator[None]:
    yield
    gc.unfreeze()
    gc.enable()


def test_the_collector_is_off_during_the_quick_start_and_on_after(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    seen: list[bool] = []

    def quick(_data_dir: Path) -> int:
        seen.append(gc.isenabled())
        return 0

    monkeypatch.setattr(startup, "run_quick", quick)
    assert cli_main._gui(tmp_path, demo=False) == 0
    assert seen == [False] and gc.isenabled()


def test_the_first_start_has_the_collector_on(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    seen: list[bool] = []
    monkeypatch.setattr(startup, "run_quick", lambda _d: None)  # no store set up yet
    monkeypatch.setattr(app, "run_gui", lambda _d, _demo: seen.append(gc.isenabled()) or 0)
    assert cli_main._gui(tmp_path, demo=False) == 0
    assert seen == [True]


def test_a_start_that_fails_leaves_the_collector_on(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def broken(_data_dir: Path) -> int:
        raise RuntimeError("the window could not be made")

    monkeypatch.setattr(startup, "run_quick", broken)
    with pytest.raises(RuntimeError):
        cli_main._gui(tmp_path, demo=False)
    assert gc.isenabled()


def test_the_screens_built_turn_the_collector_back_on() -> None:
    gc.disable()
    startup.freeze_startup_objects()
    assert gc.isenabled() and gc.get_freeze_count() > 0
