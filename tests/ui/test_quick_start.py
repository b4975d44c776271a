"""The quick way in (ui/startup.py), as a user starts the program: the window paints, the
store opens beside it, and the dashboard's to-do list comes up over the records."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.store.device import set_up_device
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui.startup import EXIT_AFTER
from tests.conftest import VALID


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


def test_the_to_do_list_read_from_the_file_shows_before_the_screens(tmp_path: Path) -> None:
    """The window shows the to-do list read through SQLCipher's driver while the store opens
    (workflows/todo_quick.py); the dashboard then takes its place saying the same, and a button
    pressed on the first look opens its screen once the screens exist. A real quick start, in
    a process of its own (it sets the app's globals: the windows' settings, the language)."""
    data = tmp_path / "data"
    with Store.open(data) as store, store.write() as session:
        set_up_device(session, "FJ")
        contact = {**VALID[RecordKind.CONTACT], "review_date": date(2024, 1, 1)}
        RecordService(session).create(RecordKind.CONTACT, contact)
    import bluepacific_desktop

    root = Path(bluepacific_desktop.__file__).parents[2]  # this checkout: src/ and tests/
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env["PYTHONPATH"] = os.pathsep.join([str(root / "src"), str(root)])

    def start(*press: str) -> dict[str, Any]:
        command = [sys.executable, "-m", "tests.support.first_look", str(data), *press]
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr[-2000:]
        seen: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
        return seen

    seen = start()
    assert seen["screens then"] == 0  # shown before any screen was built
    words = " ".join(seen["first"])
    assert "due for review" in words and "No contact" not in words
    assert seen["first"] == seen["dashboard"]
    assert seen["after"] == "DashboardPage"
    assert start("contacts")["after"] == "ContactsPage"  # pressed on the first look


def test_a_store_that_does_not_open_is_said_and_logged(tmp_path: Path) -> None:
    """A data file of a newer version of the app: the window says so (a message box, which
    waits for the user) and the log keeps what happened, for whoever helps the user next."""
    data = tmp_path / "data"
    with Store.open(data) as store, store.write() as session:
        set_up_device(session, "FJ")
        session.execute(text("UPDATE alembic_version SET version_num = '0999_from_the_future'"))
    import bluepacific_desktop

    src = str(Path(bluepacific_desktop.__file__).parents[1])
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": src, "HOME": str(data)}
    command = [sys.executable, "-m", "bluepacific_desktop", "--data-dir", str(data)]
    log = data / "logs" / "bluepacific-desktop.log"
    quiet = subprocess.DEVNULL  # a pipe nobody reads could fill and stop the app
    child = subprocess.Popen(command, env=env, stdout=quiet, stderr=quiet)
    try:
        deadline = time.monotonic() + 60
        while "did not open" not in (log.read_text() if log.exists() else ""):
            assert child.poll() is None, "the app ended instead of saying why"
            assert time.monotonic() < deadline, "nothing in the log about the data file"
            time.sleep(0.1)
    finally:
        child.kill()
        child.wait(10)
    assert "NewerSchemaError" in log.read_text()
