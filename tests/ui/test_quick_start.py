"""The quick way in (ui/startup.py), as a user starts the program: the window paints, the
store opens beside it, and the dashboard's to-do list comes up over the records."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.store.device import set_up_device
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui.startup import EXIT_AFTER


@pytest.mark.parametrize("stage", ["paint", "ready", "dashboard", "figures"])
def test_each_stage_of_the_start_is_reached(tmp_path: Path, stage: str) -> None:
    data = tmp_path / "data"
    with Store.open(data) as store, store.write() as session:
        set_up_device(session, "FJ")
        RecordService(session).create(RecordKind.PERSON, {"full_name": "Ana", "sex": "female"})
    import bluepacific_desktop

    src = str(Path(bluepacific_desktop.__file__).parents[1])  # this checkout's code, not another
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": src, EXIT_AFTER: stage}
    env["HOME"] = str(tmp_path / "home")
    command = [sys.executable, "-m", "bluepacific_desktop", "--data-dir", str(data)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    said, seconds = done.stdout.split()
    assert said == stage and float(seconds) > 0
