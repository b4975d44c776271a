"""Hub administration from the command line against the real hub: disabling, enabling, roles,
password resets, and device tokens that expire unless used, listed with last use and app."""

from __future__ import annotations

import dataclasses
import time
from datetime import timedelta

import pytest
import requests

from bluepacific_hub.models import Device
from bluepacific_hub.settings import HubSettings
from bluepacific_wire import parse_time, utc_now
from tests.support.hubserver import PASSWORD, Client, RunningHub, Tls, running_hub
from tests.support.hubserver import run_hub_cli as _run

NEW_PASSWORD = "a brand new passphrase"


def _pull(running: RunningHub, client: Client, version: str = "0.1.0") -> requests.Response:
    return running.session(version).get(
        running.url("/sync/pull"), headers=client.headers(), timeout=10
    )


def _login(running: RunningHub, username: str, password: str) -> requests.Response:
    body = {"username": username, "password": password, "device_name": "laptop"}
    return running.session().post(running.url("/auth/login"), json=body, timeout=10)


def _devices(capsys: pytest.CaptureFixture[str], running: RunningHub) -> list[list[str]]:
    code, out, _ = _run(capsys, "device", "list", "--database", running.database_url)
    assert code == 0
    return [line.split("\t") for line in out.splitlines()]


def test_a_disabled_users_token_stops_at_once(
    running: RunningHub, capsys: pytest.CaptureFixture[str]
) -> None:
    client = running.device("mele", "TO")
    assert _pull(running, client).status_code == 200
    code, out, _ = _run(capsys, "user", "disable", "Mele", "--database", running.database_url)
    assert code == 0 and "disabled user mele" in out
    refused = _pull(running, client)
    assert refused.status_code == 401 and refused.json()["error"] == "unauthorized"
    assert _login(running, "mele", PASSWORD).status_code == 401
    assert _devices(capsys, running)[0][4] == "user disabled"
    code, out, _ = _run(capsys, "user", "list", "--database", running.database_url)
    assert out.split("\t")[3].strip() == "disabled"
    code, out, _ = _run(capsys, "user", "enable", "mele", "--database", running.database_url)
    assert code == 0 and "enabled user mele" in out
    assert _pull(running, client).status_code == 200


def test_set_role_signs_the_users_devices_out(
    running: RunningHub, capsys: pytest.CaptureFixture[str]
) -> None:
    client = running.device("ana", "FJ")
    code, out, _ = _run(
        capsys, "user", "set-role", "ana", "regional_admin", "--database", running.database_url
    )
    assert code == 0 and "regional_admin" in out and "1 device(s)" in out
    assert _pull(running, client).status_code == 401
    assert running.login("ana")["role"] == "regional_admin"
    with pytest.raises(SystemExit) as refused:  # argparse: a wrong command line exits 2
        _run(capsys, "user", "set-role", "ana", "emperor", "--database", running.database_url)
    assert refused.value.code == 2 and "invalid choice" in capsys.readouterr().err


def test_reset_password(running: RunningHub, capsys: pytest.CaptureFixture[str]) -> None:
    client = running.device("sione", "TO")
    # A stranger's failures from this address are forgotten with the old password.
    for _ in range(6):
        _login(running, "sione", "a wrong guess")
    code, out, _ = _run(
        capsys, "user", "reset-password", "sione", "--database", running.database_url,
        stdin=NEW_PASSWORD + "\n",
    )  # fmt: skip
    assert code == 0 and "new password for sione" in out and "1 device(s)" in out
    assert _pull(running, client).status_code == 401
    assert _login(running, "sione", PASSWORD).status_code == 401
    assert _login(running, "sione", NEW_PASSWORD).status_code == 200
    code, _, err = _run(
        capsys, "user", "reset-password", "sione", "--database", running.database_url,
        stdin="short\n",
    )  # fmt: skip
    assert code == 1 and "at least 8" in err


def test_unknown_user_is_one_line_and_exit_1(
    running: RunningHub, capsys: pytest.CaptureFixture[str]
) -> None:
    for action in ("disable", "enable"):
        code, _, err = _run(capsys, "user", action, "nobody", "--database", running.database_url)
        assert code == 1 and err == "bluepacific-hub: no user named 'nobody'\n"
    code, _, err = _run(
        capsys, "user", "set-role", "nobody", "focal_point", "--database", running.database_url
    )
    assert code == 1 and "no user named" in err


def test_device_list_shows_last_use_app_version_and_expiry(
    running: RunningHub, capsys: pytest.CaptureFixture[str]
) -> None:
    client = running.device("losa", "WS")
    [row] = _devices(capsys, running)
    assert row[1:5] == ["losa", "WS", "laptop", "active"]
    assert row[6] == "app 0.1.0"
    signed_in = parse_time(row[5].removeprefix("last used "))
    expires = parse_time(row[7].removeprefix("expires "))
    assert abs(expires - signed_in - timedelta(days=90)) < timedelta(minutes=1)
    # The laptop was updated: its next request says so, and the list shows it.
    assert _pull(running, client, version="0.2.0").status_code == 200
    [row] = _devices(capsys, running)
    assert row[6] == "app 0.2.0"


def test_use_renews_the_token(running: RunningHub) -> None:
    client = running.device("kalo", "FJ")
    # As if the laptop had last synced 80 days ago: 10 days left.
    with running.hub.sessions() as session, session.begin():
        device = session.query(Device).one()
        device.last_seen_at = utc_now() - timedelta(days=80)
        device.expires_at = utc_now() + timedelta(days=10)
    assert _pull(running, client).status_code == 200
    with running.hub.sessions() as session:
        device = session.query(Device).one()
        assert device.expires_at > utc_now() + timedelta(days=89)


def test_a_token_unused_for_its_lifetime_expires(settings: HubSettings, tls: Tls) -> None:
    short = dataclasses.replace(settings, token_idle_days=2 / 86400)  # two seconds
    with running_hub(short, tls) as running:
        client = running.device("tomasi", "FJ")
        assert _pull(running, client).status_code == 200
        time.sleep(2.5)
        refused = _pull(running, client)
        assert refused.status_code == 401
        assert refused.json()["error"] == "unauthorized"
        assert "sign in again" in refused.json()["message"]
