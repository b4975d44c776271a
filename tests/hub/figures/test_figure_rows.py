"""The figures' narrow rows (fig_* tables) stay in step with the records over random pushes
through the real hub — creations, partial updates, deletions, restorations, merges and
conflicts between two laptops of a country, a batch changing a record twice, hostile field
types — and over the removal of squats; and the figures read from them equal the same figures
counted in plain Python from the records' JSON (SQLite and PostgreSQL)."""

from __future__ import annotations

import random
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from bluepacific_hub.figure_rows import TABLES, figure_row
from bluepacific_hub.figures.capabilities import METRICS, capability_figures
from bluepacific_hub.figures.filters import Filters
from bluepacific_hub.figures.training import GROUPS, training_groupings
from bluepacific_hub.models import Base, Record
from bluepacific_hub.squats import Squat, remove_squats
from bluepacific_wire import training as rules
from bluepacific_wire.constants import RecordKind
from bluepacific_wire.ids import IDENTITY_FIELDS, natural_id
from tests.support.hubserver import Client, RunningHub, change

DAYS = ["2025-02-10", "2025-05-03", "2025-11-30", "2024-12-31", "2025-13-01", "soon", None, 7]
TEXTS = ["INV", "CYB", "meeting", "POL", None, 5, True]
NUMBERS = [None, 0, 40, 55.5, 100, "50", True, False]


def _value(kind: str, name: str, rng: random.Random, known: dict[str, list[str]]) -> Any:
    """A random value for a field, of the right type most of the time."""
    if name in ("start_date", "date"):
        return rng.choice(DAYS)
    if name == "sex":
        return rng.choice([*rules.SEXES, "unknown", None, 1])
    if name in ("session_id", "person_id"):
        pool = known["training_session" if name == "session_id" else "person"]
        return rng.choice([*pool, str(uuid.uuid4()), "not-an-id"]) if pool else "none-yet"
    if name == "completed":
        return rng.choice([True, False, "true", 1, None])
    if name in ("pre_score", "post_score", *METRICS):
        return rng.choice(NUMBERS)
    if name == "period":
        return rng.choice(["2025-01", "2025-02", "2024-12", "2025-1"])
    if name == "capability_code":
        return rng.choice(["I247", "SLTD"])
    if name == "contact_country":
        return rng.choice(["FJ", "TO", None])
    if name == "organisation":
        return rng.choice(["Fiji Police", "Customs", None])
    return rng.choice(TEXTS)


FIELDS: dict[str, tuple[str, ...]] = {
    "training_session": ("course_code", "start_date", "title"),
    "person": ("sex", "full_name"),
    "attendance": ("session_id", "person_id", "completed", "pre_score", "post_score"),
    "capability_report": ("capability_code", "period", *METRICS),
    "engagement": ("date", "kind", "summary"),
    "contact": ("contact_country", "org_type", "organisation"),
}


@dataclass
class _Known:
    kind: str
    country: str
    fields: dict[str, Any]
    bases: dict[int, int] = field(default_factory=dict)  # laptop → the revision it holds


def _push(
    client: Client, laptop: int, changes: list[dict[str, Any]], known: dict[str, _Known]
) -> None:
    results = client.push(*changes)["results"]
    for result in results:
        record = known.get(result["record_id"])
        if record is not None and result["revision"] is not None:
            # Applied, a duplicate or a conflict: the laptop now holds that revision.
            record.bases[laptop] = int(result["revision"])


def _rows_written(session: Session) -> dict[str, set[tuple[Any, ...]]]:
    out = {}
    for name, _ in TABLES.values():
        table = Base.metadata.tables[name]
        out[name] = {tuple(row) for row in session.execute(select(table))}
    return out


def _rows_of_records(session: Session) -> dict[str, set[tuple[Any, ...]]]:
    """What the tables should hold, from the live records alone: each record's row, and for
    an attendance its live session's and person's values."""
    rows: dict[str, dict[str, dict[str, Any]]] = {kind: {} for kind in TABLES}
    for record in session.scalars(select(Record).where(Record.deleted.is_(False))):
        row = figure_row(record.kind, record.record_id, record.country, record.fields)
        if row is not None:
            rows[record.kind][record.record_id] = row
    for row in rows["attendance"].values():
        of_session = rows["training_session"].get(row["session_id"] or "", {})
        row.update(
            session_country=of_session.get("country"),
            course_code=of_session.get("course_code"),
            day=of_session.get("day"),
            quarter=of_session.get("quarter"),
            sex=rows["person"].get(row["person_id"] or "", {}).get("sex"),
        )
    out = {}
    for kind, (name, _) in TABLES.items():
        columns = Base.metadata.tables[name].c.keys()
        out[name] = {tuple(row[c] for c in columns) for row in rows[kind].values()}
    return out


