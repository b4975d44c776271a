"""Training summary (pillar 1): sessions, people by sex, completion and test scores."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from bluepacific_desktop.reports.figures.periods import Period
from bluepacific_desktop.store.models import RefCourse
from bluepacific_wire import training as rules

# SQL for the group a session falls in. Session dates are already calendar dates of the
# country's zone, so the quarter is read straight from the stored YYYY-MM-DD text.
_KEYS = {
    "all": "'all'",
    "course": "s.course_code",
    "quarter": "substr(s.start_date, 1, 4) || 'Q' || "
    "((CAST(substr(s.start_date, 6, 2) AS INTEGER) + 2) / 3)",
}
# Live sessions of the country that start in the period; every query starts from these,
# through the start_date index (INDEXED BY: without statistics SQLite would pick the country
# or course index, and read every session of every year).
_SESSIONS = (
    "FROM training_sessions s INDEXED BY ix_training_sessions_start_date "
    "WHERE s.country = :country AND s.deleted = 0 AND s.start_date BETWEEN :start AND :end"
)
# Live attendances of those sessions, by live people (a tombstone counts nowhere). CROSS JOIN
# keeps SQLite starting from the period's sessions, then their attendances by session_id:
# a quarter reads a quarter's rows, not the whole year's.
_ATTENDANCES = (
    "FROM training_sessions s INDEXED BY ix_training_sessions_start_date "
    "CROSS JOIN attendances a ON a.session_id = s.id "
    "JOIN people p ON p.id = a.person_id "
    "WHERE a.deleted = 0 AND p.deleted = 0 AND s.country = :country AND s.deleted = 0 "
    "AND s.start_date BETWEEN :start AND :end"
)
# Absent and excused people were registered but not trained: they count in no figure but
# their own status's (an unknown status, from a newer app, counts as present).
# The sessions' trainers (people, by id in trainer_ids), live ones only, one row per trainer
# and session: the number of days each session lasts, its start and end days included.
_TRAINERS = (
    "FROM training_sessions s INDEXED BY ix_training_sessions_start_date "
    "CROSS JOIN json_each(s.trainer_ids) t JOIN people p ON p.id = t.value "
    "WHERE p.deleted = 0 AND s.country = :country AND s.deleted = 0 "
    "AND s.start_date BETWEEN :start AND :end"
)
_DAYS = "CAST(julianday(s.end_date) - julianday(s.start_date) AS INTEGER) + 1"
_TRAINED = "a.status NOT IN ({})".format(", ".join(f"'{s}'" for s in rules.NOT_TRAINED))


@dataclass(frozen=True)
class TrainingFigures:
    """A group's figures. `attendances`, completion, scores and people count only those who
    came (present or late); `excused` and `absent` are the registered who did not."""

    sessions: int = 0
    attendances: int = 0  # present or late
    late: int = 0  # of the attendances
    excused: int = 0
    absent: int = 0
    completed: int = 0
    female: int = 0  # unique people, by sex
    male: int = 0
    another: int = 0
    not_stated: int = 0
    scored: int = 0  # attendances with both a pre- and a post-test score
    mean_pre: float | None = None  # over the scored attendances only,
    mean_post: float | None = None  # so that post - pre is the mean improvement
    mean_improvement: float | None = None
    trainers_female: int = 0  # unique trainers (people listed as a session's trainers), by sex
    trainers_male: int = 0
    trainers_another: int = 0
    trainers_not_stated: int = 0
    trainer_days: int = 0  # each session's trainers × its days, summed

    @property
    def trainers(self) -> int:
        return (
            self.trainers_female
            + self.trainers_male
            + self.trainers_another
            + self.trainers_not_stated
        )

    @property
    def people(self) -> int:
        return self.female + self.male + self.another + self.not_stated

    @property
    def present(self) -> int:
        return self.attendances - self.late

    @property
    def registered(self) -> int:
        """Everyone on the sessions' lists, whatever their status."""
        return self.attendances + self.excused + self.absent

    @property
    def female_share(self) -> float | None:
        """Women among the unique people trained (all sexes, 'not stated' included)."""
        return rules.female_share(self.female, self.people)

    @property
    def completion_rate(self) -> float | None:
        return rules.completion_rate(self.completed, self.attendances)


