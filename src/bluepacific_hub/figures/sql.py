"""What the figures' SQL needs of the database: its dialect (the benchmark and the statements
name it). The figures read the narrow fig_* tables (figure_rows.py), plain columns that read
alike on SQLite and PostgreSQL, so the statements themselves are the same on both."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session


def dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def sorting_in_memory(session: Session) -> None:
    """On PostgreSQL, for the rest of the caller's transaction: sorts of a year's attendances
    (30,000 rows and more) in memory rather than spilled to disk at the default 4 MB, and no
    parallel workers, whose start costs more than these sorts take on a small server."""
    if dialect(session) == "postgresql":
        session.execute(text("SET LOCAL work_mem = '32MB'"))
        session.execute(text("SET LOCAL max_parallel_workers_per_gather = 0"))
