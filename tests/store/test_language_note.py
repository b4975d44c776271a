"""The store's language noted beside it, so the window paints in it before the (encrypted)
store is opened: read from the store once, noted 0600, kept up to date, and not trusted where
a passphrase must be asked for on the way in."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from bluepacific_desktop.domain.errors import StoreLocked
from bluepacific_desktop.i18n.catalogue import LANGUAGE_NOTE, remember_language, stored_language
from bluepacific_desktop.paths import DB_FILENAME
from bluepacific_desktop.store import keys
from bluepacific_desktop.store.device import set_up_device
from bluepacific_desktop.store.store import Store


def _set_up(folder: Path, language: str) -> None:
    with Store.open(folder) as store, store.write() as session:
        set_up_device(session, "VU", language)


def test_the_language_is_read_once_then_noted_beside_the_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "data"
    _set_up(folder, "fr")
    note = folder / LANGUAGE_NOTE
    note.unlink(missing_ok=True)
    assert stored_language(folder) == "fr"
    assert note.read_text(encoding="utf-8").strip() == "fr"
    assert stat.S_IMODE(note.stat().st_mode) == 0o600

    def no_key(*_a: object, **_k: object) -> bytes:
        raise AssertionError("the store was opened although its language is noted")

    monkeypatch.setattr(keys, "store_key", no_key)
    assert stored_language(folder) == "fr"


def test_a_new_store_has_no_language_whatever_a_stray_note_says(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    remember_language(folder, "fr")
    assert not (folder / DB_FILENAME).exists()
    assert stored_language(folder) is None


def test_a_note_of_no_shipped_language_is_not_believed(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    _set_up(folder, "en")
    (folder / LANGUAGE_NOTE).write_text("xx\n", encoding="utf-8")
    assert stored_language(folder) == "en"
    assert (folder / LANGUAGE_NOTE).read_text(encoding="utf-8").strip() == "en"


def test_a_passphrase_store_reads_its_language_from_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "data"
    _set_up(folder, "en")
    remember_language(folder, "fr")
    # A key wrapped by a passphrase (no keyring): the note is not enough, the store is asked,
    # and a store whose key needs the passphrase sends the start the full way (None).
    keys.key_file(folder / DB_FILENAME).write_text("{}", encoding="utf-8")

    def locked(*_a: object, **_k: object) -> bytes:
        raise StoreLocked("the passphrase is asked on the full path")

    monkeypatch.setattr(keys, "store_key", locked)
    assert stored_language(folder) is None
