"""Benchmark: what SQLite's damage checks cost on a big store, next to opening it.

Builds (once, in a temporary folder) a store of N people with the demo data (100,000 by
default: about 300 MB), then measures, best of R rounds with a warm file cache: the app's
`Store.open` (which skips the quick check above QUICK_CHECK_AT_OPEN_BYTES), a bare sqlite3
open reading the schema (the baseline), `PRAGMA quick_check` (run before the first write and
before every backup) and `PRAGMA integrity_check` (run on each backup copy and by `db check`).
Decides where the quick check may run: at open only if it costs under 200 ms there.

Run: .venv/bin/python benchmarks/store_check.py [--people N] [--rounds R] [--folder DIR]
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bluepacific_desktop.store import demo_data
from bluepacific_desktop.store.device import set_up_device
from bluepacific_desktop.store.store import QUICK_CHECK_AT_OPEN_BYTES, Store

BUDGET_MS = 200.0


def best_ms(action: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return min(times)


def pragma(path: Path, name: str) -> None:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert conn.execute(f"PRAGMA {name}").fetchall() == [("ok",)]
    finally:
        conn.close()


def bare_open(path: Path) -> None:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()


def app_open(folder: Path) -> None:
    Store.open(folder).close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--folder", type=Path, help="reuse (or build) the store here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bp-check-") as tmp:
        folder = args.folder or Path(tmp)
        path = folder / "bluepacific.sqlite3"
        if not path.exists():
            with Store.open(folder) as store:
                with store.write() as s:
                    set_up_device(s, "FJ")
                demo_data.generate(store, args.people, demo_data.DEFAULT_SEED)
        size_mb = path.stat().st_size / 1e6
        bare_open(path)  # warm the file cache
        pragma(path, "quick_check")
        baseline = best_ms(lambda: bare_open(path), args.rounds)
        opened = best_ms(lambda: app_open(folder), args.rounds)
        quick = best_ms(lambda: pragma(path, "quick_check"), args.rounds)
        full = best_ms(lambda: pragma(path, "integrity_check"), args.rounds)
        at_open = path.stat().st_size <= QUICK_CHECK_AT_OPEN_BYTES
        print(f"store: {args.people:,} people, {size_mb:,.0f} MB")
        print(f"bare sqlite3 open (baseline): {baseline:8.1f} ms")
        print(f"Store.open:                   {opened:8.1f} ms  ({opened / baseline:,.0f}x)")
        print(f"quick_check:                  {quick:8.1f} ms  ({quick / size_mb:.2f} ms/MB)")
        print(f"integrity_check:              {full:8.1f} ms  ({full / size_mb:.2f} ms/MB)")
        where = "at open" if at_open else "before the first write and before each backup"
        print(f"quick check runs {where} (threshold {QUICK_CHECK_AT_OPEN_BYTES / 1e6:.0f} MB)")
        if at_open and quick > BUDGET_MS:
            raise SystemExit(f"quick check at open costs {quick:.0f} ms > {BUDGET_MS:.0f} ms")


if __name__ == "__main__":
    main()
