"""What the figures' SQL needs of the database: its dialect (the benchmark and the statements
name it). The figures read the narrow fig_* tables (figure_rows.py), plain columns that read
alike on SQLite and PostgreSQL, so the statements themselves are the same on both."""

from __future__ import annotations

from sqlalchemy.orm import Session


def dialect(session: Session) -> str:
    return session.get_bind().dialect.name
