"""The login throttle against the real hub: counted before the password check, per (user,
address) rather than per user, generous per address, shared through the database, and a cap on
password checks running at once."""

from __future__ import annotations

import dataclasses
import threading
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

import pytest
import requests
from requests.adapters import HTTPAdapter
from sqlalchemy import select

from bluepacific_hub.db import make_engine, make_sessions
from bluepacific_hub.migrate import upgrade
from bluepacific_hub.models import ThrottleEntry
from bluepacific_hub.ratelimit import LoginThrottle, address_key
from bluepacific_hub.settings import HubSettings
from bluepacific_wire import utc_now
from tests.support.hubserver import PASSWORD, RunningHub, Tls, running_hub

WRONG = "not the password"


class _FromAddress(HTTPAdapter):
    """Connects from another loopback address (127.0.0.2, …): another client to the hub."""

    def __init__(self, address: str) -> None:
        self._address = address
        super().__init__()

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs["source_address"] = (self._address, 0)
        super().init_poolmanager(*args, **kwargs)


def _session(running: RunningHub, address: str = "127.0.0.1") -> requests.Session:
    s = running.session()
    s.mount("https://", _FromAddress(address))
    return s


def _login(s: requests.Session, running: RunningHub, user: str, password: str) -> requests.Response:
    body = {"username": user, "password": password, "device_name": "laptop"}
    return s.post(running.url("/auth/login"), json=body, timeout=30)


@contextmanager
def _counting_checks(running: RunningHub) -> Iterator[list[int]]:
    """Counts the Argon2 verifications the hub runs (the slow, costly step to bound)."""
    passwords = running.hub.passwords
    verify = passwords.verify
    count = [0]
    lock = threading.Lock()

    def counted(encoded: str | None, password: str) -> bool:
        with lock:
            count[0] += 1
        return verify(encoded, password)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(passwords, "verify", counted)
        yield count


def test_parallel_wrong_passwords_are_checked_at_most_the_allowed_number(
    running: RunningHub,
) -> None:
    running.add_user("mele", "TO")
    allowed = 5  # HubSettings.login_attempts_per_user_address
    with _counting_checks(running) as checks, ThreadPoolExecutor(60) as pool:
        sessions = [_session(running) for _ in range(60)]
        codes = list(pool.map(lambda s: _login(s, running, "mele", WRONG).status_code, sessions))
    assert checks[0] <= allowed
    tally = Counter(codes)
    assert tally[401] <= allowed
    assert tally[401] + tally[429] + tally[503] == 60


def test_the_right_password_from_another_address_works_after_a_strangers_failures(
    running: RunningHub,
) -> None:
    client = running.device("sione", "TO")
    stranger = _session(running, "127.0.0.2")
    codes = [_login(stranger, running, "sione", WRONG).status_code for _ in range(8)]
    assert codes == [401] * 5 + [429] * 3
    # The stranger waits, and is told how long, even with the right password…
    refused = _login(stranger, running, "sione", PASSWORD)
    assert refused.status_code == 429
    assert refused.json()["error"] == "too_many_attempts"
    assert 0 < int(refused.headers["Retry-After"]) <= 30
    # …while the focal point signs in from their own address, and their laptop keeps syncing.
    assert _login(_session(running, "127.0.0.1"), running, "sione", PASSWORD).status_code == 200
    r = _session(running).get(running.url("/sync/pull"), headers=client.headers(), timeout=10)
    assert r.status_code == 200


def test_an_office_behind_one_address_is_not_locked_out_by_a_few_mistakes(
    running: RunningHub,
) -> None:
    running.add_user("ana", "FJ")
    office = _session(running, "127.0.0.3")
    # Thirty colleagues behind the office's NAT each mistype once or twice.
    codes = [_login(office, running, f"colleague{i % 15}", WRONG).status_code for i in range(30)]
    assert codes == [401] * 30
    assert _login(office, running, "ana", PASSWORD).status_code == 200


def test_one_address_trying_many_users_backs_off(running: RunningHub) -> None:
    running.add_user("losa", "WS")
    limit = running.hub.settings.login_attempts_per_address
    spray = _session(running, "127.0.0.4")
    codes = [_login(spray, running, f"spray{i}", WRONG).status_code for i in range(limit + 1)]
    assert codes == [401] * limit + [429]
    assert _login(spray, running, "losa", PASSWORD).status_code == 429
    assert _login(_session(running, "127.0.0.5"), running, "losa", PASSWORD).status_code == 200


def test_the_throttle_survives_a_restart(
    running: RunningHub, settings: HubSettings, tls: Tls
) -> None:
    running.add_user("tomasi", "FJ")
    s = _session(running)
    assert [_login(s, running, "tomasi", WRONG).status_code for _ in range(5)] == [401] * 5
    with running_hub(settings, tls) as restarted:
        r = _login(_session(restarted), restarted, "tomasi", PASSWORD)
    assert r.status_code == 429


def test_too_many_checks_at_once_get_503_hub_busy(settings: HubSettings, tls: Tls) -> None:
    # One check at a time, none waiting, and a cost that makes each take a while.
    busy = dataclasses.replace(
        settings,
        password_checks_at_once=1,
        password_checks_waiting=0,
        argon2_time_cost=3,
        argon2_memory_kib=65536,
    )
    with running_hub(busy, tls) as running, ThreadPoolExecutor(8) as pool:
        users = [f"user{i}" for i in range(8)]
        sessions = [_session(running) for _ in users]
        pairs = zip(sessions, users, strict=True)
        answers = list(pool.map(lambda a: _login(a[0], running, a[1], WRONG), pairs))
        codes = Counter(r.status_code for r in answers)
        assert codes[503] > 0 and codes[401] > 0 and codes[401] + codes[503] == 8
        refused = next(r for r in answers if r.status_code == 503)
        assert refused.json()["error"] == "hub_busy"
        assert int(refused.headers["Retry-After"]) > 0
        # A refused attempt was not checked, so it does not count against its address.
        with running.hub.sessions() as session:
            row = session.get(ThrottleEntry, address_key("127.0.0.1"))
            assert row is not None and row.attempts == codes[401]


def test_waits_double_after_the_free_attempts_up_to_the_cap(database_url: str) -> None:
    engine = make_engine(database_url)
    upgrade(engine)
    now = [utc_now()]
    settings = HubSettings(database_url=database_url)
    throttle = LoginThrottle(settings, make_sessions(engine), clock=lambda: now[0])
    try:
        waits: list[float] = []
        for _ in range(settings.login_attempts_per_user_address + 7):
            attempt = throttle.claim("kalo", "192.0.2.7")
            if attempt.wait_s:
                waits.append(attempt.wait_s)
                now[0] += timedelta(seconds=attempt.wait_s)
                assert throttle.claim("kalo", "192.0.2.7").wait_s == 0
        assert waits == [30, 60, 120, 240, 480, 900, 900]
        # After an hour of quiet the slate is clean.
        now[0] += timedelta(seconds=settings.login_forget_s + 901)
        assert throttle.claim("kalo", "192.0.2.7").wait_s == 0
        with make_sessions(engine)() as session:
            attempts = session.scalars(
                select(ThrottleEntry.attempts).where(ThrottleEntry.key.startswith("u:"))
            ).all()
        assert attempts == [1]
    finally:
        engine.dispose()


def test_ipv6_clients_count_by_their_network() -> None:
    assert address_key("2001:db8:1:2::5") == address_key("2001:db8:1:2:ffff::9")
    assert address_key("2001:db8:1:3::5") != address_key("2001:db8:1:2::5")
    assert address_key("::ffff:192.0.2.1") == address_key("192.0.2.1")
