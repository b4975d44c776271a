"""Benchmark: importing a 10,000-row attendance sheet (dry run, then commit) vs parsing it.

The sheet is made in a temporary folder: Pacific names with ʻokina and macrons, 50 sessions
of 200 attendees, about 4,000 distinct people (many attend several sessions), day-first dates,
semicolons and a UTF-8 BOM as Excel writes them; 1,000 people are already on file. The
baseline, measured in the same run, is Python's csv module alone reading the same file into
lists. The commit goes through the service layer's batch create (one outbox entry per record).

Run: .venv/bin/python benchmarks/import_scale.py [--rows N] [--rounds R]
"""

from __future__ import annotations

import argparse
import csv
import random
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
            start = date(2024, 1, 8) + timedelta(days=7 * (s // per_session))
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


def parse_only(sheet: Path) -> float:
    start = time.perf_counter()
    with open(sheet, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert rows
    return time.perf_counter() - start


def timed(store: Store, sheet: Path, commit: bool) -> tuple[float, int]:
    start = time.perf_counter()
    plan = run_import(store, ImportKind.ATTENDANCE, sheet, commit=commit)
    elapsed = time.perf_counter() - start
    assert plan.ok, [r.text() for r in plan.refused[:5]]
    assert plan.committed == commit
    return elapsed, len(plan.attendances)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    parse: list[float] = []
    dry: list[float] = []
    commit: list[float] = []
    attendances = 0
    with tempfile.TemporaryDirectory() as tmp:
        for r in range(args.rounds):
            store, sheet = prepare(Path(tmp) / f"round-{r}", args.rows, seed=r)
            with store:
                parse.append(parse_only(sheet))
                dry.append(timed(store, sheet, commit=False)[0])
                elapsed, attendances = timed(store, sheet, commit=True)
                commit.append(elapsed)
    # The best of several rounds: other work on the machine only ever adds time.
    p, d, c = min(parse), min(dry), min(commit)
    print(f"rows in the sheet:           {args.rows} ({args.rounds} rounds, best of each)")
    print(f"csv module parse (baseline): {p:.3f} s")
    print(f"import dry run:              {d:.3f} s  (ratio {d / p:.1f} x the parse)")
    print(f"import --commit:             {c:.3f} s  (ratio {c / p:.1f} x the parse)")
    print(f"attendances written:         {attendances} (each with its outbox entry)")


if __name__ == "__main__":
    main()
