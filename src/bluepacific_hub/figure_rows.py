"""The narrow rows the regional figures read (the fig_* tables), kept in step with sync_record:
the one place that writes them. Every write of a record (a push's batch, the hub's reference
data, the removal of squats) calls it in the same transaction, so the figures never see a
record the hub has not got, nor miss one it has.

A live record of a figures kind has one row holding the fields the figures filter, group and
join on; a deleted record has none. An attendance's row also holds what the training figures
need of its session (country, course, day, quarter) and of its person (the sex they count
under), refreshed whenever either is written, so those figures read one table and join
nothing; NULL there means the session or the person is not live on the hub.

The rules for reading a field (as the figures always read them): a text that is not a JSON
string is NULL, a number is a JSON number (true and false are not numbers), `completed` is JSON
true, a day is YYYY-MM-DD and a month YYYY-MM (anything else counts in no period); a person's
sex is the one they count under (bluepacific_wire.training.sex_bucket), an attendance's status
likewise (attendance_status: none, from an older desktop, is present)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Final

from sqlalchemy import Column, Table, Update, delete, insert, select, update
from sqlalchemy.orm import Session

from bluepacific_hub.models import CODE_LENGTH, Base
from bluepacific_wire import training as rules

# The counts a capability report may carry (the desktop's CapabilityMetric values).
METRICS: Final = (
    "searches",
    "hits",
    "notices_requested",
    "diffusions_requested",
    "messages_exchanged",
    "active_accounts",
)
_DAY = re.compile(r"\d{4}-(0[1-9]|1[0-2])-\d{2}")
_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")
ID_LENGTH: Final = 36  # a record id (a UUID); a longer or shorter text matches no record
CHUNK: Final = 500  # bounded IN lists


def _text(fields: Mapping[str, Any], name: str) -> str | None:
    value = fields.get(name)
    return value if isinstance(value, str) else None


def _id(fields: Mapping[str, Any], name: str) -> str | None:
    value = _text(fields, name)
    return value if value is not None and len(value) == ID_LENGTH else None


def _number(fields: Mapping[str, Any], name: str) -> float | None:
    value = fields.get(name)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _day(fields: Mapping[str, Any], name: str) -> tuple[str | None, str | None]:
    """The day and its quarter (YYYYQn), or (None, None)."""
    value = _text(fields, name)
    if value is None or not _DAY.fullmatch(value):
        return None, None
    return value, f"{value[:4]}Q{(int(value[5:7]) + 2) // 3}"


def _session(fields: Mapping[str, Any]) -> dict[str, Any]:
    day, quarter = _day(fields, "start_date")
    code = _text(fields, "course_code")
    code = code if code is not None and len(code) <= CODE_LENGTH else None
    return {"course_code": code, "day": day, "quarter": quarter}


def _attendance(fields: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "session_id": _id(fields, "session_id"),
        "person_id": _id(fields, "person_id"),
        "completed": fields.get("completed") is True,
        "pre_score": _number(fields, "pre_score"),
        "post_score": _number(fields, "post_score"),
        "status": rules.attendance_status(fields.get("status")),
    }


def _person(fields: Mapping[str, Any]) -> dict[str, Any]:
    return {"sex": rules.sex_bucket(_text(fields, "sex"))}


def _report(fields: Mapping[str, Any]) -> dict[str, Any]:
    period = _text(fields, "period")
    values: dict[str, Any] = {
        "capability_code": _text(fields, "capability_code"),
        "period": period if period is not None and _MONTH.fullmatch(period) else None,
    }
    values.update((metric, _number(fields, metric)) for metric in METRICS)
    return values


def _engagement(fields: Mapping[str, Any]) -> dict[str, Any]:
    day, quarter = _day(fields, "date")
    return {"kind": _text(fields, "kind"), "day": day, "quarter": quarter}


def _contact(fields: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "contact_country": _text(fields, "contact_country"),
        "org_type": _text(fields, "org_type"),
        "organisation": _text(fields, "organisation"),
    }


# record kind → (its table, the columns of a live record's fields)
TABLES: Final[Mapping[str, tuple[str, Callable[[Mapping[str, Any]], dict[str, Any]]]]] = {
    "training_session": ("fig_session", _session),
    "attendance": ("fig_attendance", _attendance),
    "person": ("fig_person", _person),
    "capability_report": ("fig_report", _report),
    "engagement": ("fig_engagement", _engagement),
    "contact": ("fig_contact", _contact),
}


def _table(kind: str) -> Table:
    return Base.metadata.tables[TABLES[kind][0]]


def figure_row(
    kind: str, record_id: str, country: str | None, fields: Mapping[str, Any]
) -> dict[str, Any] | None:
    """The row of a live record in its kind's table; None for a kind the figures do not read."""
    entry = TABLES.get(kind)
    if entry is None:
        return None
    return {"record_id": record_id, "country": country, **entry[1](fields)}


