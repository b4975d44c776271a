"""The core's problems speak French when French is chosen: a refused row's problems, why a
match is doubtful and the notes on the sheet are worded by their codes (i18n/problem_words.py,
i18n/import_words.py), and so are a set-aside change's kind and a hub user's role, with none of
the core's English (issue 12, "French everywhere")."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from bluepacific_desktop.domain.enums import OutboxState, RecordKind
from bluepacific_desktop.i18n import catalogue
from bluepacific_desktop.i18n.roles import who_words
from bluepacific_desktop.store.models import OutboxEntry
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store
from tests.cli.conftest import Run
from tests.io.conftest import HEADER, session_row, write

NBSP = "\u00a0"  # French puts a no-break space before a colon


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    yield
    catalogue.load("en")  # what the next test's commands start from


def _sheet(folder: Path, tmp_path: Path) -> Path:
    """Mere Tuilagi is on file with Fiji Police; the sheet names her with Tonga Police, has a
    pre-test that is no number, a date that does not exist, a name with a lost letter, and
    Mere Tuilagi again with Samoa Police (near the new person of line 2 too)."""
    with Store.open(folder) as store, store.write() as session:
        person = {"full_name": "Mere Tuilagi", "sex": "female", "agency": "Fiji Police"}
        RecordService(session).create(RecordKind.PERSON, person)
    rows = [
        HEADER,
        session_row("Mere Tuilagi", agency="Tonga Police"),
        session_row("Ana Vake", pre="lots"),
        session_row("Jone Waqa", start="31/02/2025"),
        session_row("Sione Tu?ipulotu"),
        session_row("Mere Tuilagi", agency="Samoa Police"),
    ]
    return write(tmp_path, "problems.csv", rows)


def test_a_french_dry_run_words_every_problem_in_french(
    fiji: Run, folder: Path, tmp_path: Path
) -> None:
    sheet = _sheet(folder, tmp_path)
    result = fiji("--lang", "fr", "import", "attendance", str(sheet))
    out = result.out
    assert result.code == 1, out
    assert f"Ligne 3{NBSP}: [Pre-test] Ce n'est pas un nombre" in out
    assert f"Ligne 4{NBSP}: [Start date] Ce n'est pas une date réelle{NBSP}:" in out
    assert f"même nom, autre organisme («{NBSP}Fiji Police{NBSP}»)" in out
    assert f"Ligne 5{NBSP}: le nom «{NBSP}Sione Tu?ipulotu{NBSP}» contient «{NBSP}?{NBSP}»" in out
    assert "Mere Tuilagi (Tonga Police), nouvelle personne de la ligne 2 — même nom" in out
    for english in (
        "new from line",
        "not a number",
        "is not a date",
        "not a real date",
        "same name",
        "other agency",
        "where a letter was",
        "Check the name",
    ):
        assert english not in out


def test_the_english_dry_run_keeps_the_core_s_sentences(
    fiji: Run, folder: Path, tmp_path: Path
) -> None:
    out = fiji("import", "attendance", str(_sheet(folder, tmp_path))).out
    assert "same name, other agency (“Fiji Police”)" in out
    assert "Line 5: the name “Sione Tu?ipulotu” has “?” where a letter" in out
    assert "Mere Tuilagi (Tonga Police), new from line 2 — same name, other agency" in out
    assert "Ligne" not in out and "même nom" not in out


def test_status_names_a_set_aside_change_s_kind_in_french(fiji: Run, folder: Path) -> None:
    with Store.open(folder) as store, store.write() as session:
        data = {"course_code": "HR_POLICING", "mode": "online"}
        data |= {"start_date": "2025-05-01", "end_date": "2025-05-02"}
        RecordService(session).create(RecordKind.TRAINING_SESSION, data)
        for entry in session.scalars(select(OutboxEntry)):
            entry.state = OutboxState.SET_ASIDE.value
            entry.set_aside_reason = "refused"
    result = fiji("--lang", "fr", "status")
    out = result.out
    assert result.code == 0, out
    (line,) = [x for x in out.splitlines() if "mise de côté" in x]
    assert "session de formation" in line and "training" not in line


def test_a_hub_user_s_role_is_in_words() -> None:
    catalogue.load("fr")
    assert who_words("mere", "national_approver") == "mere (approbateur national)"
    assert who_words("sione", "regional_admin") == "sione (administrateur régional)"
    catalogue.load("en")
    assert who_words("mere", "focal_point") == "mere (focal point)"
    assert who_words("old", "") == "old"


def test_a_refusal_of_the_core_is_worded_in_french(run: Run) -> None:
    result = run("--lang", "fr", "init", "--country", "ZZ")
    assert result.code == 1
    assert "Choisissez l'un des pays du Blue Pacific." in result.err
    assert "is not one of the Blue Pacific countries" not in result.err
