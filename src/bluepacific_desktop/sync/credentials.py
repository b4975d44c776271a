"""The device token in the OS keyring (never in the database or a file), and forgetting every
entry this app keeps for a hub and user when the hub asks for a wipe."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from contextlib import closing

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from bluepacific_desktop.sync.errors import KeyringUnavailable

log = logging.getLogger(__name__)

SERVICE = "bluepacific-desktop"

NO_KEYRING = (
    "This computer has no secure password store (keyring), so the hub access cannot be saved. "
    "Sync will ask for your hub password each time instead (use --ask-password); nothing "
    "secret is written to a file."
)


def _backend() -> KeyringBackend:
    backend = keyring.get_keyring()
    if backend.priority <= 0:  # keyring's "fail" and "null" backends
        raise KeyringUnavailable(NO_KEYRING)
    return backend


def require_keyring() -> None:
    """Raise KeyringUnavailable, in plain words, when there is nowhere safe to keep a token."""
    _backend()


def keyring_available() -> bool:
    try:
        _backend()
    except KeyringUnavailable:
        return False
    return True


def _account(hub_url: str, username: str) -> str:
    return f"{username}@{hub_url}"


def save_token(hub_url: str, username: str, token: str) -> None:
    try:
        _backend().set_password(SERVICE, _account(hub_url, username), token)
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(f"{NO_KEYRING} ({type(exc).__name__})") from exc


def load_token(hub_url: str, username: str) -> str | None:
    try:
        return _backend().get_password(SERVICE, _account(hub_url, username))
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(f"{NO_KEYRING} ({type(exc).__name__})") from exc


def delete_token(hub_url: str, username: str) -> bool:
    try:
        _backend().delete_password(SERVICE, _account(hub_url, username))
    except keyring.errors.PasswordDeleteError:
        return False
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(f"{NO_KEYRING} ({type(exc).__name__})") from exc
    return True


def _delete_listed(backend: KeyringBackend, wanted: Callable[[str], bool]) -> set[str]:
    """Delete every entry of SERVICE whose account `wanted` accepts, where the keyring can
    list them (the Secret Service of Linux desktops); the accounts deleted. Elsewhere nothing
    is listed, and only the names asked for are deleted (forget_everything)."""
    collection_of = getattr(backend, "get_preferred_collection", None)
    query = getattr(backend, "_query", None)
    if collection_of is None or query is None:
        return set()
    deleted = set()
    collection = collection_of()
    with closing(collection.connection):
        for item in list(collection.search_items(query(SERVICE))):
            account = item.get_attributes().get("username", "")
            if wanted(account):
                item.delete()
                deleted.add(account)
    return deleted


def forget_everything(hub_url: str, username: str, also: Iterable[str] = ()) -> int:
    """Delete every keyring entry this app keeps for `username` at `hub_url`: the device
    token, and any other entry whose account name holds "username@hub_url" or one of the
    texts in `also` (the store's folder: a key kept for the data file). Where the keyring
    cannot list its entries, the token and the names in `also` themselves are deleted.
    How many entries were deleted."""
    backend = _backend()
    account = _account(hub_url, username)
    marks = [account, *also]
    names = set(marks)
    try:
        deleted = _delete_listed(backend, lambda name: any(mark in name for mark in marks))
    except Exception as exc:  # the listing is a bonus: the names asked for are deleted below
        log.warning("Could not list the keyring's entries (%s)", type(exc).__name__)
        deleted = set()
    count = len(deleted)
    for name in names - deleted:
        try:
            backend.delete_password(SERVICE, name)
            count += 1
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(f"{NO_KEYRING} ({type(exc).__name__})") from exc
    return count
