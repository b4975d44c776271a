"""Trainers in the training summary: unique trainers by sex and trainer-days (each session's
live trainers × its days), counted by hand below; and the courses a person trains."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.domain.errors import ValidationError
from bluepacific_desktop.reports.csv_out import training_table
from bluepacific_desktop.reports.figures.country import ReportCountry
from bluepacific_desktop.reports.figures.periods import parse_quarter
from bluepacific_desktop.reports.figures.training import TrainingSummary, training_summary
from bluepacific_desktop.reports.meta import ReportMeta
from bluepacific_desktop.reports.render.report import render_pdf
from bluepacific_desktop.store.models import Person
from bluepacific_desktop.store.services import RecordService
from tests.reports.conftest import SESSION, Built, open_store
from tests.reports.pdf import needs_poppler, text_of


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    store = open_store(Path(tmp_path_factory.mktemp("trainers")))
    b = Built(store)
    for name, sex in [("T1", "female"), ("T2", "male"), ("T3", "another"), ("T4", "female")]:
        b.create(RecordKind.PERSON, name, full_name=f"Trainer {name}", sex=sex)

    def session(name: str, course: str, start: str, end: str, *trainers: str) -> None:
        b.create(
            RecordKind.TRAINING_SESSION,
            name,
            course_code=course,
            start_date=start,
            end_date=end,
            trainer_ids=[b.ids[t] for t in trainers],
            **SESSION,
        )

    session("S1", "HR_POLICING", "2025-07-01", "2025-07-03", "T1", "T2")  # 3 days × 2 = 6
    session("S2", "HR_POLICING", "2025-08-04", "2025-08-04", "T1")  # 1 day × 1 = 1
    session("S3", "GENDER_MAINSTREAMING", "2025-09-29", "2025-10-02", "T3", "T4")  # 4 × 2 = 8
    session("S4", "HR_POLICING", "2025-10-06", "2025-10-10", "T2")  # in Q4: not counted
    # T4 deleted on another laptop (a tombstone from the hub; this one refuses to delete a
    # trainer): a deleted trainer counts nowhere, so S3 is 4 days × 1 = 4.
    with store.write() as s:
        s.execute(text("UPDATE people SET deleted = 1 WHERE id = :id"), {"id": b.ids["T4"]})
    yield b
    store.close()


def _summary(built: Built) -> TrainingSummary:
    with built.store.read() as s:
        return training_summary(s, "FJ", parse_quarter("2025Q3"))


def test_trainers_by_sex_and_trainer_days(built: Built) -> None:
    summary = _summary(built)
    t = summary.total
    assert (t.trainers_female, t.trainers_male, t.trainers_another, t.trainers_not_stated) == (
        1,
        1,
        1,
        0,
    )
    assert t.trainers == 3  # T1 trains twice: counted once
    assert t.trainer_days == 6 + 1 + 4
    by = {c.code: c.figures for c in summary.by_course}
    assert (by["HR_POLICING"].trainers, by["HR_POLICING"].trainer_days) == (2, 7)
    assert (by["GENDER_MAINSTREAMING"].trainers, by["GENDER_MAINSTREAMING"].trainer_days) == (1, 4)
    headers, rows = training_table(summary)
    total = dict(zip(headers, rows[0], strict=True))
    assert (total["trainers"], total["trainers_female"], total["trainer_days"]) == (3, 1, 11)


@needs_poppler
def test_the_pdf_shows_trainers_and_trainer_days(built: Built, tmp_path: Path) -> None:
    summary = _summary(built)
    country = ReportCountry("FJ", "Fiji", "Fidji", "Pacific/Fiji")
    path = tmp_path / "training.pdf"
    made = datetime(2025, 9, 30, 11, 30, tzinfo=UTC)
    render_pdf(summary, ReportMeta(country, summary.period, made, "en", "a4"), path)
    text = " ".join(text_of(path).split())
    for expected in [
        "Trainers: 3 (women 1, men 1, another or not stated 1), each counted once;",
        "trainer-days: 11",
    ]:
        assert expected in text, expected


def test_a_person_trains_known_courses_only(built: Built) -> None:
    with built.store.write() as s:
        person = RecordService(s).update(
            RecordKind.PERSON,
            built.ids["T1"],
            {"trainer_courses": ["gender_mainstreaming", "HR_POLICING", "HR_POLICING"]},
        )
        assert isinstance(person, Person)
        assert person.trainer_courses == ["GENDER_MAINSTREAMING", "HR_POLICING"]
    with pytest.raises(ValidationError) as refused, built.store.write() as s:
        RecordService(s).update(RecordKind.PERSON, built.ids["T2"], {"trainer_courses": ["NOPE"]})
    [problem] = refused.value.problems
    assert (problem.field, problem.code) == ("trainer_courses", "unknown_code")
