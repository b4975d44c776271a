"""Schema migrations: models and migrations agree, no row is lost, old and foreign files."""

from __future__ import annotations

import os
import shutil
import stat
from datetime import date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.domain.errors import NewerSchemaError, StoreCorrupt
from bluepacific_desktop.paths import DB_FILENAME, migrations_dir
from bluepacific_desktop.store import migrate
from bluepacific_desktop.store.backup import BACKUP_DIRNAME
from bluepacific_desktop.store.engine import make_engine
from bluepacific_desktop.store.models import Base
from bluepacific_desktop.store.store import Store
from tests.support import store_file
from tests.support.revisions import revisions

ROWS_PER_TABLE = 3
# Tables the database keeps itself from others (triggers): their one row is not data to write.
KEPT_BY_TRIGGERS = {"outbox_tally"}


def schema_drift(engine: sa.Engine) -> list:
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "render_as_batch": True}
        )
        return compare_metadata(context, Base.metadata)


def table_names(engine: sa.Engine) -> set[str]:
    return set(sa.inspect(engine).get_table_names()) - {"alembic_version"}


def _value(column: sa.Column, i: int):
    kind = column.type
    if isinstance(kind, sa.Boolean):
        return i % 2 == 0
    if isinstance(kind, sa.Integer):
        return i + 1
    if isinstance(kind, sa.Float | sa.Numeric):
        return i + 0.5
    if isinstance(kind, sa.DateTime):
        return datetime(2025, 1, 1, 12, i)
    if isinstance(kind, sa.Date):
        return date(2025, 1, i + 1)
    if isinstance(kind, sa.JSON):
        return [f"v{i}"]
    if isinstance(kind, sa.LargeBinary):
        return bytes([i]) * 8
    text = f"{column.name}-{i}"
    length = getattr(kind, "length", None)
    return text if not length or len(text) <= length else f"{i}".rjust(length, "z")


def populate(engine: sa.Engine) -> dict[str, list[dict]]:
    """Insert rows in every table that exists now, whatever its columns (foreign keys followed)."""
    meta = sa.MetaData()
    meta.reflect(engine)
    written: dict[str, list[dict]] = {}
    with engine.begin() as conn:
        for table in meta.sorted_tables:
            if table.name == "alembic_version" or table.name in KEPT_BY_TRIGGERS:
                continue
            rows = []
            for i in range(ROWS_PER_TABLE):
                row = {}
                for column in table.columns:
                    fks = list(column.foreign_keys)
                    if fks:
                        target = fks[0].column
                        row[column.name] = written[target.table.name][i][target.name]
                    else:
                        row[column.name] = _value(column, i)
                rows.append(row)
            conn.execute(table.insert(), rows)
            written[table.name] = rows
    return written


def read_back(engine: sa.Engine, written: dict[str, list[dict]]) -> dict[str, list[dict]]:
    meta = sa.MetaData()
    meta.reflect(engine)
    found = {}
    with engine.connect() as conn:
        for name, rows in written.items():
            table = meta.tables[name]
            pk = list(table.primary_key.columns)
            found[name] = []
            for row in rows:
                where = sa.and_(*(c == row[c.name] for c in pk))
                result = conn.execute(sa.select(table).where(where)).mappings().one_or_none()
                found[name].append(dict(result) if result is not None else None)
    return found


def build_at(data_dir: Path, revision: str) -> sa.Engine:
    path = data_dir / DB_FILENAME
    engine = make_engine(path, None)  # a plain file, as the releases before encryption made
    migrate.upgrade(engine, path, revision)
    assert migrate.current_revision(engine) == revision
    return engine


def test_there_is_a_single_head():
    assert len(migrate.script_directory().get_heads()) == 1
    assert revisions()[-1] == migrate.head_revision()


def test_models_and_migrations_agree(data_dir):
    with Store.open(data_dir) as store:
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        assert schema_drift(store.engine) == []
        assert table_names(store.engine) == set(Base.metadata.tables)


@pytest.mark.parametrize("revision", revisions())
def test_a_populated_database_upgrades_from_every_revision_without_losing_a_row(data_dir, revision):
    engine = build_at(data_dir, revision)
    written = populate(engine)
    assert written, "no table to populate"
    engine.dispose()

    with Store.open(data_dir) as store:
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        after = read_back(store.engine, written)
    for name, rows in written.items():
        for row, back in zip(rows, after[name], strict=True):
            assert back is not None, f"{name} lost a row upgrading from {revision}"
            # Columns that still exist keep their values (a revision that reshapes data adds
            # its own check in tests/migrations/test_<rev>.py).
            assert {k: back[k] for k in row if k in back} == row
    backups = [p.name for p in (data_dir / BACKUP_DIRNAME).glob("*.sqlite3")]
    if revision == migrate.head_revision():
        assert backups == []
    else:
        assert len(backups) == 1
        assert f"before-upgrade-from-{revision}" in backups[0]


