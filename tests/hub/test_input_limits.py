"""Hostile input: oversized and bomb bodies are refused cheaply, bad values get 400, not 500."""

from __future__ import annotations

import gzip
import json
import logging
import socket
import ssl
import subprocess
import sys
import time
import tracemalloc
import uuid
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI

from bluepacific_hub.app import create_app
from bluepacific_hub.settings import HubSettings
from bluepacific_wire import CLIENT_HEADER
from tests.support.hubserver import Client, RunningHub, Tls, batch, change, serving

MiB = 1024 * 1024


def _bomb(inflated: int) -> bytes:
    """gzip of `[{},{},...]` that inflates to about `inflated` bytes (64 MiB → 65 KB)."""
    count = (inflated - 2) // 3
    return gzip.compress(b"[" + b"{}," * count + b"{}]", compresslevel=9, mtime=0)


def _ascii_gzip(body: Any) -> bytes:
    # json.dumps escapes "\ud800" as \\ud800 (legal JSON) where the wire encoder would fail.
    return gzip.compress(json.dumps(body).encode(), mtime=0)


def _tls_socket(running: RunningHub) -> ssl.SSLSocket:
    host, port = running.base_url.removeprefix("https://").split(":")
    context = ssl.create_default_context(cafile=running.tls.ca_file)
    raw = socket.create_connection((host, int(port)), timeout=5)
    return context.wrap_socket(raw, server_hostname=host)


def _status_of(conn: ssl.SSLSocket) -> int:
    """The status code of the answer on `conn` (reads only the status line)."""
    data = b""
    while b"\r\n" not in data:
        piece = conn.recv(4096)
        if not piece:
            break
        data += piece
    return int(data.split(b" ", 2)[1])


def _head(path: str, extra: str) -> bytes:
    return (
        f"POST /api/v1{path} HTTP/1.1\r\nHost: 127.0.0.1\r\n{CLIENT_HEADER}: 0.1.0\r\n"
        f"Content-Type: application/json\r\n{extra}\r\n"
    ).encode()


def _login(running: RunningHub, data: bytes, gzipped: bool = True) -> tuple[int, str]:
    headers = {"Content-Type": "application/json"}
    if gzipped:
        headers["Content-Encoding"] = "gzip"
    r = running.session().post(running.url("/auth/login"), data=data, headers=headers, timeout=30)
    return r.status_code, r.json()["error"] if r.status_code != 200 else ""


# --- Bodies: limits before work ---------------------------------------------------------


def test_declared_length_over_the_limit_is_refused_before_a_byte_is_read(
    running: RunningHub,
) -> None:
    with _tls_socket(running) as conn:
        conn.sendall(_head("/auth/login", f"Content-Length: {1024 * MiB}\r\n"))
        started = time.monotonic()
        assert _status_of(conn) == 413
        assert time.monotonic() - started < 2


