"""The one way into the OS keyring (Secret Service, Keychain, Credential Manager): the device
token (sync/credentials.py) and the store's key (store/keys.py) go through here.

`keyring` is imported at first use: its import costs about 0.4 s on a loaded laptop (it loads
urllib and http.client), which a command that never touches the keyring should not pay. On
Linux the secrets are read and written without it (secret_service.py), in the same entries,
unless the user or a caller chose a keyring backend: the store's key is read at every start.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from bluepacific_desktop import secret_service

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

SERVICE = "bluepacific-desktop"
T = TypeVar("T")
_secret_service_missing = False  # no Secret Service seen: keyring's own search from then on


class NoKeyring(Exception):
    """No usable keyring on this computer (or it failed): the caller says what that means."""


def _keyring_config() -> Path:
    """keyring's own configuration file on Linux (keyring.util.platform_.config_root)."""
    import platformdirs

    return Path(platformdirs.user_config_dir("python_keyring")) / "keyringrc.cfg"


def _asks_directly() -> bool:
    """Whether the Secret Service is asked through secret_service.py: on Linux, unless
    another backend was chosen for keyring (PYTHON_KEYRING_BACKEND, its keyringrc.cfg, or
    keyring.set_keyring in this process, as the tests' "no keyring" does) or no Secret
    Service was found. keyring pointed at the Secret Service itself (_choose_linux_backend
    does it) is asked directly all the same: the same entries either way."""
    if _secret_service_missing or not sys.platform.startswith("linux"):
        return False
    if os.environ.get("PYTHON_KEYRING_BACKEND") or _keyring_config().exists():
        return False
    core = sys.modules.get("keyring.core")
    chosen = getattr(core, "_keyring_backend", None)
    if chosen is None:
        return True
    backends = sys.modules.get("keyring.backends.SecretService")
    return (
        backends is not None
        and type(chosen) is backends.Keyring
        and not hasattr(chosen, "preferred_collection")  # keyring's default collection
    )


def _directly(ask: Callable[[], T]) -> tuple[bool, T | None]:
    """(True, the answer) when the Secret Service was asked directly; (False, None) when
    keyring is to be asked instead."""
    global _secret_service_missing
    if not _asks_directly():
        return False, None
    try:
        return True, ask()
    except secret_service.Unavailable:
        _secret_service_missing = True  # keyring's search may know another keyring
        return False, None
    except secret_service.Failed as exc:
        raise NoKeyring(str(exc)) from exc


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
    asked, found = _directly(lambda: secret_service.get_password(SERVICE, account))
    if asked:
        return found
    import keyring.errors

    try:
        return backend().get_password(SERVICE, account)
    except keyring.errors.KeyringError as exc:
        raise NoKeyring(type(exc).__name__) from exc


def set_secret(account: str, secret: str) -> None:
    asked, _ = _directly(lambda: secret_service.set_password(SERVICE, account, secret))
    if asked:
        return
    import keyring.errors

    try:
        backend().set_password(SERVICE, account, secret)
    except keyring.errors.KeyringError as exc:
        raise NoKeyring(type(exc).__name__) from exc


def delete_secret(account: str) -> bool:
    """False when there was no such entry."""
    asked, deleted = _directly(lambda: secret_service.delete_password(SERVICE, account))
    if asked:
        return bool(deleted)
    import keyring.errors

    try:
        backend().delete_password(SERVICE, account)
    except keyring.errors.PasswordDeleteError:
        return False
    except keyring.errors.KeyringError as exc:
        raise NoKeyring(type(exc).__name__) from exc
    return True


def delete_listed(wanted: Callable[[str], bool]) -> set[str] | None:
    """Delete every entry whose account `wanted` accepts, where the keyring can list its
    entries (the Secret Service of Linux desktops); the accounts deleted, or None where the
    keyring cannot list them (then only names known beforehand can be deleted)."""
    asked, deleted = _directly(lambda: secret_service.delete_where(SERVICE, wanted))
    if asked:
        return deleted
    from contextlib import closing

    import keyring.errors

    try:
        found = backend()
        collection_of = getattr(found, "get_preferred_collection", None)
        query = getattr(found, "_query", None)
        if collection_of is None or query is None:
            return None
        collection = collection_of()
        with closing(collection.connection):
            return secret_service.delete_matching(collection, query(SERVICE), wanted)
    except keyring.errors.KeyringError as exc:
        raise NoKeyring(type(exc).__name__) from exc
