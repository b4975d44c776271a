"""A store file taken back to an older revision of its schema, as an older app left it: where a
migration's test, and the first start after an update, begin."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from bluepacific_desktop.store import migrate
from tests.support.store_file import engine_for


def revisions() -> list[str]:
    """Every revision in the script directory, oldest first."""
    return [r.revision for r in reversed(list(migrate.script_directory().walk_revisions()))]


def revision_before(revision: str) -> str:
    every = revisions()
    return every[every.index(revision) - 1]


def take_back(path: Path, revision: str) -> None:
    """Downgrade the store file at `path` to `revision` (with its key when it is encrypted)."""
    engine = engine_for(path)
    try:
        migrate.downgrade(engine, revision)
    finally:
        engine.dispose()
    assert stored_revision(path) == revision


def stored_revision(path: Path) -> str | None:
    engine = engine_for(path)
    try:
        return migrate.current_revision(engine)
    finally:
        engine.dispose()


def columns(path: Path, table: str) -> set[str]:
    engine = engine_for(path)
    try:
        with engine.connect() as conn:
            return {c["name"] for c in sa.inspect(conn).get_columns(table)}
    finally:
        engine.dispose()


def tables(path: Path) -> set[str]:
    engine = engine_for(path)
    try:
        with engine.connect() as conn:
            return set(sa.inspect(conn).get_table_names())
    finally:
        engine.dispose()
