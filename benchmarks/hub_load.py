"""Benchmark: fifty laptops of eleven countries pushing and pulling at once against the real hub.

The hub runs in its own process (`bluepacific-hub serve`, HTTPS with a throwaway CA) on
PostgreSQL with 1, 2 and 4 worker processes, and on SQLite (one process). Each simulated
device is a thread with its own `requests` session and login, as a desktop has: it pushes
gzip batches of the wire format (new people records, 500 changes each by default) and after
each batch pulls what the others sent, until its batches are in. Its timeouts are the
desktop's (connect 20 s, stall 45 s): a push that gets no answer in 45 s is abandoned and the
same batch sent again, as the desktop does. A busy answer (409 batch_in_progress, 429, 503)
is waited out by its Retry-After, as the desktop does.

Printed per configuration: changes per second (changes answered applied or duplicate ÷ wall
time of the load); p50/p95/p99 latency of answered pushes (those past 45 s are abandoned, so
never above it: read it with the abandoned count); errors (answers other than 200 and busy,
and broken connections); abandoned requests; busy answers waited out; then exactly-once,
checked by a regional admin's full pull afterwards (every pushed record there once with its
fields: 0 missing, 0 doubled, 0 altered); and a baseline: the same rows (a record and a version
row per change) inserted into scratch tables with one COPY (PostgreSQL, the same server) or
one executemany (SQLite, a file beside the hub's) per table in one transaction, and the ratio
baseline ÷ hub.

The PostgreSQL server is the one of BLUEPACIFIC_TEST_POSTGRES_URL; the benchmark creates its
own database there and drops it afterwards. Exit status 1 if exactly-once fails anywhere.

Run: .venv/bin/python benchmarks/hub_load.py [--quick] [--backend sqlite|postgresql]
     [--workers N] [--devices 50] [--batches 2] [--changes 500]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # tests.support: the test CA helper

from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402
from tests.support.hubserver import make_tls  # noqa: E402

from bluepacific_hub import accounts  # noqa: E402
from bluepacific_hub.app import create_app  # noqa: E402
from bluepacific_hub.settings import HubSettings  # noqa: E402
from bluepacific_wire import (  # noqa: E402
    API_PREFIX,
    CLIENT_HEADER,
    encode_gzip_json,
    format_time,
    utc_now,
)

POSTGRES_ENV = "BLUEPACIFIC_TEST_POSTGRES_URL"
COUNTRIES = ["FJ", "KI", "MH", "FM", "NR", "PW", "PG", "WS", "SB", "TO", "VU"]
PASSWORD = "benchmark password 1"
# The desktop's own timeouts (sync/client.py ClientOptions).
CONNECT_TIMEOUT_S, STALL_TIMEOUT_S = 20.0, 45.0
MAX_WAIT_S = 120.0  # the desktop's cap on one busy wait (sync/busy.py)
PULL_LIMIT = 500


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def pct(values: list[float], q: float) -> float:
    """The q-quantile (0..1) by nearest rank; 0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered) + 0.5) - 1))]


# -- the database --------------------------------------------------------------------------


class Database:
    """A fresh hub database: a SQLite file, or a PostgreSQL database created for the run."""

    def __init__(self, backend: str, folder: Path) -> None:
        self.backend = backend
        self._admin: Any = None
        if backend == "sqlite":
            self.url = f"sqlite:///{folder / 'hub.db'}"
            return
        admin_url = make_url(os.environ[POSTGRES_ENV])
        self.name = f"bp_hub_load_{uuid.uuid4().hex[:10]}"
        self._admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
        with self._admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{self.name}"'))
        self.url = admin_url.set(database=self.name).render_as_string(hide_password=False)

    def drop(self) -> None:
        if self._admin is not None:
            with self._admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)'))
            self._admin.dispose()


