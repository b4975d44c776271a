"""Benchmark: the regional figures page and its XLSX export at the scale of the whole project.

Eleven countries × three years (2023-2025): about 100,000 attendances of 22,000 people at
3,300 sessions, 4,000 monthly capability reports, 3,300 engagements and 2,200 contacts,
written by the push path's writer (store.write_batch: a sync_record row, its first
sync_record_version row and its figures' row per record, revisions from the hub's counter), on
SQLite (a temporary file) and on PostgreSQL (a database created for the run on the server of
BLUEPACIFIC_TEST_POSTGRES_URL, dropped afterwards).

Timed, median of 5 runs each, as a regional admin (every country) and as a national user (one
country): each figures query of the page for a year (training per country, course and quarter
with the region's total; capability use per capability, country and month; engagements; the
contact directory), the page's queries together, and the XLSX export of every table; each next
to the bare SQL statements it runs (executed and fetched, nothing else) as a baseline, printed
as the ratio figures ÷ bare SQL. Then the console's two pages as the hub serves them, server side
(the figures read and the HTML rendered by the page's own functions, no HTTP): the regional
figures page and the completeness grid (11 countries × 36 monthly returns), each beside the
bare SQL it runs. Target: the page's queries together, and each rendered page, <= 300 ms.

Run: .venv/bin/python benchmarks/console_scale.py [--backend sqlite|postgresql] [--scale 1.0]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from bluepacific_hub.console.figures_page import Asked, read_figures, render_figures
from bluepacific_hub.console.grid import completeness_grid
from bluepacific_hub.console.home import render_grid
from bluepacific_hub.console.sessions import Viewer
from bluepacific_hub.db import make_engine, make_sessions
from bluepacific_hub.figures.capabilities import METRICS, capability_statement
from bluepacific_hub.figures.cooperation import contact_statement, engagement_statement
from bluepacific_hub.figures.export import xlsx_bytes
from bluepacific_hub.figures.filters import Filters
from bluepacific_hub.figures.sql import dialect
from bluepacific_hub.figures.tables import all_tables
from bluepacific_hub.figures.training import GROUPS, training_groupings, training_statements
from bluepacific_hub.migrate import upgrade
from bluepacific_hub.models import Counter
from bluepacific_hub.returns_grid import month_rows, project_countries
from bluepacific_hub.settings import HubSettings
from bluepacific_hub.store import write_batch
from bluepacific_wire import Role
from bluepacific_wire.constants import RecordKind
from bluepacific_wire.ids import natural_id
from bluepacific_wire.returns import Event, ReturnAction, ReturnState, encode_event

POSTGRES_ENV = "BLUEPACIFIC_TEST_POSTGRES_URL"
YEARS = (2023, 2024, 2025)
COURSES = ("INV", "CYB", "TRF", "I247", "FOR", "INT")
CAPABILITIES = ("I247", "SLTD", "SMV", "FIND", "NOM", "DNA", "FIRE", "EDISON", "MIND", "CCC")
SEXES = ("female", "male", "male", "female", "not_stated", "another")
KINDS = ("meeting", "call", "joint_operation", "workshop")
ORG_TYPES = ("POL", "CUS", "IMM", "MIL", "NGO", "REG")
REPEATS = 5
PAGE_GROUPINGS = (GROUPS, (), ("quarter",))
Query = tuple[str, Callable[[], object], list[tuple[str, dict[str, Any]]]]
TARGET_MS = 300.0


def _id() -> str:
    return str(uuid.uuid4())


def _monthly_return(rng: random.Random, year: int, month: int) -> dict[str, Any]:
    """A month's return as the hub keeps it: accepted mostly, some still submitted, a few
    never submitted; submitted on the 5th to the 25th of the next month (some late)."""
    state = rng.choice([ReturnState.ACCEPTED] * 7 + [ReturnState.SUBMITTED, ReturnState.DRAFT])
    after = (year + month // 12, month % 12 + 1)
    at = f"{after[0]:04d}-{after[1]:02d}-{rng.randint(5, 25):02d}T02:00:00Z"
    history = []
    if state is not ReturnState.DRAFT:
        submit = Event(ReturnAction.SUBMIT, ReturnState.DRAFT, ReturnState.SUBMITTED, "fp",
                       "focal_point", "device", at, at, "")  # fmt: skip
        history.append(encode_event(submit))
    return {"period": f"{year:04d}-{month:02d}", "state": state.value, "nil": False,
            "time_zone": "Pacific/Fiji", "history": history}  # fmt: skip


def generate(scale: float, seed: int = 14) -> list[tuple[str, str, str, dict[str, Any]]]:
    """(kind, record_id, country, fields) of the whole region."""
    rng = random.Random(seed)
    out: list[tuple[str, str, str, dict[str, Any]]] = []
    for country in project_countries():
        people = []
        for _ in range(int(2000 * scale)):
            pid = _id()
            people.append(pid)
            fields = {"full_name": f"Officer {pid[:6]}", "sex": rng.choice(SEXES),
                      "agency": "Police", "rank": None, "position": None, "email": None,
                      "phone": None}  # fmt: skip
            out.append(("person", pid, country, fields))
        for year in YEARS:
            for n in range(int(100 * scale)):
                sid = _id()
                day = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                out.append(("training_session", sid, country, {
                    "course_code": rng.choice(COURSES), "title": f"Course {n}",
                    "mode": "in_person", "start_date": day, "end_date": day,
                    "time_zone": "Pacific/Fiji", "location": "HQ", "organiser": "PTCCC",
                    "tags": [], "trainer_ids": [], "notes": "",
                }))  # fmt: skip
                for pid in rng.sample(people, 30):
                    pre = rng.choice([None, rng.randint(20, 70)])
                    post = None if pre is None else min(100, pre + rng.randint(0, 40))
                    body = {
                        "session_id": sid,
                        "person_id": pid,
                        "completed": rng.random() < 0.8,
                        "pre_score": pre,
                        "post_score": post,
                        "certificate_issued": False,
                    }
                    rid = natural_id(RecordKind.ATTENDANCE, country, body) or _id()
                    out.append(("attendance", rid, country, body))
            for month in range(1, 13):
                for code in CAPABILITIES[: max(1, round(len(CAPABILITIES) * scale))]:
                    body: dict[str, Any] = {
                        "capability_code": code,
                        "period": f"{year}-{month:02d}",
                        "narrative": "",
                        "success_stories": "",
                        "participants": None,
                    }
                    for metric in METRICS:
                        body[metric] = rng.randint(0, 400) if rng.random() < 0.6 else None
                    rid = natural_id(RecordKind.CAPABILITY_REPORT, country, body) or _id()
                    out.append(("capability_report", rid, country, body))
            for month in range(1, 13):
                out.append(("monthly_return", _id(), country, _monthly_return(rng, year, month)))
            for _ in range(int(100 * scale)):
                day = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                out.append(("engagement", _id(), country, {
                    "date": day, "time_zone": "Pacific/Fiji", "kind": rng.choice(KINDS),
                    "summary": "Met to plan joint work.", "contact_ids": [],
                }))  # fmt: skip
        for n in range(int(200 * scale)):
            out.append(("contact", _id(), country, {
                "full_name": f"Contact {n}", "organisation": f"Agency {n % 17}",
                "org_type": rng.choice(ORG_TYPES), "role": None, "contact_country": country,
                "emails": [], "phones": [], "languages": ["en"], "secure_channel": False,
                "notes": "", "review_date": None,
            }))  # fmt: skip
    return out


def fill(session: Session, records: list[tuple[str, str, str, dict[str, Any]]]) -> None:
    """Write as the push path writes: a record and its first version per change, one
    executemany per table, revisions taken from the hub's counter."""
    first = int(session.scalar(text("SELECT value FROM hub_counter WHERE name = 'revision'")) or 0)
    now = datetime.now(UTC)
    device = _id()
    rows, versions = [], []
    for n, (kind, rid, country, fields) in enumerate(records, start=first + 1):
        rows.append({"record_id": rid, "kind": kind, "country": country, "revision": n,
                     "deleted": False, "fields": fields, "created_at": now, "updated_at": now,
                     "device_id": device})  # fmt: skip
        versions.append({"revision": n, "record_id": rid, "deleted": False, "fields": fields,
                         "changed_fields": ["*"], "device_id": device, "change_id": _id(),
                         "created_at": now})  # fmt: skip
    for start in range(0, len(rows), 20_000):
        # The push path's writer: records, their versions and the figures' rows.
        write_batch(session, rows[start : start + 20_000], [], versions[start : start + 20_000], [])
    session.execute(
        update(Counter).where(Counter.name == "revision").values(value=first + len(records))
    )


