"""Revoke and wipe from the command line, against a real hub and the real keyring: a disabled
user's computer is told so in words and can still export what it holds; a wipe the hub asks
for erases the data, says it was the regional team's request, exits 3, and the next `init`
starts as on a new computer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from bluepacific_desktop.cli.sync_cmd import EXIT_WIPED
from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.store.models import Person
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.sync import account, credentials
from bluepacific_hub import audit, policy
from bluepacific_hub.accounts import find_user, list_devices, request_wipe, set_active
from bluepacific_hub.policy import PolicyName
from tests.cli_sync.test_cli_sync import hub, run  # noqa: F401  (the fixture)
from tests.support.hubserver import PASSWORD, RunningHub


def _login(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data: Path,
           running: RunningHub) -> None:  # fmt: skip
    code, _out, err = run(capsys, monkeypatch, data, "login", "--hub", running.base_url,
                          "--username", "suva", "--ca-bundle", running.tls.ca_file,
                          stdin=PASSWORD + "\n")  # fmt: skip
    assert code == 0, err


def test_disabled_then_wiped_from_the_command_line(
    hub: RunningHub,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    secret_service: None,
) -> None:
    data = tmp_path / "laptop"
    assert run(capsys, monkeypatch, data, "init", "--country", "FJ")[0] == 0
    _login(capsys, monkeypatch, data, hub)
    assert credentials.load_token(hub.base_url, "suva") is not None
    with Store.open(data) as store, store.write() as session:
        RecordService(session).create(
            RecordKind.PERSON, {"full_name": "Litia Vakaloloma", "sex": "female"}
        )
    with hub.hub.sessions() as session, session.begin():
        set_active(session, "suva", False, by=audit.HUB)
    code, _out, err = run(capsys, monkeypatch, data, "sync", "--retries", "0")
    assert code == 1 and "Your hub account was disabled" in err
    # What waits stays, and can be exported by whoever opens the app.
    out_file = tmp_path / "people.csv"
    code, _out, err = run(capsys, monkeypatch, data, "export", "person", "--format", "csv",
                          "--output", str(out_file))  # fmt: skip
    assert code == 0, err
    assert "Litia Vakaloloma" in out_file.read_text(encoding="utf-8-sig")

    with hub.hub.sessions() as session, session.begin():
        set_active(session, "suva", True, by=audit.HUB)
        user = find_user(session, "suva")
        (device,) = [d for d, u in list_devices(session) if u.id == user.id]
        request_wipe(session, device.id, by=audit.HUB)
    code, out, err = run(capsys, monkeypatch, data, "sync", "--retries", "0")
    assert code == EXIT_WIPED == 3, (out, err)
    assert "On the regional team's request" in err and "was erased" in err
    left = sorted(p.name for p in data.rglob("*") if p.is_file() and "logs" not in p.parts)
    assert [name for name in left if name.startswith("bluepacific")] == []
    assert credentials.load_token(hub.base_url, "suva") is None
    # The next start is a first start: no records, no hub.
    assert run(capsys, monkeypatch, data, "init", "--country", "FJ")[0] == 0
    code, out, _err = run(capsys, monkeypatch, data, "status", "--json")
    status = json.loads(out)
    assert code == 0 and status["sync"]["hub_url"] is None, status
    with Store.open(data) as store, store.read() as session:
        assert session.scalars(select(Person)).all() == []


def test_the_require_encryption_warning_at_login_and_sync(
    hub: RunningHub,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    secret_service: None,
) -> None:
    data = tmp_path / "laptop"
    assert run(capsys, monkeypatch, data, "init", "--country", "FJ")[0] == 0
    # Every store is encrypted as it opens; one still plain (its encryption waits for room on
    # the disk) is stood in for where the app reports it.
    monkeypatch.setattr(account, "is_encrypted", lambda _path: False)
    with hub.hub.sessions() as session, session.begin():
        policy.set_policy(session, PolicyName.REQUIRE_ENCRYPTION, True, by=audit.HUB)
    code, _out, err = run(capsys, monkeypatch, data, "login", "--hub", hub.base_url,
                          "--username", "suva", "--ca-bundle", hub.tls.ca_file,
                          stdin=PASSWORD + "\n")  # fmt: skip
    assert code == 0 and "requires the data file of every computer to be encrypted" in err
    code, out, err = run(capsys, monkeypatch, data, "sync", "--retries", "0")
    assert code == 0 and "Up to date" in out  # sync works all the same
    assert "the app encrypts the file at its next start" in err
