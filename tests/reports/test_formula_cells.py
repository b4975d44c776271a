"""CSV files the app writes never carry a live formula into a spreadsheet (OWASP CSV injection),
checked by LibreOffice itself reading them back."""

from __future__ import annotations

import csv
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from bluepacific_desktop.cli.main import main
from bluepacific_desktop.domain.enums import RecordKind
from tests.reports.conftest import Built, open_store

HOSTILE = [
    '=HYPERLINK("http://x.example","click")',
    "+cmd|' /C calc'!A0",
    "@SUM(1+1)",
    "-2+3+cmd|' /C calc'!A0",
]

needs_libreoffice = pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"
)


@pytest.fixture
def hostile(tmp_path: Path) -> Iterator[Built]:
    store = open_store(tmp_path / "data")
    built = Built(store)
    for name in HOSTILE:
        built.create(
            RecordKind.CONTACT,
            full_name=name,
            organisation="Fiji Police Force",
            org_type="NCB",
            contact_country="FJ",
        )
    yield built
    store.close()


def _as_libreoffice_reads_it(path: Path, out: Path) -> list[list[tuple[object, str]]]:
    """Open the CSV in LibreOffice (its default CSV import, formulas evaluated), save as .xlsx,
    and read back every cell's value and type ("f" for a formula)."""
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{out / 'profile'}",
         "--convert-to", "xlsx", "--outdir", str(out), str(path)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    book = openpyxl.load_workbook(out / (path.stem + ".xlsx"))
    sheet = book.worksheets[0]
    return [[(cell.value, cell.data_type) for cell in row] for row in sheet.iter_rows()]


@needs_libreoffice
@pytest.mark.parametrize(
    "command",
    [["export", "contact", "--format", "csv", "--output"], ["report", "contacts", "--csv"]],
    ids=["export", "report"],
)
def test_no_cell_becomes_a_formula(
    hostile: Built, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    path = tmp_path / "out.csv"
    assert main(["--data-dir", str(hostile.store.path.parent), *command, str(path)]) == 0
    capsys.readouterr()
    with open(path, encoding="utf-8-sig", newline="") as fh:
        written = [cell for row in csv.reader(fh) for cell in row]
    for name in HOSTILE:
        assert "'" + name in written  # kept, readable, and inert

    cells = _as_libreoffice_reads_it(path, tmp_path / "lo")

    formulas = [value for row in cells for value, kind in row if kind == "f"]
    assert formulas == []
    shown = {value for row in cells for value, _ in row}
    assert {"'" + name for name in HOSTILE} <= shown
