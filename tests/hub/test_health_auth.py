"""Health probe, login, token revocation, the client-version gate (throttle: test_throttle.py)."""

from __future__ import annotations

import requests

from bluepacific_hub import accounts, audit
from bluepacific_wire import SERVICE_NAME, parse_health, parse_login_response, parse_time
from tests.support.hubserver import PASSWORD, RunningHub


def test_health_identifies_the_hub(running: RunningHub) -> None:
    r = running.session().get(running.url("/health"), timeout=10)
    assert r.status_code == 200
    health = parse_health(r.json())
    assert health["service"] == SERVICE_NAME
    assert health["api_version"] == 1
    assert health["min_client_version"] == "0.1.0"
    assert health["server_time"].endswith("Z")
    parse_time(health["server_time"])


def test_health_needs_no_client_header_but_other_calls_do(running: RunningHub) -> None:
    plain = requests.get(running.url("/health"), verify=running.tls.ca_file, timeout=10)
    assert plain.status_code == 200
    r = requests.get(running.url("/sync/pull"), verify=running.tls.ca_file, timeout=10)
    assert r.status_code == 400
    assert r.json()["error"] == "client_version_missing"


def test_openapi_is_served(running: RunningHub) -> None:
    r = running.session().get(running.url("/openapi.json"), timeout=10)
    assert r.status_code == 200
    assert "/api/v1/sync/push" in r.json()["paths"]


def test_login_ok_and_bad(running: RunningHub) -> None:
    running.add_user("Mele", "TO")
    answer = parse_login_response(running.login("mele"))
    assert answer["country"] == "TO"
    assert answer["role"] == "focal_point"
    bad = running.session().post(
        running.url("/auth/login"),
        json={"username": "mele", "password": "wrong password", "device_name": "x"},
        timeout=10,
    )
    assert bad.status_code == 401
    assert bad.json()["error"] == "bad_credentials"
    unknown = running.session().post(
        running.url("/auth/login"),
        json={"username": "nobody", "password": PASSWORD, "device_name": "x"},
        timeout=10,
    )
    assert unknown.status_code == 401


def test_revoked_token_is_refused_at_once(running: RunningHub) -> None:
    client = running.device("losa", "WS")
    assert client.pull()["changes"]
    with running.hub.sessions() as session, session.begin():
        (device, _user), *_ = accounts.list_devices(session)
        accounts.revoke_device(session, device.id, by=audit.HUB)
    r = running.session().get(running.url("/sync/pull"), headers=client.headers(), timeout=10)
    assert r.status_code == 401
    assert r.json()["error"] == "unauthorized"


def test_missing_or_unknown_token(running: RunningHub) -> None:
    s = running.session()
    assert s.get(running.url("/sync/pull"), timeout=10).status_code == 401
    r = s.get(running.url("/sync/pull"), headers={"Authorization": "Bearer nope"}, timeout=10)
    assert r.status_code == 401
    assert set(r.json()) == {"error", "message"}


def test_client_too_old_gets_426(running: RunningHub) -> None:
    client = running.device("tomasi", "FJ")
    s = running.session(version="0.0.9")
    r = s.get(running.url("/sync/pull"), headers=client.headers(), timeout=10)
    assert r.status_code == 426
    body = r.json()
    assert body["error"] == "client_too_old"
    assert "too old" in body["message"]
    assert s.get(running.url("/health"), timeout=10).status_code == 426


def test_unknown_path_is_json_404(running: RunningHub) -> None:
    r = running.session().get(running.url("/nothing-here"), timeout=10)
    assert r.status_code == 404
    assert r.json()["error"] == "not_found"
