"""The attendance sheet's optional Status column: English and French words, a blank cell is
present, an unknown word refuses its row (with its line and column)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from bluepacific_desktop.store.models import Attendance, Person
from bluepacific_desktop.store.store import Store
from tests.io.conftest import HEADER, commit, dry, session_row, write


def test_status_words_in_english_and_french_are_stored(store: Store, sheets: Path) -> None:
    rows = [
        [*HEADER, "Statut de présence"],
        [*session_row("Ana Vake"), "Présente"],
        [*session_row("Litia Rokodi"), "en retard"],
        [*session_row("Mere Tui"), "Excusée"],
        [*session_row("Sione Lata", sex="M"), "ABSENT"],
        [*session_row("Tevita Ula", sex="M"), "Late"],
        [*session_row("Losa Fifita"), ""],  # blank: present
    ]
    plan = commit(store, "attendance", write(sheets, "statuses.csv", rows))
    assert plan.ok and not plan.refused
    with store.read() as s:
        found = dict(
            s.execute(
                select(Person.full_name, Attendance.status).join(
                    Attendance, Attendance.person_id == Person.id
                )
            ).all()
        )
    assert found == {
        "Ana Vake": "present",
        "Litia Rokodi": "late",
        "Mere Tui": "excused",
        "Sione Lata": "absent",
        "Tevita Ula": "late",
        "Losa Fifita": "present",
    }


def test_an_unknown_status_refuses_its_row(store: Store, sheets: Path) -> None:
    rows = [
        [*HEADER, "Status"],
        [*session_row("Ana Vake"), "late"],
        [*session_row("Litia Rokodi"), "maybe"],
    ]
    plan = dry(store, "attendance", write(sheets, "bad.csv", rows))
    assert [r.line for r in plan.refused] == [3]
    (problem,) = plan.refused[0].problems
    assert (problem.column, problem.code) == ("Status", "not_in_list")
