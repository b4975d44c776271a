"""`sync` and `status` in French (`--lang fr`) word the hub's refusal of a change from its code,
against a real hub over HTTPS; the same in English keeps the hub's sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from bluepacific_desktop.i18n import catalogue
from bluepacific_desktop.store.store import Store
from tests.cli_sync.test_cli_sync import hub, run
from tests.support.forged import queue_foreign
from tests.support.hubserver import PASSWORD, RunningHub

__all__ = ["hub"]  # the fixture, shared with the other sync commands' tests


def test_sync_and_status_in_french_word_a_refusal_in_french(
    hub: RunningHub,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    no_keyring: None,
) -> None:
    data = tmp_path / "laptop"
    assert run(capsys, monkeypatch, data, "init", "--country", "FJ")[0] == 0
    with Store.open(data) as store:
        queue_foreign(store, "ZZ", fields={"full_name": "Elsewhere"})
    login = ["login", "--hub", hub.base_url, "--username", "suva", "--ca-bundle", hub.tls.ca_file]
    assert run(capsys, monkeypatch, data, *login, stdin=PASSWORD + "\n")[0] == 0
    try:
        _code, out, err = run(
            capsys,
            monkeypatch,
            data,
            "--lang",
            "fr",
            "sync",
            "--ask-password",
            stdin=PASSWORD + "\n",
        )
        assert "Cet ordinateur appartient à FJ" in out + err, out + err
        assert "this device belongs" not in out + err
        _code, out, _err = run(capsys, monkeypatch, data, "--lang", "fr", "status")
        assert "Cet ordinateur appartient à FJ" in out, out
        _code, out, _err = run(capsys, monkeypatch, data, "--lang", "en", "status")
        assert "this device belongs to FJ and cannot send records of ZZ" in out, out
    finally:
        catalogue.load("en")
