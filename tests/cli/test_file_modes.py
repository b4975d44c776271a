"""Everything the app writes under its data folder is for its user only (0600 files, 0700
folders), and a folder it did not create keeps its mode, with a warning."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest

from bluepacific_desktop.paths import DB_FILENAME
from tests.cli.conftest import Run

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_backups_restores_and_logs_are_private(fiji: Run, folder: Path) -> None:
    made = fiji("db", "backup")
    assert made.code == 0, made.err
    backup = Path(made.out.removeprefix("Backup written to ").strip())
    restored = fiji("db", "restore", str(backup))
    assert restored.code == 0, restored.err
    kept = Path(restored.out.split("kept at ")[1].strip())
    logging.shutdown()  # the log file is written (and created) on the first record

    logs = folder / "logs"
    assert (_mode(folder), _mode(folder / "backups"), _mode(logs)) == (0o700, 0o700, 0o700)
    files = [folder / DB_FILENAME, backup, kept, *logs.iterdir()]
    assert {p.name: _mode(p) for p in files} == {p.name: 0o600 for p in files}


def test_a_shared_folder_keeps_its_mode_and_the_user_is_told(run: Run, folder: Path) -> None:
    folder.mkdir()
    os.chmod(folder, 0o1777)

    first = run("init", "--country", "FJ")
    status = run("status")

    assert first.code == 0 and status.code == 0
    assert _mode(folder) == 0o1777
    assert "other users of this computer can open the data folder" in status.err
    assert _mode(folder / DB_FILENAME) == 0o600
