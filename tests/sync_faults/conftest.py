"""Fixtures for sync under link faults: a restartable real hub, a desktop store, and checks.

The hub is the real one (FastAPI on uvicorn over real HTTPS with a trustme CA) on a fixed
loopback port and a SQLite file, so it can be stopped and started again on the same address
and the same data. The desktop talks to it through `FaultProxy`.
"""

from __future__ import annotations

import json
import random
import socket
import sqlite3
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.store.device import set_setting, set_up_device
from bluepacific_desktop.store.models import OutboxEntry
from bluepacific_desktop.store.records import MODELS, record_fields
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.sync import state
from bluepacific_desktop.sync.busy import BusyPolicy
from bluepacific_desktop.sync.client import ClientOptions, HubClient
from bluepacific_desktop.sync.engine import SyncEngine, SyncReport
from bluepacific_desktop.sync.retry import Backoff, run_with_retries
from bluepacific_hub.app import create_app
from bluepacific_hub.settings import HubSettings
from tests.support.hubserver import RunningHub, Tls, make_tls, stop_serving

COUNTRY = "FJ"
# A front end's 503 without a hint is waited out in 0.05 s, 0.1 s… rather than 5 s, 10 s….
FAST_BUSY = BusyPolicy(no_hint_s=0.05)
USERNAME = "ana"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class RestartableHub:
    """The real hub on a fixed port; `stop()` and `start()` keep the address and the database."""

    def __init__(self, db_file: Path, tls: Tls, port: int | None = None) -> None:
        self.db_file = db_file
        self.tls = tls
        self.port = port or free_port()
        self.settings = HubSettings(
            database_url=f"sqlite:///{db_file}", argon2_time_cost=1, argon2_memory_kib=8192
        )
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.running: RunningHub | None = None

    @property
    def address(self) -> tuple[str, int]:
        return ("127.0.0.1", self.port)

    def start(self) -> RunningHub:
        app = create_app(self.settings)
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(self.address)
        config = uvicorn.Config(
            app,
            ssl_certfile=self.tls.cert_file,
            ssl_keyfile=self.tls.key_file,
            log_level="error",
            lifespan="off",
            timeout_graceful_shutdown=2,
        )
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
        thread.start()
        deadline = time.monotonic() + 10
        while not server.started:
            assert thread.is_alive() and time.monotonic() < deadline, "hub did not start"
            time.sleep(0.01)
        self._server, self._thread = server, thread
        self.running = RunningHub(
            f"https://127.0.0.1:{self.port}", app.state.hub, self.tls, self.settings.database_url
        )
        return self.running

    def stop(self) -> None:
        if self._server is None or self._thread is None or self.running is None:
            return
        stop_serving(self._server, self._thread)
        self.running.hub.engine.dispose()
        self._server = self._thread = self.running = None

    def restart(self) -> RunningHub:
        self.stop()
        return self.start()


@pytest.fixture(scope="session")
def tls(tmp_path_factory: pytest.TempPathFactory) -> Tls:
    return make_tls(tmp_path_factory.mktemp("tls"))


@pytest.fixture
def hub(tmp_path: Path, tls: Tls) -> Iterator[RestartableHub]:
    runner = RestartableHub(tmp_path / "hub.db", tls)
    running = runner.start()
    running.add_user(USERNAME, COUNTRY)
    try:
        yield runner
    finally:
        runner.stop()


@pytest.fixture
def token(hub: RestartableHub) -> str:
    assert hub.running is not None
    return str(hub.running.login(USERNAME)["token"])


def open_device_store(folder: Path, batch_size: int = 50) -> Store:
    store = Store.open(folder)
    with store.write() as session:
        set_up_device(session, COUNTRY)
        set_setting(session, state.BATCH_SIZE, str(batch_size))
    return store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_device_store(tmp_path / "desktop")
    yield opened
    opened.close()


# -- making local changes --------------------------------------------------------------------


@dataclass
class Workload:
    """Creates people, sessions and attendances (and edits some) through the service layer."""

    store: Store
    people: list[str] = field(default_factory=list)
    sessions: list[str] = field(default_factory=list)
    attendances: list[str] = field(default_factory=list)
    made: int = 0

    def add(self, changes: int) -> None:
        """About `changes` new outbox entries: 60% people, 10% sessions, 20% attendances,
        10% edits of existing people; in transactions of up to 100 changes."""
        done = 0
        while done < changes:
            with self.store.write() as session:
                svc = RecordService(session)
                for _ in range(min(100, changes - done)):
                    self._one(svc, self.made)
                    self.made += 1
                    done += 1

    def _one(self, svc: RecordService, n: int) -> None:
        slot = n % 10
        if slot == 9 and self.people:
            pid = self.people[(n * 7) % len(self.people)]
            svc.update(
                RecordKind.PERSON, pid, {"rank": f"Rank {n}", "phone": f"+679 33{n % 100000:05d}"}
            )
        elif slot in (7, 8) and self.people and self.sessions:
            # each attendance pairs a new person with a session: never a duplicate pair
            person = svc.create(RecordKind.PERSON, {"full_name": f"Trainee {n}", "sex": "male"}).id
            self.people.append(person)
            sid = self.sessions[n % len(self.sessions)]
            att = svc.create(
                RecordKind.ATTENDANCE,
                {"session_id": sid, "person_id": person, "completed": True, "post_score": n % 100},
            )
            self.attendances.append(att.id)
        elif slot == 6 or not self.sessions:
            sess = svc.create(
                RecordKind.TRAINING_SESSION,
                {
                    "course_code": "HR_POLICING",
                    "mode": "in_person",
                    "start_date": "2025-03-03",
                    "end_date": "2025-03-05",
                    "location": f"Suva {n}",
                },
            )
            self.sessions.append(sess.id)
        else:
            self.people.append(
                svc.create(
                    RecordKind.PERSON,
                    {"full_name": f"Person {n}", "sex": "female", "agency": "Fiji Police"},
                ).id
            )


