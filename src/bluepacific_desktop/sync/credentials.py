"""The device token in the OS keyring (never in the database or a file)."""

from __future__ import annotations

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from bluepacific_desktop.sync.errors import KeyringUnavailable

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
