"""Benchmark: 10,000 attendances through the service layer (with outbox) vs plain Core inserts;
then the cost of encryption: one-record commits into an encrypted store vs a plain one.

Both paths write the same rows into a fresh store of their own, in one transaction each,
commit included; sessions and people are made beforehand and not timed. The service path
validates every row, checks its references and queues one outbox entry per row; the baseline
is SQLAlchemy Core `executemany` into the attendances table alone. Target: ratio <= 2.

The commits are an editor's save: one person and its outbox entry per transaction (WAL, full
sync), into the encrypted store the app makes and into a plain one made the way releases
before encryption made it, in the same run. Target: encrypted / plain <= 1.25.

Run: .venv/bin/python benchmarks/store_write.py [--rows N] [--rounds R] [--commits C]
(the encrypted store's key goes to the OS keyring, or a passphrase is asked without one)
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.paths import DB_FILENAME
from bluepacific_desktop.store import migrate
from bluepacific_desktop.store.device import device_context, set_up_device
from bluepacific_desktop.store.engine import make_engine
from bluepacific_desktop.store.models import Attendance, OutboxEntry
from bluepacific_desktop.store.reference import seed_reference
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.store.types import utcnow

TARGET_RATIO = 2.0
TARGET_ENCRYPTED_RATIO = 1.25


def prepare(folder: Path, rows: int) -> tuple[Store, list[dict[str, Any]]]:
    """A store with 100 sessions and rows/100 people, and the attendance rows to write."""
    store = Store.open(folder)
    n_sessions = 100
    n_people = max(1, rows // n_sessions)
    with store.write() as s:
        set_up_device(s, "FJ")
        svc = RecordService(s)
        people = svc.create_many(
            RecordKind.PERSON,
            [{"full_name": f"Trainee {i}", "sex": "female"} for i in range(n_people)],
        )
        sessions = svc.create_many(
            RecordKind.TRAINING_SESSION,
            [
                {
                    "course_code": "HR_POLICING",
                    "mode": "in_person",
                    "start_date": "2025-03-03",
                    "end_date": "2025-03-07",
                }
                for _ in range(n_sessions)
            ],
        )
    data = [
        {
            "session_id": sessions[i % n_sessions],
            "person_id": people[i // n_sessions % n_people],
            "completed": True,
            "pre_score": 40 + i % 50,
            "post_score": 60 + i % 40,
            "certificate_issued": i % 3 != 0,
        }
        for i in range(rows)
    ]
    return store, data


def timed_service(folder: Path, rows: int) -> float:
    store, data = prepare(folder, rows)
    with store:
        start = time.perf_counter()
        with store.write() as s:
            RecordService(s).create_many(RecordKind.ATTENDANCE, data)
        elapsed = time.perf_counter() - start
        with store.read() as s:
            assert s.query(OutboxEntry).filter_by(kind="attendance").count() == rows
    return elapsed


def timed_core(folder: Path, rows: int) -> float:
    store, data = prepare(folder, rows)
    with store:
        with store.read() as s:
            device = device_context(s)
        now = utcnow()
        full = [
            {
                **row,
                "pre_score": float(row["pre_score"]),
                "post_score": float(row["post_score"]),
                "id": str(uuid.uuid4()),
                "country": device.country,
                "created_at": now,
                "updated_at": now,
                "revision": None,
                "deleted": False,
                "device_id": device.device_id,
                "confirmed_at": None,
            }
            for row in data
        ]
        table = Attendance.metadata.tables[Attendance.__tablename__]
        start = time.perf_counter()
        with store.engine.begin() as conn:
            conn.execute(insert(table), full)
        return time.perf_counter() - start


def open_plain(folder: Path) -> Store:
    """A plain (unencrypted) store, as the releases before encryption made it."""
    folder.mkdir(mode=0o700)
    path = folder / DB_FILENAME
    engine = make_engine(path, None)
    migrate.upgrade(engine, path)
    store = Store(path, engine)
    with store.write() as s:
        seed_reference(s)
        set_up_device(s, "FJ")
    return store


def timed_commits(folder: Path, commits: int, *, encrypted: bool) -> float:
    """Seconds per commit of one person (and its outbox entry), the median of `commits`."""
    store = Store.open(folder) if encrypted else open_plain(folder)
    with store:
        if encrypted:
            with store.write() as s:
                set_up_device(s, "FJ")
        times = []
        for i in range(commits):
            start = time.perf_counter()
            with store.write() as s:
                RecordService(s).create(
                    RecordKind.PERSON, {"full_name": f"Trainee {i}", "sex": "female"}
                )
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def encryption_ratio(tmp: Path, commits: int, rounds: int) -> None:
    plain: list[float] = []
    encrypted: list[float] = []
    for r in range(rounds):
        order = [False, True] if r % 2 == 0 else [True, False]
        for enc in order:
            elapsed = timed_commits(tmp / f"commits-{enc}-{r}", commits, encrypted=enc)
            (encrypted if enc else plain).append(elapsed)
    p, e = min(plain), min(encrypted)
    ratio = e / p
    print(f"commits per store:               {commits} ({rounds} rounds, best median of each)")
    print(f"plain store, one commit:         {p * 1000:.2f} ms")
    print(f"encrypted store, one commit:     {e * 1000:.2f} ms")
    verdict = "OK" if ratio <= TARGET_ENCRYPTED_RATIO else "ABOVE TARGET"
    print(
        f"encrypted / plain:               {ratio:.2f}  "
        f"(target <= {TARGET_ENCRYPTED_RATIO:g}: {verdict})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--commits", type=int, default=200)
    args = parser.parse_args()
    service: list[float] = []
    core: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        for r in range(args.rounds):
            # Alternate which path goes first, so neither always gets a warm cache.
            order = [("service", timed_service), ("core", timed_core)]
            if r % 2:
                order.reverse()
            for name, fn in order:
                elapsed = fn(Path(tmp) / f"{name}-{r}", args.rows)
                (service if name == "service" else core).append(elapsed)
    # The best of several rounds: other work on the machine only ever adds time.
    s, c = min(service), min(core)
    ratio = s / c
    print(f"rows per run:                    {args.rows} ({args.rounds} rounds, best of each)")
    print(f"service layer + outbox:          {s:.3f} s  (median {statistics.median(service):.3f})")
    print(f"Core executemany, no outbox:     {c:.3f} s  (median {statistics.median(core):.3f})")
    verdict = "OK" if ratio <= TARGET_RATIO else "ABOVE TARGET"
    print(f"ratio:                           {ratio:.2f}  (target <= {TARGET_RATIO:g}: {verdict})")
    with tempfile.TemporaryDirectory() as tmp:
        encryption_ratio(Path(tmp), args.commits, args.rounds)


if __name__ == "__main__":
    main()
