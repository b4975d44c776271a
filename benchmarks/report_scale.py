"""Benchmark: the quarterly PDF of a busy country-year vs the report's SQL aggregations alone.

A Fiji store with one year (2025) of 5,000 training sessions and 50,000 attendances by 8,000
people, twelve months of capability reports and a directory, built fast with the batch create
(not timed). Timed in the same run, best of several rounds:
  - the aggregations alone: every SQL query the quarterly summary runs (this quarter and the
    previous one, three pillars);
  - the whole quarterly PDF: the same aggregations, then the layout, the charts and the file.
Target: the PDF takes at most 3 times the aggregations. Then, when the import benchmark is
there, the time to import a 10,000-row attendance sheet (benchmarks/import_scale.py).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/report_scale.py [--rounds R]
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.reports.figures.country import report_country
from bluepacific_desktop.reports.figures.periods import parse_quarter
from bluepacific_desktop.reports.figures.quarterly import quarterly_summary
from bluepacific_desktop.reports.meta import ReportMeta
from bluepacific_desktop.reports.render.qt import ensure_qt_app
from bluepacific_desktop.reports.render.report import render_pdf
from bluepacific_desktop.store.device import set_up_device
from bluepacific_desktop.store.models import RefCapability
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store

SESSIONS, ATTENDANCES, PEOPLE = 5_000, 50_000, 8_000
COURSES = ("HR_POLICING", "GENDER_MAINSTREAMING", "I247_USER", "NOTICES_DIFFUSIONS")
QUARTER = parse_quarter("2025Q3")


def _write(store: Store, kind: RecordKind, rows: list[dict[str, Any]]) -> list[str]:
    ids: list[str] = []
    for start in range(0, len(rows), 5_000):
        with store.write() as s:
            ids += RecordService(s).create_many(kind, rows[start : start + 5_000])
    return ids


def build(folder: Path, rng: random.Random) -> Store:
    store = Store.open(folder)
    with store.write() as s:
        set_up_device(s, "FJ")
        caps = [(c.code, list(c.metrics)) for c in s.scalars(select(RefCapability))]
    sexes = ("female", "male", "another", "not_stated")
    people = _write(
        store,
        RecordKind.PERSON,
        [
            {"full_name": f"Person {i}", "sex": rng.choices(sexes, (47, 49, 2, 2))[0]}
            for i in range(PEOPLE)
        ],
    )
    days = [date(2025, 1, 1) + timedelta(days=d) for d in range(365)]
    sessions = _write(
        store,
        RecordKind.TRAINING_SESSION,
        [
            {
                "course_code": rng.choice(COURSES),
                "mode": "in_person",
                "start_date": (day := rng.choice(days)),
                "end_date": day,
                "location": "Suva",
            }
            for _ in range(SESSIONS)
        ],
    )
    per = ATTENDANCES // SESSIONS
    attendances = []
    for sid in sessions:
        for pid in rng.sample(people, per):
            pre = rng.randint(20, 80)
            attendances.append(
                {
                    "session_id": sid,
                    "person_id": pid,
                    "completed": rng.random() < 0.9,
                    "pre_score": pre,
                    "post_score": min(100, pre + rng.randint(0, 30)),
                }
            )
    _write(store, RecordKind.ATTENDANCE, attendances)
    reports = [
        {
            "capability_code": code,
            "period": f"2025-{m:02d}",
            **{k: rng.randint(0, 900) for k in metrics},
        }
        for m in range(1, 13)
        for code, metrics in caps
    ]
    _write(store, RecordKind.CAPABILITY_REPORT, reports)
    contacts = _write(
        store,
        RecordKind.CONTACT,
        [
            {
                "full_name": f"Contact {i}",
                "organisation": "Fiji Police Force",
                "org_type": "NCB",
                "contact_country": "FJ",
            }
            for i in range(200)
        ],
    )
    _write(
        store,
        RecordKind.ENGAGEMENT,
        [
            {
                "date": rng.choice(days),
                "kind": "meeting",
                "summary": "PTCN call",
                "contact_ids": rng.sample(contacts, 3),
            }
            for _ in range(400)
        ],
    )
    return store


def aggregations(store: Store) -> float:
    start = time.perf_counter()
    with store.read() as s:
        quarterly_summary(s, "FJ", QUARTER)
    return time.perf_counter() - start


def whole_pdf(store: Store, path: Path) -> float:
    start = time.perf_counter()
    with store.read() as s:
        country = report_country(s)
        summary = quarterly_summary(s, country.code, QUARTER)
    render_pdf(summary, ReportMeta(country, QUARTER, datetime.now(UTC)), path)
    return time.perf_counter() - start


def _import_benchmark() -> None:
    """The 10,000-row attendance sheet import, timed by its own benchmark (one round)."""
    path = Path(__file__).with_name("import_scale.py")
    spec = importlib.util.spec_from_file_location("import_scale", path)
    if spec is None or spec.loader is None or not path.exists():
        print("import benchmark: benchmarks/import_scale.py not found")
        return
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    argv, sys.argv = sys.argv, [str(path), "--rows", "10000", "--rounds", "1"]
    try:
        module.main()
    finally:
        sys.argv = argv


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--no-import", action="store_true", help="skip the import benchmark")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        built = time.perf_counter()
        store = build(Path(tmp) / "data", random.Random(2025))
        print(f"store built in {time.perf_counter() - built:.1f} s (not timed below)")
        with store:
            ensure_qt_app()
            whole_pdf(store, Path(tmp) / "warm.pdf")  # fonts and Qt's first use, not timed
            sql = min(aggregations(store) for _ in range(args.rounds))
            pdf = min(whole_pdf(store, Path(tmp) / "q.pdf") for _ in range(args.rounds))
    # The best of several rounds: other work on the machine only ever adds time.
    print(f"sessions / attendances:         {SESSIONS} / {ATTENDANCES} in one year")
    print(f"SQL aggregations (baseline):    {sql * 1000:.0f} ms (best of {args.rounds})")
    print(f"quarterly PDF, start to file:   {pdf * 1000:.0f} ms (best of {args.rounds})")
    print(f"ratio PDF / aggregations:       {pdf / sql:.2f} (target <= 3)")
    if not args.no_import:
        print()
        _import_benchmark()


if __name__ == "__main__":
    main()
