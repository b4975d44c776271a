"""`demo-data`: realistic, deterministic sample data that passes `db check`."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bluepacific_desktop.store.models import OutboxEntry, Person
from tests.cli.conftest import Run, open_store

OKINA = "ʻ"
MACRONS = re.compile("[āēīōūĀĒĪŌŪ]")
SUMMARY = re.compile(
    r"Added (\d+) people, (\d+) training sessions with (\d+) attendances, (\d+) capability "
    r"reports, (\d+) contacts and (\d+) engagements"
)


def counts(run: Run) -> dict[str, int]:
    data = json.loads(run("status", "--json").out)
    return {kind: n["live"] for kind, n in data["records"].items()} | {
        "pending": data["outbox_pending"]
    }


def test_demo_data_300_is_realistic_and_consistent(run: Run, folder: Path) -> None:
    assert run("init", "--country", "TO").code == 0
    result = run("demo-data", "--size", "300")
    assert result.code == 0, result.err
    assert "person: 300/300" in result.err  # progress on stderr
    found = SUMMARY.search(result.out)
    assert found, result.out
    people, sessions, attendances, reports, contacts, engagements = map(int, found.groups())
    assert (people, sessions) == (300, 30)
    assert attendances >= 8 * sessions
    assert reports == 12 * 30  # 12 months x every capability of the catalog
    got = counts(run)
    assert got == {
        "person": people,
        "training_session": sessions,
        "attendance": attendances,
        "capability_report": reports,
        "contact": contacts,
        "engagement": engagements,
        "monthly_return": 0,  # demo-data submits no month
        "certificate": 0,  # nor prints any certificate
        "pending": people + sessions + attendances + reports + contacts + engagements,
    }
    check = run("db", "check")
    assert check.code == 0, check.out

    with open_store(folder) as store, store.read() as s:
        names = list(s.scalars(select(Person.full_name)))
        sexes = dict(s.execute(select(Person.sex, func.count()).group_by(Person.sex)).all())
        outbox = s.scalar(select(func.count()).select_from(OutboxEntry))
    assert any(OKINA in n for n in names)
    assert any(MACRONS.search(n) for n in names)
    assert sexes["female"] > 100 and sexes["male"] > 100
    assert outbox == got["pending"]


def test_demo_data_is_deterministic_with_a_seed(tmp_path: Path) -> None:
    from bluepacific_desktop.cli.main import main

    names = []
    for label in ("a", "b"):
        folder = tmp_path / label
        assert main(["--data-dir", str(folder), "init", "--country", "WS"]) == 0
        assert main(["--data-dir", str(folder), "demo-data", "--size", "50", "--seed", "7"]) == 0
        with open_store(folder) as store, store.read() as s:
            names.append(sorted(s.scalars(select(Person.full_name))))
    assert names[0] == names[1]


def test_demo_data_twice_adds_people_and_skips_reported_months(fiji: Run) -> None:
    assert fiji("demo-data", "--size", "20").code == 0
    again = fiji("demo-data", "--size", "20", "--seed", "99")
    assert again.code == 0, again.err
    assert "0 capability reports" in again.out
    assert counts(fiji)["person"] == 40
    assert fiji("db", "check").code == 0


@pytest.mark.slow
def test_demo_data_25000_then_check(fiji: Run, capsys: pytest.CaptureFixture[str]) -> None:
    start = time.perf_counter()
    result = fiji("demo-data", "--size", "25000")
    made = time.perf_counter() - start
    assert result.code == 0, result.err
    start = time.perf_counter()
    check = fiji("db", "check")
    checked = time.perf_counter() - start
    assert check.code == 0, check.out
    assert counts(fiji)["person"] == 25_000
    with capsys.disabled():
        print(f"\n  demo-data --size 25000: {made:.1f} s; db check: {checked:.1f} s")


def test_demo_data_killed_half_way_leaves_nothing(fiji: Run, folder: Path) -> None:
    # Seen: people without their attendances after a kill. It is now one transaction.
    import os
    import signal
    import subprocess
    import sys

    child = subprocess.Popen(
        [sys.executable, "-m", "bluepacific_desktop", "--data-dir", str(folder),
         "demo-data", "--size", "20000"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert child.stderr is not None
    for line in child.stderr:
        if line.startswith("attendance:"):  # every person is written: kill before the rest
            os.kill(child.pid, signal.SIGKILL)
            break
    child.wait(30)
    assert child.returncode == -signal.SIGKILL

    after = counts(fiji)
    assert after["person"] == 0 and after["attendance"] == 0 and after["pending"] == 0
    assert fiji("db", "check").code == 0
