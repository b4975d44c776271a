"""Benchmark: reading a 100,000-row sheet as CSV, .xlsx and .ods, and refusing zip bombs.

The sheet is written as CSV, then saved as .xlsx and .ods by LibreOffice itself (skipped when
soffice is missing). Each is read with the importer's read_tables (size checks included) next
to Python's csv module parsing the CSV and openpyxl's streaming mode reading the .xlsx (the
reader used before). Then the test suite's zip bombs are read in a child process that reports
each refusal's time and its peak memory.

Run: .venv/bin/python benchmarks/sheet_reading.py [--rows N]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # tests.io.test_bombs: the bombs the tests refuse

from tests.io.test_bombs import _CHILD, _bombs, _xlsx  # noqa: E402

from bluepacific_desktop.io.importing.tables import read_tables  # noqa: E402

HEADER = ["Name", "Sex", "Agency", "Course", "Start date", "End date", "Location", "Pre-test"]


def _timed(what: str, work: object) -> None:
    started = time.perf_counter()
    rows = work() if callable(work) else 0
    print(f"{what:<44} {time.perf_counter() - started:6.2f} s  ({rows:,} rows)")


def _csv_rows(path: Path) -> int:
    with path.open(newline="", encoding="utf-8") as f:
        return sum(1 for _ in csv.reader(f))


def _read(path: Path) -> int:
    return sum(len(t.rows) for t in read_tables(path))


def _openpyxl(path: Path) -> int:
    import openpyxl  # type: ignore[import-untyped]

    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        return sum(1 for _ in book.worksheets[0].iter_rows(values_only=True))
    finally:
        book.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    rng = random.Random(11)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sheet = folder / "sheet.csv"
        with sheet.open("w", newline="", encoding="utf-8") as f:
            out = csv.writer(f)
            out.writerow(HEADER)
            for n in range(args.rows):
                out.writerow(
                    [f"Mere Tuilagi {n}", rng.choice("FM"), "Fiji Police", "HR_POLICING",
                     "2025-03-03", "2025-03-05", "Suva", rng.randint(0, 100)]
                )  # fmt: skip
        _timed("csv module, CSV (baseline)", lambda: _csv_rows(sheet))
        _timed("read_tables, CSV", lambda: _read(sheet))
        if shutil.which("soffice"):
            for fmt in ("xlsx", "ods"):
                subprocess.run(
                    ["soffice", "--headless", f"-env:UserInstallation=file://{folder / 'lo'}",
                     "--convert-to", fmt, "--outdir", str(folder), str(sheet)],
                    check=True, capture_output=True, timeout=600,
                )  # fmt: skip
            _timed("read_tables, .xlsx saved by LibreOffice", lambda: _read(folder / "sheet.xlsx"))
            _timed("openpyxl read-only, the same .xlsx", lambda: _openpyxl(folder / "sheet.xlsx"))
            _timed("read_tables, .ods saved by LibreOffice", lambda: _read(folder / "sheet.ods"))
        else:
            print("soffice is not installed: .xlsx and .ods are not measured")
        bomb_refusals(folder)


def bomb_refusals(folder: Path) -> None:
    """Print each zip bomb's size and time to refusal, and the reading child's peak memory."""
    bombs = _bombs(folder)
    # The costliest refusal: a sheet just under the cell limit, of text, with no headers.
    cell = '<c r="{l}{{n}}" t="inlineStr"><is><t>Fiji Police Force</t></is></c>'
    row = "".join(cell.format(l=chr(65 + i)) for i in range(20))
    rows = "".join(f'<row r="{n}">' + row.format(n=n) + "</row>" for n in range(1, 74_001))
    bombs["1.48 million text cells"] = _xlsx(folder / "text.xlsx", rows, header="")
    run = subprocess.run(
        [sys.executable, "-c", _CHILD, json.dumps({k: str(p) for k, p in bombs.items()})],
        capture_output=True, text=True, check=True, timeout=300,
    )  # fmt: skip
    report = json.loads(run.stdout)
    print("zip bombs (each refused; size on disk, time to refuse):")
    for what, result in report["results"].items():
        size = bombs[what].stat().st_size
        print(f"  {what:<24} {size:>10,} bytes  {result['seconds'] * 1000:7.1f} ms")
    print(f"  peak memory of the child reading all of them: {report['peak'] / 2**20:.0f} MB")


if __name__ == "__main__":
    main()