def _training_by_hand(session: Session, filters: Filters) -> dict[tuple[str, ...], tuple[Any, ...]]:
    """Training figures per country, course and quarter and in total, from the JSON of the
    live records, by the rules docs/regional-figures.md gives."""
    live = {
        r.record_id: r for r in session.scalars(select(Record).where(Record.deleted.is_(False)))
    }

    def text(value: Any) -> str | None:
        return value if isinstance(value, str) else None

    def number(value: Any) -> float | None:
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        return float(value) if ok else None

    sums: dict[tuple[str, ...], dict[str, Any]] = defaultdict(
        lambda: {"sessions": 0, "att": 0, "done": 0, "scored": 0, "pre": 0.0, "people": {}}
    )
    sessions = {}
    for r in live.values():
        day = text(r.fields.get("start_date"))
        if r.kind != "training_session" or day is None or len(day) != 10 or day[4] != "-":
            continue
        period = (filters.start.isoformat(), filters.end.isoformat())
        if not "01" <= day[5:7] <= "12" or not period[0] <= day <= period[1]:
            continue
        if filters.country not in (None, r.country):
            continue
        quarter = f"{day[:4]}Q{(int(day[5:7]) + 2) // 3}"
        key = (str(r.country), str(text(r.fields.get("course_code"))), quarter)
        sessions[r.record_id] = key
        for group in (key, ()):
            sums[group]["sessions"] += 1
    for r in live.values():
        if r.kind != "attendance" or r.fields.get("session_id") not in sessions:
            continue
        person = live.get(str(r.fields.get("person_id")))
        if person is None or person.kind != "person":
            continue
        pre, post = number(r.fields.get("pre_score")), number(r.fields.get("post_score"))
        for group in (sessions[r.fields["session_id"]], ()):
            s = sums[group]
            s["att"] += 1
            s["done"] += r.fields.get("completed") is True
            if pre is not None and post is not None:
                s["scored"] += 1
                s["pre"] += post - pre
            s["people"][person.record_id] = rules.sex_bucket(text(person.fields.get("sex")))
    out = {}
    for group, s in sums.items():
        sexes = list(s["people"].values())
        counts = tuple(sexes.count(sex) for sex in rules.SEXES)
        gain = round(s["pre"] / s["scored"], 6) if s["scored"] else None
        out[group] = (s["sessions"], s["att"], s["done"], *counts, s["scored"], gain)
    out.setdefault((), (0,) * 8 + (None,))
    return out


def _training_read(session: Session, filters: Filters) -> dict[tuple[str, ...], tuple[Any, ...]]:
    table, [total] = training_groupings(session, filters, [GROUPS, ()])
    out = {}
    for key, row in [*(((r.country, r.course, r.quarter), r) for r in table), ((), total)]:
        gain = None if row.mean_improvement is None else round(row.mean_improvement, 6)
        out[key] = (row.sessions, row.attendances, row.completed, row.female, row.male,
                    row.another, row.not_stated, row.scored, gain)  # fmt: skip
    return out


def _capabilities_by_hand(session: Session, filters: Filters) -> dict[tuple[str, ...], Any]:
    out: dict[tuple[str, ...], Any] = {}
    reports = select(Record).where(Record.deleted.is_(False), Record.kind == "capability_report")
    for r in session.scalars(reports):
        period = r.fields["period"]
        if len(period) != 7 or period not in filters.months():
            continue
        if filters.country not in (None, r.country):
            continue
        key = (r.fields["capability_code"], str(r.country), period)
        n, sums = out.get(key, (0, [None] * len(METRICS)))
        for i, metric in enumerate(METRICS):
            value = r.fields.get(metric)
            if isinstance(value, int | float) and not isinstance(value, bool):
                sums[i] = (sums[i] or 0) + value
        out[key] = (n + 1, sums)
    return {key: (n, tuple(sums)) for key, (n, sums) in out.items()}


def _check(running: RunningHub) -> None:
    with running.hub.sessions() as session:
        assert _rows_written(session) == _rows_of_records(session)
        for filters in (Filters(2025), Filters(2025, quarter=2, country="FJ"), Filters(2024)):
            assert _training_read(session, filters) == _training_by_hand(session, filters)
            read = {
                (r.capability, r.country, r.month): (r.reports, r.metrics)
                for r in capability_figures(session, filters)
            }
            assert read == _capabilities_by_hand(session, filters)


