"""The one way into the OS keyring (Secret Service, Keychain, Credential Manager): the device
token (sync/credentials.py) and the store's key (store/keys.py) go through here.

`keyring` is imported at first use: its import costs about 0.4 s on a loaded laptop (it loads
urllib and http.client), which a command that never touches the keyring should not pay.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

SERVICE = "bluepacific-desktop"


class NoKeyring(Exception):
    """No usable keyring on this computer (or it failed): the caller says what that means."""


def backend() -> KeyringBackend:
    import keyring

    found = keyring.get_keyring()
    if found.priority <= 0:  # keyring's "fail" and "null" backends
        raise NoKeyring("no keyring backend")
    return found


def available() -> bool:
    try:
        backend()
    except NoKeyring:
        return False
    return True


def get_secret(account: str) -> str | None:
    import keyring.errors

    try:
        return backend().get_password(SERVICE, account)
    except keyring.errors.KeyringError as exc:
        raise NoKeyring(type(exc).__name__) from exc


def set_secret(account: str, secret: str) -> None:
    import keyring.errors

    try:
        backend().set_password(SERVICE, account, secret)
    except keyring.errors.KeyringError as exc:
        raise NoKeyring(type(exc).__name__) from exc


def delete_secret(account: str) -> bool:
    """False when there was no such entry."""
    import keyring.errors

    try:
        backend().delete_password(SERVICE, account)
    except keyring.errors.PasswordDeleteError:
        return False
    except keyring.errors.KeyringError as exc:
        raise NoKeyring(type(exc).__name__) from exc
    return True
