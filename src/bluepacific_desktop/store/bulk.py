"""Many rows into one table with one executemany: the write path's only insert (records, outbox)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from functools import lru_cache
from itertools import islice
from typing import Any

from sqlalchemy import Dialect, Table, column, insert, table
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler

_PART = 1000  # rows per executemany


def insert_rows(
    session: Session,
    target: Table,
    keys: Sequence[str],
    rows: Iterable[Sequence[Any]],
    common: Mapping[str, Any],
    encoded: Collection[str] = (),
) -> None:
    """INSERT into `target` each row (its values for `keys`, in that order) and `common`.

    The values of the `encoded` keys are JSON columns' text already, exactly as their type
    writes it (json.dumps): the outbox makes its payloads' text faster from a shared part.

    An executemany of SQLAlchemy's `insert()` on the session's connection, inside its
    transaction, each value converted by its own column's type: what is stored is what
    `session.execute(insert(target), dicts)` stores (tests/cli/test_batch_write.py compares
    the two). Only SQLAlchemy's generic handling of each row's parameters is left out:
    profiling 10,000 attendances showed it costs more than SQLite's own work (10,000 outbox
    rows: 0.23-0.33 s through `execute` with dicts, 0.07-0.10 s as ready tuples). So `common`
    (country, timestamps, device) is converted once, each row becomes one tuple as it is read,
    and the statement SQLAlchemy compiled runs through `exec_driver_sql`.
    """
    conn = session.connection()
    dialect = conn.dialect

    def processor(name: str) -> Callable[[Any], Any] | None:
        if name in encoded:
            return None
        # The dialect's own type: SQLite's DATETIME writes its own text, not Python's default.
        return target.columns[name].type.dialect_impl(dialect).bind_processor(dialect)

    tail = tuple(p(v) if (p := processor(n)) else v for n, v in common.items())
    steps = [(i, p) for i, name in enumerate(keys) if (p := processor(name)) is not None]

    def converted(row: Sequence[Any]) -> tuple[Any, ...]:
        values = list(row)
        for i, process in steps:
            values[i] = process(values[i])
        return (*values, *tail)

    sql = _statement(dialect, target.name, (*keys, *common))
    # In parts: with the parameters of all 10,000 rows alive at once, the garbage collector
    # ran three times as often, now and then a full collection of 60 ms.
    rows = iter(rows)
    while params := [converted(row) for row in islice(rows, _PART)]:
        conn.exec_driver_sql(sql, params)


@lru_cache(maxsize=64)
def _statement(dialect: Dialect, name: str, columns: tuple[str, ...]) -> str:
    """The INSERT of `columns` in this order, compiled by SQLAlchemy once (edits come often)."""
    compiled = insert(table(name, *map(column, columns))).compile(dialect=dialect)
    assert isinstance(compiled, SQLCompiler) and compiled.positiontup == list(columns)
    return compiled.string
