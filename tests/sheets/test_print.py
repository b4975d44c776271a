"""Sign-in sheets printed: the PDF read back with pdftotext (the session code on every page,
the attendees' names as written, their row ids), and the XLSX template read by calamine, the
reader the import uses."""

from __future__ import annotations

from pathlib import Path

import pytest
import python_calamine

from bluepacific_desktop.cli.main import main
from bluepacific_desktop.domain.sheet_codes import (
    printed_session_code,
    read_row_id,
    read_session_code,
    row_id,
    session_code,
)
from tests.reports.conftest import Built
from tests.reports.pdf import info, needs_poppler, pages, text_of
from tests.sheets.conftest import HOLDER, REGISTERED


def _cli(b: Built, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--data-dir", str(b.store.path.parent), "--lang", "en", *args])
    out = capsys.readouterr()
    return code, (out.out + out.err).strip()


def _page_texts(pdf: Path) -> list[str]:
    return text_of(pdf).split("\f")[: pages(pdf)]


def test_session_codes_read_back_and_catch_a_typo(planned: Built) -> None:
    code = session_code(planned.ids["session"])
    assert len(code) == 8 and code == session_code(planned.ids["session"])
    assert code != session_code(planned.ids["other"])
    printed = printed_session_code(code)
    assert read_session_code(printed.lower()) == code
    # One character changed, or two swapped: not a code.
    wrong = ("1" if code[2] != "1" else "2").join((code[:2], code[3:]))
    assert read_session_code(wrong) is None
    if code[0] != code[1]:
        assert read_session_code(code[1] + code[0] + code[2:]) is None
    assert read_row_id(row_id(planned.ids["a_holder"]).lower()) == row_id(planned.ids["a_holder"])


@needs_poppler
def test_the_pdf_has_the_code_on_every_page_and_every_attendee_with_a_row_id(
    planned: Built, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "sheet.pdf"
    code, said = _cli(planned, capsys, "sheets", "print", planned.ids["session"], "--pdf", str(out))
    assert code == 0, said
    printed = printed_session_code(session_code(planned.ids["session"]))
    assert f"Session code {printed}" in said
    assert info(out)["Page size"].startswith("842 x 595")  # A4 landscape, in points
    texts = _page_texts(out)
    assert len(texts) >= 2  # 22 attendees and 10 blank rows run over pages
    for number, text in enumerate(texts, start=1):
        assert printed in text, f"page {number} has no session code"
        assert "Human rights in policing" in text
        assert f"Page {number} of {len(texts)}" in text
        for header in ("Row id", "Name", "Sex", "Agency", "Rank", "Signature", "Pre-test"):
            assert header in text
    whole = "\n".join(texts)
    assert HOLDER in whole and "Nukuʻalofa" in whole
    assert f"{row_id(planned.ids['a_holder'])} {HOLDER} F Fiji Police Sergeant" in whole
    for i in range(REGISTERED - 1):
        assert f"Trainee {i:02d} Vakaʻuta" in whole


@needs_poppler
def test_a_french_letter_sheet(
    planned: Built, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "feuille.pdf"
    code, said = _cli(
        planned,
        capsys,
        "sheets",
        "print",
        planned.ids["session"],
        "--lang",
        "fr",
        "--paper",
        "letter",
        "--pdf",
        str(out),
    )
    assert code == 0, said
    assert info(out)["Page size"].startswith("792 x 612")  # Letter landscape
    texts = _page_texts(out)
    for text in texts:
        assert "Code de session" in text
        assert "Signature" in text and "Sexe" in text and "Grade" in text
    assert "Feuille d'émargement" in texts[0]
    assert "du 1 sept. 2025 au 3 sept. 2025" in texts[0]


def test_the_xlsx_template_reads_with_calamine(
    planned: Built, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "sheet.xlsx"
    code, said = _cli(
        planned, capsys, "sheets", "print", planned.ids["session"], "--xlsx", str(out)
    )
    assert code == 0, said
    book = python_calamine.CalamineWorkbook.from_path(str(out))
    rows = book.get_sheet_by_index(0).to_python()
    code_text = printed_session_code(session_code(planned.ids["session"]))
    assert rows[0][:2] == ["Session code", code_text]
    header = rows[4]
    assert header[:8] == [
        "Row id", "Name", "Sex", "Agency", "Rank", "Signature", "Pre-test", "Post-test"
    ]  # fmt: skip
    attendees = {r[1]: r for r in rows[5:] if r[1]}
    assert len(attendees) == REGISTERED
    assert attendees[HOLDER][:5] == [
        row_id(planned.ids["a_holder"]), HOLDER, "F", "Fiji Police", "Sergeant"
    ]  # fmt: skip


def test_an_unknown_session_and_no_target_are_refused(
    planned: Built, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, said = _cli(planned, capsys, "sheets", "print", planned.ids["session"])
    assert code != 0 and "--pdf or --xlsx" in said
    out = tmp_path / "x.xlsx"
    code, said = _cli(
        planned,
        capsys,
        "sheets",
        "print",
        "00000000-0000-4000-8000-000000000000",
        "--xlsx",
        str(out),
    )
    assert code != 0 and not out.exists()
