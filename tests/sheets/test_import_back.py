"""A sign-in sheet printed, filled in as XLSX by the test (openpyxl, as Excel would) or typed
from the paper as CSV, and imported back: it lands on its session by its code, the pre-filled
rows fill their attendances by row id, the walk-ins are created through the usual matching;
a sheet of an unknown code, or of another session than the one chosen, is refused naming it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl  # type: ignore[import-untyped]
import pytest
from sqlalchemy import select

from bluepacific_desktop.cli.main import main
from bluepacific_desktop.domain.sheet_codes import printed_session_code, row_id, session_code
from bluepacific_desktop.io.importing import FileRefused, ImportKind, run_import
from bluepacific_desktop.store.models import Attendance, Person
from tests.reports.conftest import Built
from tests.sheets.conftest import HOLDER, REGISTERED


def _template(b: Built, capsys: pytest.CaptureFixture[str], path: Path, *extra: str) -> None:
    code = main(
        ["--data-dir", str(b.store.path.parent), "--lang", "en", "sheets", "print",
         b.ids["session"], "--xlsx", str(path), *extra]
    )  # fmt: skip
    assert code == 0, capsys.readouterr()


def _fill(path: Path, scores: dict[str, tuple[Any, Any]], walk_ins: list[list[Any]]) -> Path:
    """Type scores beside the registered names and add walk-ins below, as a trainer would."""
    book = openpyxl.load_workbook(path)
    sheet = book.active
    header = [c.value for c in sheet[5]]
    name_col, pre_col = header.index("Name") + 1, header.index("Pre-test") + 1
    last = 5
    for row in range(6, sheet.max_row + 1):
        name = sheet.cell(row, name_col).value
        if name in scores:
            pre, post = scores[name]
            sheet.cell(row, pre_col).value = pre
            sheet.cell(row, pre_col + 1).value = post
            sheet.cell(row, header.index("Signature") + 1).value = "signed"
        last = max(last, row)
    for offset, cells in enumerate(walk_ins, start=1):
        for col, value in enumerate(cells, start=1):
            sheet.cell(last + offset, col).value = value
    out = path.with_name(f"filled-{path.name}")
    book.save(out)
    return out


def _attendances(b: Built) -> dict[str, tuple[float | None, float | None]]:
    with b.store.read() as s:
        rows = s.execute(
            select(Person.full_name, Attendance.pre_score, Attendance.post_score)
            .join(Person, Person.id == Attendance.person_id)
            .where(Attendance.session_id == b.ids["session"], Attendance.deleted.is_(False))
        ).all()
    return {name: (pre, post) for name, pre, post in rows}


def test_a_filled_template_comes_back_onto_its_session(
    planned: Built, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    template = tmp_path / "sheet.xlsx"
    _template(planned, capsys, template)
    filled = _fill(
        template,
        {HOLDER: (45, 80), "Trainee 03 Vakaʻuta": ("50 %", 75.5)},
        [["", "Mele ʻAkauʻola", "F", "Tonga Police", "Constable", "signed", 30, 70]],
    )
    dry = run_import(planned.store, ImportKind.ATTENDANCE, filled)
    assert dry.ok, dry.to_json()
    assert dry.sheet_code == printed_session_code(session_code(planned.ids["session"]))
    assert dry.counts()["attendances_filled"] == 2
    assert dry.counts()["attendances"] == 1 and dry.counts()["people"] == 1
    assert dry.counts()["sessions"] == 0
    assert dry.notes[0].code == "sign_in_sheet"
    assert "Signature" not in dry.ignored_columns
    assert _attendances(planned)[HOLDER] == (None, None)  # a dry run writes nothing

    done = run_import(planned.store, ImportKind.ATTENDANCE, filled, commit=True)
    assert done.committed, done.to_json()
    after = _attendances(planned)
    assert len(after) == REGISTERED + 1
    assert after[HOLDER] == (45, 80)
    assert after["Trainee 03 Vakaʻuta"] == (50, 75.5)
    assert after["Trainee 04 Vakaʻuta"] == (None, None)  # blank scores change nothing
    assert after["Mele ʻAkauʻola"] == (30, 70)
    # Importing it again: the walk-in is now on the list, refused as such; nothing written.
    again = run_import(planned.store, ImportKind.ATTENDANCE, filled, commit=True)
    assert not again.committed and [r.problems[0].code for r in again.refused] == [
        "already_attending"
    ]


def test_a_csv_typed_from_the_paper_in_french(
    planned: Built, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code = printed_session_code(session_code(planned.ids["session"]))
    holder = row_id(planned.ids["a_holder"])
    csv = tmp_path / "typed.csv"
    csv.write_text(
        f"Code de session;{code.lower()}\n"
        "N° de ligne;Nom;Sexe;Agence;Grade;Signature;Pré-test;Post-test\n"
        f"{holder};{HOLDER};F;Fiji Police;Sergeant;x;40;90\n"
        ";Tevita Fifita;H;Tonga Police;;x;;\n",
        encoding="utf-8",
    )
    done = run_import(planned.store, ImportKind.ATTENDANCE, csv, commit=True)
    assert done.committed, done.to_json()
    after = _attendances(planned)
    assert after[HOLDER] == (40, 90) and "Tevita Fifita" in after


def test_unknown_row_ids_and_repeats_are_refused_by_line(planned: Built, tmp_path: Path) -> None:
    code = printed_session_code(session_code(planned.ids["session"]))
    holder = row_id(planned.ids["a_holder"])
    csv = tmp_path / "typed.csv"
    csv.write_text(
        f"Row id,Name,Pre-test,Post-test,Session code\n"
        f"{holder},{HOLDER},40,90,{code}\n"
        f"ZZZZZ,Someone,40,90,{code}\n"
        f"{holder},{HOLDER},41,91,{code}\n",
        encoding="utf-8",
    )
    plan = run_import(planned.store, ImportKind.ATTENDANCE, csv, commit=True)
    assert not plan.committed
    assert [(r.line, r.problems[0].code) for r in plan.refused] == [
        (3, "unknown_row_id"),
        (4, "row_id_twice"),
    ]
    assert _attendances(planned)[HOLDER] == (None, None)


def test_a_sheet_of_an_unknown_or_another_sessions_code_is_refused_naming_it(
    planned: Built, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    template = tmp_path / "sheet.xlsx"
    _template(planned, capsys, template)
    # Onto another session than its own: refused, naming the sheet's code.
    code = printed_session_code(session_code(planned.ids["session"]))
    with pytest.raises(FileRefused) as refused:
        run_import(planned.store, ImportKind.ATTENDANCE, template, session_id=planned.ids["other"])
    assert refused.value.key == "other_session_code" and code in str(refused.value)
    # A code no session here has (a sheet printed elsewhere), through the command line.
    stranger = "0b1e2c3d-0000-4000-8000-00000000abcd"
    unknown = printed_session_code(session_code(stranger))
    csv = tmp_path / "elsewhere.csv"
    csv.write_text(f"Session code,{unknown}\nName,Pre-test\n{HOLDER},40\n", encoding="utf-8")
    capsys.readouterr()
    status = main(
        ["--data-dir", str(planned.store.path.parent), "--lang", "en", "import",
         "attendance", str(csv), "--commit"]
    )  # fmt: skip
    said = capsys.readouterr()
    assert status != 0
    assert f"No training session on this computer has the code {unknown}" in said.out + said.err
    # A code mistyped (its check fails): refused, quoting what was typed.
    typo = code[:-1] + ("1" if code[-1] != "1" else "2")
    csv.write_text(f"Session code,{typo}\nName,Pre-test\n{HOLDER},40\n", encoding="utf-8")
    with pytest.raises(FileRefused) as bad:
        run_import(planned.store, ImportKind.ATTENDANCE, csv)
    assert bad.value.key == "bad_session_code" and typo in str(bad.value)
    assert _attendances(planned)[HOLDER] == (None, None)
