"""Attendance sheets: headers in English and French, dates, people matching, all or nothing."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from bluepacific_desktop.cli.import_words import doubtful_text, plan_lines, refused_text
from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.i18n.import_words import candidates_words
from bluepacific_desktop.io.importing import FileRefused
from bluepacific_desktop.store.store import Store
from tests.conftest import Records
from tests.io.conftest import HEADER, commit, dry, session_row, write

MIXED = [
    "Nom complet", "Gender", "Agence", "Rank", "Poste", "Courriel", "Téléphone", "Cours",
    "Date de début", "END DATE", "Lieu", "Mode", "Pré-test", "Post test", "Terminé",
    "Certificate", "Shoe size",
]  # fmt: skip


def mixed_row(name: str, sex: str, start: str = "3/3/25", **kw: str) -> list[str]:
    return [
        name, sex, "Vanuatu Police", "Sergeant", "Officier BCN", kw.get("email", ""),
        kw.get("phone", ""), "Droits humains dans l'action policière", start, "05.03.2025",
        "Port Vila", kw.get("mode", "présentiel"), "40", "75,5", kw.get("done", "oui"), "x", "42",
    ]  # fmt: skip


def test_mixed_english_french_headers_and_values(store: Store, sheets: Path) -> None:
    rows = [
        MIXED,
        mixed_row("Hélène  Tabi", "Femme", email="helene@police.gov.vu", phone="+678 22222"),
        mixed_row("Jean Kalo", "Homme", start="2025-03-03", done="non", mode="Mixte"),
    ]
    plan = dry(store, "attendance", write(sheets, "mixed.csv", rows, delimiter=";"))
    assert plan.ok, plan_lines(plan)
    assert plan.ignored_columns == ["Shoe size"]
    first = plan.people[0][1]
    assert first["full_name"] == "Hélène Tabi"
    assert (first["sex"], first["rank"], first["email"]) == (
        "female",
        "Sergeant",
        "helene@police.gov.vu",
    )
    assert plan.people[1][1]["sex"] == "male"
    assert len(plan.sessions) == 2  # the mode differs, so the sheet describes two sessions
    session = plan.sessions[0][1]
    assert session["course_code"] == "HR_POLICING"
    assert (session["start_date"], session["end_date"]) == (date(2025, 3, 3), date(2025, 3, 5))
    assert session["mode"] == "in_person"
    ids = {"session_id", "person_id"}  # set by the commit once the records exist
    assert {k: v for k, v in plan.attendances[0].fields.items() if k not in ids} == {
        "completed": True, "pre_score": 40.0, "post_score": 75.5, "certificate_issued": True,
        "status": "present",  # no Status column: present, as before statuses
    }  # fmt: skip
    assert plan.attendances[1].fields["completed"] is False


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("31/02/2025", "impossible_date"),
        ("2025-02-30", "impossible_date"),
        ("03/13/2025", "impossible_date"),
        ("March 3rd", "bad_date"),
        ("03/03/1985", "date_out_of_range"),
    ],
)
def test_bad_date_refuses_its_row_with_line_and_column(
    store: Store, sheets: Path, written: str, code: str
) -> None:
    rows = [HEADER, session_row("Ana Vake"), session_row("Litia Rokodi", start=written)]
    plan = dry(store, "attendance", write(sheets, "dates.csv", rows))
    assert [r.line for r in plan.refused] == [3]
    (problem,) = plan.refused[0].problems
    assert (problem.column, problem.code) == ("Start date", code)
    assert written[-4:] in problem.message  # the year, at least, as the sheet has it
    assert refused_text(plan.refused[0]).startswith("Line 3: [Start date] Start date")


def test_month_first_column_makes_other_dates_ambiguous(store: Store, sheets: Path) -> None:
    rows = [
        HEADER,
        session_row("A Aaaa", start="03/04/2025"),
        session_row("B Bbbb", start="3/14/2025"),
    ]
    plan = dry(store, "attendance", write(sheets, "us.csv", rows))
    codes = {r.line: r.problems[0].code for r in plan.refused}
    assert codes == {2: "ambiguous_date", 3: "impossible_date"}
    assert "3 April 2025 or 4 March 2025" in plan.refused[0].problems[0].message


def test_person_twice_in_the_same_session_refuses_the_second_row(
    store: Store, sheets: Path
) -> None:
    rows = [
        HEADER,
        session_row("Mere Tuilagi"),
        session_row("Jone Waqa", sex="M"),
        session_row("MERE  tuilagi"),
        session_row("Mere Tuilagi", start="10/03/2025", end="12/03/2025"),  # another session
    ]
    plan = dry(store, "attendance", write(sheets, "twice.csv", rows))
    assert [r.line for r in plan.refused] == [4]
    assert plan.refused[0].problems[0].message == (
        "MERE tuilagi is already listed for this session on line 2."
    )
    assert len(plan.people) == 2 and len(plan.sessions) == 2 and len(plan.attendances) == 3


def test_existing_person_is_reused_and_near_ones_are_doubtful(
    store: Store, records: Records, sheets: Path
) -> None:
    mere = records.create(RecordKind.PERSON, full_name="Mere Tuilagi", agency="Fiji Police")
    records.create(RecordKind.PERSON, full_name="Sāusi Faʻamausili", sex="male", agency="Customs")
    records.create(RecordKind.PERSON, full_name="Sevuloni Naivalurua", sex="male")
    rows = [
        HEADER,
        ["mere tuilagi", "", "FIJI POLICE", "HR_POLICING", "03/03/2025", "", "Suva", ""],
        session_row("Mere Tuilagi", agency="Customs"),
        session_row("Sausi Faamausili", sex="M", agency="Customs"),
        session_row("Sevuloni Naivalurya", sex="M"),
        session_row("Vasiti Koroi"),
    ]
    plan = dry(store, "attendance", write(sheets, "match.csv", rows))
    assert plan.ok, plan_lines(plan)
    assert plan.people_reused == 1
    assert plan.attendances[0].person == mere
    assert [f["full_name"] for _, f in plan.people] == [
        "Mere Tuilagi", "Sausi Faamausili", "Sevuloni Naivalurya", "Vasiti Koroi",
    ]  # fmt: skip
    why = {d.line: d.candidates[0][1].message for d in plan.doubtful}
    assert why == {
        3: "same name, other agency (“Fiji Police”)",
        4: "same name written with other accents, ʻokina, spacing or order",
        5: "name differs by one letter",
    }
    assert "A new person will be created." in doubtful_text(plan.doubtful[0])
    assert plan.sessions[0][1]["end_date"] == date(2025, 3, 3)  # no end date: one day


def test_chosen_session_and_people_already_on_its_list(
    store: Store, records: Records, sheets: Path
) -> None:
    session = records.create(RecordKind.TRAINING_SESSION)
    person = records.create(RecordKind.PERSON)
    records.create(RecordKind.ATTENDANCE, session_id=session, person_id=person)
    rows = [["Name", "Sex", "Agency"], ["Mere Tuilagi", "F", "Fiji Police"], ["Ana Vake", "F", ""]]
    plan = dry(store, "attendance", write(sheets, "chosen.csv", rows), session_id=session)
    assert [refused_text(r) for r in plan.refused] == [
        "Line 2: [Name] Mere Tuilagi is already on this session's attendance list."
    ]
    with pytest.raises(FileRefused, match="No training session with id nope"):
        dry(store, "attendance", write(sheets, "chosen.csv", rows), session_id="nope")


def test_existing_session_matched_by_course_and_dates(
    store: Store, records: Records, sheets: Path
) -> None:
    session = records.create(RecordKind.TRAINING_SESSION)  # HR_POLICING 3–5 March 2025
    plan = dry(store, "attendance", write(sheets, "s.csv", [HEADER, session_row("Ana Vake")]))
    assert plan.sessions == [] and plan.sessions_reused == 1
    assert plan.attendances[0].session == session


def test_xlsx_with_a_real_date_cell(store: Store, sheets: Path) -> None:
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "Notes"
    notes["A1"] = "Filled in by the trainer"
    sheet = book.create_sheet("Participants")
    sheet.append(["Attendance list"])
    sheet.append([])
    sheet.append(
        ["Full name", "Sexe", "Organisation", "Formation", "Start date", "Post-test", "Phone"]
    )
    sheet.append(
        ["Litia Rokodi", "F", "Fiji Police", "HR_POLICING", datetime(2025, 3, 3), 80, 6793312345]
    )
    sheet.append(["Jone Waqa", "M", "Fiji Police", "HR_POLICING", "03/03/2025", 70.5, None])
    sheet.append(["Bad Date", "M", "Fiji Police", "HR_POLICING", "30/02/2025", 70, None])
    path = sheets / "sheet.xlsx"
    book.save(path)
    plan = dry(store, "attendance", path)
    assert plan.source == "sheet.xlsx (sheet “Participants”)"
    assert plan.header_line == 3
    assert [r.line for r in plan.refused] == [6]
    assert len(plan.sessions) == 1 and len(plan.attendances) == 2
    assert plan.sessions[0][1]["start_date"] == date(2025, 3, 3)
    assert plan.people[0][1]["phone"] == "+6793312345"
    assert plan.attendances[1].fields["post_score"] == 70.5


def test_refused_commit_changes_nothing(store: Store, records: Records, sheets: Path) -> None:
    records.create(RecordKind.PERSON)
    before = records.counts()
    rows = [HEADER, session_row("Ana Vake"), session_row("Bad Date", start="32/01/2025")]
    plan = commit(store, "attendance", write(sheets, "bad.csv", rows))
    assert not plan.committed and [r.line for r in plan.refused] == [3]
    assert records.counts() == before
    assert "Nothing was written" in plan_lines(plan)[-1]


def test_commit_creates_exactly_the_rows_with_one_outbox_entry_each(
    store: Store, records: Records, sheets: Path
) -> None:
    mere = records.create(RecordKind.PERSON, full_name="Mere Tuilagi", agency="Fiji Police")
    before = records.counts()
    rows = [
        HEADER,
        session_row("Mere Tuilagi"),
        session_row("Jone Waqa", sex="M"),
        session_row("Jone Waqa", sex="M", start="10/03/2025", end="10/03/2025"),
    ]
    plan = commit(store, "attendance", write(sheets, "good.csv", rows))
    assert plan.committed and plan.ok
    after = records.counts()
    assert after["people"] - before["people"] == 1
    assert after["training_sessions"] - before["training_sessions"] == 2
    assert after["attendances"] - before["attendances"] == 3
    assert after["outbox"] - before["outbox"] == 6
    entries = records.outbox()[-6:]
    assert [e["kind"] for e in entries] == ["person"] + ["training_session"] * 2 + [
        "attendance"
    ] * 3
    assert all(e["op"] == "create" for e in entries)
    assert len({e["record_id"] for e in entries}) == 6
    attendees = [e["payload"]["fields"]["person_id"] for e in entries[3:]]
    assert attendees.count(mere) == 1 and len(set(attendees)) == 2
    assert "Created: 1 new person, 2 new training sessions, 3 attendances." in plan_lines(plan)


def test_a_course_written_as_people_say_it_is_asked_once_then_remembered(
    store: Store, records: Records, sheets: Path
) -> None:
    rows = [
        HEADER,
        session_row("Ana Vake", course="Droits humains"),
        session_row("Jone Waqa", sex="M", course="Droits humains"),
    ]
    sheet = write(sheets, "short.csv", rows)
    plan = dry(store, "attendance", sheet)
    assert plan.refused == [] and not plan.ok
    (question,) = plan.courses_to_choose
    assert (question.written, question.lines) == ("Droits humains", [2, 3])
    assert question.proposals[0].code == "HR_POLICING"
    assert any("“Droits humains” (2 rows from line 2)" in x for x in plan_lines(plan))
    before = records.counts()
    assert not commit(store, "attendance", sheet).committed  # not settled: nothing written
    assert records.counts() == before

    done = commit(store, "attendance", sheet, course="HR_POLICING")
    assert done.committed and len(done.attendances) == 2
    assert records.counts()["attendances"] - before["attendances"] == 2
    # Remembered on this computer: the next sheet written the same way needs no choice.
    again = [HEADER, session_row("Litia Rokodi", course="DROITS HUMAINS", end="03/03/2025")]
    plan = dry(store, "attendance", write(sheets, "again.csv", again))
    assert plan.ok and plan.courses_to_choose == []
    assert plan.sessions[0][1]["course_code"] == "HR_POLICING"


@pytest.mark.parametrize(
    ("written", "code"),
    [("Gender", "GENDER_MAINSTREAMING"), ("DHAP", "HR_POLICING"), ("iARMS", "FIREARMS_IARMS")],
)
def test_partial_names_and_abbreviations_propose_the_course(
    store: Store, sheets: Path, written: str, code: str
) -> None:
    plan = dry(
        store, "attendance", write(sheets, "c.csv", [HEADER, session_row("A Vake", course=written)])
    )
    assert plan.courses_to_choose[0].proposals[0].code == code


def test_a_course_that_matches_nothing_plausible_is_refused(store: Store, sheets: Path) -> None:
    rows = [HEADER, session_row("Ana Vake", course="Cooking class")]
    plan = dry(store, "attendance", write(sheets, "cook.csv", rows))
    assert plan.courses_to_choose == []
    assert [(r.line, r.problems[0].code) for r in plan.refused] == [(2, "unknown_code")]


def test_every_problem_of_a_row_is_reported_at_once(store: Store, sheets: Path) -> None:
    rows = [
        HEADER,
        session_row("Ana Vake", course="Cooking class"),
        session_row("Ana Vake", course="Cooking class", pre="150"),
    ]
    plan = dry(store, "attendance", write(sheets, "all.csv", rows))
    by_line = {r.line: {p.code for p in r.problems} for r in plan.refused}
    assert by_line[2] == {"unknown_code"}
    assert {"unknown_code", "listed_twice"} <= by_line[3]
    assert len(by_line[3]) == 3  # and the score out of range
    assert any("line 2" in p.message for p in plan.refused[1].problems)


def test_look_alike_names_are_found_and_bounded(
    store: Store, records: Records, sheets: Path
) -> None:
    base = "Sevuloni Naivalurua"
    alike = sorted({base[:i] + ch + base[i + 1 :] for i in range(1, 8) for ch in "aeiouy"} - {base})
    for name in alike:
        records.create(RecordKind.PERSON, full_name=name, sex="male", agency="Fiji Police")
    rows = [HEADER, session_row(base, sex="M"), session_row("Vasiti Koroi")]
    plan = dry(store, "attendance", write(sheets, "alike.csv", rows))
    (doubt,) = plan.doubtful
    assert doubt.line == 2 and len(doubt.candidates) == 3
    shown = [who.split(" (")[0] for who, _why in doubt.candidates]
    assert all(name in alike for name in shown)
    assert doubt.others >= 1 and doubt.others_or_more
    assert candidates_words(doubt)[3].endswith("or more others with similar names")


def test_progress_is_reported_while_the_rows_are_checked(store: Store, sheets: Path) -> None:
    rows = [HEADER] + [session_row(f"Person {n:03d}", start="03/03/2025") for n in range(250)]
    seen: list[tuple[int, int]] = []
    plan = dry(
        store,
        "attendance",
        write(sheets, "long.csv", rows),
        progress=lambda d, t: seen.append((d, t)),
    )
    assert plan.ok
    assert seen[-1] == (250, 250) and all(t == 250 for _, t in seen)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen) and len(seen) > 10
