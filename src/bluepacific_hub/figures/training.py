"""Regional training figures (pillar 1): sessions, unique people trained by sex, female share,
completion and pre/post improvement, per country, course and quarter, counted in SQL; the
attendances by status (present and late are trained, excused and absent are not)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from bluepacific_hub.figures.filters import Filters
from bluepacific_hub.figures.sql import dialect, sorting_in_memory
from bluepacific_wire import training as rules

GROUPS = ("country", "course", "quarter")


@dataclass(frozen=True)
class TrainingRow:
    """The figures of one group; a key the grouping leaves out is "" (every value)."""

    country: str = ""
    course: str = ""
    quarter: str = ""
    sessions: int = 0
    attendances: int = 0  # present or late: those trained
    late: int = 0  # of the attendances
    excused: int = 0  # registered, not trained
    absent: int = 0  # registered, not trained
    completed: int = 0
    female: int = 0  # unique people trained, by sex
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


# Each key's column in fig_session (s) and in fig_attendance (a), which holds its session's.
_SESSION_COLUMNS = {"country": "country", "course": "course_code", "quarter": "quarter"}
_ATTENDANCE_COLUMNS = {"country": "session_country", "course": "course_code", "quarter": "quarter"}


def _where(alias: str, columns: dict[str, str], filters: Filters, params: dict[str, Any]) -> str:
    where = f"{alias}.day BETWEEN :start AND :end"
    params.update(start=filters.start.isoformat(), end=filters.end.isoformat())
    if filters.country:
        where += f" AND {alias}.{columns['country']} = :country"
        params["country"] = filters.country
    if filters.course:
        where += f" AND {alias}.{columns['course']} = :course"
        params["course"] = filters.course
    return where


# Absent and excused people count under their status only: no person, completion or score of
# theirs is counted (docs/regional-figures.md).
_TRAINED = "a.status NOT IN ({})".format(", ".join(f"'{s}'" for s in rules.NOT_TRAINED))
_SCORED = f"{_TRAINED} AND a.pre_score IS NOT NULL AND a.post_score IS NOT NULL"
_SUMS = (
    f"SUM(CASE WHEN {_TRAINED} THEN 1 ELSE 0 END), "
    + ", ".join(
        f"SUM(CASE WHEN a.status = '{status}' THEN 1 ELSE 0 END)"
        for status in (rules.LATE, rules.EXCUSED, rules.ABSENT)
    )
    + f", SUM(CASE WHEN {_TRAINED} AND a.completed THEN 1 ELSE 0 END), "
    f"SUM(CASE WHEN {_SCORED} THEN 1 ELSE 0 END), "
    f"SUM(CASE WHEN {_SCORED} THEN a.pre_score END), "
    f"SUM(CASE WHEN {_SCORED} THEN a.post_score END)"
)


_BYTEWISE = ' COLLATE "C"'  # PostgreSQL: ids compared byte by byte (training_statements)


def _people(collate: str = "") -> str:
    """The unique people trained (present or late) of a group."""
    return f"COUNT(DISTINCT CASE WHEN {_TRAINED} THEN a.person_id{collate} END)"


def training_statements(
    db: str, filters: Filters, groupings: Sequence[Sequence[str]] = (GROUPS,)
) -> list[tuple[str, dict[str, Any]]]:
    """The two queries the figures run, with their parameters (the benchmark's baseline):
    sessions per country, course and quarter; and for each grouping, attendances per group
    and sex with their unique people (the first column numbers the grouping), read by an
    indexed scan of the period's attendances, which carry their session's and person's values
    (figure_rows.py): no join. A person has one sex, so the people of a group's sexes add up
    to its people; an attendance whose person is not live has no sex and counts nowhere.

    On PostgreSQL every grouping comes from one reading of the attendances (GROUPING SETS;
    sorted once when the groupings nest, as the page's do), the unique people compared byte
    by byte (COLLATE "C": the ids are ASCII, and the database's locale would compare them
    letter by letter for nothing). SQLite has no grouping sets: one branch of a UNION ALL per
    grouping, each an indexed scan in its grouping's order (the indexes of r0012_figspeed)."""
    session_params: dict[str, Any] = {}
    where = _where("s", _SESSION_COLUMNS, filters, session_params)
    sessions = (
        "SELECT s.country, s.course_code, s.quarter, COUNT(*) FROM fig_session s "
        f"WHERE {where} GROUP BY 1, 2, 3"
    )
    params: dict[str, Any] = {}
    where = _where("a", _ATTENDANCE_COLUMNS, filters, params) + " AND a.sex IS NOT NULL"
    distinct = {frozenset(by) for by in groupings}
    if db == "postgresql" and len(distinct) == len(groupings):
        attendances = _grouping_sets(groupings, where)
    else:
        # Also the period's quarters, which the day implies (figure_rows.py derives one from
        # the other): SQLite then reads from the indexes that start with the quarter, in each
        # grouping's order, rather than sorting the period's attendances once per grouping.
        quarters = filters.quarters()
        params.update(first_quarter=quarters[0], last_quarter=quarters[-1])
        where += " AND a.quarter BETWEEN :first_quarter AND :last_quarter"
        attendances = _union(groupings, where)
    return [(sessions, session_params), (attendances, params)]


def _union(groupings: Sequence[Sequence[str]], where: str) -> str:
    branches = []
    for n, by in enumerate(groupings):
        keys = [f"a.{_ATTENDANCE_COLUMNS[k]}" if k in by else "''" for k in GROUPS]
        grouped = [f"a.{_ATTENDANCE_COLUMNS[k]}" for k in GROUPS if k in by]
        branches.append(
            f"SELECT {n}, {', '.join(keys)}, a.sex, {_people()}, {_SUMS} "
            f"FROM fig_attendance a WHERE {where} GROUP BY {', '.join([*grouped, 'a.sex'])}"
        )
    return " UNION ALL ".join(branches)


def _grouping_sets(groupings: Sequence[Sequence[str]], where: str) -> str:
    """One statement for every grouping (each a different set of keys). Each set lists its
    keys the most shared first, so that nested groupings (sex ⊂ sex, quarter ⊂ sex, quarter,
    country, course) are one sort; GROUPING() tells the sets' rows apart."""
    used = sorted(
        {k for by in groupings for k in by},
        key=lambda k: (-sum(k in by for by in groupings), GROUPS.index(k)),
    )
    column = {k: f"a.{_ATTENDANCE_COLUMNS[k]}" for k in GROUPS}
    sets = ", ".join(
        "(" + ", ".join(["a.sex", *(column[k] for k in used if k in by)]) + ")" for by in groupings
    )
    keys = [f"COALESCE({column[k]}, '')" if k in used else "''" for k in GROUPS]
    number = "0"
    if used:
        bits = {k: 1 << (len(used) - 1 - i) for i, k in enumerate(used)}
        cases = " ".join(
            f"WHEN {sum(bit for k, bit in bits.items() if k not in by)} THEN {n}"
            for n, by in enumerate(groupings)
        )
        number = f"CASE GROUPING({', '.join(column[k] for k in used)}) {cases} END"
    return (
        f"SELECT {number}, {', '.join(keys)}, a.sex, "
        f"{_people(_BYTEWISE)}, {_SUMS} "
        f"FROM fig_attendance a WHERE {where} GROUP BY GROUPING SETS ({sets})"
    )


@dataclass
class _Sums:
    sessions: int = 0
    attendances: int = 0
    late: int = 0
    excused: int = 0
    absent: int = 0
    completed: int = 0
    scored: int = 0
    pre: float = 0.0
    post: float = 0.0
    people: dict[str, int] = field(default_factory=dict)  # sex -> unique people

    def row(self, keys: dict[str, str]) -> TrainingRow:
        mean_pre = self.pre / self.scored if self.scored else None
        mean_post = self.post / self.scored if self.scored else None
        fields: dict[str, Any] = dict(self.people)
        fields.update(
            keys,
            sessions=self.sessions,
            attendances=self.attendances,
            late=self.late,
            excused=self.excused,
            absent=self.absent,
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
    if not keyed:
        return []
    sums: list[dict[tuple[str, ...], _Sums]] = [defaultdict(_Sums) for _ in groupings]
    (sessions_sql, session_params), (attendances_sql, params) = training_statements(
        dialect(session), filters, keyed
    )
    sorting_in_memory(session)
    for country, course, quarter, n in session.execute(text(sessions_sql), session_params):
        values = {"country": str(country), "course": str(course), "quarter": str(quarter)}
        for names, groups in zip(keyed, sums, strict=True):
            groups[tuple(values[k] for k in names)].sessions += int(n)
    rows = session.execute(text(attendances_sql), params)
    for row in rows:
        n, country, course, quarter, sex, people, count, late, excused, absent = row[:10]
        done, scored, pre, post = row[10:]
        names, groups = keyed[n], sums[n]
        values = {"country": str(country), "course": str(course), "quarter": str(quarter)}
        group = groups[tuple(values[k] for k in names)]
        group.attendances += int(count or 0)
        group.late += int(late or 0)
        group.excused += int(excused or 0)
        group.absent += int(absent or 0)
        group.completed += int(done or 0)
        group.scored += int(scored or 0)
        group.pre += float(pre or 0)
        group.post += float(post or 0)
        bucket = rules.sex_bucket(sex)
        group.people[bucket] = group.people.get(bucket, 0) + int(people or 0)
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
