"""The store encrypted at rest: SQLCipher 4 with a raw key from the real keyring (gnome-keyring
on the test D-Bus), or wrapped by a passphrase where there is no keyring; a file without its
key refused in words."""

from __future__ import annotations

import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from sqlalchemy import text

from bluepacific_desktop import keyring_access
from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.domain.errors import StoreLocked
from bluepacific_desktop.keyring_access import SERVICE
from bluepacific_desktop.paths import DB_FILENAME
from bluepacific_desktop.store import cipher, keys
from bluepacific_desktop.store.device import set_up_device
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store
from tests.conftest import TEST_PASSPHRASE


def _make(data_dir: Path, name: str = "Mere Tuilagi") -> str:
    with Store.open(data_dir) as store, store.write() as session:
        set_up_device(session, "FJ")
        person = {"full_name": name, "sex": "female"}
        return RecordService(session).create(RecordKind.PERSON, person).id


def _names(data_dir: Path) -> list[str]:
    with Store.open(data_dir) as store, store.read() as session:
        return list(session.scalars(text("SELECT full_name FROM people ORDER BY full_name")))


def test_a_new_store_is_encrypted_with_a_raw_key_from_the_keyring(
    secret_service: None, data_dir: Path
) -> None:
    _make(data_dir)
    db = data_dir / DB_FILENAME
    assert db.read_bytes()[:16] != cipher.PLAIN_HEADER  # what the hub's policy reads too
    assert b"Tuilagi" not in db.read_bytes()
    saved = keyring.get_password(SERVICE, f"store-key:{db.resolve()}")
    assert saved is not None and len(bytes.fromhex(saved)) == cipher.KEY_BYTES
    assert not keys.key_file(db).exists()  # no key on disk beside it
    keys.forget_key(db)  # as a new process: the key comes from the keyring again
    assert _names(data_dir) == ["Mere Tuilagi"]


def test_a_copied_file_without_its_key_is_refused_in_words(
    secret_service: None, data_dir: Path, tmp_path: Path
) -> None:
    _make(data_dir)
    elsewhere = tmp_path / "usb-stick"
    elsewhere.mkdir()
    shutil.copy(data_dir / DB_FILENAME, elsewhere / DB_FILENAME)
    with pytest.raises(StoreLocked) as refused:
        Store.open(elsewhere)
    assert "locked with a key this computer does not have" in str(refused.value)
    assert refused.value.key == "store_locked"


def test_a_file_under_another_key_is_refused_in_words(secret_service: None, tmp_path: Path) -> None:
    ours, theirs = tmp_path / "ours", tmp_path / "theirs"
    _make(ours)
    _make(theirs, "Sione Fifita")
    shutil.copy(theirs / DB_FILENAME, ours / DB_FILENAME)  # ours keeps its own key
    keys.forget_key(ours / DB_FILENAME)
    with pytest.raises(StoreLocked) as refused:
        Store.open(ours)
    assert refused.value.key == "store_wrong_key"
    assert "locked with a key this computer does not have" in str(refused.value)


@pytest.fixture
def answers() -> Iterator[list[str]]:
    """The passphrases a user types, in turn (then the tests' own prompt again)."""
    typed: list[str] = []
    asked: list[tuple[bool, int]] = []
    keys.set_passphrase_prompt(lambda _p, choosing, n: asked.append((choosing, n)) or typed.pop(0))
    try:
        yield typed
    finally:
        keys.set_passphrase_prompt(lambda _p, _c, _n: TEST_PASSPHRASE)


def test_without_a_keyring_the_key_is_wrapped_by_a_passphrase(
    no_keyring: None, answers: list[str], data_dir: Path
) -> None:
    answers.append("correct horse battery")
    _make(data_dir)
    db = data_dir / DB_FILENAME
    key = keys.known_key(db)
    assert key is not None and db.read_bytes()[:16] != cipher.PLAIN_HEADER
    wrapped = keys.key_file(db).read_bytes()
    assert key not in wrapped and key.hex().encode() not in wrapped  # never the key itself
    if os.name == "posix":
        assert stat.S_IMODE(keys.key_file(db).stat().st_mode) == 0o600
    keys.forget_key(db)  # a new start: the passphrase is asked, a wrong one again
    answers.extend(["wrong guess", "correct horse battery"])
    assert _names(data_dir) == ["Mere Tuilagi"]
    assert answers == []
    keys.forget_key(db)
    answers.extend(["a", "b", "c"])
    with pytest.raises(StoreLocked) as refused:
        Store.open(data_dir)
    assert refused.value.key == "store_passphrase_wrong"
    assert "the passphrase given was wrong" in str(refused.value)


def test_without_a_keyring_or_a_prompt_the_store_refuses_in_words(
    no_keyring: None, data_dir: Path
) -> None:
    keys.set_passphrase_prompt(None)
    try:
        with pytest.raises(StoreLocked) as refused:
            Store.open(data_dir)
    finally:
        keys.set_passphrase_prompt(lambda _p, _c, _n: TEST_PASSPHRASE)
    assert refused.value.key == "store_passphrase_needed"
    assert not (data_dir / DB_FILENAME).exists() or cipher.is_new(data_dir / DB_FILENAME)


def test_a_key_fetched_ahead_is_the_one_the_store_opens_with_and_asked_once(
    secret_service: None, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The start fetches the key on a thread while the window is built (keys.fetch_ahead):
    the first look and the store's opening then take that answer, the keyring asked once."""
    _make(data_dir)
    db = data_dir / DB_FILENAME
    keys.forget_key(db)  # as a new process
    asked: list[str] = []
    real = keyring_access.get_secret

    def counted(account: str) -> str | None:
        asked.append(account)
        return real(account)

    monkeypatch.setattr(keyring_access, "get_secret", counted)  # a spy: the keyring is real
    keys.fetch_ahead(db)
    assert keys.store_key(db, create=False) == keys.known_key(db)  # waits for the thread
    assert _names(data_dir) == ["Mere Tuilagi"]
    assert len(asked) == 1


def test_nothing_is_fetched_ahead_of_a_passphrase_nor_for_a_plain_or_missing_file(
    no_keyring: None, answers: list[str], data_dir: Path, tmp_path: Path
) -> None:
    """A passphrase is asked in a dialog, never ahead of the window; a plain or missing file
    has no key to fetch."""
    answers.append("correct horse battery")
    _make(data_dir)
    db = data_dir / DB_FILENAME
    keys.forget_key(db)
    keys.fetch_ahead(db)  # would ask the passphrase (answers is empty: it would fail)
    keys.fetch_ahead(tmp_path / "nowhere" / DB_FILENAME)
    plain = tmp_path / "plain.sqlite3"
    plain.write_bytes(cipher.PLAIN_HEADER + bytes(100))
    keys.fetch_ahead(plain)
    assert keys.known_key(db) is None and keys.known_key(plain) is None
    answers.append("correct horse battery")
    assert _names(data_dir) == ["Mere Tuilagi"]  # asked now, when the store opens
    assert answers == []
