"""The training summary counts each attendance status as docs/reports.md says: present and
late people are trained; excused and absent ones are counted apart and in no other figure."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.reports.csv_out import training_table
from bluepacific_desktop.reports.figures.country import ReportCountry
from bluepacific_desktop.reports.figures.periods import parse_quarter
from bluepacific_desktop.reports.figures.training import TrainingSummary, training_summary
from bluepacific_desktop.reports.meta import ReportMeta
from bluepacific_desktop.reports.render.report import render_pdf
from bluepacific_desktop.store.services import RecordService
from tests.reports.conftest import Built, open_store
from tests.reports.pdf import needs_poppler, text_of

MADE = datetime(2025, 9, 30, 11, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def summary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TrainingSummary]:
    store = open_store(Path(tmp_path_factory.mktemp("statuses")))
    b = Built(store)
    for name, sex in [("P1", "female"), ("P2", "male"), ("P3", "female"), ("P4", "another")]:
        b.create(RecordKind.PERSON, name, full_name=f"Person {name}", sex=sex)
    b.session("S1", "HR_POLICING", "2025-07-01")
    b.session("S2", "GENDER_MAINSTREAMING", "2025-08-01")
    rows = [
        ("S1", "P1", "present", True, 40, 60),
        ("S1", "P2", "late", True, 50, 70),
        # Marked completed with scores by mistake: absent, so counted in none of them.
        ("S1", "P3", "absent", True, 0, 100),
        ("S1", "P4", "excused", False, None, None),
        ("S2", "P1", "absent", False, None, None),  # P1 still trained once, at S1
        ("S2", "P3", "excused", False, None, None),  # P3 came to nothing: not trained
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
                    "pre_score": pre,
                    "post_score": post,
                }
                for sid, pid, status, done, pre, post in rows
            ],
        )
    with store.read() as s:
        yield training_summary(s, "FJ", parse_quarter("2025Q3"))
    store.close()


def test_only_present_and_late_people_are_trained(summary: TrainingSummary) -> None:
    t = summary.total
    assert (t.present, t.late, t.excused, t.absent) == (1, 1, 2, 2)
    assert t.attendances == 2 and t.registered == 6
    assert (t.female, t.male, t.another, t.not_stated) == (1, 1, 0, 0)
    assert t.people == 2
    assert t.completed == 2 and t.completion_rate == 1.0
    assert (t.scored, t.mean_pre, t.mean_post, t.mean_improvement) == (2, 45.0, 65.0, 20.0)


def test_a_session_where_nobody_came_counts_only_its_statuses(summary: TrainingSummary) -> None:
    by = {c.code: c.figures for c in summary.by_course}
    gender = by["GENDER_MAINSTREAMING"]
    assert (gender.sessions, gender.attendances, gender.people) == (1, 0, 0)
    assert (gender.excused, gender.absent, gender.completion_rate) == (1, 1, None)
    hr = by["HR_POLICING"]
    assert (hr.attendances, hr.late, hr.excused, hr.absent, hr.people) == (2, 1, 1, 1, 2)


def test_the_csv_carries_the_statuses(summary: TrainingSummary) -> None:
    headers, rows = training_table(summary)
    total = dict(zip(headers, rows[0], strict=True))
    assert (total["attendances"], total["late"], total["excused"], total["absent"]) == (2, 1, 2, 2)


@needs_poppler
def test_the_pdf_counts_each_status(summary: TrainingSummary, tmp_path: Path) -> None:
    country = ReportCountry("FJ", "Fiji", "Fidji", "Pacific/Fiji")
    path = tmp_path / "training.pdf"
    render_pdf(summary, ReportMeta(country, summary.period, MADE, "en", "a4"), path)
    text = " ".join(text_of(path).split())
    for expected in [
        "Attendances 2",
        "People 2",
        "Attendances by status: present 1, late 1, excused 2, absent 2.",
        "excused and absent people were registered but are not counted as trained",
    ]:
        assert expected in text, expected


@needs_poppler
def test_the_french_pdf_counts_each_status(summary: TrainingSummary, tmp_path: Path) -> None:
    country = ReportCountry("FJ", "Fiji", "Fidji", "Pacific/Fiji")
    path = tmp_path / "formation.pdf"
    render_pdf(summary, ReportMeta(country, summary.period, MADE, "fr", "a4"), path)
    text = " ".join(text_of(path).split())
    assert "Participations par statut : présents 1, en retard 1, excusés 2, absents 2." in text
