"""`bluepacific-hub serve --workers N`: several processes over PostgreSQL apply a batch once;
SQLite is refused with a clear message."""

from __future__ import annotations

import io
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from bluepacific_hub.cli import main
from bluepacific_hub.db import make_engine, make_sessions
from bluepacific_hub.models import RecordVersion
from bluepacific_wire import API_PREFIX, CLIENT_HEADER, encode_gzip_json
from tests.hub.conftest import BACKENDS
from tests.support.hubserver import PASSWORD, Tls, batch, change

SRC = Path(__file__).resolve().parents[2] / "src"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _session(tls: Tls) -> requests.Session:
    s = requests.Session()
    s.trust_env = False
    s.verify = tls.ca_file
    s.headers[CLIENT_HEADER] = "0.1.0"
    return s


def _children(pid: int) -> list[int]:
    """The worker processes uvicorn's supervisor started (Linux /proc), not multiprocessing's
    resource tracker."""
    path = Path(f"/proc/{pid}/task/{pid}/children")
    found = [int(p) for p in path.read_text().split()] if path.exists() else []
    return [p for p in found if b"spawn_main" in Path(f"/proc/{p}/cmdline").read_bytes()]


def _database_sockets(port: int) -> set[int]:
    """Inodes of the established TCP connections to PostgreSQL (on `port`) on this machine."""
    inodes: set[int] = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            remote_port = int(fields[2].rsplit(":", 1)[1], 16)
            if remote_port == port and fields[3] == "01":  # 01 = ESTABLISHED
                inodes.add(int(fields[9]))
    return inodes


def _holds_database_connection(pid: int, port: int) -> bool:
    """Whether process `pid` has a connection to PostgreSQL open: a worker's pool keeps the
    connection it used, so this tells which workers served a request that reached the
    database, without the hub saying anything about its processes in its answers."""
    wanted = _database_sockets(port)
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:[") and int(target[8:-1]) in wanted:
            return True
    return False


@pytest.fixture
def workers_hub(database_url: str, tls: Tls, tmp_path: Path) -> Iterator[tuple[str, int]]:
    """`bluepacific-hub serve --workers 2` as a real subprocess over HTTPS; (base URL, pid)."""
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": f"{SRC}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    log = (tmp_path / "hub.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "bluepacific_hub.cli", "serve", "--database", database_url,
         "--port", str(port), "--cert", tls.cert_file, "--key", tls.key_file,
         "--workers", "2"],
        env=env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    base = f"https://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while len(_children(proc.pid)) < 2 or not _answers(base, tls):
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"the hub did not start: {(tmp_path / 'hub.log').read_text()}")
            time.sleep(0.2)
        yield base, proc.pid
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)
        log.close()


def _answers(base: str, tls: Tls) -> bool:
    try:
        return _session(tls).get(f"{base}{API_PREFIX}/health", timeout=2).status_code == 200
    except requests.RequestException:
        return False


def _add_user(database_url: str, username: str, country: str) -> None:
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
        args = ["user", "add", "--database", database_url, "--username", username]
        assert main([*args, "--country", country, "--role", "focal_point"]) == 0


def _versions(database_url: str, record_ids: list[str]) -> int:
    engine = make_engine(database_url)
    try:
        with make_sessions(engine)() as session:
            query = select(func.count()).where(RecordVersion.record_id.in_(record_ids))
            return int(session.scalar(query.select_from(RecordVersion)) or 0)
    finally:
        engine.dispose()


# Several workers need PostgreSQL (the SQLite refusal has its own test below): this test takes
# only the PostgreSQL database, which CI always has.
@pytest.mark.parametrize("database_url", [b for b in BACKENDS if b != "sqlite"], indirect=True)
def test_one_batch_sent_to_two_workers_at_once_is_applied_once(
    workers_hub: tuple[str, int], database_url: str, tls: Tls
) -> None:
    base, pid = workers_hub
    _add_user(database_url, "ana", "FJ")
    login = {"username": "ana", "password": PASSWORD, "device_name": "laptop"}
    r = _session(tls).post(f"{base}{API_PREFIX}/auth/login", json=login, timeout=30)
    assert r.status_code == 200, r.text
    headers = {
        "Authorization": f"Bearer {r.json()['token']}",
        "Content-Encoding": "gzip",
        "Content-Type": "application/json",
    }
    changes = [change("FJ", {"full_name": f"Officer {i}", "sex": "female"}) for i in range(50)]
    body = encode_gzip_json(batch(*changes))

    def send(_n: int) -> bytes:
        # A new connection each time (a fresh session), so the kernel hands them to either
        # worker; a 409 batch_in_progress means another worker holds the batch, and a 503
        # hub_busy that this worker's gate is full: ask again, as the desktop does.
        while True:
            with _session(tls) as s:
                answer = s.post(f"{base}{API_PREFIX}/sync/push", data=body, headers=headers,
                                timeout=60)  # fmt: skip
            busy = {409: "batch_in_progress", 503: "hub_busy"}.get(answer.status_code)
            if busy is not None and answer.json()["error"] == busy:
                time.sleep(0.1)
                continue
            assert answer.status_code == 200, answer.text
            return answer.content

    answers: list[bytes] = []
    workers = _children(pid)
    port = make_url(database_url).port or 5432  # PostgreSQL's default port
    with ThreadPoolExecutor(8) as pool:
        for _round in range(5):
            answers.extend(pool.map(send, range(16)))
            if all(_holds_database_connection(w, port) for w in workers):
                break
    assert len(workers) == 2
    assert all(_holds_database_connection(w, port) for w in workers), "one worker served everything"
    assert len(set(answers)) == 1, "every answer to the same batch is the same"
    assert _versions(database_url, [c["record_id"] for c in changes]) == len(changes)


def test_several_workers_are_refused_on_sqlite(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'hub.db'}"
    code = main(["serve", "--database", url, "--workers", "2"])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1
    assert "PostgreSQL" in err and "SQLite" in err
    assert not (tmp_path / "hub.db").exists(), "refused before touching the database"
    assert main(["serve", "--database", url, "--workers", "0"]) == 1
