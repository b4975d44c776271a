"""A power cut mid-typing: the GUI process is killed (SIGKILL) with a changed session editor,
and at the next start the session comes back field for field."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bluepacific_desktop.paths import DB_FILENAME
from bluepacific_desktop.store.device import set_up_device
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui.draft_offer import REPORT_ENV, TYPE_ENV
from tests.support import store_file

TYPED: dict[str, Any] = {
    "fields": {
        "course_code": "HR_POLICING",
        "title": "Firearms tracing",
        "mode": "blended",
        "start_date": "2025-03-03",
        "end_date": "2025-03-05",
        "time_zone": "Pacific/Fiji",
        "location": "Suva",
        "organiser": "Fiji Police Force",
        "notes": "Day two in the PTCCC room; bring the iARMS logins.",
        "trainers": [],
    },
    "attendees": [
        {
            "name": "Ana Tuʻipulotu (new)",
            "agency": "Tonga Police",
            "person_id": None,
            "new_person": {
                "full_name": "Ana Tuʻipulotu",
                "sex": "female",
                "agency": "Tonga Police",
                "rank": "Constable",
            },
            "attendance_id": None,
            "status": "late",  # the attendance status comes back too (issue 16)
            "completed": True,
            "pre_score": "40",
            "post_score": "75,5",
            "certificate_issued": False,
        }
    ],
    "removed": [],
}


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in (TYPE_ENV, REPORT_ENV)}
    env.update(HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen", PYTHONPATH=_src(), **extra)
    return env


def _src() -> str:
    import bluepacific_desktop

    return str(Path(bluepacific_desktop.__file__).parents[1])


def _drafts(db: Path) -> list[tuple[str, str]]:
    with store_file.connect(db) as conn:  # a reader beside the app, as a second process would be
        return list(conn.execute("SELECT editor, title FROM editor_drafts"))


def _wait(what: Any, timeout: float) -> None:
    end = time.monotonic() + timeout
    while not what():
        assert time.monotonic() < end, "timed out"
        time.sleep(0.2)


def test_a_killed_editor_comes_back_field_for_field(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with Store.open(data) as store, store.write() as session:
        set_up_device(session, "FJ")
    typed = tmp_path / "typed.json"
    typed.write_text(json.dumps({"editor": "session", "state": TYPED}), encoding="utf-8")
    command = [sys.executable, "-m", "bluepacific_desktop", "--data-dir", str(data)]
    app = subprocess.Popen(command, env=_env(tmp_path, **{TYPE_ENV: str(typed)}))
    try:
        _wait(lambda: _drafts(data / DB_FILENAME), timeout=60)
    finally:
        app.send_signal(signal.SIGKILL)  # the power cut: nothing is flushed, nothing asked
        app.wait(30)
    assert _drafts(data / DB_FILENAME) == [("session", "Firearms tracing, Suva")]

    report = tmp_path / "report.json"
    again = subprocess.Popen(command, env=_env(tmp_path, **{REPORT_ENV: str(report)}))
    try:
        _wait(report.exists, timeout=60)
    finally:
        again.send_signal(signal.SIGKILL)
        again.wait(30)
    assert json.loads(report.read_text(encoding="utf-8")) == TYPED
