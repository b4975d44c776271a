"""The device token in the OS keyring (never in the database or a file)."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from bluepacific_desktop import keyring_access
from bluepacific_desktop.keyring_access import SERVICE, NoKeyring
from bluepacific_desktop.sync.errors import KeyringUnavailable

__all__ = [
    "SERVICE",
    "delete_token",
    "forget_everything",
    "keyring_available",
    "load_token",
    "save_token",
]

log = logging.getLogger(__name__)

NO_KEYRING = (
    "This computer has no secure password store (keyring), so the hub access cannot be saved. "
    "Sync will ask for your hub password each time instead (use --ask-password); nothing "
    "secret is written to a file."
)


def _unavailable(exc: NoKeyring) -> KeyringUnavailable:
    if str(exc) == "no keyring backend":
        return KeyringUnavailable(NO_KEYRING)
    return KeyringUnavailable(f"{NO_KEYRING} ({exc})")


def require_keyring() -> None:
    """Raise KeyringUnavailable, in plain words, when there is nowhere safe to keep a token."""
    try:
        keyring_access.backend()
    except NoKeyring as exc:
        raise _unavailable(exc) from exc


def keyring_available() -> bool:
    return keyring_access.available()


def _account(hub_url: str, username: str) -> str:
    return f"{username}@{hub_url}"


def save_token(hub_url: str, username: str, token: str) -> None:
    try:
        keyring_access.set_secret(_account(hub_url, username), token)
    except NoKeyring as exc:
        raise _unavailable(exc) from exc


def load_token(hub_url: str, username: str) -> str | None:
    try:
        return keyring_access.get_secret(_account(hub_url, username))
    except NoKeyring as exc:
        raise _unavailable(exc) from exc


def delete_token(hub_url: str, username: str) -> bool:
    try:
        return keyring_access.delete_secret(_account(hub_url, username))
    except NoKeyring as exc:
        raise _unavailable(exc) from exc


def forget_everything(hub_url: str, username: str, also: Iterable[str] = ()) -> int:
    """Delete every keyring entry this app keeps for `username` at `hub_url`: the device
    token, and any other entry whose account name holds "username@hub_url" or one of the
    texts in `also` (the store's folder: a key kept for the data file). Where the keyring
    cannot list its entries, the token and the names in `also` themselves are deleted.
    How many entries were deleted."""
    account = _account(hub_url, username)
    marks = [account, *also]
    try:
        listed = keyring_access.delete_listed(lambda name: any(mark in name for mark in marks))
    except Exception as exc:  # a bonus: the names asked for are deleted below (or say why not)
        log.warning("Could not list the keyring's entries (%s)", type(exc).__name__)
        listed = None
    deleted = listed or set()
    count = len(deleted)
    for name in set(marks) - deleted:
        try:
            count += keyring_access.delete_secret(name)
        except NoKeyring as exc:
            raise _unavailable(exc) from exc
    return count
