"""Logging in to the hub and out again, without ever discarding changes that have not synced."""

from __future__ import annotations

import json
import platform
from dataclasses import replace
from pathlib import Path

from sqlalchemy import select

from bluepacific_desktop.files import replacing
from bluepacific_desktop.store.at_rest import is_encrypted
from bluepacific_desktop.store.device import COUNTRY, get_setting, set_setting
from bluepacific_desktop.store.models import OutboxEntry
from bluepacific_desktop.store.outbox import waiting
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.store.unlock import forget_hub_password, hash_secret, remember_hub_password
from bluepacific_desktop.sync import credentials, state
from bluepacific_desktop.sync.address import normalise_hub_url
from bluepacific_desktop.sync.busy import seconds_words
from bluepacific_desktop.sync.client import ClientOptions, HubClient
from bluepacific_desktop.sync.errors import (
    ChangesWaiting,
    HubBusy,
    KeyringUnavailable,
    NotLoggedIn,
    SecurityRefused,
)


def _not_on_hub(store: Store) -> int:
    """Records with a change the hub does not have yet (any state): what logging out or
    switching hub or user would strand."""
    with store.read() as session:
        return waiting(session).total


def export_waiting(store: Store, path: Path) -> int:
    """Write every change not yet on the hub to a JSON file (they also stay queued)."""
    with store.read() as session:
        rows = session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)).all()
        data = [
            {
                "change_id": e.change_id,
                "kind": e.kind,
                "record_id": e.record_id,
                "op": e.op,
                "state": e.state,
                "changed_fields": e.changed_fields,
                "payload": e.payload,
                "created_at": e.created_at.isoformat(),
            }
            for e in rows
        ]
    with replacing(path) as fh:
        fh.write(json.dumps(data, ensure_ascii=False, indent=1))
    return len(data)


def client_for(
    store: Store, token: str | None = None, stall_timeout: float | None = None
) -> HubClient:
    """A client for the hub in Settings, with the token from the keyring unless one is given."""
    with store.read() as session:
        hub = state.hub_settings(session)
    if not hub.url or not hub.username:
        raise NotLoggedIn(
            "This computer is not connected to a hub yet. Log in first: "
            "bluepacific-desktop login --hub URL --username NAME",
            key="no_hub_yet",
        )
    if token is None:
        token = credentials.load_token(hub.url, hub.username)
        if token is None:
            raise NotLoggedIn(
                "No hub access is saved on this computer. Log in again.", key="no_saved_access"
            )
    options = ClientOptions(
        ca_bundle=hub.ca_bundle, pins=hub.pins, store_encrypted=is_encrypted(store.path)
    )
    if stall_timeout is not None:
        options = replace(options, stall_timeout=stall_timeout)
    return HubClient(hub.url, token, options)


def _held_token(url: str, username: str) -> str | None:
    """This computer's token for the account, if the keyring has one."""
    try:
        return credentials.load_token(url, username)
    except KeyringUnavailable:
        return None


def login(
    store: Store,
    hub_url: str,
    username: str,
    password: str,
    *,
    ca_bundle: str | None = None,
    pins: frozenset[str] = frozenset(),
    save: bool = True,
) -> str:
    """Log this device in; returns the token (saved in the keyring when `save`)."""
    url = normalise_hub_url(hub_url)
    with store.read() as session:
        current = state.hub_settings(session)
        country = get_setting(session, COUNTRY)
        was = get_setting(session, state.HUB_DEVICE_ID)
    switching = (current.url, current.username) not in ((None, None), ("", ""), (url, username))
    if switching and _not_on_hub(store):
        raise ChangesWaiting(
            "Changes on this computer have not reached the hub yet. Sync them first (or "
            "export them with 'logout --export FILE') before using another hub or user.",
            key="changes_waiting_switch",
        )
    if save:
        credentials.require_keyring()
    options = ClientOptions(
        ca_bundle=ca_bundle, pins=pins, store_encrypted=is_encrypted(store.path)
    )
    # Signing in again (an expired token, the lock screen's hub password, Settings): the hub
    # keeps this computer as the device it was, not one more beside a ghost of it. It does
    # so only when the token held is this store's device's (the keyring keeps one token per
    # account, which two data folders share): a store set up again, or another folder, is a
    # new device, or its pulls would skip, as its own, what the other store had sent.
    again = None
    if was and not switching:
        held = _held_token(url, username)
        again = (held, was) if held else None
    with HubClient(url, None, options) as client:
        client.health()
        try:
            device_name = platform.node() or "desktop"
            answer = client.login(username, password, device_name, again)
        except HubBusy as exc:
            # Said for a sign-in, which nothing retries by itself (a sync waits; this does not).
            raise HubBusy(
                _sign_in_busy(exc.retry_after),
                exc.retry_after,
                key="sign_in_busy",
                seconds=max(1, round(exc.retry_after or 10)),
            ) from exc
        encryption_required = bool(client.encryption_required)
    if country and answer["country"] != country and answer["role"] != "regional_admin":
        raise SecurityRefused(
            f"This hub account is for country {answer['country']}, but this computer records "
            f"for {country}. Use the account of {country}'s focal point.",
            key="wrong_country",
            account_country=answer["country"],
            country=country,
        )
    if save:
        credentials.save_token(url, username, answer["token"])
    # What unlocks the lock screen offline (workflows/lock.py): a hash, never the password.
    hashed = hash_secret(password)
    with store.write() as session:
        state.save_hub_settings(session, state.HubSettings(url, username, ca_bundle, pins))
        set_setting(session, state.HUB_DEVICE_ID, answer["device_id"])
        set_setting(session, state.HUB_ROLE, answer["role"])
        state.record_encryption_required(session, encryption_required)
        remember_hub_password(session, hashed)
    return answer["token"]


def _sign_in_busy(retry_after: float | None) -> str:
    return (
        "The hub is busy checking other sign-ins. Nothing was changed: log in again in "
        f"{seconds_words(retry_after or 10)}."
    )


def logout(store: Store, export_to: Path | None = None) -> int:
    """Forget the hub access. Refuses while changes wait, unless they are exported first.

    Returns how many records' changes were exported (every entry is written, and stays
    queued), in the unit the refusal counts.
    """
    stranded = _not_on_hub(store)
    if stranded and export_to is None:
        raise ChangesWaiting(
            f"{stranded} change{'s' if stranded != 1 else ''} on this computer "
            f"{'have' if stranded != 1 else 'has'} not reached the hub yet. Sync first, or "
            "export them with 'logout --export FILE'. Nothing was changed.",
            key="changes_waiting_logout",
            count=stranded,
        )
    if stranded and export_to is not None:
        export_waiting(store, export_to)
    with store.read() as session:
        hub = state.hub_settings(session)
    if not hub.url or not hub.username:
        raise NotLoggedIn(
            "This computer is not logged in to a hub; there is nothing to forget.",
            key="nothing_to_forget",
        )
    credentials.delete_token(hub.url, hub.username)
    with store.write() as session:
        forget_hub_password(session)  # the person leaving no longer unlocks this window
    return stranded if export_to is not None else 0
