"""Schema upgrades with Alembic: refuse newer files, back up before upgrading, then upgrade.

Opening a store that is already current must not pay for importing Alembic (a noticeable
share of the app's start-up), so the revision checks read the migration files and the
alembic_version table directly, and Alembic itself is imported only to migrate.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import OperationalError

from bluepacific_desktop.domain.errors import NewerSchemaError
from bluepacific_desktop.paths import migrations_dir
from bluepacific_desktop.store.backup import backup_before_upgrade

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

log = logging.getLogger(__name__)

_REVISION = re.compile(r"^revision\s*(?::[^=]*)?=\s*[\"']([^\"']+)[\"']", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\s*(?::[^=]*)?=\s*(?:None|[\"']([^\"']+)[\"'])", re.MULTILINE)


def revision_graph() -> dict[str, str | None]:
    """Each revision of the migrations folder and the one it follows (None for the first)."""
    graph: dict[str, str | None] = {}
    for file in (migrations_dir() / "versions").glob("*.py"):
        source = file.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN.search(source)
        if revision is not None:
            graph[revision.group(1)] = down.group(1) if down else None
    return graph


def head_revision() -> str:
    graph = revision_graph()
    heads = set(graph) - set(graph.values())
    assert len(heads) == 1, f"the migrations must form one line, found heads {heads}"
    return heads.pop()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except OperationalError:  # no such table: a new, empty file
            return None


def ensure_known(engine: Engine, path: Path) -> str | None:
    """The file's revision, or NewerSchemaError when this version of the app does not know it."""
    current = current_revision(engine)
    if current is not None and current not in revision_graph():
        raise NewerSchemaError(str(path), current)
    return current


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def upgrade(
    engine: Engine,
    path: Path,
    target: str = "head",
    upgrading: Callable[[], None] | None = None,
) -> bool:
    """Bring the file to `target`; returns True when something was migrated. `upgrading` is
    called first when there is something to do (the window says so: the backup before it and
    the upgrade take minutes over a big store)."""
    current = ensure_known(engine, path)
    wanted = head_revision() if target == "head" else target
    if current == wanted:
        return False
    if upgrading is not None:
        upgrading()
    if current is not None:
        backup = backup_before_upgrade(engine, path, current)
        log.info("Backed up schema %s to %s before upgrading", current, backup.name)
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), target)
    log.info("Upgraded schema from %s to %s", current, wanted)
    return True


def downgrade(engine: Engine, target: str) -> None:
    from alembic import command

    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), target)
