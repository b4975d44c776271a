"""The program outlives the Qt binding's stray releases of None (bluepacific_desktop/immortal.py):
PySide6 6.12.0 releases a reference to None it never took at every repaint of a table, every
empty cell read and every translation; on Python 3.11 (the installer's) Python aborted the
program ("Fatal Python error: none_dealloc") once None's count reached zero, with whatever was
being typed. Some tens of thousands of repaints: a working day."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.store.device import set_up_device
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store


def test_the_program_outlives_more_stray_releases_than_none_holds(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with Store.open(data) as store, store.write() as session:
        set_up_device(session, "FJ")
        for name in ("Ana Tuʻipulotu", "Sēmisi Fifita"):
            RecordService(session).create(RecordKind.PERSON, {"full_name": name, "sex": "male"})
    import bluepacific_desktop

    root = Path(bluepacific_desktop.__file__).parents[2]  # this checkout: src/ and tests/
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env["PYTHONPATH"] = os.pathsep.join([str(root / "src"), str(root)])
    # In a process of its own: the releases must outnumber what None holds in a fresh one.
    command = [sys.executable, "-m", "tests.support.reference_counts", str(data)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]  # -6: Python aborted
    seen = json.loads(done.stdout.splitlines()[-1])
    assert seen["alive"] and seen["given"]["empty cells"] > seen["None held"] > 1_000, seen