@pytest.mark.parametrize("seed", [1, 2])
def test_the_figures_rows_follow_every_push_and_count_as_the_records_json(
    running: RunningHub, seed: int
) -> None:
    rng = random.Random(seed)
    laptops = {"FJ": [running.device("mere", "FJ"), running.device("ana", "FJ")],
               "TO": [running.device("sione", "TO")]}  # fmt: skip
    known: dict[str, _Known] = {}
    ids: dict[str, list[str]] = defaultdict(list)
    for _ in range(60):
        country = rng.choice(["FJ", "FJ", "TO"])
        laptop = rng.randrange(len(laptops[country]))
        mine = [rid for rid, k in known.items() if k.country == country]
        step = rng.choice(["create"] * 3 + ["update"] * 3 + ["delete", "restore", "twice"])
        if step in ("create", "twice") or not mine:
            kind = rng.choice(list(FIELDS))
            body = {name: _value(kind, name, rng, ids) for name in FIELDS[kind]}
            rid = natural_id(RecordKind(kind), country, body) or str(uuid.uuid4())
            if rid in known:
                continue
            known[rid] = _Known(kind, country, body)
            ids[kind].append(rid)
            changes = [change(country, body, kind=kind, record_id=rid)]
            if step == "twice":  # the same batch changes it again
                name = rng.choice(FIELDS[kind])
                if name not in IDENTITY_FIELDS.get(RecordKind(kind), ()):
                    again = {name: _value(kind, name, rng, ids)}
                    changes.append(change(country, again, kind=kind, record_id=rid,
                                          base_revision=None, changed_fields=[name]))  # fmt: skip
            _push(laptops[country][laptop], laptop, changes, known)
            continue
        rid = rng.choice(mine)
        record = known[rid]
        base = record.bases.get(laptop)
        fixed = IDENTITY_FIELDS.get(RecordKind(record.kind), ())
        if step == "update":
            names = rng.sample([n for n in FIELDS[record.kind] if n not in fixed], k=1)
            values = {n: _value(record.kind, n, rng, ids) for n in names}
            record.fields.update(values)
            one = change(country, {**record.fields}, kind=record.kind, record_id=rid,
                         base_revision=base, changed_fields=names)  # fmt: skip
        else:
            op = "delete" if step == "delete" else "upsert"
            one = change(country, dict(record.fields), kind=record.kind, record_id=rid,
                         base_revision=base, op=op)  # fmt: skip
        _push(laptops[country][laptop], laptop, [one], known)
    _check(running)

    # Records taken off the hub altogether (a squat's removal) take their rows with them.
    gone = [rid for rid, k in known.items() if k.kind in ("attendance", "person")][:3]
    with running.hub.sessions() as session, session.begin():
        remove_squats(session, [Squat(rid, known[rid].kind, "FJ", "TO", None) for rid in gone])
    _check(running)
    with running.hub.sessions() as session:
        written = _rows_written(session)
        assert gone and not {rid for rows in written.values() for rid, *_ in rows} & set(gone)


def test_an_attendance_counts_as_its_session_and_person_stand(running: RunningHub) -> None:
    """A person's sex changed, a session moved or deleted and brought back, an attendance
    pushed before its person: each time the training figures count what the records say."""
    fiji = running.device("mere", "FJ")
    pid, sid = str(uuid.uuid4()), str(uuid.uuid4())
    person = {"full_name": "Mere", "sex": "female"}
    course = {"course_code": "INV", "start_date": "2025-02-10"}
    body = {"session_id": sid, "person_id": pid, "completed": True}
    rid = natural_id(RecordKind.ATTENDANCE, "FJ", body)
    assert rid is not None
    revisions: dict[str, int] = {}

    def push(kind: str, record_id: str, fields: dict[str, Any], **how: Any) -> None:
        base = revisions.get(record_id)
        [result] = fiji.push(
            change("FJ", fields, kind=kind, record_id=record_id, base_revision=base, **how)
        )["results"]
        assert result["status"] == "applied", result
        revisions[record_id] = int(result["revision"])

    def counted() -> tuple[int, int, int, str]:
        _check(running)
        with running.hub.sessions() as session:
            [total] = training_groupings(session, Filters(2025), [()])[0]
            rows = training_groupings(session, Filters(2025), [("quarter",)])[0]
        return total.attendances, total.female, total.male, ",".join(r.quarter for r in rows)

    push("training_session", sid, course)
    push("attendance", rid, body)
    assert counted() == (0, 0, 0, "2025Q1")  # its person is not on the hub yet
    push("person", pid, person)
    assert counted() == (1, 1, 0, "2025Q1")
    push("person", pid, {**person, "sex": "male"}, changed_fields=["sex"])
    assert counted() == (1, 0, 1, "2025Q1")
    push(
        "training_session",
        sid,
        {**course, "start_date": "2025-08-01"},
        changed_fields=["start_date"],
    )
    assert counted() == (1, 0, 1, "2025Q3")
    push("training_session", sid, course, op="delete")
    assert counted() == (0, 0, 0, "")
    push("training_session", sid, course)  # brought back
    assert counted() == (1, 0, 1, "2025Q1")
    push("person", pid, person, op="delete")
    assert counted() == (0, 0, 0, "2025Q1")
