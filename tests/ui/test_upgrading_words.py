"""A store opened by a newer version of the app: the window says the records are being
upgraded after a backup (it takes minutes over a big store), instead of "Opening your
records…" with no end in sight; the quick start upgrades it and fills the window in."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.paths import DB_FILENAME
from bluepacific_desktop.store import migrate
from bluepacific_desktop.store.device import set_up_device
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui.main_window import MainWindow
from bluepacific_desktop.ui.startup import EXIT_AFTER
from tests.support.revisions import revisions, stored_revision, take_back


def _store_a_version_behind(data: Path) -> str:
    with Store.open(data) as store, store.write() as session:
        set_up_device(session, "FJ")
        RecordService(session).create(RecordKind.PERSON, {"full_name": "Ana", "sex": "female"})
    before = revisions()[-2]
    take_back(data / DB_FILENAME, before)
    return before


def test_opening_a_store_a_version_behind_says_so_before_the_backup(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _store_a_version_behind(data)
    seen: list[list[Path]] = []

    def upgrading() -> None:  # what was in the backups folder when the window was told
        seen.append(sorted((data / "backups").glob("*")) if (data / "backups").exists() else [])

    with Store.open(data, upgrading=upgrading):
        pass
    assert seen == [[]]  # once, before the backup was made
    assert list((data / "backups").glob("*"))
    with Store.open(data, upgrading=upgrading):  # current now: nothing to say
        pass
    assert len(seen) == 1


def test_the_window_says_the_records_are_being_upgraded(qtbot: Any) -> None:
    window = MainWindow(None, [])
    qtbot.addWidget(window)
    assert window.opening.text() == "Opening your records…"
    window.say_upgrading()
    assert window.opening.text().startswith("Blue Pacific Desktop was updated")
    assert "Please leave the computer on." in window.opening.text()


def test_the_quick_start_upgrades_the_store_and_fills_the_window_in(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _store_a_version_behind(data)
    import bluepacific_desktop

    src = str(Path(bluepacific_desktop.__file__).parents[1])
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": src, EXIT_AFTER: "ready"}
    env["HOME"] = str(tmp_path / "home")
    command = [sys.executable, "-m", "bluepacific_desktop", "--data-dir", str(data)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split()[0] == "ready"
    assert stored_revision(data / DB_FILENAME) == migrate.head_revision()