def add_users(url: str, devices: int) -> list[tuple[str, str]]:
    """The hub's schema, one focal point per device and a regional admin; (username, country)."""
    # Cheap Argon2 for these throwaway users: logins are set-up, not what is measured.
    app = create_app(HubSettings(database_url=url, argon2_time_cost=1, argon2_memory_kib=8192))
    hub = app.state.hub
    users = [
        (f"fp{n:02d}-{COUNTRIES[n % len(COUNTRIES)].lower()}", COUNTRIES[n % 11])
        for n in range(devices)
    ]
    with hub.sessions() as session, session.begin():
        for username, country in users:
            accounts.add_user(session, hub.passwords, username, PASSWORD, country, "focal_point")
        accounts.add_user(session, hub.passwords, "admin", PASSWORD, "FJ", "regional_admin")
    hub.engine.dispose()
    return users


# -- the hub process -----------------------------------------------------------------------


def start_hub(url: str, workers: int, folder: Path) -> tuple[subprocess.Popen[bytes], str, Any]:
    tls = make_tls(folder)
    tool = str(Path(sys.executable).parent / "bluepacific-hub")
    port = free_port()
    log = open(folder / f"hub-{workers}.log", "wb")  # noqa: SIM115  (closed by stop_hub)
    command = [tool, "serve", "--database", url, "--port", str(port)]
    command += ["--cert", tls.cert_file, "--key", tls.key_file]
    if workers > 1:
        command += ["--workers", str(workers)]
    hub = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    base = f"https://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            requests.get(f"{base}{API_PREFIX}/health", verify=tls.ca_file, timeout=2)
            return hub, base, (tls, log)
        except requests.ConnectionError:
            if time.monotonic() > deadline or hub.poll() is not None:
                raise SystemExit(f"the hub did not start (see {log.name})") from None
            time.sleep(0.2)


def stop_hub(hub: subprocess.Popen[bytes], extra: Any) -> None:
    hub.terminate()
    try:
        hub.wait(20)
    except subprocess.TimeoutExpired:
        hub.kill()
        hub.wait(10)
    extra[1].close()


# -- one simulated device ------------------------------------------------------------------


@dataclass
class Figures:
    latencies: list[float] = field(default_factory=list)  # answered pushes, seconds
    pull_latencies: list[float] = field(default_factory=list)
    statuses: Counter[str] = field(default_factory=Counter)  # per change, from the answers
    errors: Counter[str] = field(default_factory=Counter)
    abandoned: int = 0
    busy: int = 0
    lost_batches: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


def person(country: str, n: int) -> dict[str, Any]:
    return {
        "full_name": f"Officer {country} {n}",
        "sex": "female" if n % 2 else "male",
        "agency": f"{country} Police Force",
        "rank": "Constable",
    }


def make_batches(
    country: str, batches: int, changes: int
) -> list[tuple[str, bytes, dict[str, Any]]]:
    """(batch_id, gzip body, {record_id: fields}) per batch: new people, as a desktop sends."""
    out = []
    for b in range(batches):
        records = {str(uuid.uuid4()): person(country, b * changes + n) for n in range(changes)}
        batch_id = str(uuid.uuid4())
        body = {
            "batch_id": batch_id,
            "client_version": "0.1.0",
            "device_time": format_time(utc_now()),
            "changes": [
                {
                    "change_id": str(uuid.uuid4()),
                    "kind": "person",
                    "record_id": record_id,
                    "country": country,
                    "op": "upsert",
                    "base_revision": None,
                    "changed_fields": sorted(fields),
                    "fields": fields,
                }
                for record_id, fields in records.items()
            ],
        }
        out.append((batch_id, encode_gzip_json(body), records))
    return out


def session_for(ca_file: str) -> requests.Session:
    s = requests.Session()
    s.trust_env = False
    s.verify = ca_file
    s.headers[CLIENT_HEADER] = "0.1.0"
    return s


def login(base: str, ca_file: str, username: str) -> requests.Session:
    s = session_for(ca_file)
    body = {"username": username, "password": PASSWORD, "device_name": f"{username} laptop"}
    r = s.post(f"{base}{API_PREFIX}/auth/login", json=body, timeout=60)
    r.raise_for_status()
    s.headers["Authorization"] = f"Bearer {r.json()['token']}"
    return s


