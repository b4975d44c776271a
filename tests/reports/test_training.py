"""Training summary figures on the hand-built Fiji store (2025Q3, see conftest)."""

from __future__ import annotations

import pytest

from bluepacific_desktop.reports.figures.periods import Period, parse_quarter
from bluepacific_desktop.reports.figures.training import TrainingFigures, training_summary
from tests.reports.conftest import Built


def _summary(scenario: Built, period: Period):
    with scenario.store.read() as s:
        return training_summary(s, "FJ", period)


def test_quarter_totals_count_live_rows_only(scenario: Built) -> None:
    t = _summary(scenario, parse_quarter("2025Q3")).total
    # S1, S2, S3 (S4 is in Q4, S5 in Q2, S6 deleted).
    assert t.sessions == 3
    # S1: P1 P2 P3; S2: P1 P4; S3: P5 P3 (P6's attendance is tombstoned).
    assert t.attendances == 7
    assert t.completed == 6  # all but P3 at S1
    assert t.completion_rate == pytest.approx(6 / 7)
    assert (t.female, t.male, t.another, t.not_stated) == (2, 1, 1, 1)
    assert t.people == 5
    assert t.female_share == 0.4
    # Both scores: S1 P1 40→60, S1 P2 50→80, S2 P1 60→90, S3 P5 70→70, S3 P3 20→50.
    assert t.scored == 5
    assert t.mean_pre == 48.0  # (40 + 50 + 60 + 70 + 20) / 5
    assert t.mean_post == 70.0  # (60 + 80 + 90 + 70 + 50) / 5
    assert t.mean_improvement == 22.0


def test_by_course(scenario: Built) -> None:
    by = {c.code: c for c in _summary(scenario, parse_quarter("2025Q3")).by_course}
    assert list(by) == ["HR_POLICING", "GENDER_MAINSTREAMING"]  # most sessions first
    hr = by["HR_POLICING"].figures
    assert (hr.sessions, hr.attendances, hr.completed) == (2, 5, 4)
    assert (hr.female, hr.male, hr.another, hr.not_stated) == (2, 1, 1, 0)
    assert hr.scored == 3
    assert hr.mean_pre == pytest.approx(50.0)
    assert hr.mean_post == pytest.approx(230 / 3)
    assert hr.mean_improvement == pytest.approx(80 / 3)
    gender = by["GENDER_MAINSTREAMING"]
    assert gender.name("en") == "Gender mainstreaming"
    assert gender.name("fr") == "Intégration de la dimension de genre"
    g = gender.figures
    assert (g.sessions, g.attendances, g.people, g.male, g.not_stated) == (1, 2, 2, 1, 1)
    assert (g.mean_pre, g.mean_post, g.mean_improvement) == (45.0, 60.0, 15.0)


def test_by_quarter_follows_quarter_edges(scenario: Built) -> None:
    period = Period(parse_quarter("2025Q2").start, parse_quarter("2025Q4").end)
    summary = _summary(scenario, period)
    quarters = dict(summary.by_quarter)
    assert list(quarters) == ["2025Q2", "2025Q3", "2025Q4"]
    # 30 June is Q2, 1 July and 30 September are Q3, 1 October is Q4.
    assert (quarters["2025Q2"].sessions, quarters["2025Q2"].male) == (1, 1)
    assert quarters["2025Q3"].sessions == 3
    assert (quarters["2025Q4"].sessions, quarters["2025Q4"].female) == (1, 1)
    assert quarters["2025Q4"].mean_improvement == 10.0
    # Over the three quarters P1 and P3 are counted once each.
    assert summary.total.people == 5
    assert summary.total.sessions == 5


def test_empty_period_has_no_means(scenario: Built) -> None:
    summary = _summary(scenario, parse_quarter("2024Q1"))
    assert summary.total == TrainingFigures()
    assert summary.total.female_share is None
    assert summary.total.completion_rate is None
    assert summary.by_course == ()
    assert summary.by_quarter == (("2024Q1", TrainingFigures()),)


def test_other_countries_records_are_not_counted(scenario: Built) -> None:
    with scenario.store.read() as s:
        assert training_summary(s, "TO", parse_quarter("2025Q3")).total.sessions == 0
