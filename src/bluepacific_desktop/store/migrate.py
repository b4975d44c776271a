"""Schema upgrades with Alembic: refuse newer files, back up before upgrading, then upgrade."""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from bluepacific_desktop.domain.errors import NewerSchemaError
from bluepacific_desktop.paths import migrations_dir
from bluepacific_desktop.store.backup import backup_before_upgrade

log = logging.getLogger(__name__)


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def ensure_known(engine: Engine, path: Path) -> str | None:
    """The file's revision, or NewerSchemaError when this version of the app does not know it."""
    current = current_revision(engine)
    if current is not None:
        known = {rev.revision for rev in script_directory().walk_revisions()}
        if current not in known:
            raise NewerSchemaError(str(path), current)
    return current


def upgrade(engine: Engine, path: Path, target: str = "head") -> bool:
    """Bring the file to `target`; returns True when something was migrated."""
    current = ensure_known(engine, path)
    wanted = head_revision() if target == "head" else target
    if current == wanted:
        return False
    if current is not None:
        backup = backup_before_upgrade(engine, path, current)
        log.info("Backed up schema %s to %s before upgrading", current, backup.name)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), target)
    log.info("Upgraded schema from %s to %s", current, wanted)
    return True


def downgrade(engine: Engine, target: str) -> None:
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), target)
