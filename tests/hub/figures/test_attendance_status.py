"""Attendance statuses in the regional training figures, pushed through the real push path
(SQLite and PostgreSQL): present and late people are trained, excused and absent ones are
counted apart (tests/hub/figures/pushed.py fill_statuses has the hand counts)."""

from __future__ import annotations

from bluepacific_hub.figures.filters import Filters
from bluepacific_hub.figures.tables import training_table
from bluepacific_hub.figures.training import training_figures
from tests.hub.figures.pushed import fill_statuses
from tests.support.hubserver import RunningHub


def test_absent_and_excused_people_are_not_counted_as_trained(running: RunningHub) -> None:
    fill_statuses(running)
    with running.hub.sessions() as session:
        [total] = training_figures(session, Filters(2025), ())
        table = training_table(session, Filters(2025, country="FJ"))
    assert (total.sessions, total.attendances, total.late) == (1, 4, 1)
    assert (total.excused, total.absent) == (1, 2)
    assert (total.female, total.male, total.people) == (2, 2, 4)
    assert total.completed == 3 and total.completion_rate == 3 / 4
    # Only P1 (40→60) and P2 (50→70): the excused and absent people's scores count nowhere.
    assert (total.scored, total.mean_pre, total.mean_post) == (2, 45, 65)
    [row] = [dict(zip(table.headers, r, strict=True)) for r in table.rows]
    assert (row["attendances"], row["late"], row["excused"], row["absent"]) == (4, 1, 1, 2)
