"""The device token in a real OS keyring (gnome-keyring's Secret Service on the test D-Bus)."""

from __future__ import annotations

import keyring
import keyring.backends.fail
import pytest

from bluepacific_desktop.domain.enums import RecordKind as K
from bluepacific_desktop.sync import account, credentials, state
from bluepacific_desktop.sync.engine import SyncEngine
from bluepacific_desktop.sync.errors import KeyringUnavailable, NotLoggedIn
from bluepacific_hub.accounts import list_devices
from tests.sync.conftest import DeviceFactory, SyncHub


def test_token_saved_loaded_and_deleted(secret_service: None) -> None:
    assert credentials.keyring_available()
    assert credentials.load_token("https://hub.example.org", "ana") is None
    credentials.save_token("https://hub.example.org", "ana", "secret-token-1")
    credentials.save_token("https://other.example.org", "ana", "secret-token-2")
    assert credentials.load_token("https://hub.example.org", "ana") == "secret-token-1"
    assert credentials.load_token("https://other.example.org", "ana") == "secret-token-2"
    # Really in the Secret Service, under the app's name (not only in a Python object).
    assert keyring.get_password(credentials.SERVICE, "ana@https://hub.example.org") == (
        "secret-token-1"
    )
    assert credentials.delete_token("https://hub.example.org", "ana") is True
    assert credentials.load_token("https://hub.example.org", "ana") is None
    assert credentials.delete_token("https://hub.example.org", "ana") is False
    assert credentials.delete_token("https://other.example.org", "ana") is True


def test_login_saves_the_token_and_sync_uses_it(
    make_device: DeviceFactory, secret_service: None
) -> None:
    device = make_device("FJ", login=False)
    token = device.login(save=True)
    url = device.running.base_url
    assert credentials.load_token(url, device.username) == token
    assert token.encode() not in device.store.path.read_bytes()  # never in the database

    person = device.create(K.PERSON)
    with account.client_for(device.store) as client:  # the token comes from the keyring
        assert client.token == token
        report = SyncEngine(device.store, client).run()
    assert report.complete, report
    assert device.record(K.PERSON, person).confirmed_at is not None

    assert account.logout(device.store) == 0
    assert credentials.load_token(url, device.username) is None
    with pytest.raises(NotLoggedIn, match="Log in again"):
        account.client_for(device.store)


def test_without_a_keyring_login_says_so_and_writes_nothing(
    make_device: DeviceFactory, running: SyncHub, no_keyring: None
) -> None:
    device = make_device("FJ", login=False)
    assert not credentials.keyring_available()
    with pytest.raises(KeyringUnavailable) as refused:
        device.login(save=True)
    words = str(refused.value)
    assert "no secure password store (keyring)" in words
    assert "nothing secret is written to a file" in words
    assert "ask for your hub password each time" in words
    assert running.seen.paths == []  # refused before logging in: no token was even made
    with running.hub.sessions() as session:
        assert list_devices(session) == []
    with device.store.read() as session:
        assert state.hub_settings(session).url in (None, "")

    # Asking for the password at each sync works without a keyring (save=False).
    token = device.login(save=False)
    with account.client_for(device.store, token=token) as client:
        assert SyncEngine(device.store, client).run().complete
