"""`bluepacific-hub figures …` on a hub filled through the real push path: printed tables,
filters, CSV and XLSX files, and a clear refusal of a country outside the project."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.hub.figures.pushed import fill_region
from tests.support.hubserver import RunningHub, run_hub_cli


def test_training_printed_per_country_course_and_quarter(
    running: RunningHub, capsys: pytest.CaptureFixture[str]
) -> None:
    fill_region(running)
    code, out, err = run_hub_cli(
        capsys, "figures", "training", "--database", running.database_url, "--year", "2025"
    )
    assert (code, err) == (0, "")
    lines = [line.split("\t") for line in out.splitlines()]
    assert lines[0][:6] == ["country", "course", "quarter", "sessions", "attendances", "people"]
    assert [line[:6] for line in lines[1:]] == [
        ["FJ", "CYB", "2025Q1", "1", "1", "1"],
        ["FJ", "INV", "2025Q1", "1", "3", "3"],
        ["FJ", "INV", "2025Q2", "1", "2", "2"],
        ["TO", "INV", "2025Q1", "1", "1", "1"],
    ]


def test_filters_and_files(
    running: RunningHub, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    fill_region(running)
    db = ("--database", running.database_url)
    code, out, _ = run_hub_cli(
        capsys, "figures", "capabilities", *db, "--year", "2025", "--quarter", "1",
        "--country", "fj", "--capability", "I247", "--csv", str(tmp_path / "c.csv"),
    )  # fmt: skip
    assert code == 0
    assert "(2 rows)" in out
    with (tmp_path / "c.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert [r[:5] for r in rows[1:]] == [
        ["I247", "FJ", "2025-01", "1", "100"],
        ["I247", "FJ", "2025-02", "1", "50"],
    ]
    code, out, _ = run_hub_cli(
        capsys, "figures", "engagements", *db, "--year", "2025", "--xlsx", str(tmp_path / "e.xlsx")
    )
    assert code == 0
    sheet = load_workbook(tmp_path / "e.xlsx")["engagements"]
    assert list(sheet.iter_rows(min_row=2, values_only=True)) == [
        ("FJ", "call", "2025Q2", 1),
        ("FJ", "meeting", "2025Q1", 2),
        ("TO", "meeting", "2025Q1", 1),
    ]
    code, out, _ = run_hub_cli(capsys, "figures", "contacts", *db, "--country", "TO")
    assert out.splitlines()[1:] == ["TO\tPOL\t1\t1"]


def test_a_country_outside_the_project_is_refused(
    running: RunningHub, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_hub_cli(
        capsys, "figures", "training", "--database", running.database_url, "--country", "XX"
    )
    assert code == 1
    assert "'XX' is not one of the project's countries" in err