def keep_figure_rows(session: Session, records: Iterable[Mapping[str, Any]]) -> None:
    """Make the figures' rows match these records as just written (each a mapping with
    record_id, kind, country, deleted and fields): the old row goes, a live record's new one
    comes, and the attendances of the sessions and people written (and the new attendances)
    take their session's and person's values again. One DELETE and one executemany INSERT per
    table touched, one UPDATE of the attendances concerned."""
    gone: dict[str, list[str]] = {}
    rows: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        kind = str(record["kind"])
        if kind not in TABLES:
            continue
        gone.setdefault(kind, []).append(str(record["record_id"]))
        if not record["deleted"]:
            row = figure_row(kind, record["record_id"], record["country"], record["fields"])
            rows.setdefault(kind, []).append(row or {})
    for kind, ids in gone.items():
        _delete(session, _table(kind), ids)
    for kind, new in rows.items():
        session.execute(insert(_table(kind)), new)
    _follow(session, "record_id", [r["record_id"] for r in rows.get("attendance", [])])
    _follow(session, "session_id", gone.get("training_session", []))
    _follow(session, "person_id", gone.get("person", []))


def _follow(session: Session, name: str, ids: list[str]) -> None:
    """Refresh the attendances whose `name` column is one of `ids`."""
    attendances = _table("attendance")
    column: Column[Any] = attendances.c[name]
    statement = follow(attendances, _table("training_session"), _table("person"))
    for start in range(0, len(ids), CHUNK):
        session.execute(statement.where(column.in_(ids[start : start + CHUNK])))


def follow(attendances: Table, sessions: Table, people: Table) -> Update:
    """The UPDATE giving attendances their session's and person's values as they stand (add a
    WHERE for the ones concerned); the migration that made the tables runs it on its own."""

    def of_session(name: str) -> Any:
        column = sessions.c[name]
        return select(column).where(sessions.c.record_id == attendances.c.session_id)

    return update(attendances).values(
        session_country=of_session("country").scalar_subquery(),
        course_code=of_session("course_code").scalar_subquery(),
        day=of_session("day").scalar_subquery(),
        quarter=of_session("quarter").scalar_subquery(),
        sex=select(people.c.sex)
        .where(people.c.record_id == attendances.c.person_id)
        .scalar_subquery(),
    )


def forget_figure_rows(session: Session, record_ids: Iterable[str]) -> None:
    """Remove the rows of records taken off the hub altogether (whatever their kind)."""
    ids = list(record_ids)
    for kind in TABLES:
        _delete(session, _table(kind), ids)
    _follow(session, "session_id", ids)
    _follow(session, "person_id", ids)


def _delete(session: Session, table: Table, ids: list[str]) -> None:
    for start in range(0, len(ids), CHUNK):
        session.execute(delete(table).where(table.c.record_id.in_(ids[start : start + CHUNK])))
