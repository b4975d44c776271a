"""A full disk or a read-only folder never costs a good file, and is said in words."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bluepacific_desktop.cli.main import main
from tests.reports.conftest import Built
from tests.reports.pdf import needs_poppler, pages
from tests.support.disks import fill, make_read_only, small_disk


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    with small_disk(tmp_path / "disk", size_kib=4096) as folder:
        yield folder


def _cli(scenario: Built, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--data-dir", str(scenario.store.path.parent), *args])
    out = capsys.readouterr()
    return code, (out.out + out.err).strip()


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "filler")


@needs_poppler
def test_a_report_on_a_full_disk_keeps_the_old_pdf(
    scenario: Built, capsys: pytest.CaptureFixture[str], disk: Path
) -> None:
    out = disk / "c.pdf"
    code, said = _cli(scenario, capsys, "report", "contacts", "--pdf", str(out))
    assert code == 0, said
    good = out.read_bytes()
    assert pages(out) >= 1
    fill(disk)

    code, said = _cli(scenario, capsys, "report", "contacts", "--pdf", str(out))

    assert code == 1
    assert "The disk is full" in said and "Nothing was replaced" in said, said
    assert "Wrote" not in said
    assert out.read_bytes() == good
    assert _leftovers(disk) == ["c.pdf"]


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_an_export_on_a_full_disk_keeps_the_old_file(
    scenario: Built, capsys: pytest.CaptureFixture[str], disk: Path, fmt: str
) -> None:
    out = disk / f"people.{fmt}"
    args = ["export", "person", "--format", fmt, "--output", str(out)]
    assert _cli(scenario, capsys, *args)[0] == 0
    good = out.read_bytes()
    fill(disk)

    code, said = _cli(scenario, capsys, *args)

    assert code == 1
    assert "The disk is full" in said and "None" not in said, said
    assert out.read_bytes() == good
    assert _leftovers(disk) == [out.name]


def test_a_read_only_folder_is_said_as_such(
    scenario: Built, capsys: pytest.CaptureFixture[str], disk: Path
) -> None:
    out = disk / "people.csv"
    args = ["export", "person", "--format", "csv", "--output", str(out)]
    assert _cli(scenario, capsys, *args)[0] == 0
    good = out.read_bytes()
    make_read_only(disk)

    code, said = _cli(scenario, capsys, *args)

    assert code == 1
    assert "This folder cannot be written: check its permissions" in said, said
    assert "damaged" not in said
    assert out.read_bytes() == good


def test_a_backup_on_a_full_disk_leaves_no_partial_file(
    scenario: Built, capsys: pytest.CaptureFixture[str], disk: Path
) -> None:
    out = disk / "b.sqlite3"
    fill(disk)

    code, said = _cli(scenario, capsys, "db", "backup", "--output", str(out))

    assert code == 1
    assert "The disk is full" in said, said
    assert _leftovers(disk) == []
