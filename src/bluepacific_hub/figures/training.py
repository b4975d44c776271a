"""Regional training figures (pillar 1): sessions, unique people trained by sex, female share,
completion and pre/post improvement, per country, course and quarter, counted in SQL."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from bluepacific_hub.figures.filters import Filters
from bluepacific_hub.figures.sql import dialect, is_true, key_of, live, number_of, quarter_of
from bluepacific_wire import training as rules

GROUPS = ("country", "course", "quarter")


@dataclass(frozen=True)
class TrainingRow:
    """The figures of one group; a key the grouping leaves out is "" (every value)."""

    country: str = ""
    course: str = ""
    quarter: str = ""
    sessions: int = 0
    attendances: int = 0
    completed: int = 0
    female: int = 0  # unique people, by sex
    male: int = 0
    another: int = 0
    not_stated: int = 0
    scored: int = 0  # attendances with both scores
    mean_pre: float | None = None
    mean_post: float | None = None
    mean_improvement: float | None = None

    @property
    def people(self) -> int:
        return self.female + self.male + self.another + self.not_stated

    @property
    def female_share(self) -> float | None:
        return rules.female_share(self.female, self.people)

    @property
    def completion_rate(self) -> float | None:
        return rules.completion_rate(self.completed, self.attendances)


def _where(db: str, filters: Filters, params: dict[str, Any]) -> str:
    start = key_of(db, "s", "start_date")
    where = f"{live('s', 'training_session')} AND {start} BETWEEN :start AND :end"
    params.update(start=filters.start.isoformat(), end=filters.end.isoformat())
    if filters.country:
        where += " AND s.country = :country"
        params["country"] = filters.country
    if filters.course:
        where += f" AND {key_of(db, 's', 'course_code')} = :course"
        params["course"] = filters.course
    return where


def _keys(db: str, by: Sequence[str]) -> list[tuple[str, str]]:
    exprs = {
        "country": "s.country",
        "course": key_of(db, "s", "course_code"),
        "quarter": quarter_of(key_of(db, "s", "start_date")),
    }
    unknown = set(by) - set(GROUPS)
    if unknown:
        raise ValueError(f"cannot group training figures by {', '.join(sorted(unknown))}")
    return [(name, exprs[name]) for name in GROUPS if name in by]


def training_statements(
    db: str, filters: Filters, by: Sequence[str]
) -> list[tuple[str, dict[str, Any]]]:
    """The three GROUP BY queries (sessions; attendances; people by sex) with their parameters:
    the bare SQL the figures run, for the benchmark's baseline."""
    params: dict[str, Any] = {}
    where = _where(db, filters, params)
    keys = _keys(db, by)
    select_keys = "".join(f"{expr}, " for _, expr in keys)
    group = f" GROUP BY {', '.join(str(i + 1) for i in range(len(keys)))}" if keys else ""
    group_sex = f" GROUP BY {', '.join(str(i + 1) for i in range(len(keys) + 1))}"
    attendances = (
        "FROM sync_record a JOIN sync_record s "
        f"ON s.record_id = {key_of(db, 'a', 'session_id')} "
        f"JOIN sync_record p ON p.record_id = {key_of(db, 'a', 'person_id')} "
        f"WHERE {live('a', 'attendance')} AND {live('p', 'person')} AND {where}"
    )
    pre, post = number_of(db, "a", "pre_score"), number_of(db, "a", "post_score")
    scored = f"{pre} IS NOT NULL AND {post} IS NOT NULL"
    return [
        (f"SELECT {select_keys}COUNT(*) FROM sync_record s WHERE {where}{group}", params),
        (
            f"SELECT {select_keys}COUNT(*), "
            f"SUM(CASE WHEN {is_true(db, 'a', 'completed')} THEN 1 ELSE 0 END), "
            f"SUM(CASE WHEN {scored} THEN 1 ELSE 0 END), "
            f"AVG(CASE WHEN {scored} THEN {pre} END), AVG(CASE WHEN {scored} THEN {post} END), "
            f"AVG(CASE WHEN {scored} THEN {post} - {pre} END) {attendances}{group}",
            params,
        ),
        (
            f"SELECT {select_keys}{key_of(db, 'p', 'sex')}, COUNT(DISTINCT p.record_id) "
            f"{attendances}{group_sex}",
            params,
        ),
    ]


def training_figures(
    session: Session, filters: Filters, by: Sequence[str] = GROUPS
) -> list[TrainingRow]:
    """The figures of every group with a session in the period, sorted by its keys; `by=()`
    gives the one total row (unique people are counted once however many groups they are in)."""
    db = dialect(session)
    keys = [name for name, _ in _keys(db, by)]
    n = len(keys)
    values: dict[tuple[str, ...], dict[str, Any]] = defaultdict(dict)
    sessions_sql, attendances_sql, people_sql = training_statements(db, filters, by)
    for row in session.execute(text(sessions_sql[0]), sessions_sql[1]):
        values[tuple(str(k) for k in row[:n])]["sessions"] = int(row[n])
    for row in session.execute(text(attendances_sql[0]), attendances_sql[1]):
        count, done, n_scored, mean_pre, mean_post, gain = row[n:]
        values[tuple(str(k) for k in row[:n])].update(
            attendances=int(count),
            completed=int(done or 0),
            scored=int(n_scored or 0),
            mean_pre=None if mean_pre is None else float(mean_pre),
            mean_post=None if mean_post is None else float(mean_post),
            mean_improvement=None if gain is None else float(gain),
        )
    for row in session.execute(text(people_sql[0]), people_sql[1]):
        group = values[tuple(str(k) for k in row[:n])]
        field = rules.sex_bucket(row[n])
        group[field] = group.get(field, 0) + int(row[n + 1])
    if not by and not values:
        values[()] = {}
    out: list[TrainingRow] = []
    for keyed, counted in sorted(values.items()):
        fields: dict[str, Any] = dict(zip(keys, keyed, strict=True))
        fields.update(counted)
        out.append(TrainingRow(**fields))
    return out
