"""Regional training figures on a hub filled through the real push path (SQLite and
PostgreSQL), checked against hand counts (tests/hub/figures/pushed.py)."""

from __future__ import annotations

import pytest

from bluepacific_hub.figures.filters import FilterError, Filters, for_user
from bluepacific_hub.figures.training import TrainingRow, training_figures
from tests.hub.figures.pushed import fill_region
from tests.support.hubserver import RunningHub


def _figures(running: RunningHub, filters: Filters, by: tuple[str, ...]) -> list[TrainingRow]:
    with running.hub.sessions() as session:
        return training_figures(session, filters, by)


def test_the_regions_year_counts_unique_people_by_sex_completion_and_improvement(
    running: RunningHub,
) -> None:
    fill_region(running)
    [total] = _figures(running, Filters(2025), ())
    assert (total.sessions, total.attendances, total.completed) == (4, 7, 6)
    # P1, P2, T1 women; P3 a man; P4's "unknown" sex is not stated. P1 came twice: once.
    assert (total.female, total.male, total.another, total.not_stated) == (3, 1, 0, 1)
    assert total.people == 5
    assert total.female_share == pytest.approx(0.6)
    assert total.completion_rate == pytest.approx(6 / 7)
    assert total.scored == 5
    assert total.mean_pre == pytest.approx(36)
    assert total.mean_post == pytest.approx(58)
    assert total.mean_improvement == pytest.approx(22)


def test_figures_per_country_course_and_quarter(running: RunningHub) -> None:
    fill_region(running)
    rows = _figures(running, Filters(2025), ("country", "course", "quarter"))
    got = {
        (r.country, r.course, r.quarter): (
            r.sessions,
            r.attendances,
            r.completed,
            r.female,
            r.male,
            r.not_stated,
            r.scored,
            r.mean_improvement,
        )
        for r in rows
    }
    assert got == {
        ("FJ", "CYB", "2025Q1"): (1, 1, 1, 0, 1, 0, 1, 30),
        ("FJ", "INV", "2025Q1"): (1, 3, 2, 2, 1, 0, 2, 20),
        ("FJ", "INV", "2025Q2"): (1, 2, 2, 1, 0, 1, 1, 20),
        ("TO", "INV", "2025Q1"): (1, 1, 1, 1, 0, 0, 1, 20),
    }


def test_filters_for_country_course_and_quarter(running: RunningHub) -> None:
    fill_region(running)
    [fiji] = _figures(running, Filters(2025, country="FJ"), ())
    assert (fiji.sessions, fiji.attendances, fiji.people, fiji.female_share) == (3, 6, 4, 0.5)
    [inv_q1] = _figures(running, Filters(2025, quarter=1, course="INV"), ())
    assert (inv_q1.sessions, inv_q1.attendances, inv_q1.people) == (2, 4, 4)
    [last_year] = _figures(running, Filters(2024, quarter=4), ())
    assert (last_year.sessions, last_year.attendances, last_year.people) == (1, 1, 1)
    [nothing] = _figures(running, Filters(2023), ())
    assert (nothing.sessions, nothing.people, nothing.female_share) == (0, 0, None)


def test_a_national_user_gets_their_own_country_whatever_they_ask(running: RunningHub) -> None:
    fill_region(running)
    asked = Filters(2025, country="FJ")
    tonga = for_user(asked, "TO", "focal_point")
    approver = for_user(Filters(2025), "TO", "national_approver")
    assert tonga.country == approver.country == "TO"
    rows = _figures(running, tonga, ("country",))
    assert [(r.country, r.sessions, r.people) for r in rows] == [("TO", 1, 1)]
    assert for_user(asked, "WS", "regional_admin").country == "FJ"


def test_impossible_filters_are_refused_with_what_to_give() -> None:
    with pytest.raises(FilterError, match="give 1, 2, 3 or 4"):
        Filters(2025, quarter=5)
    with pytest.raises(FilterError, match="give a year"):
        Filters(25)
