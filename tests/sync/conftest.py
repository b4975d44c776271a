"""Fixtures for the sync engine: a real hub over real HTTPS on 127.0.0.1 (SQLite, trustme
certificates) and desktop devices — real stores in temporary folders — logged in to it."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import trustme
from sqlalchemy import func, select

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.store.device import set_up_device
from bluepacific_desktop.store.models import OutboxEntry, SyncConflict
from bluepacific_desktop.store.records import MODELS, record_fields
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.sync import account
from bluepacific_desktop.sync.client import ClientOptions, HubClient
from bluepacific_desktop.sync.engine import SyncEngine, SyncReport
from bluepacific_hub.app import create_app
from bluepacific_hub.models import Record, RecordVersion
from bluepacific_hub.settings import HubSettings
from tests.conftest import VALID
from tests.support.hubserver import PASSWORD, RunningHub, Tls, serve, stop_serving

# Short timeouts: everything runs on loopback, so a second is already an age.
FAST = ClientOptions(connect_timeout=5.0, stall_timeout=5.0)


@pytest.fixture(scope="session")
def test_ca() -> trustme.CA:
    """The certificate authority the app is told to trust (its CA bundle in Settings)."""
    return trustme.CA()


@pytest.fixture(scope="session")
def tls(tmp_path_factory: pytest.TempPathFactory, test_ca: trustme.CA) -> Tls:
    """The test CA and the hub's certificate for 127.0.0.1 / localhost."""
    leaf = test_ca.issue_cert("127.0.0.1", "localhost")
    return write_tls(tmp_path_factory.mktemp("tls"), test_ca, leaf)


