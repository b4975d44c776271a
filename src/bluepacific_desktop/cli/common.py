"""What every command shares: where the data is, opening the store, printing, failing."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bluepacific_desktop.domain.errors import StoreDamaged
from bluepacific_desktop.files import readable_only_by_owner
from bluepacific_desktop.i18n.catalogue import translate
from bluepacific_desktop.i18n.errors import said
from bluepacific_desktop.i18n.formats import fill
from bluepacific_desktop.paths import DB_FILENAME
from bluepacific_desktop.store.backup import newest_good_backup
from bluepacific_desktop.store.store import Store


class CommandFailed(Exception):
    """The command ran but could not do its job; the message is the one line shown."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def data_dir(args: argparse.Namespace) -> Path:
    folder = args.resolved_data_dir
    assert isinstance(folder, Path)
    return folder


def db_path(args: argparse.Namespace) -> Path:
    return data_dir(args) / DB_FILENAME


def _warn_if_shared(folder: Path) -> None:
    # The app never changes the mode of a folder it did not create (it may be shared on purpose),
    # so it says so instead.
    if not readable_only_by_owner(folder):
        shared = translate(
            "Cli",
            "warning: other users of this computer can open the data folder %1; the data file "
            "itself is private (0600), but keep the folder private too (chmod 700) or use "
            "another one.",
        )
        print(f"bluepacific-desktop: {fill(shared, folder)}", file=sys.stderr)


def _warn_if_damaged(store: Store) -> None:
    # Figures and exports still work from a damaged file (read-only) as far as its sound pages
    # go; every command says what is wrong and which backup to restore.
    if isinstance(store.read_only, StoreDamaged):
        damaged = " ".join(said(store.read_only).split())  # one line, whatever it holds
        warning = fill(translate("Cli", "warning: %1"), damaged)
        print(f"bluepacific-desktop: {warning}", file=sys.stderr)


def open_store(args: argparse.Namespace, *, upgrade: bool = True) -> Store:
    """Open (and, like the app's start, upgrade) the store; creates it when absent."""
    store = Store.open(data_dir(args), upgrade=upgrade)
    _warn_if_shared(data_dir(args))
    _warn_if_damaged(store)
    return store


def open_existing(args: argparse.Namespace, *, check_schema: bool = True) -> Store:
    """Open the store as it is, refusing to create one (for checks and backups);
    `check_schema=False` opens a file whose tables differ from this version's."""
    path = db_path(args)
    if not path.exists() or path.stat().st_size == 0:
        raise CommandFailed(fill(translate("Cli", "There is no data file at %1 yet."), path))
    store = Store.open(data_dir(args), upgrade=False, check_schema=check_schema)
    _warn_if_shared(data_dir(args))
    _warn_if_damaged(store)
    return store


def store_damaged(folder: Path, exc: Exception) -> StoreDamaged:
    """A read that met a damaged page, said as the damage it is, with the backup to restore."""
    path = folder / DB_FILENAME
    orig = getattr(exc, "orig", None) or exc
    return StoreDamaged(str(path), [str(orig)], newest_good_backup(path))


def say(message: str) -> None:
    print(message, file=sys.stdout)


def progress(message: str) -> None:
    """Progress goes to stderr so stdout stays clean for scripts."""
    print(message, file=sys.stderr, flush=True)
