"""Regional training figures (pillar 1): sessions, unique people trained by sex, female share,
completion and pre/post improvement, per country, course and quarter, counted in SQL."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
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


def _where(db: str, filters: Filters, params: dict[str, Any], start: str, course: str) -> str:
    where = f"{live('s', 'training_session')} AND {start} BETWEEN :start AND :end"
    params.update(start=filters.start.isoformat(), end=filters.end.isoformat())
    if filters.country:
        where += " AND s.country = :country"
        params["country"] = filters.country
    if filters.course:
        where += f" AND {course} = :course"
        params["course"] = filters.course
    return where


def _attendances(db: str, filters: Filters, params: dict[str, Any]) -> str:
    """One row per live attendance of a live person at a live session of the period, each
    field read once (MATERIALIZED: the JSON is not parsed again for every aggregate)."""
    if db == "postgresql":
        # json_to_record parses each document once; json-typed columns keep the JSON type, so
        # a score given as text reads as no score, as on SQLite.
        start, course = "y.start_date", "y.course_code"
        where = _where(db, filters, params, start, course)
        done = "(json_typeof(x.completed) = 'boolean' AND x.completed::text = 'true')"

        def score(name: str) -> str:
            return f"(CASE WHEN json_typeof(x.{name}) = 'number' THEN x.{name}::text::float END)"

        source = (
            "FROM sync_record a CROSS JOIN LATERAL json_to_record(a.fields) AS x(session_id "
            "text, person_id text, completed json, pre_score json, post_score json) "
            "JOIN sync_record s ON s.record_id = x.session_id "
            "CROSS JOIN LATERAL json_to_record(s.fields) AS y(course_code text, start_date text) "
            "JOIN sync_record p ON p.record_id = x.person_id "
            f"WHERE {live('a', 'attendance')} AND {live('p', 'person')} AND {where}"
        )
        person, sex = "x.person_id", "(p.fields ->> 'sex')"
        pre, post = score("pre_score"), score("post_score")
    else:
        start, course = key_of(db, "s", "start_date"), key_of(db, "s", "course_code")
        where = _where(db, filters, params, start, course)
        done = is_true(db, "a", "completed")
        source = (
            "FROM sync_record a JOIN sync_record s "
            f"ON s.record_id = {key_of(db, 'a', 'session_id')} "
            f"JOIN sync_record p ON p.record_id = {key_of(db, 'a', 'person_id')} "
            f"WHERE {live('a', 'attendance')} AND {live('p', 'person')} AND {where}"
        )
        person, sex = key_of(db, "a", "person_id"), key_of(db, "p", "sex")
        pre, post = number_of(db, "a", "pre_score"), number_of(db, "a", "post_score")
    return (
        f"WITH att AS MATERIALIZED (SELECT s.country AS country, {course} AS course, "
        f"{quarter_of(start)} AS quarter, {person} AS person, {sex} AS sex, "
        f"CASE WHEN {done} THEN 1 ELSE 0 END AS done, {pre} AS pre, {post} AS post {source}) "
    )


def training_statements(db: str, filters: Filters) -> list[tuple[str, dict[str, Any]]]:
    """The two queries the figures run, with their parameters (the benchmark's baseline):
    sessions per country, course and quarter; attendances per country, course, quarter, sex
    and person (so that unique people can be counted for any grouping of those)."""
    session_params: dict[str, Any] = {}
    start, course = key_of(db, "s", "start_date"), key_of(db, "s", "course_code")
    where = _where(db, filters, session_params, start, course)
    sessions = (
        f"SELECT s.country, {course}, {quarter_of(start)}, COUNT(*) FROM sync_record s "
        f"WHERE {where} GROUP BY 1, 2, 3"
    )
    params: dict[str, Any] = {}
    scored = "pre IS NOT NULL AND post IS NOT NULL"
    attendances = (
        _attendances(db, filters, params)
        + "SELECT country, course, quarter, sex, person, COUNT(*), SUM(done), "
        f"SUM(CASE WHEN {scored} THEN 1 ELSE 0 END), SUM(CASE WHEN {scored} THEN pre END), "
        f"SUM(CASE WHEN {scored} THEN post END) FROM att GROUP BY 1, 2, 3, 4, 5"
    )
    return [(sessions, session_params), (attendances, params)]


@dataclass
class _Sums:
    sessions: int = 0
    attendances: int = 0
    completed: int = 0
    scored: int = 0
    pre: float = 0.0
    post: float = 0.0
    people: dict[str, set[str]] = field(default_factory=dict)  # sex -> person ids

    def row(self, keys: dict[str, str]) -> TrainingRow:
        mean_pre = self.pre / self.scored if self.scored else None
        mean_post = self.post / self.scored if self.scored else None
        fields: dict[str, Any] = {sex: len(ids) for sex, ids in self.people.items()}
        fields.update(
            keys,
            sessions=self.sessions,
            attendances=self.attendances,
            completed=self.completed,
            scored=self.scored,
            mean_pre=mean_pre,
            mean_post=mean_post,
            mean_improvement=None
            if mean_pre is None or mean_post is None
            else mean_post - mean_pre,
        )
        return TrainingRow(**fields)


def training_groupings(
    session: Session, filters: Filters, groupings: Sequence[Sequence[str]]
) -> list[list[TrainingRow]]:
    """The figures for several groupings from one reading of the data (the page shows the
    table, the region's total and the chart by quarter): for each grouping, one row per group
    with a session in the period, sorted by its keys; `()` gives the one total row. Unique
    people are counted once per group however many sessions they attended."""
    for by in groupings:
        unknown = set(by) - set(GROUPS)
        if unknown:
            raise ValueError(f"cannot group training figures by {', '.join(sorted(unknown))}")
    keyed = [tuple(name for name in GROUPS if name in by) for by in groupings]
    sums: list[dict[tuple[str, ...], _Sums]] = [defaultdict(_Sums) for _ in groupings]
    (sessions_sql, session_params), (attendances_sql, params) = training_statements(
        dialect(session), filters
    )
    for country, course, quarter, n in session.execute(text(sessions_sql), session_params):
        values = {"country": str(country), "course": str(course), "quarter": str(quarter)}
        for names, groups in zip(keyed, sums, strict=True):
            groups[tuple(values[k] for k in names)].sessions += int(n)
    rows = session.execute(text(attendances_sql), params)
    for country, course, quarter, sex, person, count, done, scored, pre, post in rows:
        values = {"country": str(country), "course": str(course), "quarter": str(quarter)}
        bucket = rules.sex_bucket(sex)
        for names, groups in zip(keyed, sums, strict=True):
            group = groups[tuple(values[k] for k in names)]
            group.attendances += int(count)
            group.completed += int(done or 0)
            group.scored += int(scored or 0)
            group.pre += float(pre or 0)
            group.post += float(post or 0)
            group.people.setdefault(bucket, set()).add(str(person))
    out: list[list[TrainingRow]] = []
    for names, groups in zip(keyed, sums, strict=True):
        if not names and not groups:
            groups[()] = _Sums()
        out.append([groups[k].row(dict(zip(names, k, strict=True))) for k in sorted(groups)])
    return out


def training_figures(
    session: Session, filters: Filters, by: Sequence[str] = GROUPS
) -> list[TrainingRow]:
    """The figures of one grouping (see training_groupings)."""
    return training_groupings(session, filters, [by])[0]
