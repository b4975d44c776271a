"""Linux's keyring, the Secret Service (GNOME Keyring, KWallet, KeePassXC), asked through
`secretstorage` itself: the library `keyring`'s own Secret Service backend uses, without the
import of `keyring` (0.1 s of each start: it loads urllib, http.client and the email package
for features the app never uses, before the store's key can be read).

The entries are the very ones `keyring` reads and writes there: the same attributes (service,
username and keyring's name for itself) in the default collection, under the same label, so a
secret saved by either is found, replaced and deleted by the other, and by earlier versions of
the app. keyring_access.py decides when this way is taken.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from secretstorage.collection import Collection
    from secretstorage.item import Item

# keyring's Secret Service backend writes its name into every entry it makes; a save with
# `replace` replaces the entry whose attributes are all the same, so ours carry it too.
KEYRING_APPLICATION = "Python keyring library"


class Unavailable(Exception):
    """No Secret Service on this session's D-Bus, or no D-Bus: `keyring` may know another."""


class Failed(Exception):
    """The Secret Service is there but did not do what was asked (locked, refused, broken)."""


def _query(service: str, username: str) -> dict[str, str]:
    return {"username": username, "service": service}


@contextmanager
def _default_collection() -> Iterator[Collection]:
    """The default collection, unlocked (the Secret Service asks the user if need be)."""
    import secretstorage
    from jeepney.wrappers import DBusErrorResponse
    from secretstorage.exceptions import (
        SecretServiceNotAvailableException,
        SecretStorageException,
    )

    try:
        bus = secretstorage.dbus_init()
    except (SecretServiceNotAvailableException, OSError) as exc:  # OSError: no bus's socket
        raise Unavailable(type(exc).__name__) from exc
    with closing(bus):
        try:
            collection = secretstorage.get_default_collection(bus)
            if collection.is_locked() and collection.unlock():  # True: the user dismissed it
                raise Failed("KeyringLocked")
            yield collection
        except SecretServiceNotAvailableException as exc:  # no one owns the service's name
            raise Unavailable(type(exc).__name__) from exc
        except (SecretStorageException, DBusErrorResponse, OSError) as exc:
            raise Failed(type(exc).__name__) from exc


def _first(collection: Collection, service: str, username: str) -> Item | None:
    for item in collection.search_items(_query(service, username)):
        if item.is_locked() and item.unlock():
            raise Failed("KeyringLocked")
        return item
    return None


def get_password(service: str, username: str) -> str | None:
    with _default_collection() as collection:
        item = _first(collection, service, username)
        return None if item is None else item.get_secret().decode("utf-8")


def set_password(service: str, username: str, password: str) -> None:
    attributes = {**_query(service, username), "application": KEYRING_APPLICATION}
    label = f"Password for '{username}' on '{service}'"
    with _default_collection() as collection:
        collection.create_item(label, attributes, password.encode("utf-8"), replace=True)


def delete_password(service: str, username: str) -> bool:
    """False when there was no such entry."""
    with _default_collection() as collection:
        item = _first(collection, service, username)
        if item is None:
            return False
        item.delete()
        return True


def delete_where(service: str, wanted: Callable[[str], bool]) -> set[str]:
    """Delete every entry of `service` whose username `wanted` accepts; the usernames deleted."""
    with _default_collection() as collection:
        return delete_matching(collection, {"service": service}, wanted)


def delete_matching(
    collection: Collection, query: dict[str, str], wanted: Callable[[str], bool]
) -> set[str]:
    """Delete the entries of `collection` that `query` finds and whose username `wanted`
    accepts (keyring_access also gives it the collection of keyring's own backend)."""
    deleted = set()
    for item in list(collection.search_items(query)):
        username = item.get_attributes().get("username", "")
        if wanted(username):
            item.delete()
            deleted.add(username)
    return deleted