def busy_wait(r: requests.Response, rng: random.Random) -> float:
    try:
        hint = float(r.headers.get("Retry-After", "5"))
    except ValueError:
        hint = 5.0
    return min(MAX_WAIT_S, hint * (1 + rng.uniform(0, 0.2)))


def push_batch(s: requests.Session, base: str, batch_id: str, body: bytes, fig: Figures) -> None:
    """Send one batch until the hub answers it, as the desktop would (same id, same bytes)."""
    rng = random.Random(batch_id)
    headers = {
        "Content-Encoding": "gzip",
        "Content-Type": "application/json",
        "Idempotency-Key": batch_id,
    }
    for _attempt in range(60):
        started = time.monotonic()
        try:
            r = s.post(
                f"{base}{API_PREFIX}/sync/push",
                data=body,
                headers=headers,
                timeout=(CONNECT_TIMEOUT_S, STALL_TIMEOUT_S),
            )
        except requests.exceptions.ReadTimeout:
            with fig.lock:
                fig.abandoned += 1
            continue
        except requests.exceptions.RequestException as exc:
            with fig.lock:
                fig.errors[type(exc).__name__] += 1
            time.sleep(1.0)
            continue
        took = time.monotonic() - started
        if r.status_code == 200:
            statuses = Counter(result["status"] for result in r.json()["results"])
            with fig.lock:
                fig.latencies.append(took)
                fig.statuses.update(statuses)
            return
        if r.status_code in (409, 429, 503) and (
            r.status_code != 409 or "batch_in_progress" in r.text
        ):
            with fig.lock:
                fig.busy += 1
            time.sleep(busy_wait(r, rng))
            continue
        with fig.lock:
            fig.errors[f"HTTP {r.status_code}"] += 1
        time.sleep(1.0)
    with fig.lock:
        fig.lost_batches += 1


def pull_new(s: requests.Session, base: str, cursor: int, fig: Figures) -> int:
    """Pull pages of others' changes from `cursor` until there are no more; the new cursor."""
    while True:
        started = time.monotonic()
        try:
            r = s.get(
                f"{base}{API_PREFIX}/sync/pull",
                params={"cursor": cursor, "limit": PULL_LIMIT, "skip_own": "true"},
                timeout=(CONNECT_TIMEOUT_S, STALL_TIMEOUT_S),
            )
        except requests.exceptions.ReadTimeout:
            with fig.lock:
                fig.abandoned += 1
            return cursor
        except requests.exceptions.RequestException as exc:
            with fig.lock:
                fig.errors[f"pull {type(exc).__name__}"] += 1
            return cursor
        if r.status_code != 200:
            with fig.lock:
                if r.status_code in (429, 503):
                    fig.busy += 1
                else:
                    fig.errors[f"pull HTTP {r.status_code}"] += 1
            return cursor
        page = r.json()
        with fig.lock:
            fig.pull_latencies.append(time.monotonic() - started)
        cursor = int(page["next_cursor"])
        if not page["has_more"]:
            return cursor


def device_run(
    s: requests.Session,
    base: str,
    batches: list[tuple[str, bytes, dict[str, Any]]],
    start: threading.Barrier,
    fig: Figures,
) -> None:
    cursor = 0
    start.wait()
    for batch_id, body, _records in batches:
        push_batch(s, base, batch_id, body, fig)
        cursor = pull_new(s, base, cursor, fig)


# -- checks --------------------------------------------------------------------------------


def admin_full_pull(base: str, ca_file: str) -> list[dict[str, Any]]:
    s = login(base, ca_file, "admin")
    out: list[dict[str, Any]] = []
    cursor = 0
    while True:
        r = s.get(
            f"{base}{API_PREFIX}/sync/pull",
            params={"cursor": cursor, "limit": 1000, "skip_own": "false"},
            timeout=300,
        )
        r.raise_for_status()
        page = r.json()
        out.extend(page["changes"])
        cursor = int(page["next_cursor"])
        if not page["has_more"]:
            s.close()
            return out


