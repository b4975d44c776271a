"""Linux's keyring asked without importing `keyring` (secret_service.py): the same entries as
keyring's own, the store's key read at start-up without keyring's import, and a backend the
user chose for keyring still obeyed. A real Secret Service: the run's gnome-keyring."""

from __future__ import annotations

import os
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import keyring
import pytest
import secretstorage

from bluepacific_desktop import keyring_access
from bluepacific_desktop.keyring_access import SERVICE
from bluepacific_desktop.paths import DB_FILENAME
from bluepacific_desktop.store import keys
from bluepacific_desktop.store.store import Store

# A program of its own, as the app is at each start: what it read and whether keyring came in.
READ = """
import sys
from bluepacific_desktop import keyring_access
try:
    print(keyring_access.get_secret(sys.argv[1]))
except keyring_access.NoKeyring as exc:
    print("no keyring:", exc)
print("keyring imported" if "keyring" in sys.modules else "keyring not imported")
"""


def _read_in_a_new_program(account: str, **env: str) -> list[str]:
    import bluepacific_desktop

    src = str(Path(bluepacific_desktop.__file__).parents[1])  # this checkout's code, not another
    done = subprocess.run(
        [sys.executable, "-c", READ, account],
        env={**os.environ, "PYTHONPATH": src, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def _entries(account: str) -> int:
    with closing(secretstorage.dbus_init()) as bus:
        collection = secretstorage.get_default_collection(bus)
        return len(list(collection.search_items({"service": SERVICE, "username": account})))


def test_the_entries_are_keyrings_own_both_ways(secret_service: None) -> None:
    account = "test-both-ways"
    keyring_access.set_secret(account, "first")
    assert keyring.get_password(SERVICE, account) == "first"
    keyring.set_password(SERVICE, account, "second")  # replaces the entry, not a second one
    assert keyring_access.get_secret(account) == "second"
    keyring_access.set_secret(account, "third")
    assert keyring.get_password(SERVICE, account) == "third"
    assert _entries(account) == 1
    assert keyring_access.delete_secret(account) is True
    assert keyring.get_password(SERVICE, account) is None
    assert keyring_access.delete_secret(account) is False


def test_a_new_program_reads_the_store_key_without_importing_keyring(
    secret_service: None, data_dir: Path
) -> None:
    Store.open(data_dir).close()  # a new store: its key saved in the keyring
    db = data_dir / DB_FILENAME
    key = keys.store_key(db, create=False)
    account = f"store-key:{db.resolve()}"
    assert _read_in_a_new_program(account) == [key.hex(), "keyring not imported"]


def test_a_backend_chosen_for_keyring_is_obeyed(secret_service: None, tmp_path: Path) -> None:
    account = "test-chosen-backend"
    keyring_access.set_secret(account, "in the secret service")
    try:
        chosen = _read_in_a_new_program(
            account, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring"
        )
        assert chosen[0].startswith("no keyring:"), chosen
        config = tmp_path / "config" / "python_keyring" / "keyringrc.cfg"
        config.parent.mkdir(parents=True)
        config.write_text("[backend]\ndefault-keyring=keyring.backends.fail.Keyring\n")
        configured = _read_in_a_new_program(account, XDG_CONFIG_HOME=str(tmp_path / "config"))
        assert configured[0].startswith("no keyring:"), configured
        # And nothing chosen: the Secret Service, without keyring.
        assert _read_in_a_new_program(account) == ["in the secret service", "keyring not imported"]
    finally:
        keyring_access.delete_secret(account)


def test_without_a_secret_service_keyring_is_asked(tmp_path: Path) -> None:
    """No D-Bus at all (a headless box): keyring's own search, which finds no keyring."""
    missing = f"unix:path={tmp_path / 'no-bus'}"
    answer = _read_in_a_new_program("anything", DBUS_SESSION_BUS_ADDRESS=missing)
    assert answer[0].startswith("no keyring:"), answer


def test_a_backend_chosen_in_this_process_is_obeyed(no_keyring: None) -> None:
    with pytest.raises(keyring_access.NoKeyring):
        keyring_access.get_secret("anything")
