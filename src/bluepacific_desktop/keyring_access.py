"""The one way into the OS keyring (Secret Service, Keychain, Credential Manager): the device
token (sync/credentials.py) and the store's key (store/keys.py) go through here.

`keyring` is imported at first use: its import costs about 0.4 s on a loaded laptop (it loads
urllib and http.client), which a command that never touches the keyring should not pay.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

SERVICE = "bluepacific-desktop"


class NoKeyring(Exception):
    """No usable keyring on this computer (or it failed): the caller says what that means."""


def _choose_linux_backend() -> None:
    """On Linux, the Secret Service straight away, unless the user or a caller chose another
    (PYTHON_KEYRING_BACKEND, keyringrc, keyring.set_keyring): keyring's own choice loads every
    backend it knows through the package entry points (macOS's and Windows' too, with a
    ctypes library search), 70 ms of each start spent before the store can open."""
    import keyring
    import keyring.core

    if not sys.platform.startswith("linux") or os.environ.get("PYTHON_KEYRING_BACKEND"):
        return
    if getattr(keyring.core, "_keyring_backend", False) is not None:
        return  # already chosen (or a keyring without that attribute: let it choose)
    configured = keyring.core.load_config()
    if configured is not None:
        keyring.set_keyring(configured)
        return
    from keyring.backends import SecretService

    try:
        usable = SecretService.Keyring.priority > 0
    except Exception:  # no D-Bus session, no Secret Service: keyring's own search decides
        usable = False
    if usable:
        keyring.set_keyring(SecretService.Keyring())  # type: ignore[no-untyped-call]


def backend() -> KeyringBackend:
    import keyring

    _choose_linux_backend()
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
