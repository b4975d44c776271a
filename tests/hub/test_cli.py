"""The bluepacific-hub command, run in-process: users, devices, revocation, refusals."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import requests

from bluepacific_hub.cli import main
from tests.support.hubserver import RunningHub


def _run(capsys: pytest.CaptureFixture[str], *argv: str, stdin: str = "") -> tuple[int, str, str]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("sys.stdin", io.StringIO(stdin))
        code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_user_add_and_list(database_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(
        capsys, "user", "add", "--database", database_url, "--username", "Ana",
        "--country", "FJ", "--role", "focal_point", stdin="a long password\n",
    )  # fmt: skip
    assert code == 0 and "ana" in out
    code, out, _ = _run(capsys, "user", "list", "--database", database_url)
    assert code == 0
    assert out.split("\t")[:3] == ["ana", "FJ", "focal_point"]


def test_user_add_refusals_are_one_line(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["user", "add", "--database", database_url, "--username", "ana", "--role", "focal_point"]
    code, _, err = _run(capsys, *args, "--country", "fiji", stdin="a long password\n")
    assert code != 0 and err.count("\n") == 1 and "country" in err
    assert _run(capsys, *args, "--country", "FJ", stdin="a long password\n")[0] == 0
    code, _, err = _run(capsys, *args, "--country", "FJ", stdin="a long password\n")
    assert code != 0 and "already exists" in err
    code, _, err = _run(capsys, *args, "--country", "FJ", stdin="")
    assert code != 0 and "password" in err


def test_db_upgrade_is_repeatable(database_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "db", "upgrade", "--database", database_url)
    assert code == 0 and "85 reference records changed" in out
    code, out, _ = _run(capsys, "db", "upgrade", "--database", database_url)
    assert code == 0 and "0 reference records changed" in out


def test_device_list_and_revoke(running: RunningHub, capsys: pytest.CaptureFixture[str]) -> None:
    client = running.device("ana", "FJ")
    code, out, _ = _run(capsys, "device", "list", "--database", running.database_url)
    assert code == 0
    device_id, username, country, name, state = out.split("\t")[:5]
    assert (username, country, name, state) == ("ana", "FJ", "laptop", "active")
    code, out, _ = _run(capsys, "device", "revoke", device_id, "--database", running.database_url)
    assert code == 0 and device_id in out
    r = running.session().get(running.url("/sync/pull"), headers=client.headers(), timeout=10)
    assert r.status_code == 401
    code, out, _ = _run(capsys, "device", "list", "--database", running.database_url)
    assert "\trevoked\t" in out
    code, _, err = _run(capsys, "device", "revoke", "nope", "--database", running.database_url)
    assert code != 0 and "no device" in err


def test_serve_refuses_plain_http_off_loopback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'hub.db'}"
    code, _, err = _run(capsys, "serve", "--database", url, "--host", "0.0.0.0")
    assert code != 0 and "plain HTTP" in err
    code, _, err = _run(capsys, "serve", "--database", url, "--cert", "c.pem")
    assert code != 0 and "--key" in err


def test_bad_database_url_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "user", "list", "--database", "nosuchdb://x")
    assert code != 0 and err.startswith("bluepacific-hub: ") and err.count("\n") == 1


def test_requests_is_refused_without_tls_trust(running: RunningHub) -> None:
    with pytest.raises(requests.exceptions.SSLError):
        s = requests.Session()
        s.trust_env = False
        s.get(running.url("/health"), timeout=10)
