"""The sync commands end to end: login, sync, status, conflicts and logout against a real hub."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from bluepacific_desktop.cli.main import main
from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store
from bluepacific_hub.app import create_app
from bluepacific_hub.settings import HubSettings
from tests.support.hubserver import PASSWORD, RunningHub, make_tls, serve, stop_serving


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[RunningHub]:
    tls = make_tls(tmp_path)
    settings = HubSettings(
        database_url=f"sqlite:///{tmp_path / 'hub.db'}", argon2_time_cost=1, argon2_memory_kib=8192
    )
    app = create_app(settings)
    server, thread, base_url = serve(app, tls)
    running = RunningHub(base_url, app.state.hub, tls, settings.database_url)
    running.add_user("suva", "FJ")
    yield running
    stop_serving(server, thread)
    app.state.hub.engine.dispose()


def run(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    data: Path,
    *args: str,
    stdin: str = "",
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(["--data-dir", str(data), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_login_sync_status_and_logout_from_the_command_line(
    hub: RunningHub,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    no_keyring: None,
) -> None:
    data = tmp_path / "laptop"
    assert run(capsys, monkeypatch, data, "init", "--country", "FJ")[0] == 0
    with Store.open(data) as store, store.write() as session:
        RecordService(session).create(
            RecordKind.PERSON, {"full_name": "Litia Vakaloloma", "sex": "female"}
        )

    code, out, err = run(
        capsys,
        monkeypatch,
        data,
        "login",
        "--hub",
        hub.base_url,
        "--username",
        "suva",
        "--ca-bundle",
        hub.tls.ca_file,
        stdin=PASSWORD + "\n",
    )
    assert code == 0
    assert "no secure password store" in err and "--ask-password" in err

    code, _out, err = run(capsys, monkeypatch, data, "logout")
    assert (
        code == 1
        and "1 change on this computer has not reached" in err
        and "Nothing was changed" in err
    )

    code, out, err = run(
        capsys, monkeypatch, data, "sync", "--ask-password", "--json", stdin=PASSWORD + "\n"
    )
    assert code == 0, err
    report = json.loads(out)
    assert report["pushed"] == 1 and report["complete"] is True and report["waiting"] == 0

    code, out, _err = run(capsys, monkeypatch, data, "status", "--json")
    sync = json.loads(out)["sync"]
    assert sync["hub_url"] == hub.base_url and sync["changes_waiting"] == 0
    assert sync["last_success_at"] is not None and sync["last_error"] is None
    assert abs(sync["clock_skew_s"]) < 5

    code, out, _err = run(capsys, monkeypatch, data, "conflicts", "list")
    assert code == 0 and "No conflicts" in out


def test_sync_with_a_wrong_password_fails_in_words_and_keeps_the_queue(
    hub: RunningHub,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    no_keyring: None,
) -> None:
    data = tmp_path / "laptop"
    run(capsys, monkeypatch, data, "init", "--country", "FJ")
    run(
        capsys,
        monkeypatch,
        data,
        "login",
        "--hub",
        hub.base_url,
        "--username",
        "suva",
        "--ca-bundle",
        hub.tls.ca_file,
        stdin=PASSWORD + "\n",
    )
    with Store.open(data) as store, store.write() as session:
        RecordService(session).create(
            RecordKind.PERSON, {"full_name": "Ana Tuʻipulotu", "sex": "female"}
        )
    code, _out, err = run(
        capsys, monkeypatch, data, "sync", "--ask-password", stdin="not the password\n"
    )
    assert code == 1
    assert err.startswith("bluepacific-desktop: ") and len(err.strip().splitlines()) == 1
    assert "did not accept this user name and password" in err
    code, out, _err = run(capsys, monkeypatch, data, "status", "--json")
    assert json.loads(out)["sync"]["changes_waiting"] == 1


def test_a_problem_with_the_data_file_during_sync_is_one_line_and_kept(
    hub: RunningHub,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    no_keyring: None,
) -> None:
    data = tmp_path / "laptop"
    run(capsys, monkeypatch, data, "init", "--country", "FJ")
    login = ["login", "--hub", hub.base_url, "--username", "suva", "--ca-bundle"]
    run(capsys, monkeypatch, data, *login, hub.tls.ca_file, stdin=PASSWORD + "\n")
    with Store.open(data) as store:
        with store.write() as session:
            RecordService(session).create(
                RecordKind.PERSON, {"full_name": "Litia Vakaloloma", "sex": "female"}
            )
        # A real fault in the data file: SQLite refuses to remove acknowledged changes.
        with store.engine.begin() as connection:
            connection.exec_driver_sql(
                "CREATE TRIGGER stuck BEFORE DELETE ON outbox "
                "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END"
            )
    code, _out, err = run(capsys, monkeypatch, data, "sync", "--ask-password", stdin=PASSWORD)
    assert code == 1, err
    assert err.startswith("bluepacific-desktop: ") and len(err.strip().splitlines()) == 1, err
    assert "problem on this computer" in err and "disk trouble" in err and "Nothing is lost" in err
    code, out, _err = run(capsys, monkeypatch, data, "status", "--json")
    sync = json.loads(out)["sync"]
    assert sync["last_error"]["code"] == "local_problem" and sync["changes_waiting"] == 1

    with Store.open(data) as store, store.engine.begin() as connection:
        connection.exec_driver_sql("DROP TRIGGER stuck")
    code, out, err = run(capsys, monkeypatch, data, "sync", "--ask-password", stdin=PASSWORD)
    assert code == 0, err
    code, out, _err = run(capsys, monkeypatch, data, "status", "--json")
    sync = json.loads(out)["sync"]
    assert sync["last_error"] is None and sync["changes_waiting"] == 0