def exactly_once(sent: dict[str, dict[str, Any]], pulled: list[dict[str, Any]]) -> dict[str, int]:
    seen = Counter(env["record_id"] for env in pulled if env["kind"] == "person")
    by_id = {env["record_id"]: env for env in pulled if env["kind"] == "person"}
    return {
        "missing": sum(1 for rid in sent if rid not in seen),
        "doubled": sum(1 for rid, n in seen.items() if n > 1),
        "altered": sum(1 for rid, f in sent.items() if rid in by_id and by_id[rid]["fields"] != f),
        "strangers": sum(1 for rid in seen if rid not in sent),
    }


def baseline(db: Database, folder: Path, sent: dict[str, tuple[str, dict[str, Any]]]) -> float:
    """Seconds to insert the same rows (a record and a version per change) in one transaction,
    with COPY on PostgreSQL and executemany on SQLite, into scratch tables of the same server."""
    now = format_time(utc_now())
    rows = [
        (rid, "person", country, json.dumps(f), n + 1, now)
        for n, (rid, (country, f)) in enumerate(sent.items())
    ]
    columns = "record_id, kind, country, fields, revision, updated_at"
    if db.backend == "sqlite":
        conn = sqlite3.connect(folder / "baseline.db")
        conn.execute(
            "CREATE TABLE rec (record_id TEXT PRIMARY KEY, kind TEXT, country TEXT, "
            "fields TEXT, revision INTEGER, updated_at TEXT)"
        )
        conn.execute(
            "CREATE TABLE ver (id INTEGER PRIMARY KEY, record_id TEXT, kind TEXT, country TEXT,"
            " fields TEXT, revision INTEGER, updated_at TEXT)"
        )
        conn.commit()
        started = time.monotonic()
        with conn:
            conn.executemany(f"INSERT INTO rec ({columns}) VALUES (?, ?, ?, ?, ?, ?)", rows)
            conn.executemany(f"INSERT INTO ver ({columns}) VALUES (?, ?, ?, ?, ?, ?)", rows)
        took = time.monotonic() - started
        conn.close()
        return took
    engine = create_engine(db.url)
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute(
            "CREATE TABLE bench_rec (record_id TEXT PRIMARY KEY, kind TEXT, country TEXT, "
            "fields JSONB, revision BIGINT, updated_at TEXT)"
        )
        cur.execute(
            "CREATE TABLE bench_ver (id BIGSERIAL PRIMARY KEY, record_id TEXT, kind TEXT, "
            "country TEXT, fields JSONB, revision BIGINT, updated_at TEXT)"
        )
        raw.commit()
        started = time.monotonic()
        for table in ("bench_rec", "bench_ver"):
            with cur.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:  # type: ignore[attr-defined]
                for row in rows:
                    copy.write_row(row)
        raw.commit()
        return time.monotonic() - started
    finally:
        raw.close()
        engine.dispose()


# -- one configuration ---------------------------------------------------------------------