def test_upgrade_downgrade_to_base_and_upgrade_again(data_dir):
    path = data_dir / DB_FILENAME
    engine = build_at(data_dir, migrate.head_revision())
    try:
        for revision in reversed(revisions()):
            assert migrate.current_revision(engine) == revision
            migrate.downgrade(engine, "-1")
        assert migrate.current_revision(engine) is None
        assert table_names(engine) == set()
        assert migrate.upgrade(engine, path) is True
        assert schema_drift(engine) == []
        assert migrate.upgrade(engine, path) is False  # already at head: nothing to do
    finally:
        engine.dispose()


def _fingerprint(path: Path):
    return path.read_bytes(), path.stat().st_mtime_ns


def test_a_database_from_a_newer_version_is_refused_and_left_alone(data_dir, records):
    records.create(RecordKind.PERSON)
    records.store.close()
    path = data_dir / DB_FILENAME
    conn = store_file.connect(path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
    conn.close()
    before = _fingerprint(path)

    with pytest.raises(NewerSchemaError) as caught:
        Store.open(data_dir)
    message = str(caught.value)
    assert "newer version of Blue Pacific Desktop" in message
    assert "ffff_future" in message
    assert str(path) in message
    assert _fingerprint(path) == before
    assert not (data_dir / BACKUP_DIRNAME).exists()


@pytest.mark.parametrize(
    "content",
    [os.urandom(8192), b"SQLite format 3\x00" + os.urandom(8192), b"not a database"],
    ids=["random", "sqlite-header-then-noise", "short-text"],
)
def test_a_file_that_is_not_a_store_is_refused_and_left_alone(data_dir, content):
    data_dir.mkdir()
    path = data_dir / DB_FILENAME
    path.write_bytes(content)
    before = _fingerprint(path)
    with pytest.raises(StoreCorrupt) as caught:
        Store.open(data_dir)
    assert str(path) in str(caught.value)
    # Whole pages of noise may be an encrypted store whose key this computer lacks: it says so.
    said = str(caught.value)
    assert "not a database" in said or "locked with a key this computer does not have" in said
    assert _fingerprint(path) == before
    assert sorted(p.name for p in data_dir.iterdir()) == [DB_FILENAME]


EXTRA_REVISION = '''
"""Test-only revision: one more table, to have an old file to upgrade."""

import sqlalchemy as sa
from alembic import op

revision = "zz_test_next"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("zz_test_extra", sa.Column("id", sa.Integer(), primary_key=True))


def downgrade() -> None:
    op.drop_table("zz_test_extra")
'''


def test_opening_an_old_database_backs_it_up_before_upgrading(data_dir, tmp_path, monkeypatch):
    with Store.open(data_dir) as store:
        written = populate(store.engine)
        old = migrate.current_revision(store.engine)
    head = _use_newer_migrations(tmp_path, monkeypatch)

    with Store.open(data_dir) as store:
        assert migrate.current_revision(store.engine) == head
        assert "zz_test_extra" in table_names(store.engine)
        assert all(
            r is not None for rows in read_back(store.engine, written).values() for r in rows
        )

    backups = list((data_dir / BACKUP_DIRNAME).glob("*.sqlite3"))
    assert len(backups) == 1
    assert f"before-upgrade-from-{old}" in backups[0].name
    if os.name == "posix":
        assert stat.S_IMODE(backups[0].stat().st_mode) == 0o600
    conn = store_file.connect(f"file:{backups[0]}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (old,)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "zz_test_extra" not in tables
        people = conn.execute("SELECT count(*) FROM people").fetchone()[0]
    finally:
        conn.close()
    assert people == ROWS_PER_TABLE

    # Opening again at head takes no further backup.
    Store.open(data_dir).close()
    assert len(list((data_dir / BACKUP_DIRNAME).glob("*.sqlite3"))) == 1


def _use_newer_migrations(tmp_path, monkeypatch) -> str:
    folder = tmp_path / "migrations"
    shutil.copytree(migrations_dir(), folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "zz_test_next.py").write_text(
        EXTRA_REVISION.format(head=migrate.head_revision()), encoding="utf-8"
    )
    monkeypatch.setattr(migrate, "migrations_dir", lambda: folder)
    assert migrate.head_revision() == "zz_test_next"
    return "zz_test_next"
