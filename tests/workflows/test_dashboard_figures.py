"""The dashboard's two charts, counted by hand: people trained by sex in the last four
quarters, searches and hits in the last twelve months."""

from __future__ import annotations

from datetime import UTC, date, datetime

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.workflows.dashboard import dashboard_figures, last_months
from bluepacific_desktop.workflows.todo import to_do

NOW = datetime(2025, 3, 15, 0, 0, tzinfo=UTC)  # 15 March 2025 in Fiji: 2025Q1


def test_last_months_cross_the_new_year() -> None:
    months = last_months(date(2025, 3, 15)).months()
    assert (months[0], months[-1], len(months)) == ("2024-04", "2025-03", 12)
    assert last_months(date(2024, 12, 31)).months()[0] == "2024-01"


def test_chart_figures_by_hand(store: Store) -> None:
    with store.write() as session:
        svc = RecordService(session)
        people = {
            name: svc.create(RecordKind.PERSON, {"full_name": name, "sex": sex}).id
            for name, sex in (
                ("Mere", "female"),
                ("Ana", "female"),
                ("Jone", "male"),
                ("Kim", "not_stated"),
            )
        }

        def session_on(day: str, *names: str) -> None:
            data = {
                "course_code": "HR_POLICING",
                "mode": "in_person",
                "start_date": day,
                "end_date": day,
            }
            sid = svc.create(RecordKind.TRAINING_SESSION, data).id
            for name in names:
                svc.create(RecordKind.ATTENDANCE, {"session_id": sid, "person_id": people[name]})

        session_on("2024-02-10", "Mere", "Ana", "Jone")  # 2024Q1: before the chart's quarters
        session_on("2024-05-02", "Mere", "Jone")  # 2024Q2
        session_on("2024-06-20", "Mere")  # 2024Q2 again: Mere is one person in the quarter
        session_on("2025-01-08", "Ana", "Kim")  # 2025Q1
        session_on("2025-02-08", "Ana", "Jone")  # 2025Q1

        def usage(capability: str, period: str, searches: int, hits: int) -> None:
            data = {
                "capability_code": capability,
                "period": period,
                "searches": searches,
                "hits": hits,
            }
            svc.create(RecordKind.CAPABILITY_REPORT, data)

        usage("SLTD", "2024-03", 999, 99)  # thirteen months back: not on the chart
        usage("SLTD", "2024-04", 10, 1)
        usage("SLTD", "2025-03", 20, 2)
        usage("SMV", "2025-03", 5, 3)
    with store.read() as session:
        figures = dashboard_figures(session, NOW)
    quarters = [q for q, _ in figures.by_quarter]
    assert quarters == ["2024Q2", "2024Q3", "2024Q4", "2025Q1"]
    by_sex = [(f.female, f.male, f.another, f.not_stated) for _, f in figures.by_quarter]
    assert by_sex == [(1, 1, 0, 0), (0, 0, 0, 0), (0, 0, 0, 0), (1, 1, 0, 1)]
    # This quarter's figures are the quarterly summary's, the same as on the chart.
    assert figures.summary.current.training.total.people == 3
    assert figures.summary.current.training.total.sessions == 2
    assert figures.usage.months[0] == "2024-04" and figures.usage.months[-1] == "2025-03"
    searches = figures.usage.month_totals("searches")
    hits = figures.usage.month_totals("hits")
    assert (searches[0], searches[-1], sum(searches)) == (10, 25, 35)
    assert (hits[0], hits[-1], sum(hits)) == (1, 5, 6)
    with store.read() as session:
        todo = to_do(session, NOW)
    # 2024-01 … 2025-02 owed (14 months); 2024-03 and 2024-04 are reported (March 2025 has
    # not ended, so its report counts nowhere in the to-do list).
    assert len(todo.months_not_reported) == 12
    assert todo.months_not_reported[:3] == ("2024-01", "2024-02", "2024-05")
    assert figures.country.code == "FJ" and figures.today == date(2025, 3, 15)
