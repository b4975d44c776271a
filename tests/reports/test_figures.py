"""Capability usage, contact directory and quarterly summary on the hand-built Fiji store."""

from __future__ import annotations

from bluepacific_desktop.reports.figures.capabilities import capability_usage
from bluepacific_desktop.reports.figures.contacts import contact_directory
from bluepacific_desktop.reports.figures.periods import Period, parse_quarter
from bluepacific_desktop.reports.figures.quarterly import quarterly_summary
from tests.reports.conftest import Built

Q3 = parse_quarter("2025Q3")


def test_capability_usage_by_month_and_metric(scenario: Built) -> None:
    with scenario.store.read() as s:
        usage = capability_usage(s, "FJ", Q3)
    assert usage.months == ("2025-07", "2025-08", "2025-09")
    assert usage.reports == 3  # R1 R2 R3 (R4 in Q4, R5 in Q2, R6 deleted)
    rows = {(r.capability, r.metric): r for r in usage.rows}
    # Only the metrics that apply: SLTD searches and hits, I-24/7 accounts and messages.
    assert set(rows) == {
        ("SLTD", "searches"),
        ("SLTD", "hits"),
        ("I247", "active_accounts"),
        ("I247", "messages_exchanged"),
    }
    assert rows["SLTD", "searches"].by_month == (100, 50, None)
    assert rows["SLTD", "searches"].total == 150
    assert rows["SLTD", "hits"].total == 3
    assert rows["I247", "messages_exchanged"].by_month == (None, None, 300)
    assert usage.month_totals("searches") == (100, 50, 0)
    assert usage.totals() == {
        "searches": 150,
        "hits": 3,
        "active_accounts": 12,
        "messages_exchanged": 300,
    }


def test_capability_months_of_a_date_range(scenario: Built) -> None:
    # A range touching June and July reads both months' reports whole.
    with scenario.store.read() as s:
        usage = capability_usage(s, "FJ", Period(Q3.start.replace(month=6, day=20), Q3.start))
    assert usage.months == ("2025-06", "2025-07")
    assert usage.month_totals("searches") == (40, 100)


def test_contact_directory_grouped_by_country_and_organisation(scenario: Built) -> None:
    with scenario.store.read() as s:
        directory = contact_directory(s, "FJ", Q3)
    assert directory.contacts == 4  # C5 is deleted
    assert [c.code for c in directory.countries] == ["FJ", "WS", "TO"]  # Fiji, Samoa, Tonga
    fiji = directory.countries[0]
    assert fiji.name.get("fr") == "Fidji"
    (police,) = fiji.organisations
    assert police.organisation == "Fiji Police Force"
    assert police.org_type.en == "National Central Bureau (NCB)"
    assert [c.name for c in police.contacts] == ["Anaseini Vuki", "Mere Tuilagi"]
    mere = police.contacts[1]
    assert mere.role is not None and mere.role.en == "Head of NCB"
    assert mere.phones == ("+679 701 2345",)
    assert mere.emails == ("mere@police.gov.fj",)
    assert mere.engagements == 2  # 10 July and 30 September
    sione = directory.countries[2].organisations[0].contacts[0]
    assert sione.engagements == 1  # the May operation is outside Q3


def test_contact_directory_filtered_by_country(scenario: Built) -> None:
    with scenario.store.read() as s:
        directory = contact_directory(s, "FJ", Q3, contact_country="to")
    assert [c.code for c in directory.countries] == ["TO"]
    assert directory.contacts == 1


def test_quarterly_summary_sets_quarter_beside_previous(scenario: Built) -> None:
    # Any day of the quarter gives the whole quarter.
    with scenario.store.read() as s:
        summary = quarterly_summary(s, "FJ", Period(Q3.start.replace(day=15), Q3.end))
    now, before = summary.current, summary.previous
    assert (now.period.quarter, before.period.quarter) == ("2025Q3", "2025Q2")
    assert (now.training.total.sessions, before.training.total.sessions) == (3, 1)
    assert (now.training.total.people, before.training.total.people) == (5, 1)
    assert before.training.total.mean_improvement == 25.0
    assert now.capabilities.totals()["searches"] == 150
    assert before.capabilities.totals() == {"searches": 40, "hits": 0}
    assert now.cooperation.engagements == 3
    assert now.cooperation.by_kind == (("meeting", 2), ("workshop", 1))
    assert now.cooperation.contacts_engaged == 3  # C1, C3, C4
    assert now.cooperation.directory_size == 2  # live Fiji contacts
    assert before.cooperation.by_kind == (("joint_operation", 1),)
