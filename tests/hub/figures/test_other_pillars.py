"""Regional capability use, engagements and the contact directory on a hub filled through the
real push path (SQLite and PostgreSQL), checked against hand counts."""

from __future__ import annotations

from bluepacific_hub.figures.capabilities import capability_figures
from bluepacific_hub.figures.cooperation import contact_figures, engagement_figures
from bluepacific_hub.figures.filters import Filters, for_user
from tests.hub.figures.pushed import fill_region
from tests.support.hubserver import RunningHub


def test_capability_use_per_capability_country_and_month(running: RunningHub) -> None:
    fill_region(running)
    with running.hub.sessions() as session:
        rows = capability_figures(session, Filters(2025))
        only_q1_fiji_i247 = capability_figures(
            session, Filters(2025, quarter=1, country="FJ", capability="I247")
        )
        none_in_q2 = capability_figures(session, Filters(2025, quarter=2))
    got = {(r.capability, r.country, r.month): (r.reports, r.metric("searches"), r.metric("hits"))
           for r in rows}  # fmt: skip
    assert got == {
        ("I247", "FJ", "2025-01"): (1, 100, 3),
        ("I247", "FJ", "2025-02"): (1, 50, 1),
        ("I247", "TO", "2025-01"): (1, 7, 0),
        ("I247", "TO", "2025-02"): (1, None, None),  # "many" is not a number
        ("SLTD", "FJ", "2025-01"): (1, 20, None),
    }
    assert [(r.month, r.metric("searches")) for r in only_q1_fiji_i247] == [
        ("2025-01", 100),
        ("2025-02", 50),
    ]
    assert none_in_q2 == []


def test_engagements_per_country_kind_and_quarter(running: RunningHub) -> None:
    fill_region(running)
    with running.hub.sessions() as session:
        rows = engagement_figures(session, Filters(2025))
        tonga = engagement_figures(
            session, for_user(Filters(2025, country="FJ"), "TO", "focal_point")
        )
    assert [(r.country, r.kind, r.quarter, r.engagements) for r in rows] == [
        ("FJ", "call", "2025Q2", 1),
        ("FJ", "meeting", "2025Q1", 2),  # the deleted meeting counts nowhere
        ("TO", "meeting", "2025Q1", 1),
    ]
    assert [(r.country, r.engagements) for r in tonga] == [("TO", 1)]


def test_contact_directory_by_country_and_organisation_type(running: RunningHub) -> None:
    fill_region(running)
    with running.hub.sessions() as session:
        rows = contact_figures(session, Filters(2025))
        tonga = contact_figures(session, for_user(Filters(2025), "TO", "focal_point"))
    assert [(r.country, r.org_type, r.organisations, r.contacts) for r in rows] == [
        ("FJ", "CUS", 2, 2),
        ("FJ", "POL", 1, 2),
        ("TO", "POL", 1, 1),  # by the contact's country, not the country that entered it
    ]
    assert [(r.country, r.contacts) for r in tonga] == [("TO", 1)]
