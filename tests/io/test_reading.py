"""Reading messy files: BOM, semicolons, tabs, Windows-1252, blank lines, and non-tables."""

from __future__ import annotations

import codecs
from datetime import date
from pathlib import Path

import pytest

from bluepacific_desktop.cli.import_words import plan_lines
from bluepacific_desktop.io.importing import FileRefused
from bluepacific_desktop.io.importing.headers import columns_of
from bluepacific_desktop.io.importing.tables import read_tables
from bluepacific_desktop.store.store import Store
from tests.io.conftest import HEADER, dry, session_row, write


def test_utf8_bom_and_semicolons(store: Store, sheets: Path) -> None:
    path = sheets / "bom.csv"
    text = ";".join(HEADER) + "\n" + ";".join(session_row("Sīna Faʻamausili")) + "\n"
    path.write_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    plan = dry(store, "attendance", path)
    assert plan.ok, plan_lines(plan)
    assert plan.people[0][1]["full_name"] == "Sīna Faʻamausili"  # no BOM glued to “Name”


def test_windows_1252_accents(store: Store, sheets: Path) -> None:
    path = write(
        sheets,
        "cp1252.csv",
        [HEADER, session_row("Sévérine Kalsakau"), session_row("Hélène Tabi")],
        delimiter=";",
        encoding="cp1252",
    )
    assert "é".encode("cp1252") in path.read_bytes()  # really not UTF-8
    plan = dry(store, "attendance", path)
    assert [f["full_name"] for _, f in plan.people] == ["Sévérine Kalsakau", "Hélène Tabi"]


def test_tabs_blank_lines_and_a_title_line_keep_spreadsheet_line_numbers(
    store: Store, sheets: Path
) -> None:
    rows = [
        ["Attendance — Human rights course"],
        [],
        HEADER,
        session_row("Litia Rokodi"),
        [],
        [""] * len(HEADER),
        session_row("Jone Waqa", sex="Q"),
    ]
    path = write(sheets, "tabs.csv", rows, delimiter="\t")
    plan = dry(store, "attendance", path)
    assert plan.header_line == 3
    assert plan.rows_read == 2
    assert [r.line for r in plan.refused] == [7]
    assert plan.refused[0].problems[0].column == "Sex"


def test_excel_utf16_unicode_text_export(sheets: Path) -> None:
    path = sheets / "unicode.txt"
    path.write_bytes(("Name\tSex\nTevita Fifita\tM\n").encode("utf-16"))
    (table,) = read_tables(path)
    assert table.rows == [(1, ["Name", "Sex"]), (2, ["Tevita Fifita", "M"])]


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"", "is empty"),
        (b"\n\n  \r\n", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "PNG picture"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF document"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64), ".xls"),
        (b"\x00\x01\x02garbage\x00\xff", "binary data"),
        (b"Dear colleagues,\nplease find the list attached.\nRegards\n", "not an attendance"),
        (b"PK\x03\x04not really a zip", "not an Excel .xlsx"),
    ],
)
def test_files_that_are_not_tables_are_refused(
    store: Store, sheets: Path, content: bytes, says: str
) -> None:
    path = sheets / "sheet.csv"
    path.write_bytes(content)
    with pytest.raises(FileRefused, match=says):
        dry(store, "attendance", path)


def test_missing_required_column_is_named(store: Store, sheets: Path) -> None:
    path = write(sheets, "nocourse.csv", [["Nom", "Sexe"], ["Ana Vake", "F"]])
    with pytest.raises(FileRefused, match="no column for: Course / Cours / Formation"):
        dry(store, "attendance", path)


def test_xlsx_named_csv_and_split_french_names(store: Store, sheets: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Prénom", "Nom", "Sexe", "Agence", "Cours", "Date de début"])
    sheet.append(["Hélène", "Tabi", "F", "Vanuatu Police", "HR_POLICING", "03/03/2025"])
    sheet.append(["Jean", "Kalo", "Q", "Vanuatu Police", "HR_POLICING", "03/03/2025"])
    path = sheets / "saved-as.csv"  # an .xlsx with the wrong name: read by its content
    book.save(path)
    plan = dry(store, "attendance", path)
    assert plan.people[0][1]["full_name"] == "Hélène Tabi"
    assert [p.column for p in plan.refused[0].problems] == ["Sexe"]


def test_names_whose_letters_were_lost_are_noted_not_refused(store: Store, sheets: Path) -> None:
    # Saved as Windows-1252, which has no ʻokina: Excel wrote “?” in its place.
    rows = [HEADER, session_row("Sione Tuʻipulotu"), session_row("ʻAna Fifita")]
    rows.append(session_row("Mere Tuilagi"))
    path = sheets / "lost.csv"
    path.write_bytes(
        "\r\n".join(",".join(r) for r in rows).encode("cp1252", errors="replace") + b"\r\n"
    )
    plan = dry(store, "attendance", path)
    assert plan.ok  # a warning, not a refusal
    assert [f["full_name"] for _, f in plan.people][:2] == ["Sione Tu?ipulotu", "?Ana Fifita"]
    notes = [n.message for n in plan.notes]
    assert [n.split(":")[0] for n in notes] == ["Line 2", "Line 3"]
    assert "Sione Tu?ipulotu" in notes[0] and "?Ana Fifita" in notes[1]
    assert notes[0] in "\n".join(plan_lines(plan))
    assert plan.to_json()["notes"] == notes


def test_a_replacement_character_is_noted(store: Store, sheets: Path) -> None:
    path = write(sheets, "fffd.csv", [HEADER, session_row("Sione Tu\ufffdipulotu")])
    plan = dry(store, "attendance", path)
    assert plan.ok
    (note,) = [n.message for n in plan.notes]
    assert "Line 2" in note and "\ufffd" in note


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_byte_order_mark_is_read(sheets: Path, encoding: str) -> None:
    path = sheets / "unmarked.csv"
    path.write_bytes("Name\tSex\r\nʻAna Fifita\tF\r\nSāmoa Lealaiauloto\tF\r\n".encode(encoding))
    (table,) = read_tables(path)
    assert table.rows == [
        (1, ["Name", "Sex"]),
        (2, ["ʻAna Fifita", "F"]),
        (3, ["Sāmoa Lealaiauloto", "F"]),
    ]


def test_a_single_date_column_is_a_one_day_session(store: Store, sheets: Path) -> None:
    rows = [["Name", "Sex", "Agency", "Course", "Date"]]
    rows += [[n, "F", "Fiji Police", "HR_POLICING", "03/03/2025"] for n in ("Litia", "Mere")]
    plan = dry(store, "attendance", write(sheets, "oneday.csv", rows))
    assert plan.ok, plan_lines(plan)
    (session,) = [f for _, f in plan.sessions]
    assert session["start_date"] == session["end_date"] == date(2025, 3, 3)


def test_a_picker_reads_cells_as_get_does() -> None:
    # Columns.picker is get() over several columns with the positions looked up once (the
    # import's hot loop): both must agree on missing columns, short rows and empty cells.
    cols = columns_of(["Nom complet", "Agence", "Sexe", "Pré-test"])
    names = ("name", "sex", "email", "pre_test", "agency")
    pick = cols.picker(names)
    for cells in (["Mere", "Police", "F", 40], ["Mere", "", "F"], ["Sione"], [], ["", 0, None, ""]):
        assert pick(cells) == tuple(cols.get(cells, c) for c in names), cells
    assert pick(["Mere", "", "F"]) == ("Mere", "F", None, None, None)
