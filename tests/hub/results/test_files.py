"""`bluepacific-hub targets export|import|show` with real XLSX files (openpyxl's and, for one
import, LibreOffice's): the dry run lists every problem of every row and writes nothing, an
import is all or nothing and logged, and a file too big is refused before it is read."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from bluepacific_hub.audit import command_line
from bluepacific_hub.models import AuditEvent, IndicatorTarget, ProjectTarget
from bluepacific_hub.results import files
from bluepacific_hub.results.files import HEADERS, TargetFileError, plan_import
from bluepacific_hub.results.targets import YearValues, set_targets
from bluepacific_wire import utc_now
from tests.hub.figures.pushed import fill_region
from tests.support.hubserver import RunningHub, run_hub_cli


def _book(path: Path, rows: list[tuple[Any, ...]], headers: tuple[str, ...] = HEADERS) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "targets"
    sheet.append(list(headers))
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def _stored(running: RunningHub) -> set[tuple[str, str, int, float | None, float | None]]:
    with running.hub.sessions() as session:
        return {
            (t.indicator, t.country, t.year, t.baseline, t.target)
            for t in session.scalars(select(IndicatorTarget))
        }


def _actions(running: RunningHub) -> list[str]:
    with running.hub.sessions() as session:
        return [e.action for e in session.scalars(select(AuditEvent).order_by(AuditEvent.id))]


def test_export_edit_and_import_back(
    running: RunningHub, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    fill_region(running)
    db = ("--database", running.database_url)
    code, out, err = run_hub_cli(capsys, "targets", "export", str(tmp_path / "t.xlsx"), *db,
                                 "--year", "2025")  # fmt: skip
    assert (code, err) == (0, "")
    book = load_workbook(tmp_path / "t.xlsx")
    assert book.sheetnames == ["targets"]
    rows = list(book["targets"].iter_rows(values_only=True))
    assert rows[0] == HEADERS
    assert len(rows) == 1 + 7 * 12 * 2  # a year's rows, then the life-of-project rows
    assert ("sessions", "Training sessions held", "FJ", 2025, None, None, 3, None) in rows
    assert ("sessions", "Training sessions held", "FJ", "project", None, None, None, None) in rows
    # Set Fiji's sessions in the exported file, as someone would in a spreadsheet.
    sheet = book["targets"]
    for row in sheet.iter_rows(min_row=2):
        if (row[0].value, row[2].value, row[3].value) == ("sessions", "FJ", 2025):
            row[4].value, row[5].value = 1, 6
        if (row[0].value, row[2].value, row[3].value) == ("sessions", "FJ", "project"):
            row[5].value = 20
    book.save(tmp_path / "t.xlsx")

    code, out, err = run_hub_cli(capsys, "targets", "import", str(tmp_path / "t.xlsx"), *db)
    assert (code, err) == (0, "")
    assert "168 rows, all good" in out and "give --commit" in out
    assert _stored(running) == set()  # a dry run writes nothing
    code, out, err = run_hub_cli(
        capsys, "targets", "import", str(tmp_path / "t.xlsx"), *db, "--commit"
    )
    assert (code, err) == (0, "")
    assert _stored(running) == {("sessions", "FJ", 2025, 1, 6)}
    with running.hub.sessions() as session:
        assert [(p.indicator, p.country, p.target) for p in session.scalars(
            select(ProjectTarget))] == [("sessions", "FJ", 20)]  # fmt: skip
        (imported,) = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "targets_imported")
        )
        assert imported.subject == "t.xlsx"
        assert imported.details["via"] == "cli"
    assert _actions(running)[-2:] == ["figures_exported", "targets_imported"]

    code, out, err = run_hub_cli(
        capsys, "targets", "show", *db, "--year", "2025", "--country", "fj"
    )
    assert code == 0
    lines = [line.split("\t") for line in out.splitlines()]
    assert lines[0] == list(HEADERS)
    assert ["sessions", "Training sessions held", "FJ", "2025", "1", "6", "3", "50.0"] in lines
    code, out, err = run_hub_cli(capsys, "targets", "show", *db, "--year", "2025")
    assert ["sessions", "Training sessions held", "REGION", "2025", "", "", "4", ""] in [
        line.split("\t") for line in out.splitlines()
    ]


def test_the_dry_run_lists_every_problem_of_every_row(
    running: RunningHub, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = _book(
        tmp_path / "bad.xlsx",
        [
            ("arrests", "", "FJ", 2025, None, 5, None, None),  # line 2
            ("sessions", "", "XX", 2025, None, 5, None, None),
            ("sessions", "", "FJ", 2025, "lots", "=1+1", None, None),  # a formula: not a value
            ("sessions", "", "TO", "next year", None, 5, None, None),
            ("hits", "", "TO", 2025, -2, 5, None, None),
            ("hits", "", "TO", 2025, 1, 5, None, None),  # the same as line 6
            ("searches", "", "REGION", 2025, None, 80, None, None),
            ("searches", "", "region", 2026, None, 30, None, None),
            ("searches", "", "REGION", "project", 3, 100, None, None),
            ("engagements", "", "WS", 2025, None, 8, None, None),
            ("engagements", "", "WS", "Project", None, 7.5, None, None),
        ],
    )
    code, _out, err = run_hub_cli(
        capsys, "targets", "import", str(path), "--database", running.database_url, "--commit"
    )
    assert code == 1
    lines = err.splitlines()
    assert lines[0] == "bluepacific-hub: bad.xlsx: 9 problems, nothing was imported:"
    assert lines[1].startswith("  line 2: unknown indicator 'arrests': give one of ")
    assert lines[2].startswith("  line 3: unknown country 'XX': give one of FJ, ")
    assert lines[3:] == [
        "  line 4: the baseline 'lots' is not a number",
        "  line 4: the target is a formula (=1+1): give its value as a number",
        "  line 5: the year 'next year' is not a year: give one such as 2025, or 'project'",
        "  line 6: the baseline -2 is negative: give 0 or more",
        "  line 7: the same indicator, country and year as line 6",
        "  line 10: a life-of-project row has a target only: leave its baseline empty",
        "  Cooperation engagements (engagements), WS: the yearly targets add up to 8 "
        "(2025: 8), more than the life-of-project target of 7.5",
    ]
    assert _stored(running) == set()
    assert _actions(running) == []


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_file_saved_by_libreoffice_imports(
    running: RunningHub, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "targets.csv").write_text(
        "indicator,name,country,year,baseline,target,actual,achieved_percent\n"
        "trained_female,Women trained,FJ,2025,10,40,,\n"
        "trained_female,Women trained,FJ,2026,,45.5,,\n"
        "trained_female,Women trained,FJ,project,,100,,\n"
        "hits,Database hits,REGION,2025,0,12,,\n",
        encoding="utf-8",
    )
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path / 'lo'}", "--headless",
         "--convert-to", "xlsx", "--outdir", str(tmp_path / "lo-out"),
         str(tmp_path / "targets.csv")],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    saved = tmp_path / "lo-out" / "targets.xlsx"
    # LibreOffice names the sheet after the file and keeps the numbers numbers.
    assert load_workbook(saved, read_only=True).sheetnames == ["targets"]
    code, out, err = run_hub_cli(
        capsys, "targets", "import", str(saved), "--database", running.database_url, "--commit"
    )
    assert (code, err) == (0, ""), err
    assert "set 3 yearly and 1 life-of-project targets" in out
    assert _stored(running) == {
        ("trained_female", "FJ", 2025, 10, 40),
        ("trained_female", "FJ", 2026, None, 45.5),
        ("hits", "REGION", 2025, 0, 12),
    }


def test_a_file_too_big_or_not_a_workbook_is_refused_before_it_is_read(
    running: RunningHub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "big.xlsx"
    big.write_bytes(b"PK\x03\x04" + b"\0" * files.MAX_FILE_BYTES)
    text = tmp_path / "text.xlsx"
    text.write_text("indicator,country\n", encoding="utf-8")
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"<" * (files.MAX_UNPACKED_BYTES + 1))
    long = _book(tmp_path / "long.xlsx", [("sessions", "", "FJ", 2025, 1, 2, None, None)] * 30)
    monkeypatch.setattr(files, "MAX_ROWS", 20)
    with running.hub.sessions() as session:
        for path, words in (
            (big, "more than the 2,097,152 a targets file may be"),
            (text, "is not an XLSX file"),
            (bomb, "more than 20,971,520"),
            (long, "has more than 20 rows"),
        ):
            with pytest.raises(TargetFileError, match=words):
                plan_import(session, path)
        with pytest.raises(TargetFileError, match="the columns year, baseline are missing"):
            plan_import(session, _book(tmp_path / "h.xlsx", [], ("indicator", "country", "target")))


def test_export_defaults_and_a_country_outside_the_project(
    running: RunningHub, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = ("--database", running.database_url)
    this_year = utc_now().year
    code, out, _ = run_hub_cli(capsys, "targets", "export", str(tmp_path / "a.xlsx"), *db)
    assert code == 0 and f"wrote the targets of {this_year} " in out  # no target yet
    with running.hub.sessions() as session, session.begin():
        yearly = {
            ("hits", "FJ", 2024): YearValues(None, 3),
            ("hits", "TO", 2026): YearValues(1, None),
        }
        set_targets(session, yearly, {}, by=command_line())
    code, out, _ = run_hub_cli(capsys, "targets", "export", str(tmp_path / "b.xlsx"), *db)
    assert code == 0 and "wrote the targets of 2024, 2026 " in out  # the years with targets
    years = {r[3] for r in load_workbook(tmp_path / "b.xlsx")["targets"].iter_rows(
        min_row=2, values_only=True)}  # fmt: skip
    assert years == {2024, 2026, "project"}
    code, _, err = run_hub_cli(capsys, "targets", "show", *db, "--country", "XX")
    assert code == 1 and "'XX' is not one of the project's countries" in err