def test_chunked_body_is_refused_as_soon_as_it_passes_the_limit(running: RunningHub) -> None:
    limit = running.hub.settings.max_login_bytes
    with _tls_socket(running) as conn:
        conn.sendall(_head("/auth/login", "Transfer-Encoding: chunked\r\n"))
        chunk = b"x" * 4096
        # More than the limit but never the end of the body: the hub must not wait for it.
        for _ in range(limit // len(chunk) + 2):
            conn.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        assert _status_of(conn) == 413


def test_gzip_bomb_to_login_is_refused_before_it_inflates(running: RunningHub) -> None:
    bomb = _bomb(64 * MiB)
    assert len(bomb) < 100_000
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        status, error = _login(running, bomb)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert (status, error) == (413, "payload_too_large")
    # Sign-in reads at most 64 KiB inflated; the 64 MiB document never exists in memory.
    assert peak < 8 * MiB, f"peak {peak / MiB:.0f} MiB"


def test_too_many_json_values_in_a_login_are_refused(running: RunningHub) -> None:
    body = {"username": "x", "password": "x", "device_name": "x", "pad": [0] * 1000}
    status, error = _login(running, json.dumps(body).encode(), gzipped=False)
    assert (status, error) == (413, "payload_too_large")


def test_commas_inside_strings_are_not_counted_as_values(running: RunningHub) -> None:
    running.add_user("mele", "TO")
    r = running.session().post(
        running.url("/auth/login"),
        json={"username": "mele", "password": "," * 1000, "device_name": "[{" * 50},
        timeout=10,
    )
    assert r.status_code == 401  # read and checked, only the password is wrong


def test_push_of_a_million_empty_objects_is_refused_before_parsing(running: RunningHub) -> None:
    client = running.device("ana", "FJ")
    bomb = _bomb(4 * MiB)  # 1.4 million values in 4 KiB
    r = client.running.session().post(
        running.url("/sync/push"),
        data=bomb,
        headers={**client.headers(), "Content-Encoding": "gzip"},
        timeout=30,
    )
    assert r.status_code == 413
    assert r.json()["error"] == "payload_too_large"


# Sends bombs to sign-in until killed, in a process of its own: senders in the test's process
# would compete with the hub for the same GIL and measure themselves, not the hub.
_BOMBER = """
import sys, requests
url, ca, path = sys.argv[1:]
bomb = open(path, "rb").read()
s = requests.Session()
s.trust_env = False
headers = {"X-BluePacific-Client": "0.1.0", "Content-Encoding": "gzip"}
while True:
    status = s.post(url, data=bomb, headers=headers, verify=ca, timeout=60).status_code
    print(status, flush=True)
"""


@pytest.mark.timing
def test_health_answers_within_a_second_while_four_bombs_are_in_flight(
    running: RunningHub, tmp_path: Path
) -> None:
    bomb = tmp_path / "bomb.gz"
    bomb.write_bytes(_bomb(64 * MiB))
    args = [sys.executable, "-c", _BOMBER, running.url("/auth/login"), running.tls.ca_file]
    bombers = [
        subprocess.Popen([*args, str(bomb)], stdout=subprocess.PIPE, text=True) for _ in range(4)
    ]
    slowest = 0.0
    statuses: set[str] = set()
    try:
        for bomber in bombers:  # each has had a first answer: all four are under way
            assert bomber.stdout is not None
            statuses.add(bomber.stdout.readline().strip())
        health = running.session()
        deadline = time.monotonic() + 3
        while time.monotonic() < deadline:
            started = time.monotonic()
            assert health.get(running.url("/health"), timeout=10).status_code == 200
            slowest = max(slowest, time.monotonic() - started)
    finally:
        for bomber in bombers:
            bomber.kill()
        statuses.update(line for bomber in bombers for line in bomber.communicate()[0].split())
    assert slowest < 1.0, f"/health took {slowest:.2f} s"
    assert statuses == {"413"}


# --- Values: 400 (or a refusal of that change alone), never 500 --------------------------


@pytest.mark.parametrize("cursor", [2**63, 10**30, -1])
def test_pull_cursor_out_of_range_is_400(running: RunningHub, cursor: int) -> None:
    client = running.device("ana", "FJ")
    r = running.session().get(
        running.url("/sync/pull"), params={"cursor": cursor}, headers=client.headers(), timeout=10
    )
    assert r.status_code == 400
    assert r.json()["error"] == "bad_request"


def _push_ascii(client: Client, body: dict[str, Any]) -> dict[str, Any]:
    headers = {**client.headers(), "Content-Encoding": "gzip", "Content-Type": "application/json"}
    r = client.running.session().post(
        client.running.url("/sync/push"), data=_ascii_gzip(body), headers=headers, timeout=10
    )
    assert r.status_code == 200, r.text
    answer: dict[str, Any] = r.json()
    return answer


BAD_CHANGES: dict[str, tuple[dict[str, Any], str]] = {
    "surrogate in a value": (change("FJ", {"full_name": "Mere \ud800"}), "lone surrogate"),
    "surrogate in a field name": (change("FJ", {"na\udc00me": "Mere"}), "lone surrogate"),
    "NUL in a value": (change("FJ", {"full_name": "Mere\x00"}), "NUL"),
    "NUL in a list": (change("FJ", {"aliases": ["a", "b\x00"]}), "NUL"),
    "surrogate in the kind": (change("FJ", {"full_name": "Mere"}, kind="per\ud800"), "surrogate"),
    "64-bit overflow in a value": (change("FJ", {"age": 2**64}), "too large"),
    "64-bit overflow in base_revision": (
        change("FJ", {"full_name": "Mere"}, base_revision=2**63),
        "at most",
    ),
    "surrogate in the change_id": ({**change("FJ", {"x": 1}), "change_id": "\ud800"}, "UUID"),
}


@pytest.mark.parametrize("case", sorted(BAD_CHANGES))
def test_a_bad_change_is_refused_alone_and_the_rest_of_its_batch_applies(
    running: RunningHub, case: str
) -> None:
    client = running.device("ana", "FJ")
    bad, reason = BAD_CHANGES[case]
    good = change("FJ", {"full_name": "Jone"})
    body = batch(bad, good)
    answer = _push_ascii(client, body)
    refused, applied = answer["results"]
    assert refused["status"] == "refused"
    assert refused["reason"] is not None and reason in refused["reason"]
    assert applied["status"] == "applied"
    # Sent again (the desktop's retry): the same answer, not a queue stuck forever.
    assert _push_ascii(client, body) == answer
    pulled = {r["record_id"] for r in client.pull_all()}
    assert good["record_id"] in pulled and bad["record_id"] not in pulled


def test_an_integer_of_more_than_4300_digits_is_400(running: RunningHub) -> None:
    client = running.device("ana", "FJ")
    text = json.dumps(batch(change("FJ", {"age": 1}))).replace('"age": 1', '"age": ' + "9" * 5000)
    headers = {**client.headers(), "Content-Encoding": "gzip", "Content-Type": "application/json"}
    r = running.session().post(
        running.url("/sync/push"), data=gzip.compress(text.encode()), headers=headers, timeout=10
    )
    assert r.status_code == 400
    assert "number" in r.json()["message"]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("username", "mele\ud800"),
        ("username", "mele\x00"),
        ("device_name", "laptop\udfff"),
        ("device_name", "lap\x00top"),
        ("password", "pass\ud800word"),
    ],
)
def test_unstorable_text_in_a_login_is_400(running: RunningHub, field: str, value: str) -> None:
    running.add_user("mele", "TO")
    body = {"username": "mele", "password": "whatever", "device_name": "laptop", field: value}
    status, error = _login(running, json.dumps(body).encode(), gzipped=False)
    assert (status, error) == (400, "bad_request")


# --- Unexpected errors: the log is not flooded ---------------------------------------------


@pytest.fixture
def failing_hub(settings: HubSettings, tls: Tls) -> Any:
    """A hub with one extra route that always fails, and at most 3 tracebacks a minute."""
    app: FastAPI = create_app(replace(settings, error_tracebacks_per_minute=3))

    def boom() -> None:
        raise RuntimeError("a bug " + uuid.uuid4().hex)

    app.add_api_route("/api/v1/boom", boom)
    with serving(app, tls, settings.database_url) as running:
        yield running


def test_tracebacks_are_limited_per_minute_then_one_line_each(
    failing_hub: RunningHub, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    s = failing_hub.session()
    codes = [s.get(failing_hub.url("/boom"), timeout=10).status_code for _ in range(12)]
    assert codes == [500] * 12
    with_traceback = [r for r in caplog.records if r.exc_info]
    summaries = [r for r in caplog.records if not r.exc_info and "a bug" in r.getMessage()]
    assert len(with_traceback) == 3
    assert len(summaries) == 9
    assert all("\n" not in r.getMessage() for r in summaries)
    assert s.get(failing_hub.url("/boom"), timeout=10).json()["error"] == "internal_error"
