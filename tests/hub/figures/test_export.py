"""Every figures table as CSV (formula-safe) and XLSX (numbers stay numbers), read back with
the csv module, openpyxl and, for one XLSX, LibreOffice."""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from bluepacific_hub.figures.export import write_csv, write_xlsx
from bluepacific_hub.figures.filters import Filters
from bluepacific_hub.figures.tables import TABLES, Table, all_tables
from tests.hub.figures.pushed import fill_region
from tests.support.hubserver import RunningHub


def _tables(running: RunningHub) -> list[Table]:
    fill_region(running)
    with running.hub.sessions() as session:
        return all_tables(session, Filters(2025))


def test_every_table_as_csv_is_formula_safe(running: RunningHub, tmp_path: Path) -> None:
    tables = _tables(running)
    assert [t.name for t in tables] == list(TABLES)
    for table in tables:
        path = tmp_path / f"{table.name}.csv"
        write_csv(path, table)
        with path.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.reader(fh))
        assert tuple(rows[0]) == table.headers
        assert len(rows) == len(table.rows) + 1
    with (tmp_path / "contacts.csv").open(encoding="utf-8-sig", newline="") as fh:
        contacts = list(csv.reader(fh))
    assert ["FJ", "CUS", "2", "2"] in contacts
    training = (tmp_path / "training.csv").read_text(encoding="utf-8-sig").splitlines()
    assert training[1].startswith("FJ,CYB,2025Q1,1,1,1,0,1,")


def test_a_formula_in_a_cell_is_neutralised_in_csv_and_xlsx(tmp_path: Path) -> None:
    table = Table("t", ("name", "n"), (('=HYPERLINK("x")', -3), ("+cmd", 2.5), ("@SUM", None)))
    write_csv(tmp_path / "t.csv", table)
    with (tmp_path / "t.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[1:] == [['\'=HYPERLINK("x")', "-3"], ["'+cmd", "2.5"], ["'@SUM", ""]]
    write_xlsx(tmp_path / "t.xlsx", [table])
    sheet = load_workbook(tmp_path / "t.xlsx")["t"]
    assert [[c.value for c in row] for row in sheet.iter_rows(min_row=2)] == [
        ['\'=HYPERLINK("x")', -3],
        ["'+cmd", 2.5],
        ["'@SUM", None],
    ]
    assert sheet.cell(2, 1).data_type == "s"  # text, not a formula


def test_every_table_as_xlsx_keeps_numbers_numbers(running: RunningHub, tmp_path: Path) -> None:
    tables = _tables(running)
    write_xlsx(tmp_path / "figures.xlsx", tables)
    book = load_workbook(tmp_path / "figures.xlsx")
    assert book.sheetnames == list(TABLES)
    for table in tables:
        got = [tuple(c.value for c in row) for row in book[table.name].iter_rows()]
        assert got[0] == table.headers
        assert len(got) == len(table.rows) + 1
    training = {row[:3]: row for row in book["training"].iter_rows(min_row=2, values_only=True)}
    fiji_q1 = training[("FJ", "INV", "2025Q1")]
    assert fiji_q1[3:8] == (1, 3, 3, 2, 1)  # sessions, attendances, people, women, men
    assert isinstance(fiji_q1[3], int)
    assert fiji_q1[10] == pytest.approx(2 / 3, abs=1e-4)  # female share, a number
    assert fiji_q1[16] == 20  # mean improvement
    capabilities = list(book["capabilities"].iter_rows(min_row=2, values_only=True))
    assert ("I247", "FJ", "2025-01", 1, 100, 3, None, None, None, None) in capabilities


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_reads_the_xlsx(running: RunningHub, tmp_path: Path) -> None:
    tables = _tables(running)
    write_xlsx(tmp_path / "figures.xlsx", [t for t in tables if t.name == "engagements"])
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path / 'lo'}", "--headless",
         "--convert-to", "csv", "--outdir", str(tmp_path), str(tmp_path / "figures.xlsx")],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    lines = (tmp_path / "figures.csv").read_text(encoding="utf-8").splitlines()
    assert lines == [
        "country,kind,quarter,engagements",
        "FJ,call,2025Q2,1",
        "FJ,meeting,2025Q1,2",
        "TO,meeting,2025Q1,1",
    ]