class Seen:
    """An ASGI wrapper that notes the path of every HTTP request the hub received, and the
    Content-Encoding of each request and of its answer ("" for none)."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.paths: list[str] = []
        self.codings: list[tuple[str, str, str]] = []  # (path, request's, answer's)
        self.queries: list[tuple[str, str]] = []  # (path, query string)
        self.waiting: list[tuple[str, str]] = []  # (path, the waiting header; "" for none)

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope["path"]
        self.paths.append(path)
        self.queries.append((path, scope.get("query_string", b"").decode()))
        self.waiting.append((path, _header(scope["headers"], b"x-bluepacific-waiting")))
        sent = _header(scope["headers"], b"content-encoding")

        async def noting(message: Any) -> None:
            if message["type"] == "http.response.start":
                answered = _header(message.get("headers", []), b"content-encoding")
                self.codings.append((path, sent, answered))
            await send(message)

        await self.app(scope, receive, noting)


def _header(headers: Any, name: bytes) -> str:
    return next((v.decode() for k, v in headers if k.lower() == name), "")


@dataclass
class SyncHub(RunningHub):
    """A running hub that also remembers which requests reached it."""

    seen: Seen = field(default_factory=lambda: Seen(None))


def start_hub(database_url: str, tls: Tls, **overrides: Any) -> tuple[SyncHub, Callable[[], None]]:
    """Serve a hub on a free loopback port; `overrides` are HubSettings fields."""
    settings = HubSettings(
        database_url=database_url, argon2_time_cost=1, argon2_memory_kib=8192, **overrides
    )
    app = create_app(settings)
    seen = Seen(app)
    server, thread, base_url = serve(seen, tls)
    hub = app.state.hub

    def stop() -> None:
        stop_serving(server, thread)
        hub.engine.dispose()

    return SyncHub(base_url, hub, tls, settings.database_url, seen), stop


@pytest.fixture
def running(tmp_path: Path, tls: Tls) -> Iterator[SyncHub]:
    """The real hub over HTTPS on 127.0.0.1 with a fresh SQLite database."""
    hub, stop = start_hub(f"sqlite:///{tmp_path / 'hub.db'}", tls)
    try:
        yield hub
    finally:
        stop()


@pytest.fixture
def serve_also(running: SyncHub) -> Iterator[Callable[[Tls], str]]:
    """`serve_also(tls)` → the URL of the same hub served on another port with other TLS files
    (a wrong, untrusted or expired certificate); requests still land in `running.seen`."""
    servers: list[Any] = []

    def start(other: Tls) -> str:
        server, thread, url = serve(running.seen, other)
        servers.append((server, thread))
        return url

    yield start
    for server, thread in servers:
        stop_serving(server, thread)


def write_tls(folder: Path, ca: trustme.CA, leaf: trustme.LeafCert) -> Tls:
    """Write a CA and a server certificate (chain + key) as the files uvicorn and clients use."""
    folder.mkdir(parents=True, exist_ok=True)
    files = Tls(str(folder / "ca.pem"), str(folder / "cert.pem"), str(folder / "key.pem"))
    ca.cert_pem.write_to_path(files.ca_file)
    leaf.private_key_and_cert_chain_pem.write_to_path(files.cert_file)
    leaf.private_key_pem.write_to_path(files.key_file)
    return files


class Device:
    """One desktop installation: its own store (a real SQLite file) and its hub login."""

    def __init__(self, running: SyncHub, folder: Path, country: str, username: str) -> None:
        self.running = running
        self.country = country
        self.username = username
        self.store = Store.open(folder)
        with self.store.write() as session:
            set_up_device(session, country)
        self.token: str | None = None
        self._months = (
            f"{y}-{m:02d}" for y, m in itertools.product(range(2015, 2026), range(1, 13))
        )

    # -- hub ---------------------------------------------------------------------------------

    def login(self, **kwargs: Any) -> str:
        kwargs.setdefault("ca_bundle", self.running.tls.ca_file)
        kwargs.setdefault("save", False)
        self.token = account.login(
            self.store, self.running.base_url, self.username, PASSWORD, **kwargs
        )
        return self.token

    def client(self, options: ClientOptions = FAST, url: str | None = None) -> HubClient:
        assert self.token is not None, "log the device in first"
        settings_client = account.client_for(self.store, token=self.token)
        settings_client.close()
        opts = ClientOptions(
            ca_bundle=settings_client.options.ca_bundle,
            pins=settings_client.options.pins,
            connect_timeout=options.connect_timeout,
            stall_timeout=options.stall_timeout,
            zstd=options.zstd,
        )
        return HubClient(url or settings_client.base, self.token, opts)

    def sync(self, client: HubClient | None = None) -> SyncReport:
        own = client is None
        client = client or self.client()
        try:
            return SyncEngine(self.store, client).run()
        finally:
            if own:
                client.close()

    # -- records -----------------------------------------------------------------------------

    def create(self, kind: RecordKind, /, record_id: str | None = None, **overrides: Any) -> str:
        data = dict(VALID[kind])
        if kind in (RecordKind.CAPABILITY_REPORT, RecordKind.MONTHLY_RETURN):
            data["period"] = next(self._months)
        if kind is RecordKind.ATTENDANCE:
            if "session_id" not in overrides:
                data["session_id"] = self.create(RecordKind.TRAINING_SESSION)
            if "person_id" not in overrides:
                data["person_id"] = self.create(RecordKind.PERSON)
        data.update(overrides)
        with self.store.write() as session:
            return RecordService(session).create(kind, data, record_id).id

    def update(self, kind: RecordKind, record_id: str, **changes: Any) -> None:
        with self.store.write() as session:
            RecordService(session).update(kind, record_id, changes)

    def delete(self, kind: RecordKind, record_id: str) -> None:
        with self.store.write() as session:
            RecordService(session).delete(kind, record_id)

    def fields(self, kind: RecordKind, record_id: str) -> dict[str, Any] | None:
        """The record's user fields plus `deleted`, or None when this device does not have it."""
        with self.store.read() as session:
            record = session.get(MODELS[kind], record_id)
            if record is None:
                return None
            return {**record_fields(kind, record), "deleted": record.deleted}

    def record(self, kind: RecordKind, record_id: str) -> Any:
        with self.store.read() as session:
            return session.get(MODELS[kind], record_id)

    def ids(self, kind: RecordKind) -> set[str]:
        model = MODELS[kind]
        with self.store.read() as session:
            return set(session.scalars(select(model.id)))

    def outbox(self) -> list[OutboxEntry]:
        with self.store.read() as session:
            return list(session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)))

    def conflicts(self) -> int:
        with self.store.read() as session:
            return int(session.scalar(select(func.count()).select_from(SyncConflict)) or 0)


DeviceFactory = Callable[..., Device]


@pytest.fixture
def make_device(running: SyncHub, tmp_path: Path) -> Iterator[DeviceFactory]:
    """`make_device("FJ")` → a store set up for Fiji, whose hub user exists; not yet logged in
    unless `login=True` (the default)."""
    made: list[Device] = []
    numbers = itertools.count(1)

    def make(country: str, role: str = "focal_point", *, login: bool = True) -> Device:
        n = next(numbers)
        username = f"{country.lower()}-{role}-{n}"
        running.add_user(username, country, role)
        device = Device(running, tmp_path / f"device-{n}", country, username)
        made.append(device)
        if login:
            device.login()
        return device

    yield make
    for device in made:
        device.store.close()


def hub_records(running: RunningHub, *record_ids: str) -> dict[str, Record]:
    """The hub's own rows (its database, not an answer over the wire) for these ids."""
    with running.hub.sessions() as session:
        rows = session.scalars(select(Record).where(Record.record_id.in_(record_ids)))
        return {r.record_id: r for r in rows}


def hub_versions(running: RunningHub, record_id: str) -> int:
    """How many versions of the record the hub stored (1 = written exactly once)."""
    with running.hub.sessions() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(RecordVersion)
                .where(RecordVersion.record_id == record_id)
            )
            or 0
        )
