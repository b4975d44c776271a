"""Reading record fields inside SQL on SQLite and PostgreSQL alike: the hub keeps each record's
fields as one JSON document (sync_record.fields), read differently by the two databases.

A field of the wrong JSON type (a hand-made or hostile push) reads as NULL, never as an error:
PostgreSQL would otherwise stop the whole query on a cast."""

from __future__ import annotations

from sqlalchemy.orm import Session


def dialect(session: Session) -> str:
    return session.get_bind().dialect.name


# The field names below come from this package's code, never from a request.
def text_of(db: str, alias: str, name: str) -> str:
    """The field as text (NULL when it is not a string)."""
    if db == "postgresql":
        return f"(CASE WHEN json_typeof({alias}.fields -> '{name}') = 'string' " \
            f"THEN {alias}.fields ->> '{name}' END)"  # fmt: skip
    return f"(CASE WHEN json_type({alias}.fields, '$.{name}') = 'text' " \
        f"THEN json_extract({alias}.fields, '$.{name}') END)"  # fmt: skip


def key_of(db: str, alias: str, name: str) -> str:
    """The field as text for joins and groups (no type check: ids and codes are strings)."""
    if db == "postgresql":
        return f"({alias}.fields ->> '{name}')"
    return f"json_extract({alias}.fields, '$.{name}')"


def number_of(db: str, alias: str, name: str) -> str:
    """The field as a number (NULL when it is not one)."""
    if db == "postgresql":
        return f"(CASE WHEN json_typeof({alias}.fields -> '{name}') = 'number' " \
            f"THEN CAST({alias}.fields ->> '{name}' AS DOUBLE PRECISION) END)"  # fmt: skip
    return f"(CASE WHEN json_type({alias}.fields, '$.{name}') IN ('integer', 'real') " \
        f"THEN json_extract({alias}.fields, '$.{name}') END)"  # fmt: skip


def is_true(db: str, alias: str, name: str) -> str:
    """A condition: the field is JSON true (the wire's booleans)."""
    if db == "postgresql":
        return f"(json_typeof({alias}.fields -> '{name}') = 'boolean' " \
            f"AND {alias}.fields ->> '{name}' = 'true')"  # fmt: skip
    return f"(json_type({alias}.fields, '$.{name}') = 'true')"


def quarter_of(day: str) -> str:
    """YYYYQn of a YYYY-MM-DD text expression (session and engagement dates are the country's
    calendar days already)."""
    return (
        f"(substr({day}, 1, 4) || 'Q' || "
        f"CAST((CAST(substr({day}, 6, 2) AS INTEGER) + 2) / 3 AS VARCHAR(1)))"
    )


def live(alias: str, kind: str) -> str:
    """A condition: the record is of `kind` and not deleted."""
    return f"{alias}.kind = '{kind}' AND {alias}.deleted = false"