def run_config(backend: str, workers: int, args: argparse.Namespace) -> bool:
    label = f"{backend}, {workers} worker{'s' if workers > 1 else ''}"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = Database(backend, folder)
        try:
            users = add_users(db.url, args.devices)
            hub, base, extra = start_hub(db.url, workers, folder)
            ca_file = extra[0].ca_file
            try:
                plans = [make_batches(c, args.batches, args.changes) for _u, c in users]
                sessions = [login(base, ca_file, u) for u, _c in users]
                fig = Figures()
                start = threading.Barrier(len(users) + 1)
                threads = [
                    threading.Thread(target=device_run, args=(s, base, plan, start, fig))
                    for s, plan in zip(sessions, plans, strict=True)
                ]
                for t in threads:
                    t.start()
                start.wait()
                began = time.monotonic()
                for t in threads:
                    t.join()
                wall = time.monotonic() - began
                for s in sessions:
                    s.close()
                sent = {
                    rid: (country, f)
                    for (_u, country), plan in zip(users, plans, strict=True)
                    for _b, _body, records in plan
                    for rid, f in records.items()
                }
                check_started = time.monotonic()
                pulled = admin_full_pull(base, ca_file)
                check_s = time.monotonic() - check_started
            finally:
                stop_hub(hub, extra)
            check = exactly_once({rid: f for rid, (_c, f) in sent.items()}, pulled)
            base_s = baseline(db, folder, sent)
        finally:
            db.drop()
    total = len(sent)
    # A duplicate answer is a change an abandoned request of the same batch had applied: it
    # is on the hub all the same, and counts once.
    applied = fig.statuses.get("applied", 0) + fig.statuses.get("duplicate", 0)
    rate = applied / wall if wall else 0.0
    base_rate = total / base_s if base_s else 0.0
    errors = sum(fig.errors.values())
    ok = check["missing"] == check["doubled"] == check["altered"] == 0
    print(
        f"== {label}: {len(users)} devices of {len(set(c for _u, c in users))} countries, "
        f"{args.batches} x {args.changes}-change batches each ({total} changes)"
    )
    print(f"  wall time          {wall:8.1f} s")
    print(f"  changes per second {rate:8.0f}  ({applied} on the hub; answers {dict(fig.statuses)})")
    print(
        f"  push latency       p50 {pct(fig.latencies, 0.50):.2f} s, "
        f"p95 {pct(fig.latencies, 0.95):.2f} s, p99 {pct(fig.latencies, 0.99):.2f} s, "
        f"max {max(fig.latencies, default=0):.2f} s ({len(fig.latencies)} answered pushes)"
    )
    print(
        f"  pull latency       p50 {pct(fig.pull_latencies, 0.50):.2f} s, "
        f"p99 {pct(fig.pull_latencies, 0.99):.2f} s ({len(fig.pull_latencies)} pages)"
    )
    print(f"  errors             {errors:8d}  {dict(fig.errors) if errors else ''}")
    print(
        f"  abandoned requests {fig.abandoned:8d}  "
        f"(no answer within the desktop's {STALL_TIMEOUT_S:.0f} s)"
    )
    print(f"  busy answers       {fig.busy:8d}  (409/429/503, waited out by Retry-After)")
    print(f"  batches given up   {fig.lost_batches:8d}")
    print(
        f"  exactly once       missing {check['missing']}, doubled {check['doubled']}, "
        f"altered {check['altered']}, unknown {check['strangers']} "
        f"(admin's full pull of {len(pulled)} records in {check_s:.1f} s): "
        f"{'OK' if ok else 'FAILED'}"
    )
    print(
        f"  baseline           {base_rate:8.0f}  changes/s: the same {total} rows, one "
        f"{'COPY' if backend == 'postgresql' else 'executemany'} per table, {base_s:.2f} s"
    )
    print(f"  baseline / hub     {base_rate / rate if rate else float('inf'):8.1f}x")
    sys.stdout.flush()
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="11 devices, 1 batch of 100 each")
    parser.add_argument("--backend", choices=["sqlite", "postgresql"], help="only this one")
    parser.add_argument("--workers", type=int, action="append", help="PostgreSQL worker counts")
    parser.add_argument("--devices", type=int)
    parser.add_argument("--batches", type=int, help="batches per device")
    parser.add_argument("--changes", type=int, help="changes per batch")
    args = parser.parse_args()
    args.devices = args.devices or (11 if args.quick else 50)
    args.batches = args.batches or (1 if args.quick else 2)
    args.changes = args.changes or (100 if args.quick else 500)
    has_pg = bool(os.environ.get(POSTGRES_ENV))
    if args.backend == "postgresql" and not has_pg:
        raise SystemExit(
            f"--backend postgresql needs {POSTGRES_ENV} (a server to create a database on)"
        )
    configs: list[tuple[str, int]] = []
    if args.backend in (None, "sqlite"):
        configs.append(("sqlite", 1))
    if args.backend == "postgresql" or (args.backend is None and has_pg):
        configs += [("postgresql", w) for w in (args.workers or [1, 2, 4])]
    print(f"{os.cpu_count()} CPU(s); hub as a subprocess over HTTPS on loopback")
    results = [run_config(backend, workers, args) for backend, workers in configs]
    return 0 if all(results) else 1


if __name__ == "__main__":
    os.environ.pop("REQUESTS_CA_BUNDLE", None)
    raise SystemExit(main())
