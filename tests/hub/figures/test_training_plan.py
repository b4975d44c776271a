"""The training figures' statement on SQLite, which has no GROUPING SETS: each grouping of the
page reads the period's attendances from an index that starts with the quarter (r0012_figspeed),
the table's without sorting them for its groups (the figures' speed on SQLite rests on it)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, text

from bluepacific_hub.figures.filters import Filters
from bluepacific_hub.figures.training import GROUPS, training_statements
from bluepacific_hub.migrate import upgrade

PAGE_GROUPINGS = (GROUPS, (), ("quarter",))


def test_sqlite_reads_each_grouping_from_a_quarter_index(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path}/hub.db")
    upgrade(engine)
    [_, (sql, params)] = training_statements("sqlite", Filters(2025), PAGE_GROUPINGS)
    assert params["first_quarter"] == "2025Q1" and params["last_quarter"] == "2025Q4"
    branches = sql.split(" UNION ALL ")
    assert len(branches) == 3
    with engine.connect() as conn:
        plans = [
            [row[3] for row in conn.execute(text("EXPLAIN QUERY PLAN " + b), params)]
            for b in branches
        ]
    engine.dispose()
    for plan in plans:
        assert any("COVERING INDEX ix_fig_attendance_by_" in step for step in plan), plan
    # The table's grouping (country, course, quarter, sex) comes in the index's order.
    assert not any("TEMP B-TREE FOR GROUP BY" in step for step in plans[0]), plans[0]


def test_a_quarters_statement_asks_for_that_quarter_only() -> None:
    [_, (_, params)] = training_statements("sqlite", Filters(2025, quarter=3), PAGE_GROUPINGS)
    assert (params["first_quarter"], params["last_quarter"]) == ("2025Q3", "2025Q3")