def _viewer(filters: Filters) -> Viewer:
    """A regional admin for the region's figures, else a focal point of the filters' country."""
    if filters.country is None:
        return Viewer("", 0, "bench", "WS", Role.REGIONAL_ADMIN, "csrf", "en")
    return Viewer("", 0, "bench", filters.country, Role.FOCAL_POINT, "csrf", "en")


def median_ms(run: Callable[[], object]) -> float:
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def bare(session: Session, statements: list[tuple[str, dict[str, Any]]]) -> Callable[[], None]:
    def run() -> None:
        for sql, params in statements:
            session.execute(text(sql), params).fetchall()

    return run


@contextmanager
def database(backend: str) -> Iterator[str]:
    if backend == "sqlite":
        with tempfile.TemporaryDirectory() as folder:
            yield f"sqlite:///{Path(folder) / 'hub.db'}"
        return
    admin_url = make_url(os.environ[POSTGRES_ENV])
    name = f"bp_console_scale_{uuid.uuid4().hex[:8]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield admin_url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def run_backend(backend: str, records: list[tuple[str, str, str, dict[str, Any]]]) -> float:
    """Print the timings of one backend; returns the page's total for the regional admin."""
    with database(backend) as url:
        engine = make_engine(url)
        upgrade(engine)
        sessions = make_sessions(engine)
        start = time.perf_counter()
        with sessions() as session, session.begin():
            fill(session, records)
        loaded = time.perf_counter() - start
        with engine.begin() as conn:
            conn.execute(text("ANALYZE"))
        print(f"\n== {backend}: {len(records):,} records inserted in {loaded:.1f} s")
        page_total = 0.0
        with sessions() as session:
            db = dialect(session)
            due = HubSettings(url).return_due_days
            now = datetime(2026, 1, 20, tzinfo=UTC)  # every month of 2025 due
            for who, filters in (
                ("regional", Filters(2025)),
                ("national", Filters(2025, country="FJ")),
            ):
                queries: list[Query] = [
                    ("training: table, total, chart by quarter",
                     lambda f=filters: training_groupings(session, f, PAGE_GROUPINGS),
                     training_statements(db, filters, PAGE_GROUPINGS)),
                    ("capability use", lambda f=filters: all_tables(session, f, ["capabilities"]),
                     [capability_statement(db, filters)]),
                    ("engagements", lambda f=filters: all_tables(session, f, ["engagements"]),
                     [engagement_statement(db, filters)]),
                    ("contact directory", lambda f=filters: all_tables(session, f, ["contacts"]),
                     [contact_statement(db, filters)]),
                ]  # fmt: skip
                print(f"-- {who} ({filters.country or 'every country'}, {filters.label})")
                print(f"{'query':40} {'figures ms':>11} {'bare SQL ms':>12} {'ratio':>6}")
                total = total_bare = 0.0
                every: list[tuple[str, dict[str, Any]]] = []
                for name, run, statements in queries:
                    ms, base = median_ms(run), median_ms(bare(session, statements))
                    total += ms
                    total_bare += base
                    every.extend(statements)
                    print(f"{name:40} {ms:11.1f} {base:12.1f} {ms / base:6.2f}")
                verdict = "ok" if total <= TARGET_MS else f"OVER {TARGET_MS:.0f} ms"
                print(f"{'the page, all queries':40} {total:11.1f} {total_bare:12.1f} "
                      f"{total / total_bare:6.2f}  {verdict}")  # fmt: skip
                xlsx = median_ms(lambda f=filters: xlsx_bytes(all_tables(session, f)))
                print(f"{'XLSX export of every table':40} {xlsx:11.1f} {total_bare:12.1f} "
                      f"{xlsx / total_bare:6.2f}")  # fmt: skip
                viewer = _viewer(filters)
                typed = {"year": str(filters.year), "quarter": "", "country": "", "course": "",
                         "capability": ""}  # fmt: skip
                wanted = Asked(typed, filters)
                page = median_ms(
                    lambda f=filters, v=viewer, a=wanted: render_figures(
                        v, a, read_figures(session, f)
                    )
                )
                page_sql = [
                    *training_statements(db, filters, PAGE_GROUPINGS),
                    capability_statement(db, filters),
                    engagement_statement(db, filters),
                ]
                page_bare = median_ms(bare(session, page_sql))
                verdict = "ok" if page <= TARGET_MS else f"OVER {TARGET_MS:.0f} ms"
                print(f"{'figures page, read and rendered':40} {page:11.1f} {page_bare:12.1f} "
                      f"{page / page_bare:6.2f}  {verdict}")  # fmt: skip
                grid = median_ms(
                    lambda v=viewer, n=now, d=due: render_grid(
                        v, completeness_grid(session, v, 2025, n, d), "/console/", d
                    )
                )
                grid_bare = median_ms(
                    lambda: session.execute(month_rows(project_countries())).fetchall()
                )
                verdict = "ok" if grid <= TARGET_MS else f"OVER {TARGET_MS:.0f} ms"
                print(f"{'completeness grid, read and rendered':40} {grid:11.1f} "
                      f"{grid_bare:12.1f} {grid / grid_bare:6.2f}  {verdict}")  # fmt: skip
                if who == "regional":
                    page_total = total
        engine.dispose()
    return page_total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=["sqlite", "postgresql"], help="only this one")
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of the full data")
    args = parser.parse_args()
    backends = [args.backend] if args.backend else ["sqlite", "postgresql"]
    if "postgresql" in backends and not os.environ.get(POSTGRES_ENV):
        print(f"{POSTGRES_ENV} is not set: PostgreSQL skipped", file=sys.stderr)
        backends.remove("postgresql")
    start = time.perf_counter()
    records = generate(args.scale)
    counts: dict[str, int] = {}
    for kind, *_ in records:
        counts[kind] = counts.get(kind, 0) + 1
    print(f"generated in {time.perf_counter() - start:.1f} s: "
          + ", ".join(f"{n:,} {kind}" for kind, n in sorted(counts.items())))  # fmt: skip
    for backend in backends:
        run_backend(backend, records)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
