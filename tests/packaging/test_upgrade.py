"""Data survives an upgrade: two versions of the installed package in a row, one venv.

Version A (this checkout's wheel) is installed into a fresh venv and creates records in the
user's data folder (HOME is a temporary folder; no --data-dir). A "newer" version B (a wheel
built from a temporary copy with a bumped version and one extra, empty Alembic revision) is
installed over it. B's first start keeps every record, takes a backup first and leaves the
file at B's head revision; the program folder never holds the data.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

from bluepacific_desktop import __version__
from bluepacific_desktop.store.migrate import head_revision

ROOT = Path(__file__).resolve().parents[2]
NEW_VERSION = "99.0.0"
NEW_REVISION = "9999_upgrade_test_noop"

PURELIB = "import sysconfig; print(sysconfig.get_paths()['purelib'])"

pytestmark = pytest.mark.slow


def _copy_project(target: Path) -> Path:
    target.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, target / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("src", "resources", "migrations"):
        shutil.copytree(ROOT / name, target / name, ignore=ignore)
    return target


def _newer_project(target: Path) -> Path:
    project = _copy_project(target)
    init = project / "src" / "bluepacific_desktop" / "__init__.py"
    init.write_text(
        re.sub(r'__version__ = "[^"]+"', f'__version__ = "{NEW_VERSION}"', init.read_text())
    )
    (project / "migrations" / "versions" / f"{NEW_REVISION}.py").write_text(
        f'"""No-op revision of the upgrade test."""\n\n'
        f'revision = "{NEW_REVISION}"\n'
        f'down_revision = "{head_revision()}"\n'
        "branch_labels = None\n"
        "depends_on = None\n\n\n"
        "def upgrade() -> None:\n    pass\n\n\n"
        "def downgrade() -> None:\n    pass\n"
    )
    return project


def _wheel(project: Path, out: Path) -> Path:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "-w",
            str(out),
            str(project),
        ],
        check=True,
        capture_output=True,
    )
    version = re.search(
        r'__version__ = "([^"]+)"', (project / "src/bluepacific_desktop/__init__.py").read_text()
    )
    assert version
    return next(out.glob(f"bluepacific_desktop-{version.group(1)}-*.whl"))


def _venv(folder: Path) -> Path:
    """A fresh venv whose only extra path is this venv's dependencies (no source tree)."""
    venv.create(folder, with_pip=True)
    site = Path(
        subprocess.run(
            [str(folder / "bin" / "python"), "-c", PURELIB],
            check=True, capture_output=True, text=True,
        ).stdout.strip()
    )  # fmt: skip
    (site / "zz_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return folder


def test_installing_a_newer_version_keeps_the_data_and_backs_it_up(tmp_path: Path) -> None:
    old_wheel = _wheel(_copy_project(tmp_path / "a"), tmp_path / "wheels")
    new_wheel = _wheel(_newer_project(tmp_path / "b"), tmp_path / "wheels")
    env_dir = _venv(tmp_path / "venv")
    home = tmp_path / "home"
    env = {
        "PATH": f"{env_dir / 'bin'}:/usr/bin:/bin",
        "HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
    }
    for name in ("DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR"):
        if name in os.environ:
            env[name] = os.environ[name]

    def pip_install(wheel: Path) -> None:
        subprocess.run(
            [str(env_dir / "bin" / "python"), "-m", "pip", "install", "--quiet", "--no-deps",
             "--no-index", "--upgrade", str(wheel)],
            check=True, env=env, capture_output=True,
        )  # fmt: skip

    def app(*args: str) -> str:
        done = subprocess.run(
            [str(env_dir / "bin" / "bluepacific-desktop"), *args],
            env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        return done.stdout

    pip_install(old_wheel)
    assert app("--version").split() == ["bluepacific-desktop", __version__]
    app("init", "--country", "FJ", "--lang", "fr")
    app("demo-data", "--size", "50")
    before = json.loads(app("status", "--json"))
    data_file = Path(before["database"])
    # The user's data folder (XDG on Linux), never the installed program's folder.
    assert data_file == home / ".local" / "share" / "BluePacificDesktop" / "bluepacific.sqlite3"
    assert not data_file.is_relative_to(env_dir)
    assert before["schema_revision"] == before["head_revision"] == head_revision()
    backups = data_file.parent / "backups"
    assert not backups.exists() or not any(backups.iterdir())

    pip_install(new_wheel)  # the newer version, installed over the older one
    assert app("--version").split() == ["bluepacific-desktop", NEW_VERSION]
    after = json.loads(app("status", "--json"))

    assert after["database"] == before["database"]
    assert after["schema_revision"] == after["head_revision"] == NEW_REVISION
    assert after["records"] == before["records"]
    assert after["country"] == "FJ" and after["language"] == "fr"
    saved = list(backups.glob("*.sqlite3"))
    assert len(saved) == 1, saved  # one backup, taken before the upgrade
    assert (backups / (saved[0].name + ".verified")).is_file()  # and checked
    assert saved[0].stat().st_size > 0
    # The older version refuses the upgraded file rather than damaging it…
    pip_install(old_wheel)
    refused = subprocess.run(
        [str(env_dir / "bin" / "bluepacific-desktop"), "status", "--json"],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert refused.returncode == 1
    assert "newer" in refused.stderr.lower()
    # …and the backup is the old file: restored by the older version (the backup is encrypted
    # with this data file's key, so it is restored in place, not opened elsewhere), it is at
    # the old revision with the same records.
    app("db", "restore", str(saved[0]))
    restored = json.loads(app("status", "--json"))
    assert restored["schema_revision"] == head_revision()
    assert restored["records"] == before["records"]
