"""Without a keyring the command line locks the data file with a passphrase: read unseen at a
terminal, or as one line of standard input (here); a wrong one is refused in one line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from bluepacific_desktop.paths import DB_FILENAME
from bluepacific_desktop.store import cipher, keys
from tests.cli.test_subprocess import child_env

PASSPHRASE = "correct horse battery"


def test_without_a_keyring_the_passphrase_locks_and_opens_the_data_file(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    env = {**child_env(tmp_path), "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    base = [sys.executable, "-m", "bluepacific_desktop", "--data-dir", str(folder)]

    def run(*args: str, typed: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*base, *args], input=typed, env=env, capture_output=True, text=True, timeout=120
        )

    made = run("init", "--country", "FJ", typed=PASSPHRASE + "\n")
    assert made.returncode == 0, made.stderr
    db = folder / DB_FILENAME
    assert not cipher.is_plain(db) and keys.key_file(db).is_file()
    assert PASSPHRASE.encode() not in keys.key_file(db).read_bytes()
    status = run("status", "--json", typed=PASSPHRASE + "\n")
    assert status.returncode == 0, status.stderr
    assert json.loads(status.stdout)["country"] == "FJ"
    wrong = run("status", typed="not the passphrase\n")
    assert wrong.returncode == 1
    assert "stays locked: the passphrase given was wrong" in wrong.stderr
    assert wrong.stderr.count("\n") == 1 and "Traceback" not in wrong.stderr
