"""Erasing this computer's data when the hub asks (a lost or stolen laptop): the keyring
entries for the hub and user, the store with its -wal/-shm (drafts live in it), its backups.

Only the sync engine calls `erase_local_data`, and only on `WipeRequested`, which the client
raises for an answer to this device's own token from a hub verified over HTTPS
(sync/client.py): no other answer, file or command starts it. The words say it was done on
the regional team's request; the app then starts as on a new computer.
"""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass
from pathlib import Path

from bluepacific_desktop.paths import DB_FILENAME
from bluepacific_desktop.store import keys
from bluepacific_desktop.store.backup import backups_folder
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.sync import credentials, state
from bluepacific_desktop.sync.errors import KeyringUnavailable

log = logging.getLogger(__name__)

WIPED_WORDS = (
    "On the regional team's request, this computer's Blue Pacific data was erased: the data "
    "file, its backups and drafts, and the saved hub access. The app starts again as on a new "
    "computer."
)


@dataclass(frozen=True)
class Erased:
    """What a wipe removed: files and folders, and keyring entries."""

    files: int
    keyring_entries: int


def store_files(path: Path) -> list[Path]:
    """The store and every file SQLite or this app keeps beside it under its name (-wal, -shm,
    -journal, a conversion's temporary copy)."""
    return sorted(p for p in path.parent.glob(f"{DB_FILENAME}*") if p.is_file())


def erase_local_data(store: Store) -> Erased:
    """Erase the store's data for good and retire `store` (every later use fails).

    The keyring goes first: an encrypted store whose key is gone is unreadable even if the
    power fails before its file is deleted."""
    with store.read() as session:
        hub = state.hub_settings(session)
    path = store.path
    entries = 0
    if hub.url and hub.username:
        try:
            # The store's own entries (a key kept for this data file) name its folder.
            entries = credentials.forget_everything(hub.url, hub.username, also=(str(path.parent),))
        except KeyringUnavailable:
            log.warning("Wipe: the keyring could not be reached; its entries stay")
    # The data file's key, by its own name (a keyring that lists nothing, or no hub set) and
    # its passphrase-wrapped copy beside the store.
    keys.delete_key(path)
    store.retire()
    removed = 0
    for file in store_files(path):
        file.unlink(missing_ok=True)
        removed += 1
    backups = backups_folder(path)
    if backups.exists():
        removed += sum(1 for p in backups.rglob("*") if p.is_file())
        shutil.rmtree(backups)
    log.warning(
        "Wipe asked by the hub: %d file(s) and %d keyring entr(ies) removed", removed, entries
    )
    return Erased(removed, entries)
