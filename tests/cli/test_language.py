"""The command line speaks the language chosen for this computer (`init --lang`, Settings),
else the system's; `--lang en|fr` overrides. Its words come from the same catalogue as the
window's (resources/translations), and the core's errors are worded by their key."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from bluepacific_desktop.domain.errors import CannotWrite, RecordNotFound, StoreInUse
from bluepacific_desktop.i18n import catalogue
from bluepacific_desktop.i18n.errors import said
from bluepacific_desktop.paths import DB_FILENAME
from tests.cli.conftest import Run


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    yield
    catalogue.load("en")  # what the next test's commands start from


def test_status_in_french_when_french_is_asked(fiji: Run) -> None:
    out = fiji("--lang", "fr", "status")
    assert out.code == 0
    assert "Pays\u00a0:" in out.out and "FJ" in out.out
    assert "En attente de synchronisation\u00a0:" in out.out and "0 modification" in out.out
    assert "personnes" in out.out and "Country" not in out.out
    # The values sit in one column, whatever the length of the French labels.
    starts = {line.index("FJ") for line in out.out.splitlines() if line.startswith("Pays")}
    assert starts == {out.out.splitlines()[0].index("/")}


def test_the_computers_language_is_the_default_and_lang_overrides_it(run: Run) -> None:
    assert run("init", "--country", "VU", "--lang", "fr").code == 0
    assert "Pays\u00a0:" in run("status").out  # chosen for this computer at init
    assert "Country:" in run("--lang", "en", "status").out


def test_a_core_error_is_said_in_french_by_its_key(
    fiji: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Plain http to another computer is refused before anything is sent: no hub needed.
    args = ("login", "--hub", "http://hub.example.org", "--username", "fj.focal")
    monkeypatch.setattr("sys.stdin", io.StringIO("secret\n"))
    english = fiji(*args)
    monkeypatch.setattr("sys.stdin", io.StringIO("secret\n"))
    french = fiji("--lang", "fr", *args)
    assert english.code != 0 and "is not secure (http)" in english.err
    assert french.code == english.code
    assert "L'adresse du serveur http://hub.example.org n'est pas sécurisée" in french.err
    assert french.err.count("\n") == 1  # one line, as every error of the command line


def test_a_computer_not_set_up_speaks_the_systems_language(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANGUAGE", "fr_FR:fr")
    assert re.search("Pays\u00a0: +pas encore configuré", run("status").out)
    monkeypatch.setenv("LANGUAGE", "en_AU:en")
    assert "not set up yet" in run("status").out


def test_a_sync_summary_counts_in_both_languages() -> None:
    from bluepacific_desktop.cli.sync_cmd import _summary
    from bluepacific_desktop.sync.engine import SyncReport

    report = SyncReport(pushed=1, pulled=3, refused=2, refused_reasons=["a", "b"])
    catalogue.load("en")
    assert _summary(report)[:2] == ["Sent: 1 change", "Received: 3 records"]
    assert _summary(report)[3] == "Set aside: 2 changes the hub refused:"
    catalogue.load("fr")
    assert _summary(report)[:2] == ["Envoyé\u00a0: 1 modification", "Reçu\u00a0: 3 enregistrements"]
    assert _summary(report)[3].startswith("Mises de côté\u00a0: 2 modifications refusées")


def test_the_data_files_own_troubles_are_said_in_french(run: Run, tmp_path: Path) -> None:
    # Seen before: "is not a database", a newer file and a missing record stayed English in
    # French, because the store's errors had no key.
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / DB_FILENAME).write_bytes(b"this is not a database at all" * 100)
    french = run("--data-dir", str(folder), "--lang", "fr", "status")
    assert french.code == 1
    assert "n'est pas une base de données (il est peut-être endommagé)" in french.err
    assert "is not a database" not in french.err
    assert french.err.count("\n") == 1


def test_a_full_disk_is_said_in_french_with_the_free_bytes() -> None:
    catalogue.load("fr")
    refused = CannotWrite("disk_full", "/media/usb/c.pdf", 16_384)
    assert said(refused) == (
        "Le disque est plein\u00a0: 16\u202f384 octets libres pour /media/usb/c.pdf. Rien n'a "
        "été remplacé\u00a0: libérez de la place (ou choisissez un autre disque) et réessayez."
    )
    in_use = StoreInUse([4242, 4343])
    assert "dans 2 autres fenêtres ou commandes (processus 4242, 4343)" in said(in_use)
    missing = RecordNotFound("person", "4b1c")
    assert said(missing).startswith("L'enregistrement 4b1c n'est pas sur cet ordinateur")
