"""The device token in the OS keyring (never in the database or a file)."""

from __future__ import annotations

from bluepacific_desktop import keyring_access
from bluepacific_desktop.keyring_access import SERVICE, NoKeyring
from bluepacific_desktop.sync.errors import KeyringUnavailable

__all__ = ["SERVICE", "delete_token", "keyring_available", "load_token", "save_token"]

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
