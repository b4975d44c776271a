"""`db upgrade | backup | backups | check | restore`: looking after the data file."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from bluepacific_desktop.cli.check_words import check_name, finding_words
from bluepacific_desktop.cli.common import (
    CommandFailed,
    data_dir,
    db_path,
    open_existing,
    open_store,
    say,
)
from bluepacific_desktop.domain.errors import NewerSchemaError, StoreLocked
from bluepacific_desktop.i18n.catalogue import translate
from bluepacific_desktop.i18n.formats import fill, number
from bluepacific_desktop.store import cipher, keys, migrate
from bluepacific_desktop.store.backup import (
    backup_to,
    backups_folder,
    default_backup_path,
    list_backups,
    restore_from,
)
from bluepacific_desktop.store.check import check_store
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.sync import state as sync_state

log = logging.getLogger(__name__)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    db = commands.add_parser(
        "db", help=translate("CliHelp", "upgrade, back up, check or restore the data file")
    )
    sub = db.add_subparsers(dest="db_command", metavar="COMMAND", required=True)
    sub.add_parser(
        "upgrade", help=translate("CliHelp", "bring the data file to this version's schema")
    ).set_defaults(run=upgrade)
    b = sub.add_parser(
        "backup", help=translate("CliHelp", "copy the data file safely (works while the app runs)")
    )
    b.add_argument(
        "--output",
        type=Path,
        metavar="FILE",
        help=translate("CliHelp", "where to write the backup"),
    )
    b.set_defaults(run=backup)
    sub.add_parser(
        "check",
        help=translate("CliHelp", "SQLite integrity check and the sync outbox consistency check"),
    ).set_defaults(run=check)
    sub.add_parser(
        "backups",
        help=translate(
            "CliHelp", "list the backups in the data folder, newest first, and which are checked"
        ),
    ).set_defaults(run=backups)
    r = sub.add_parser("restore", help=translate("CliHelp", "replace the data file with a backup"))
    r.add_argument(
        "file", type=Path, metavar="FILE", help=translate("CliHelp", "a backup made by 'db backup'")
    )
    r.set_defaults(run=restore)


def upgrade(args: argparse.Namespace) -> int:
    path = db_path(args)
    before = None
    if path.exists() and path.stat().st_size > 0:
        with open_existing(args) as store:
            before = migrate.current_revision(store.engine)
    with open_store(args, upgrade=True) as store:
        after = migrate.current_revision(store.engine)
    if before == after:
        say(
            fill(
                translate("DbCommand", "The data file %1 is already at the newest schema (%2)."),
                path,
                after,
            )
        )
    else:
        say(
            fill(
                translate("DbCommand", "Upgraded the data file %1 from schema %2 to %3."),
                path,
                before or translate("DbCommand", "none", "no schema yet"),
                after,
            )
        )
    log.info("db upgrade: %s -> %s", before, after)
    return 0


def backup(args: argparse.Namespace) -> int:
    # A file whose tables differ from this version's can still be copied as it is.
    with open_existing(args, check_schema=False) as store:
        target = args.output.expanduser().resolve() if args.output else None
        if target is not None and target.exists():
            raise CommandFailed(
                fill(translate("DbCommand", "%1 already exists; choose another file name."), target)
            )
        written = backup_to(store.engine, target or default_backup_path(store.path))
    log.info("db backup written (%d bytes)", written.stat().st_size)
    say(fill(translate("DbCommand", "Backup written to %1"), written))
    return 0


def backups(args: argparse.Namespace) -> int:
    found = list_backups(db_path(args))
    if not found:
        say(
            fill(
                translate("DbCommand", "There are no backups in %1 yet."),
                backups_folder(db_path(args)),
            )
        )
        return 0
    verified = translate("DbCommand", "verified", "a backup")
    not_verified = translate("DbCommand", "not verified", "a backup")
    width = max(len(verified), len(not_verified))
    for b in found:
        state = verified if b.verified else not_verified
        size = fill(translate("DbCommand", "%1 kB"), number(max(1, b.size // 1024)))
        say(f"{b.made:%Y-%m-%d %H:%M} UTC  {size:>12}  {state:<{width}}  {b.path}")
    say(
        translate(
            "DbCommand",
            "A verified backup passed SQLite's integrity check when it was made; one that is "
            "not verified was made by an older version or changed since.",
        )
    )
    return 0


def check(args: argparse.Namespace) -> int:
    with open_existing(args, check_schema=False) as store:
        report = check_store(store)
    log.info("db check: %d checks, %d problems", len(report.checks_run), len(report.problems))
    if report.ok:
        names = ", ".join(check_name(key) for key in report.checks_run)
        passed = translate("DbCommand", "All %n checks passed: %1.", None, len(report.checks_run))
        say(fill(passed, names))
        return 0
    for problem in report.problems:
        say(fill(translate("DbCommand", "PROBLEM: %1"), finding_words(problem)))
    raise CommandFailed(
        translate(
            "DbCommand", "db check found %n problems (listed above).", None, len(report.problems)
        )
    )


def _refuse_newer(file: Path, db_file: Path) -> None:
    """A backup from a newer version would install a file this version cannot open."""
    try:
        key = None if cipher.is_plain(file) else keys.store_key(db_file, create=False)
    except StoreLocked:
        return  # verify_backup_file (inside restore_from) says it cannot be read here
    try:
        conn = cipher.connect(f"file:{file}?mode=ro", key, uri=True)
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except cipher.DatabaseError:
        return  # verify_backup_file (inside restore_from) explains what is wrong with it
    known = {rev.revision for rev in migrate.script_directory().walk_revisions()}
    if row is not None and row[0] not in known:
        raise NewerSchemaError(str(file), row[0])


def restore(args: argparse.Namespace) -> int:
    file = args.file.expanduser().resolve()
    path = db_path(args)
    if file == path:
        raise CommandFailed(
            translate("DbCommand", "That is the data file itself; choose a backup file.")
        )
    _refuse_newer(file, path)
    data_dir(args).mkdir(parents=True, exist_ok=True)
    had_data = path.exists() and path.stat().st_size > 0
    kept = restore_from(file, path)
    # Open it the way the app will: upgrades an older backup and proves it is usable.
    with Store.open(data_dir(args), upgrade=True) as store:
        revision = migrate.current_revision(store.engine)
        with store.write() as session:
            sync_state.pull_everything_again(session)
    log.info("db restore done (schema %s)", revision)
    say(
        fill(
            translate("DbCommand", "Restored the data file %1 from %2 (schema %3)."),
            path,
            file,
            revision,
        )
    )
    if had_data:
        say(fill(translate("DbCommand", "The previous data file was kept at %1"), kept))
    return 0
