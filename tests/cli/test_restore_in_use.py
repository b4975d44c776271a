"""A restore while another program has the data file open: refused, naming that program, so
its later writes are not lost; allowed again once it is closed, or once it died."""

from __future__ import annotations

import os
import signal
from pathlib import Path

from tests.cli.conftest import Run
from tests.cli.test_db import add_person, names_in
from tests.support.second_program import holding


def test_restore_refuses_while_another_program_holds_the_store(
    fiji: Run, folder: Path, db_file: Path, tmp_path: Path
) -> None:
    add_person(folder, "Sione Before")
    backup = tmp_path / "saved.sqlite3"
    assert fiji("db", "backup", "--output", str(backup)).code == 0
    with holding(folder) as child:
        assert child.stdin is not None and child.stdout is not None
        refused = fiji("db", "restore", str(backup))
        assert refused.code == 1
        assert f"open in another window (process {child.pid})" in refused.err
        assert "Close it, then restore" in refused.err
        # The other program goes on saving, and what it saves stays.
        child.stdin.write("Mele Later\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "saved"
        child.stdin.close()
        assert child.stdout.readline().strip() == "closed"
        assert child.wait(timeout=60) == 0
    assert names_in(db_file) == {"Sione Before", "Mele Later"}
    assert not list((folder / "backups").glob("*before-restore*"))

    restored = fiji("db", "restore", str(backup))
    assert restored.code == 0, restored.err
    assert names_in(db_file) == {"Sione Before"}


def test_a_holder_that_died_does_not_block_a_restore(
    fiji: Run, folder: Path, db_file: Path, tmp_path: Path
) -> None:
    add_person(folder, "Ana Kept")
    backup = tmp_path / "saved.sqlite3"
    assert fiji("db", "backup", "--output", str(backup)).code == 0
    add_person(folder, "Tēvita After")
    with holding(folder) as child:
        os.kill(child.pid, signal.SIGKILL)  # the laptop's battery died with the app open
        child.wait(timeout=60)
        restored = fiji("db", "restore", str(backup))
    assert restored.code == 0, restored.err
    assert names_in(db_file) == {"Ana Kept"}
