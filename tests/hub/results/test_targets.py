"""Baselines and targets on a hub filled through the real push path: TolaData's rule, the
actual equal to the regional figures' number, % achieved, and who may set them."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bluepacific_hub import audit
from bluepacific_hub.figures.capabilities import capability_figures
from bluepacific_hub.figures.cooperation import engagement_figures
from bluepacific_hub.figures.filters import Filters
from bluepacific_hub.figures.training import training_figures
from bluepacific_hub.models import AuditEvent, IndicatorTarget, ProjectTarget
from bluepacific_hub.results.indicators import INDICATORS, REGION
from bluepacific_hub.results.targets import (
    ProjectKey,
    TargetError,
    YearKey,
    YearValues,
    results,
    results_table,
    set_targets,
)
from tests.hub.figures.pushed import fill_region
from tests.support.hubserver import RunningHub

BY = audit.command_line()


def _set(
    running: RunningHub, yearly: dict[YearKey, YearValues], project: dict[ProjectKey, float]
) -> None:
    """Set targets in a transaction of their own (rolled back when refused)."""
    with running.hub.sessions() as session, session.begin():
        set_targets(session, yearly, project, by=BY)


def test_yearly_targets_may_not_add_up_to_more_than_the_life_of_project_one(
    running: RunningHub,
) -> None:
    with running.hub.sessions() as session, session.begin():
        set_targets(
            session,
            {("sessions", "FJ", 2025): YearValues(2, 6)},
            {("sessions", "FJ"): 10},
            by=BY,
        )
    with pytest.raises(TargetError) as refused:
        _set(running, {("sessions", "FJ", 2026): YearValues(None, 5)}, {})
    assert str(refused.value) == (
        "Training sessions held (sessions), FJ: the yearly targets add up to 11 "
        "(2025: 6, 2026: 5), more than the life-of-project target of 10"
    )
    # Lowering the life-of-project target under the yearly ones is the same breach.
    with pytest.raises(TargetError, match="more than the"):
        _set(running, {}, {("sessions", "FJ"): 5.5})
    # Tonga's targets are Tonga's: Fiji's limit does not count them.
    with running.hub.sessions() as session, session.begin():
        set_targets(session, {("sessions", "TO", 2026): YearValues(None, 50)}, {}, by=BY)
    with running.hub.sessions() as session:
        stored = {(t.country, t.year, t.target) for t in session.scalars(select(IndicatorTarget))}
        assert stored == {("FJ", 2025, 6), ("TO", 2026, 50)}
        assert [t.target for t in session.scalars(select(ProjectTarget))] == [10]
        assert [e.action for e in session.scalars(select(AuditEvent))] == ["targets_set"] * 2


def test_every_problem_is_said_and_nothing_set(running: RunningHub) -> None:
    with pytest.raises(TargetError) as refused:
        _set(
            running,
            {
                ("arrests", "FJ", 2025): YearValues(None, 1),
                ("sessions", "XX", 2025): YearValues(None, 1),
                ("sessions", "FJ", 1999): YearValues(-1, 1),
            },
            {},
        )
    lines = str(refused.value).splitlines()
    assert lines[0].startswith("unknown indicator 'arrests': give one of trained_female, ")
    assert lines[1].startswith("unknown country 'XX': give one of FJ, ")
    assert lines[2:] == [
        "year 1999 is out of range: give a year such as 2025",
        "the baseline -1 is negative: give 0 or more",
    ]
    with running.hub.sessions() as session:
        assert session.scalars(select(IndicatorTarget)).all() == []


def test_only_a_regional_admin_sets_targets(running: RunningHub) -> None:
    with running.hub.sessions() as session, pytest.raises(PermissionError):
        set_targets(
            session, {("sessions", "FJ", 2025): YearValues(1, 2)}, {}, by=BY, role="focal_point"
        )


def test_the_actual_is_the_figures_number(running: RunningHub) -> None:
    fill_region(running)
    with running.hub.sessions() as session, session.begin():
        set_targets(
            session,
            {
                ("trained_female", "FJ", 2025): YearValues(1, 4),
                ("searches", REGION, 2025): YearValues(None, 354),
                ("engagements", "TO", 2025): YearValues(0, 0),
            },
            {},
            by=BY,
        )
    with running.hub.sessions() as session:
        rows = {(r.indicator, r.country): r for r in results(session, 2025)}
        figures = {r.country: r for r in training_figures(session, Filters(2025), ("country",))}
        (region,) = training_figures(session, Filters(2025), ())
        capabilities = capability_figures(session, Filters(2025))
        engagements = engagement_figures(session, Filters(2025))
        table = results_table(session, 2025, "FJ", language="fr")
    assert len(rows) == len(INDICATORS) * 12  # 11 countries and the region
    for country in ("FJ", "TO"):
        assert rows[("trained_female", country)].actual == figures[country].female
        assert rows[("trained_male", country)].actual == figures[country].male
        assert rows[("sessions", country)].actual == figures[country].sessions
        assert rows[("searches", country)].actual == sum(
            r.metric("searches") or 0 for r in capabilities if r.country == country
        )
        assert rows[("engagements", country)].actual == sum(
            r.engagements for r in engagements if r.country == country
        )
    # The hand counts of tests/hub/figures/pushed.py.
    assert [rows[("trained_female", c)].actual for c in ("FJ", "TO", REGION)] == [2, 1, 3]
    assert rows[("trained_female", REGION)].actual == region.female
    assert [rows[("sessions", c)].actual for c in ("FJ", "TO", REGION)] == [3, 1, 4]
    assert [rows[("searches", c)].actual for c in ("FJ", "TO", REGION)] == [170, 7, 177]
    assert [rows[("hits", c)].actual for c in ("FJ", "TO", REGION)] == [4, 0, 4]
    assert [rows[("engagements", c)].actual for c in ("FJ", "TO", REGION)] == [3, 1, 4]
    assert rows[("notices_requested", "FJ")].actual == 0
    assert rows[("trained_male", "WS")].actual == 0  # nothing pushed: 0, not missing
    # % achieved: actual ÷ target; none without a target above 0.
    assert rows[("trained_female", "FJ")].achieved == 50
    assert rows[("searches", REGION)].achieved == 50
    assert rows[("engagements", "TO")].achieved is None
    assert rows[("sessions", "FJ")].achieved is None
    assert table.rows[0] == ("trained_female", "Femmes formées (personnes distinctes)", "FJ",
                             2025, 1, 4, 2, 50.0)  # fmt: skip
