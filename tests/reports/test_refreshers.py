"""The "due for refresher" list: each person certified in a course with a validity is due the
validity after their latest certified session; the list holds those due by the period's end
(overdue included), by course and agency; as figures, CSV (the `report` command) and PDF."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from bluepacific_desktop.cli.main import main
from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.reports.figures.country import ReportCountry
from bluepacific_desktop.reports.figures.periods import parse_quarter
from bluepacific_desktop.reports.figures.refreshers import RefresherList, refreshers_due
from bluepacific_desktop.reports.meta import ReportMeta
from bluepacific_desktop.reports.render.report import render_pdf
from bluepacific_desktop.store.services import RecordService
from bluepacific_wire.training import refresher_due
from tests.reports.conftest import SESSION, Built, open_store
from tests.reports.pdf import needs_poppler, text_of

TODAY = date(2027, 8, 15)  # in 2027Q3


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    store = open_store(Path(tmp_path_factory.mktemp("refreshers")))
    b = Built(store)
    people = [
        ("Ana", "Fiji Police Force"),
        ("Mere", "Fiji Police Force"),
        ("Sione", "Fiji Revenue and Customs"),
        ("Litia", "Fiji Police Force"),
        ("Tevita", None),
    ]
    for name, agency in people:
        b.create(RecordKind.PERSON, name, full_name=name, sex="female", agency=agency)

    def session(name: str, course: str, end: str) -> None:
        b.create(
            RecordKind.TRAINING_SESSION,
            name,
            course_code=course,
            start_date=end,
            end_date=end,
            **SESSION,
        )

    # I-24/7 user training and database searching hold 24 months; human rights for good.
    session("I1", "I247_USER", "2025-07-10")  # due 2027-07-10: overdue on 15 Aug 2027
    session("I2", "I247_USER", "2025-09-30")  # due 2027-09-30: in 2027Q3
    session("I3", "I247_USER", "2026-01-20")  # due 2028-01-20: after 2027Q3
    session("D1", "DATABASES_SEARCH", "2025-08-31")  # due 2027-08-31
    session("H1", "HR_POLICING", "2020-01-01")  # no validity: never due
    rows = [
        ("I1", "Ana", "present", True, True),  # due 2027-07-10 (overdue)
        ("I2", "Mere", "late", True, True),  # late is trained: due 2027-09-30
        ("I1", "Sione", "present", True, True),  # refreshed at I3: due 2028, not listed
        ("I3", "Sione", "present", True, True),
        ("I2", "Litia", "absent", True, True),  # absent: never certified
        ("I2", "Tevita", "present", True, False),  # no certificate issued: not listed
        ("D1", "Tevita", "present", True, True),  # agency blank, due 2027-08-31
        ("H1", "Ana", "present", True, True),
    ]
    with store.write() as s:
        RecordService(s).create_many(
            RecordKind.ATTENDANCE,
            [
                {
                    "session_id": b.ids[sid],
                    "person_id": b.ids[pid],
                    "status": status,
                    "completed": done,
                    "certificate_issued": certified,
                }
                for sid, pid, status, done, certified in rows
            ],
        )
    yield b
    store.close()


def _due(built: Built, **kw: str) -> RefresherList:
    with built.store.read() as s:
        return refreshers_due(s, "FJ", parse_quarter("2027Q3"), TODAY, **kw)


def test_due_dates_add_the_courses_validity() -> None:
    assert refresher_due(date(2025, 7, 10), 24) == date(2027, 7, 10)
    assert refresher_due(date(2024, 1, 31), 1) == date(2024, 2, 29)  # the month's last day
    assert refresher_due(date(2025, 11, 30), 3) == date(2026, 2, 28)


def test_the_list_by_course_and_agency(built: Built) -> None:
    due = _due(built)
    got = [(r.course_code, r.agency, r.full_name, r.due.isoformat()) for r in due.rows]
    # Courses by their English name ("I-24/7 user training", then "Searching INTERPOL…").
    assert got == [
        ("I247_USER", "Fiji Police Force", "Ana", "2027-07-10"),
        ("I247_USER", "Fiji Police Force", "Mere", "2027-09-30"),
        ("DATABASES_SEARCH", "", "Tevita", "2027-08-31"),
    ]
    assert [r.full_name for r in due.rows if due.overdue(r)] == ["Ana"]
    assert [(c, a, len(p)) for c, a, p in due.groups()] == [
        ("I247_USER", "Fiji Police Force", 2),
        ("DATABASES_SEARCH", "", 1),
    ]


def test_filters_by_course_and_agency(built: Built) -> None:
    assert [r.full_name for r in _due(built, course="DATABASES_SEARCH").rows] == ["Tevita"]
    police = _due(built, agency="fiji police force")
    assert [r.full_name for r in police.rows] == ["Ana", "Mere"]
    with built.store.read() as s:
        earlier = refreshers_due(s, "FJ", parse_quarter("2027Q2"), TODAY)
    assert earlier.rows == ()  # nobody is due by 30 June 2027


def test_the_report_command_writes_the_csv(
    built: Built, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "refreshers.csv"
    capsys.readouterr()
    args = ["--data-dir", str(built.store.path.parent), "report", "refreshers"]
    code = main([*args, "--quarter", "2027Q3", "--csv", str(out)])
    said = capsys.readouterr()
    assert code == 0, said
    header, *rows = list(csv.reader(out.read_bytes().decode("utf-8-sig").splitlines()))
    assert header == ["course", "course_name", "agency", "name", "last_trained", "due", "overdue"]
    assert sorted((r[0], r[3], r[5]) for r in rows) == [
        ("DATABASES_SEARCH", "Tevita", "2027-08-31"),
        ("I247_USER", "Ana", "2027-07-10"),
        ("I247_USER", "Mere", "2027-09-30"),
    ]


@needs_poppler
@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_pdf_lists_each_course(built: Built, tmp_path: Path, language: str) -> None:
    due = _due(built)
    country = ReportCountry("FJ", "Fiji", "Fidji", "Pacific/Fiji")
    path = tmp_path / f"refreshers-{language}.pdf"
    made = datetime(2027, 8, 15, 0, 0, tzinfo=UTC)
    render_pdf(due, ReportMeta(country, due.period, made, language, "a4"), path)
    text = " ".join(text_of(path).split())
    expected = {
        "en": ["Due for refresher", "I-24/7 user training", "Fiji Police Force", "Ana",
               "10 Jul 2027 (overdue)", "30 Sep 2027", "Tevita"],
        "fr": ["À recycler", "Fiji Police Force", "Ana", "10 juil. 2027 (en retard)",
               "30 sept. 2027"],
    }[language]  # fmt: skip
    for words in expected:
        assert words in text, words
