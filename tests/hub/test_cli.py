"""The bluepacific-hub command, run in-process: users, devices, revocation, refusals."""

from __future__ import annotations

from pathlib import Path

import pytest
import requests

from bluepacific_hub.cli import shared_among_workers
from bluepacific_wire import API_PREFIX
from tests.support.hubserver import RunningHub
from tests.support.hubserver import run_hub_cli as _run


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


def test_serve_set_changes_a_limit_of_the_running_hub(tmp_path: Path) -> None:
    import socket
    import subprocess
    import sys
    import time

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"sqlite:///{tmp_path / 'hub.db'}"
    hub = subprocess.Popen(
        [sys.executable, "-m", "bluepacific_hub.cli", "serve", "--database", url,
         "--port", str(port), "--set", "max_login_bytes=100"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}{API_PREFIX}"
    try:
        # Up to a minute: on a busy machine the hub's start (imports, migrations) is slow.
        deadline = time.monotonic() + 60
        while True:
            try:
                requests.get(f"{base}/health", timeout=1)
                break
            except requests.ConnectionError:
                assert hub.poll() is None, hub.stderr.read() if hub.stderr else "hub exited"
                assert time.monotonic() < deadline, "the hub did not start within a minute"
                time.sleep(0.1)
        body = b'{"username": "ana", "password": "' + b"x" * 200 + b'", "device_name": "d"}'
        answer = requests.post(
            f"{base}/auth/login",
            data=body,
            headers={"Content-Type": "application/json", "X-BluePacific-Client": "0.1.0"},
            timeout=10,
        )
        assert answer.status_code == 413, answer.text
    finally:
        hub.terminate()
        hub.wait(10)


@pytest.mark.parametrize(
    ("pair", "said"),
    [
        ("push_deadline_s", "write NAME=VALUE"),
        ("database_url=sqlite://", "write NAME=VALUE"),
        ("no_such=1", "write NAME=VALUE with one of:"),
        ("max_push_values=lots", "'lots' is not a int"),
        ("push_deadline_s=-1", "cannot be negative"),
    ],
)
def test_serve_set_refuses_what_it_cannot_set(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], pair: str, said: str
) -> None:
    url = f"sqlite:///{tmp_path / 'hub.db'}"
    code, _, err = _run(capsys, "serve", "--database", url, "--set", pair)
    assert code != 0 and said in err and err.count("\n") == 1


def test_several_workers_share_the_cores_in_their_push_gates() -> None:
    # Seen in benchmarks/hub_load.py: 4 workers of 2 batches each on 2 cores made the slowest
    # push 5.3 s (target 5); one batch per worker, 3.5 s.
    assert shared_among_workers({}, 1, 2) == {}  # one process keeps the setting's default
    assert shared_among_workers({}, 2, 4)["pushes_at_once"] == 2
    assert shared_among_workers({}, 4, 2)["pushes_at_once"] == 1  # never below one
    assert shared_among_workers({"pushes_at_once": 3}, 4, 2)["pushes_at_once"] == 3  # by hand
