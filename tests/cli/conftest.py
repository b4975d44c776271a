"""Fixtures for command-line tests: run `main()` in-process on a data folder of its own."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from bluepacific_desktop.cli.main import main
from bluepacific_desktop.paths import DATA_DIR_ENV, DB_FILENAME
from bluepacific_desktop.store.store import Store
from tests.support.logs import logging_kept


@dataclass
class Result:
    code: int
    out: str
    err: str


Run = Callable[..., Result]


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """No test may reach the real user's folders, and each leaves logging as it found it."""
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    # The commands speak the system's language when the computer has none chosen yet.
    monkeypatch.setenv("LANGUAGE", "en")
    for var in ("HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"):
        monkeypatch.setenv(var, str(tmp_path / "home"))
    with logging_kept():
        yield


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def db_file(folder: Path) -> Path:
    return folder / DB_FILENAME


@pytest.fixture
def run(folder: Path, capsys: pytest.CaptureFixture[str]) -> Run:
    """`run("status", "--json")` runs `bluepacific-desktop --data-dir FOLDER status --json`."""

    def _run(*args: str) -> Result:
        capsys.readouterr()
        code = main(["--data-dir", str(folder), *args])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return _run


@pytest.fixture
def fiji(run: Run) -> Run:
    """A folder set up for Fiji."""
    assert run("init", "--country", "FJ").code == 0
    return run


def open_store(folder: Path) -> Store:
    return Store.open(folder)
