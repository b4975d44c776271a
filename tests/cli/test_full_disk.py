"""A data folder on a full disk or a read-only one: said as what it is (never "damaged"), and
the records can still be read, exported and reported."""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from bluepacific_desktop.cli.main import main
from tests.support.disks import fill, make_read_only, small_disk


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def on_small_disk(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Iterator[Path]:
    with small_disk(tmp_path / "disk", size_kib=8192) as disk:
        data = disk / "data"
        assert _cli(capsys, "--data-dir", str(data), "init", "--country", "FJ")[0] == 0
        assert _cli(capsys, "--data-dir", str(data), "demo-data")[0] == 0
        logging.shutdown()
        yield data


@pytest.mark.parametrize("trouble", ["full", "read-only"])
def test_reading_works_and_writing_says_why(
    on_small_disk: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], trouble: str
) -> None:
    data = on_small_disk
    if trouble == "full":
        fill(data.parent)
        said_why = "The disk is full"
    else:
        make_read_only(data.parent)
        said_why = "The data folder cannot be written: check its permissions"
    out = tmp_path / "people.csv"

    status = _cli(capsys, "--data-dir", str(data), "status")
    export = _cli(capsys, "--data-dir", str(data), "export", "person", "--format", "csv",
                  "--output", str(out))  # fmt: skip
    report = _cli(capsys, "--data-dir", str(data), "report", "contacts", "--csv",
                  str(tmp_path / "c.csv"))  # fmt: skip
    write = _cli(capsys, "--data-dir", str(data), "demo-data")

    assert status[0] == 0, status
    assert export[0] == 0 and "Wrote 200 person records" in export[1], export
    assert report[0] == 0, report
    assert write[0] == 1
    assert said_why in write[2], write
    everything = " ".join(text for result in (status, export, report, write) for text in result[1:])
    assert "damaged" not in everything
    assert "Traceback" not in everything
    # A log that cannot be written costs at most one line per command.
    assert all(part.count("\n") <= 1 for part in (status[2], export[2], report[2]))


def test_a_nearly_full_disk_fails_each_write_in_one_line_and_leaves_nothing(
    on_small_disk: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Seen: exit 70 "unexpected error (OperationalError)" for import --commit, demo-data and
    db backup when the disk filled up during the write, and .part files eating the last space."""
    data = on_small_disk
    sheet = tmp_path / "sheet.csv"  # on another disk: only the store's disk is short
    rows = (f"Person {n:05d},F,Fiji Police,HR_POLICING,03/03/2025\n" for n in range(5000))
    sheet.write_text("Name,Sex,Agency,Course,Start date\n" + "".join(rows))
    free = os.statvfs(data.parent)
    with open(data.parent / "filler", "wb") as filler:
        filler.write(b"\0" * (free.f_bavail * free.f_frsize - 900 * 1024))
    people = _cli(capsys, "--data-dir", str(data), "export", "person", "--format", "json",
                  "--output", str(tmp_path / "before.json"))  # fmt: skip
    for args in (["import", "attendance", str(sheet), "--commit"],
                 ["demo-data", "--size", "3000"], ["db", "backup"]):  # fmt: skip
        code, out, err = _cli(capsys, "--data-dir", str(data), *args)
        assert code == 1, (args, out, err)
        # demo-data counts what it made ("person: 3000/3000"); the disk may fill only when the
        # transaction commits (the page cache holds it until then): one line says why.
        said = [line for line in err.splitlines() if not re.fullmatch(r"[a-z ]+: \d+/\d+", line)]
        assert len(said) == 1 and "The disk is full" in said[0], (args, err)
        assert "Traceback" not in out + err and "unexpected" not in err
    left = [p.name for p in data.rglob("*") if p.suffix == ".part" or p.parent.name == "backups"]
    assert left == []  # no .part file nor half a backup
    after = _cli(capsys, "--data-dir", str(data), "export", "person", "--format", "json",
                 "--output", str(tmp_path / "after.json"))  # fmt: skip
    assert people[0] == after[0] == 0
    assert (tmp_path / "before.json").read_bytes() == (tmp_path / "after.json").read_bytes()
