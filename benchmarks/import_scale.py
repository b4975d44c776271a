"""Benchmark: importing a 100,000-row attendance sheet (dry run, then commit) vs parsing it.

The sheet is made in a temporary folder: Pacific names with ʻokina and macrons, 50 sessions
of 200 attendees, about 4,000 distinct people (many attend several sessions), day-first dates,
semicolons and a UTF-8 BOM as Excel writes them; 1,000 people are already on file. The
baseline, measured in the same run, is Python's csv module alone reading the same file into
lists. The commit goes through the service layer's batch create (one outbox entry per record).

Each import runs in a process of its own, so that its peak memory (the largest resident set,
as the operating system counts it) is its own. A second case matches look-alike names: people
whose names differ by one letter from many others (``--lookalikes``, 278,000 by default: the
store holds most of them, the sheet the rest), the case that took the old fuzzy matcher
584 s and 4.8 GB. Last, the zip bombs of the tests are refused, each timed, with the
reading process's peak memory (benchmarks/sheet_reading.py prints the same alone).

Run: .venv/bin/python benchmarks/import_scale.py [--rows N] [--rounds R] [--lookalikes N]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.io.importing import ImportKind, run_import
from bluepacific_desktop.store.demo_names import NAMES, RANKS
from bluepacific_desktop.store.device import set_up_device
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store

HEADER = ["Nom complet", "Sexe", "Agence", "Grade", "Cours", "Date de début", "Date de fin"]
HEADER += ["Lieu", "Pré-test", "Post-test", "Terminé", "Certificat"]
COURSES = ("HR_POLICING", "GENDER_MAINSTREAMING", "I247_USER", "NOTICES_DIFFUSIONS")
AGENCIES = ("Police", "Customs", "Immigration", "TCU")


def people(count: int, rng: random.Random) -> list[tuple[str, str, str]]:
    """Distinct (name, sex, agency) drawn from the demo name pools of every country."""
    out: dict[tuple[str, str], str] = {}
    pools = list(NAMES.values())
    while len(out) < count:
        pool = rng.choice(pools)
        sex = rng.choice("FM")
        first = rng.choice(pool.female if sex == "F" else pool.male)
        name = f"{first} {rng.choice(pool.family)} {rng.choice(pool.family)}"
        out.setdefault((name, rng.choice(AGENCIES)), sex)
    return [(name, sex, agency) for (name, agency), sex in out.items()]


def build_sheet(path: Path, rows: int, rng: random.Random) -> list[tuple[str, str, str]]:
    crowd = people(max(1, rows * 2 // 5), rng)
    per_session = 200
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh, delimiter=";")
        out.writerow(HEADER)
        for s in range(0, rows, per_session):
            # Four courses a week, so that 500 sessions stay within the dates the rules accept.
            start = date(2024, 1, 8) + timedelta(days=7 * (s // per_session // len(COURSES)))
            course = COURSES[s // per_session % len(COURSES)]
            chosen = rng.sample(crowd, min(per_session, rows - s, len(crowd)))
            for name, sex, agency in chosen:
                pre = rng.randint(20, 70)
                out.writerow(
                    [name, sex, agency, rng.choice(RANKS), course, f"{start:%d/%m/%Y}",
                     f"{start + timedelta(days=2):%d/%m/%Y}", "Suva", pre,
                     f"{min(99, pre + rng.randint(0, 35))},5", rng.choice(["oui", "non"]), "x"]
                )  # fmt: skip
    return crowd


def prepare(folder: Path, rows: int, seed: int) -> tuple[Store, Path]:
    folder.mkdir(parents=True)
    rng = random.Random(seed)
    sheet = folder / "attendance.csv"
    crowd = build_sheet(sheet, rows, rng)
    store = Store.open(folder / "data")
    with store.write() as s:
        set_up_device(s, "FJ")
        known = [
            {"full_name": n, "sex": "female" if x == "F" else "male", "agency": a}
            for n, x, a in crowd[: len(crowd) // 4]
        ]
        RecordService(s).create_many(RecordKind.PERSON, known)
    return store, sheet


def lookalike_names(count: int, rng: random.Random) -> list[str]:
    """Names one letter apart from many others: every base name with one letter changed."""
    bases = sorted({f"{first} {family}" for p in NAMES.values() for first in p.female + p.male
                    for family in p.family})  # fmt: skip
    rng.shuffle(bases)
    out: dict[str, None] = {}
    letters = "abcdefghijklmnopqrstuvwxyz"
    for base in bases:
        for i in range(1, len(base)):
            if base[i] == " ":
                continue
            for letter in letters:
                out.setdefault(base[:i] + letter + base[i + 1 :], None)
                if len(out) >= count:
                    return list(out)
    return list(out)


def prepare_lookalikes(folder: Path, count: int, rows: int, seed: int) -> tuple[Store, Path]:
    """The store holds count − rows look-alikes; the sheet brings `rows` more."""
    folder.mkdir(parents=True)
    rng = random.Random(seed)
    names = lookalike_names(count, rng)
    rng.shuffle(names)
    rows = min(rows, len(names) // 2)
    sheet = folder / "attendance.csv"
    with open(sheet, "w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh, delimiter=";")
        out.writerow(HEADER)
        for n, name in enumerate(names[:rows]):
            start = date(2024, 1, 8) + timedelta(days=7 * (n // 800))
            out.writerow([name, "F", "Police", "", COURSES[0], f"{start:%d/%m/%Y}",
                          f"{start:%d/%m/%Y}", "Suva", 40, 60, "oui", "x"])  # fmt: skip
    store = Store.open(folder / "data")
    with store.write() as s:
        set_up_device(s, "FJ")
        known = [{"full_name": n, "sex": "female", "agency": "Police"} for n in names[rows:]]
        RecordService(s).create_many(RecordKind.PERSON, known)
    store.close()
    return store, sheet


def parse_only(sheet: Path) -> float:
    """CPU seconds of the csv module alone reading the sheet into lists."""
    start = time.process_time()
    with open(sheet, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert rows
    return time.process_time() - start


def measure(folder: Path, sheet: Path, commit: bool) -> tuple[float, float, dict[str, int]]:
    """(seconds, peak MB, counts) of one import, run in a fresh process.

    The seconds are the process's CPU time: on a machine shared with other work the wall
    clock counts their turns too (both are printed on stderr)."""
    done = subprocess.run(
        [sys.executable, __file__, "--one", str(folder / "data"), str(sheet)]
        + (["--commit"] if commit else []),
        check=True,
        capture_output=True,
        text=True,
    )
    result = json.loads(done.stdout)
    print(f"  ({'commit' if commit else 'dry run'}: {result['seconds']:.3f} s wall clock, "
          f"{result['cpu']:.3f} s CPU)", file=sys.stderr)  # fmt: skip
    return result["cpu"], result["peak_mb"], result["counts"]


def one(data: Path, sheet: Path, commit: bool) -> None:
    """The child: one import, its time and the process's peak memory as JSON."""
    with Store.open(data) as store:
        start, cpu = time.perf_counter(), time.process_time()
        plan = run_import(store, ImportKind.ATTENDANCE, sheet, commit=commit)
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    assert plan.ok, [r.text() for r in plan.refused[:5]]
    assert plan.committed == commit
    # ru_maxrss is in KiB on Linux.
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    counts = {**plan.counts(), "doubtful": len(plan.doubtful)}
    print(json.dumps({"seconds": elapsed, "cpu": cpu, "peak_mb": peak, "counts": counts}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--lookalikes", type=int, default=278_000, help="0 to leave out")
    parser.add_argument("--one", nargs=2, type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--commit", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        one(*args.one, commit=args.commit)
        return
    parse: list[float] = []
    dry: list[tuple[float, float]] = []
    commit: list[tuple[float, float]] = []
    attendances = 0
    with tempfile.TemporaryDirectory() as tmp:
        for r in range(args.rounds):
            folder = Path(tmp) / f"round-{r}"
            store, sheet = prepare(folder, args.rows, seed=r)
            store.close()
            parse.append(parse_only(sheet))
            seconds, peak, _ = measure(folder, sheet, commit=False)
            dry.append((seconds, peak))
            seconds, peak, counts = measure(folder, sheet, commit=True)
            commit.append((seconds, peak))
            attendances = counts["attendances"]
        # The best of several rounds: other work on the machine only ever adds time.
        p = min(parse)
        (d, dm), (c, cm) = min(dry), min(commit)
        rounds = f"{args.rounds} round(s), best of each; CPU seconds"
        print(f"rows in the sheet:           {args.rows} ({rounds})")
        print(f"csv module parse (baseline): {p:.3f} s")
        print(f"import dry run:              {d:.3f} s  (ratio {d / p:.1f} x the parse), "
              f"peak {dm:.0f} MB")  # fmt: skip
        print(f"import --commit:             {c:.3f} s  (ratio {c / p:.1f} x the parse), "
              f"peak {cm:.0f} MB")  # fmt: skip
        print(f"attendances written:         {attendances} (each with its outbox entry)")
        if args.lookalikes:
            folder = Path(tmp) / "lookalikes"
            sheet_rows = min(args.rows, args.lookalikes // 2)
            _store, sheet = prepare_lookalikes(folder, args.lookalikes, sheet_rows, seed=0)
            p = parse_only(sheet)
            seconds, peak, counts = measure(folder, sheet, commit=False)
            print(f"look-alike names:            {args.lookalikes} ({sheet_rows} in the sheet)")
            print(f"csv module parse (baseline): {p:.3f} s")
            print(f"look-alikes dry run:         {seconds:.3f} s  (ratio {seconds / p:.1f} x "
                  f"the parse), peak {peak:.0f} MB, {counts['doubtful']} doubtful")  # fmt: skip
        # Hostile files next to the same baseline: each must be refused within 5 s and 300 MB.
        print(
            f"zip bombs, next to the csv module's parse of {args.rows} rows ({min(parse):.3f} s):"
        )
        from sheet_reading import bomb_refusals  # the bombs' own module, only now

        bomb_refusals(Path(tmp))


if __name__ == "__main__":
    main()
