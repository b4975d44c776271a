"""`bluepacific-desktop import`: dry run, --commit, --json, exit codes and stderr."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests.cli.conftest import Run, _isolated, fiji, folder, run  # noqa: F401  (fixtures)
from tests.io.conftest import HEADER, session_row, write


def test_dry_run_commit_and_refusal(fiji: Run, tmp_path: Path) -> None:  # noqa: F811
    good = write(tmp_path, "good.csv", [HEADER, session_row("Ana Vake")])
    result = fiji("import", "attendance", str(good))
    assert result.code == 0, result.err
    assert "Would create: 1 new person, 1 new training session, 1 attendance." in result.out
    assert "dry run" in result.out

    result = fiji("import", "attendance", str(good), "--commit", "--json")
    assert result.code == 0
    report = json.loads(result.out)
    assert report["committed"] is True
    assert report["created"] == {
        "people": 1, "people_reused": 0, "sessions": 1, "sessions_reused": 0, "attendances": 1,
    }  # fmt: skip

    bad = write(tmp_path, "bad.csv", [HEADER, session_row("Jone Waqa", sex="?")])
    result = fiji("import", "attendance", str(bad), "--commit")
    assert result.code == 1
    assert "Line 2: [Sex] Sex “?” is not one of" in result.out
    assert result.err == "bluepacific-desktop: 1 row refused; nothing was written.\n"


def test_file_refused_is_one_line(fiji: Run, tmp_path: Path) -> None:  # noqa: F811
    picture = tmp_path / "photo.csv"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    result = fiji("import", "contacts", str(picture))
    assert result.code == 1 and result.out == ""
    assert result.err == "bluepacific-desktop: photo.csv is not a table: it is a PNG picture.\n"
    missing = fiji("import", "contacts", str(tmp_path / "nope.csv"))
    assert missing.code == 1 and "nope.csv" in missing.err


def test_course_settled_with_course_option(fiji: Run, tmp_path: Path) -> None:  # noqa: F811
    rows = [
        HEADER,
        session_row("Ana Vake", course="Gender"),
        session_row("Jone Waqa", "M", course="Gender"),
    ]
    sheet = write(tmp_path, "gender.csv", rows)
    asked = fiji("import", "attendance", str(sheet), "--commit")
    assert asked.code == 1
    assert (
        "Course “Gender” (2 rows from line 2) is not a course name: it may be GENDER_MAINSTREAMING"
        in asked.out
    )
    assert "--course CODE" in asked.err and "nothing was written" in asked.err
    done = fiji("import", "attendance", str(sheet), "--commit", "--course", "GENDER_MAINSTREAMING")
    assert done.code == 0, done.out + done.err
    assert "Created: 2 new people, 1 new training session, 2 attendances." in done.out
    wrong = fiji("import", "attendance", str(sheet), "--course", "COOKING")
    assert wrong.code == 1 and "No course with code COOKING" in wrong.err


def test_progress_on_stderr_only_for_a_terminal(
    fiji: Run,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rows = [HEADER] + [session_row(f"Person {n:03d}") for n in range(120)]
    sheet = write(tmp_path, "long.csv", rows)
    quiet = fiji("import", "attendance", str(sheet))
    assert quiet.code == 0 and "Checking rows" not in quiet.err
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    shown = fiji("import", "attendance", str(sheet))
    assert shown.code == 0
    assert "\rChecking rows: 120 of 120 (100 %)\n" in shown.err
    assert shown.err.count("\r") > 10
