"""Global options, `init`, `status`, exit codes and one-line errors of the command line."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bluepacific_desktop import __version__
from bluepacific_desktop.cli.main import main
from bluepacific_desktop.paths import DATA_DIR_ENV, DB_FILENAME
from tests.cli.conftest import Run


def files_under(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"bluepacific-desktop {__version__}\n"
    assert __version__ == "0.1.0"


def test_data_dir_option_puts_the_file_there_and_nowhere_else(tmp_path: Path) -> None:
    wanted = tmp_path / "chosen"
    assert main(["--data-dir", str(wanted), "init", "--country", "FJ"]) == 0
    assert (wanted / DB_FILENAME).is_file()
    stray = {f for f in files_under(tmp_path) if not f.startswith("chosen/")}
    assert stray == set()


def test_environment_variable_is_honoured(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from_env = tmp_path / "from-env"
    monkeypatch.setenv(DATA_DIR_ENV, str(from_env))
    assert main(["init", "--country", "WS"]) == 0
    assert (from_env / DB_FILENAME).is_file()
    assert {f for f in files_under(tmp_path) if not f.startswith("from-env/")} == set()


def test_option_wins_over_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "from-env"))
    assert main(["--data-dir", str(tmp_path / "opt"), "init", "--country", "TO"]) == 0
    assert (tmp_path / "opt" / DB_FILENAME).is_file()
    assert not (tmp_path / "from-env").exists()


def test_init_then_status_json(run: Run, db_file: Path) -> None:
    done = run("init", "--country", "fj", "--lang", "fr")
    assert done.code == 0, done.err
    assert "Fiji (FJ)" in done.out
    status = run("status", "--json")
    assert status.code == 0, status.err
    data = json.loads(status.out)
    assert set(data) == {
        "database",
        "schema_revision",
        "head_revision",
        "country",
        "language",
        "device_id",
        "records",
        "outbox_pending",
        "outbox_set_aside",
        "sync",
    }
    assert data["sync"]["hub_url"] is None and data["sync"]["changes_waiting"] == 0
    assert data["database"] == str(db_file)
    assert data["schema_revision"] == data["head_revision"]
    assert (data["country"], data["language"]) == ("FJ", "fr")
    assert len(data["device_id"]) == 36
    assert set(data["records"]) == {
        "person",
        "training_session",
        "attendance",
        "capability_report",
        "contact",
        "engagement",
        "certificate",
        "monthly_return",
    }
    assert all(v == {"live": 0, "deleted": 0} for v in data["records"].values())
    assert (data["outbox_pending"], data["outbox_set_aside"]) == (0, 0)


def test_status_human_output(fiji: Run) -> None:
    out = fiji("status")
    assert out.code == 0
    assert re.search(r"^Country: +FJ$", out.out, re.M)
    assert re.search(r"^Waiting to sync: +0 changes$", out.out, re.M)
    assert "people" in out.out


def test_command_needing_a_country_says_so(run: Run) -> None:
    result = run("demo-data", "--size", "5")
    assert result.code == 1
    assert result.out == ""
    assert result.err.count("\n") == 1
    assert "not set up" in result.err and "init --country" in result.err
    assert "Traceback" not in result.err


def test_init_refuses_a_country_outside_the_project(run: Run) -> None:
    result = run("init", "--country", "AU")
    assert result.code == 1
    assert "not one of the Blue Pacific countries" in result.err
    assert result.err.count("\n") == 1


def test_init_refuses_to_switch_country(fiji: Run) -> None:
    result = fiji("init", "--country", "TO")
    assert result.code == 1
    assert "already set up for FJ" in result.err


@pytest.mark.parametrize(
    "args",
    [
        ["bogus"],
        ["db"],
        ["db", "frobnicate"],
        ["init"],
        ["demo-data", "--size", "0"],
        ["demo-data", "--size", "100001"],
        ["demo-data", "--size", "many"],
        ["--demo", "status"],
    ],
)
def test_usage_errors_exit_2(run: Run, args: list[str]) -> None:
    result = run(*args)
    assert result.code == 2
    assert "usage:" in result.err
    assert "Traceback" not in result.err


def test_no_command_starts_the_gui(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import bluepacific_desktop.ui.app as app

    calls: list[tuple[Path, bool]] = []

    def fake_gui(data_dir: Path, demo: bool = False) -> int:
        calls.append((data_dir, demo))
        return 7

    monkeypatch.setattr(app, "run_gui", fake_gui)
    assert main(["--data-dir", str(folder)]) == 7
    assert main(["--data-dir", str(folder), "--demo"]) == 7
    assert calls == [(folder.resolve(), False), (folder.resolve(), True)]


def test_a_damaged_data_file_gives_one_line(run: Run, db_file: Path) -> None:
    db_file.parent.mkdir(parents=True)
    db_file.write_bytes(b"this is not a database at all" * 100)
    result = run("status")
    assert result.code == 1
    assert "is not a database" in result.err
    assert result.err.count("\n") == 1