@dataclass(frozen=True)
class CourseFigures:
    code: str
    name_en: str
    name_fr: str
    figures: TrainingFigures

    def name(self, language: str) -> str:
        return self.name_fr if language == "fr" else self.name_en


@dataclass(frozen=True)
class TrainingSummary:
    period: Period
    total: TrainingFigures
    by_course: tuple[CourseFigures, ...]
    by_quarter: tuple[tuple[str, TrainingFigures], ...]  # every quarter of the period, in order


def _grouped(session: Session, key: str, params: dict[str, Any]) -> dict[str, TrainingFigures]:
    """Figures per group, each counted by one GROUP BY query."""
    group = _KEYS[key]
    values: dict[str, dict[str, Any]] = defaultdict(dict)
    for k, n in session.execute(text(f"SELECT {group}, COUNT(*) {_SESSIONS} GROUP BY 1"), params):
        values[k]["sessions"] = n
    scored = "a.pre_score IS NOT NULL AND a.post_score IS NOT NULL"
    trained = f"{_ATTENDANCES} AND {_TRAINED}"
    stats = (
        f"SELECT {group}, COUNT(*), SUM(a.completed), SUM(CASE WHEN {scored} THEN 1 ELSE 0 END), "
        f"AVG(CASE WHEN {scored} THEN a.pre_score END), "
        f"AVG(CASE WHEN {scored} THEN a.post_score END), "
        f"AVG(CASE WHEN {scored} THEN a.post_score - a.pre_score END) {trained} GROUP BY 1"
    )
    for k, count, done, n_scored, pre, post, gain in session.execute(text(stats), params):
        values[k].update(
            attendances=count,
            completed=done or 0,
            scored=n_scored or 0,
            mean_pre=pre,
            mean_post=post,
            mean_improvement=gain,
        )
    statuses = f"SELECT {group}, a.status, COUNT(*) {_ATTENDANCES} GROUP BY 1, 2"
    for k, status, n in session.execute(text(statuses), params):
        bucket = rules.attendance_status(status)
        if bucket != rules.PRESENT:
            values[k][bucket] = values[k].get(bucket, 0) + n
    people = f"SELECT {group}, p.sex, COUNT(DISTINCT a.person_id) {trained} GROUP BY 1, 2"
    for k, sex, n in session.execute(text(people), params):
        # An unknown sex (newer app, hand-edited file) is counted as not stated, never dropped.
        field = rules.sex_bucket(sex)
        values[k][field] = values[k].get(field, 0) + n
    trainers = (
        f"SELECT {group}, p.sex, COUNT(DISTINCT p.id), SUM({_DAYS}) {_TRAINERS} GROUP BY 1, 2"
    )
    for k, sex, n, days in session.execute(text(trainers), params):
        field = f"trainers_{rules.sex_bucket(sex)}"
        values[k][field] = values[k].get(field, 0) + n
        values[k]["trainer_days"] = values[k].get("trainer_days", 0) + int(days or 0)
    return {k: TrainingFigures(**v) for k, v in values.items()}


def training_summary(
    session: Session, country: str, period: Period, *, detail: bool = True
) -> TrainingSummary:
    """The period's figures; with `detail`, also by course and by quarter (a third of the work
    each, which the one-page quarterly summary does without)."""
    # ISO text compares like the stored dates (SQLite keeps dates as YYYY-MM-DD text).
    params = {"country": country, "start": period.start.isoformat(), "end": period.end.isoformat()}
    total = _grouped(session, "all", params).get("all", TrainingFigures())
    if not detail:
        return TrainingSummary(period, total, (), ())
    courses = {c.code: c for c in session.scalars(select(RefCourse))}
    by_course = [
        CourseFigures(
            code,
            courses[code].name_en if code in courses else code,
            courses[code].name_fr if code in courses else code,
            figures,
        )
        for code, figures in _grouped(session, "course", params).items()
    ]
    by_course.sort(key=lambda c: (-c.figures.sessions, c.name_en))
    quarters = _grouped(session, "quarter", params)
    by_quarter = tuple((q, quarters.get(q, TrainingFigures())) for q in period.quarters())
    return TrainingSummary(period, total, tuple(by_course), by_quarter)
