"""Where the app keeps its data, logs and shipped resources on each operating system."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "BluePacificDesktop"
APP_AUTHOR = "INTERPOL-BluePacific"
DATA_DIR_ENV = "BLUEPACIFIC_DATA_DIR"
DB_FILENAME = "bluepacific.sqlite3"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """`--data-dir` wins, then BLUEPACIFIC_DATA_DIR, then the OS's per-user data folder."""
    if override:
        return Path(override).expanduser().resolve()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))


def log_dir(data: Path) -> Path:
    """Logs sit beside an overridden data folder, so tests and demos never write elsewhere."""
    if data == Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False)):
        return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
    return data / "logs"


def _shipped(name: str) -> Path:
    """A folder shipped with the app: inside the installed package, else in the source tree.
    (The package's folder is this module's: importlib.resources says the same for a package on
    disk or in PyInstaller's bundle, and its import is 5 ms of each start before the window.)"""
    packaged = Path(__file__).resolve().parent / f"_{name}"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / name


def resource_dir() -> Path:
    return _shipped("resources")


def migrations_dir() -> Path:
    return _shipped("migrations")
