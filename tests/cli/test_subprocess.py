"""The real console script and `python -m bluepacific_desktop`, run as separate processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bluepacific_desktop.paths import DB_FILENAME


def child_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "BLUEPACIFIC_DATA_DIR"}
    env["HOME"] = str(tmp_path / "home")
    env.pop("XDG_DATA_HOME", None)
    return env


def test_python_m_runs_the_command_line(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    base = [sys.executable, "-m", "bluepacific_desktop", "--data-dir", str(folder)]
    env = child_env(tmp_path)
    done = subprocess.run(
        [*base, "init", "--country", "VU", "--lang", "fr"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    status = subprocess.run(
        [*base, "status", "--json"], env=env, capture_output=True, text=True, timeout=120
    )
    assert status.returncode == 0, status.stderr
    assert json.loads(status.stdout)["country"] == "VU"
    assert (folder / DB_FILENAME).is_file()
    # Needs a set-up device elsewhere: non-zero, one line, no traceback.
    empty = [sys.executable, "-m", "bluepacific_desktop", "--data-dir", str(tmp_path / "new")]
    refused = subprocess.run(
        [*empty, "demo-data"], env=env, capture_output=True, text=True, timeout=120
    )
    assert refused.returncode == 1
    assert refused.stderr.count("\n") == 1 and "Traceback" not in refused.stderr


def test_console_script_version(tmp_path: Path) -> None:
    script = Path(sys.executable).parent / "bluepacific-desktop"
    if not script.exists():
        pytest.skip("the console script is not installed in this environment")
    done = subprocess.run(
        [str(script), "--version"],
        env=child_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0
    assert done.stdout == "bluepacific-desktop 0.1.0\n"


def test_commands_never_import_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from bluepacific_desktop.cli.main import main; "
        f"rc = main(['--data-dir', {str(tmp_path / 'd')!r}, 'status']); "
        "assert rc == 0, rc; "
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        env=child_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