@pytest.fixture
def workload(store: Store) -> Workload:
    return Workload(store)


# -- syncing ---------------------------------------------------------------------------------


def client_for(url: str, token: str, tls: Tls, stall_timeout: float = 5.0) -> HubClient:
    options = ClientOptions(ca_bundle=tls.ca_file, connect_timeout=5.0, stall_timeout=stall_timeout)
    return HubClient(url, token, options)


def sync_once(
    store: Store, url: str, token: str, tls: Tls, stall_timeout: float = 5.0
) -> SyncReport:
    with client_for(url, token, tls, stall_timeout) as client:
        return SyncEngine(store, client, busy=FAST_BUSY).run()


def sync_with_retries(
    store: Store,
    url: str,
    token: str,
    tls: Tls,
    attempts: int = 30,
    seed: int = 1,
    stall_timeout: float = 5.0,
) -> tuple[SyncReport, list[SyncReport]]:
    """SyncEngine runs with a fast backoff until the queue is empty; also every failed run."""
    failed: list[SyncReport] = []

    def once() -> SyncReport:
        return sync_once(store, url, token, tls, stall_timeout)

    def note(report: SyncReport, _delay: float) -> None:
        failed.append(report)

    backoff = Backoff(base_s=0.02, cap_s=0.2, rng=random.Random(seed))
    final = run_with_retries(once, attempts, backoff, on_retry=note)
    return final, failed


# -- checking --------------------------------------------------------------------------------


def local_records(store: Store) -> dict[str, tuple[str, dict[str, Any], int | None]]:
    """record_id -> (kind, fields as on the wire, revision) for every synced record kind."""
    out: dict[str, tuple[str, dict[str, Any], int | None]] = {}
    with store.read() as session:
        for kind, model in MODELS.items():
            for record in session.query(model):
                out[record.id] = (kind.value, record_fields(kind, record), record.revision)
    return out


def hub_rows(db_file: Path) -> dict[str, Any]:
    conn = sqlite3.connect(db_file)
    try:
        records = {
            rid: (kind, json.loads(fields), revision)
            for rid, kind, fields, revision in conn.execute(
                "SELECT record_id, kind, fields, revision FROM sync_record "
                "WHERE kind NOT LIKE 'ref_%'"
            )
        }
        applied = conn.execute(
            "SELECT change_id, count(*) FROM sync_applied_change GROUP BY change_id"
        ).fetchall()
        version_changes = conn.execute(
            "SELECT change_id, count(*) FROM sync_record_version "
            "WHERE change_id IS NOT NULL GROUP BY change_id"
        ).fetchall()
        versions_per_record = dict(
            conn.execute(
                "SELECT record_id, count(*) FROM sync_record_version "
                "WHERE change_id IS NOT NULL GROUP BY record_id"
            ).fetchall()
        )
        applied_per_record = dict(
            conn.execute(
                "SELECT record_id, count(*) FROM sync_applied_change GROUP BY record_id"
            ).fetchall()
        )
        in_progress = conn.execute(
            "SELECT count(*) FROM sync_batch WHERE status != 'done'"
        ).fetchone()[0]
    finally:
        conn.close()
    return {
        "records": records,
        "applied": applied,
        "version_changes": version_changes,
        "versions_per_record": versions_per_record,
        "applied_per_record": applied_per_record,
        "in_progress": in_progress,
    }


def assert_exactly_once(store: Store, db_file: Path, expected_ids: set[str] | None = None) -> None:
    """Every local record is on the hub with the same fields and revision; nothing extra, no
    change applied twice, no record with more versions than changes applied to it."""
    local = local_records(store)
    hub = hub_rows(db_file)
    remote = hub["records"]
    lost = set(local) - set(remote)
    extra = set(remote) - set(local)
    assert not lost, f"{len(lost)} records lost"
    assert not extra, f"{len(extra)} records on the hub that the desktop does not have"
    if expected_ids is not None:
        assert set(local) == expected_ids
    differ = [rid for rid in local if (local[rid][0], local[rid][1]) != remote[rid][:2]]
    assert not differ, (
        f"{len(differ)} records differ, e.g. {local[differ[0]]} != {remote[differ[0]]}"
    )
    stale = [rid for rid in local if local[rid][2] != remote[rid][2]]
    assert not stale, f"{len(stale)} local revisions differ from the hub's"
    assert all(n == 1 for _cid, n in hub["applied"])
    assert all(n == 1 for _cid, n in hub["version_changes"]), "a change was applied twice"
    assert len(hub["version_changes"]) == len(hub["applied"])
    assert hub["versions_per_record"] == hub["applied_per_record"], "a version without a change"
    assert hub["in_progress"] == 0
    with store.read() as session:
        assert session.query(OutboxEntry).count() == 0, "changes still waiting"
