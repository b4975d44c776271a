"""A real hub for tests: uvicorn over real HTTPS (trustme) on 127.0.0.1, and clients of it."""

from __future__ import annotations

import io
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests
import trustme
import uvicorn

from bluepacific_hub import accounts
from bluepacific_hub.app import create_app
from bluepacific_hub.cli import main as hub_main
from bluepacific_hub.hub import Hub
from bluepacific_hub.settings import HubSettings
from bluepacific_wire import API_PREFIX, CLIENT_HEADER, encode_gzip_json, format_time, utc_now

PASSWORD = "correct horse battery"


def make_tls(folder: Path) -> Tls:
    """A throwaway CA and a certificate for 127.0.0.1 / localhost, written to `folder`."""
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1", "localhost")
    files = Tls(str(folder / "ca.pem"), str(folder / "cert.pem"), str(folder / "key.pem"))
    ca.cert_pem.write_to_path(files.ca_file)
    cert.cert_chain_pems[0].write_to_path(files.cert_file)
    for extra in cert.cert_chain_pems[1:]:
        extra.write_to_path(files.cert_file, append=True)
    cert.private_key_pem.write_to_path(files.key_file)
    return files


@dataclass
class Tls:
    """Files of a test certificate authority and of a server certificate for 127.0.0.1."""

    ca_file: str
    cert_file: str
    key_file: str


@dataclass
class RunningHub:
    """A hub serving HTTPS in a background thread, and helpers to talk to it."""

    base_url: str
    hub: Hub
    tls: Tls
    database_url: str

    def session(self, version: str = "0.1.0") -> requests.Session:
        s = requests.Session()
        s.trust_env = False  # REQUESTS_CA_BUNDLE would otherwise replace `verify`
        s.verify = self.tls.ca_file
        s.headers[CLIENT_HEADER] = version
        return s

    def url(self, path: str) -> str:
        return f"{self.base_url}{API_PREFIX}{path}"

    def add_user(self, username: str, country: str, role: str = "focal_point") -> None:
        with self.hub.sessions() as session, session.begin():
            accounts.add_user(session, self.hub.passwords, username, PASSWORD, country, role)

    def login(self, username: str, device_name: str = "laptop") -> dict[str, Any]:
        body = {"username": username, "password": PASSWORD, "device_name": device_name}
        r = self.session().post(self.url("/auth/login"), json=body, timeout=10)
        assert r.status_code == 200, r.text
        answer: dict[str, Any] = r.json()
        return answer

    def device(self, username: str, country: str, role: str = "focal_point") -> Client:
        self.add_user(username, country, role)
        return Client(self, self.login(username)["token"], country)


@dataclass
class Client:
    """One logged-in device."""

    running: RunningHub
    token: str
    country: str

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def push_raw(self, body: dict[str, Any], prefix: str = API_PREFIX) -> requests.Response:
        """POST the body gzip-compressed to the push of API `prefix` (v1 unless told)."""
        headers = {**self.headers(), "Content-Encoding": "gzip", "Content-Type": "application/json"}
        data = encode_gzip_json(body)
        return self.running.session().post(
            f"{self.running.base_url}{prefix}/sync/push", data=data, headers=headers, timeout=10
        )

    def push(self, *changes: dict[str, Any], batch_id: str | None = None) -> dict[str, Any]:
        r = self.push_raw(batch(*changes, batch_id=batch_id))
        assert r.status_code == 200, r.text
        answer: dict[str, Any] = r.json()
        return answer

    def pull(self, cursor: int = 0, limit: int = 500) -> dict[str, Any]:
        r = self.running.session().get(
            self.running.url("/sync/pull"),
            params={"cursor": cursor, "limit": limit},
            headers=self.headers(),
            timeout=10,
        )
        assert r.status_code == 200, r.text
        answer: dict[str, Any] = r.json()
        return answer

    def pull_all(self, cursor: int = 0) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        while True:
            page = self.pull(cursor)
            out.extend(page["changes"])
            cursor = page["next_cursor"]
            if not page["has_more"]:
                return out


def batch(*changes: dict[str, Any], batch_id: str | None = None) -> dict[str, Any]:
    """A push body around `changes`."""
    return {
        "batch_id": batch_id or str(uuid.uuid4()),
        "client_version": "0.1.0",
        "device_time": format_time(utc_now()),
        "changes": list(changes),
    }


def change(
    country: str,
    fields: dict[str, Any],
    *,
    kind: str = "person",
    record_id: str | None = None,
    base_revision: int | None = None,
    changed_fields: list[str] | None = None,
    op: str = "upsert",
) -> dict[str, Any]:
    """One change; changed_fields defaults to every key of `fields`."""
    return {
        "change_id": str(uuid.uuid4()),
        "kind": kind,
        "record_id": record_id or str(uuid.uuid4()),
        "country": country,
        "op": op,
        "base_revision": base_revision,
        "changed_fields": sorted(fields) if changed_fields is None else changed_fields,
        "fields": fields,
    }


def serve(app: Any, tls: Tls) -> tuple[uvicorn.Server, threading.Thread, str]:
    """Start uvicorn with TLS on a free loopback port; returns when it accepts connections."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(
        app,
        ssl_certfile=tls.cert_file,
        ssl_keyfile=tls.key_file,
        log_level="warning",
        lifespan="off",
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "hub did not start"
        time.sleep(0.01)
    return server, thread, f"https://127.0.0.1:{port}"


def stop_serving(server: uvicorn.Server, thread: threading.Thread) -> None:
    """Stop a hub `serve` started. A client still holding an idle keep-alive TLS connection
    never answers the close, and uvicorn would wait for it (each test paid 10 s and leaked a
    thread): after a short grace, stop waiting for connections."""
    server.should_exit = True
    thread.join(0.3)
    server.force_exit = True
    thread.join(10)
    assert not thread.is_alive(), "hub did not stop"


@contextmanager
def serving(app: Any, tls: Tls, database_url: str) -> Iterator[RunningHub]:
    """A hub application the caller built, over real HTTPS on loopback until the block ends."""
    server, thread, base_url = serve(app, tls)
    try:
        yield RunningHub(base_url, app.state.hub, tls, database_url)
    finally:
        stop_serving(server, thread)
        app.state.hub.engine.dispose()


@contextmanager
def running_hub(settings: HubSettings, tls: Tls) -> Iterator[RunningHub]:
    """The real hub with these settings over HTTPS on loopback (the `running` fixture's)."""
    with serving(create_app(settings), tls, settings.database_url) as running:
        yield running


def run_hub_cli(
    capsys: pytest.CaptureFixture[str], *argv: str, stdin: str = ""
) -> tuple[int, str, str]:
    """`bluepacific-hub ARGV…` in-process with `stdin` as its input: (exit code, out, err)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("sys.stdin", io.StringIO(stdin))
        code = hub_main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err
