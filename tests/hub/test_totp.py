"""The console's second factor on a real database (SQLite and PostgreSQL) with real pyotp
codes: enrol, confirm, codes within one step accepted once each (a replay and a race refused),
single-use recovery codes, disable, who needs it, and `bluepacific-hub user totp-*`."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlparse

import pyotp
import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from bluepacific_hub import accounts, audit, totp
from bluepacific_hub.credentials import Passwords
from bluepacific_hub.db import make_engine, make_sessions
from bluepacific_hub.migrate import upgrade
from bluepacific_hub.models import RecoveryCode, User
from bluepacific_hub.settings import HubSettings
from bluepacific_hub.totp import TotpState
from tests.support.hubserver import PASSWORD
from tests.support.hubserver import run_hub_cli as _run

CHEAP = Passwords(time_cost=1, memory_kib=8192)
BY = audit.HUB
T0 = datetime(2026, 12, 4, 9, 0, 0, tzinfo=UTC)  # enrolment and confirmation
T = datetime(2026, 12, 4, 12, 0, 15, tzinfo=UTC)  # mid-step: steps around it are whole
STEP = timedelta(seconds=30)


@pytest.fixture
def sessions(database_url: str) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(database_url)
    upgrade(engine)
    factory = make_sessions(engine)
    with factory() as session, session.begin():
        accounts.add_user(session, CHEAP, "ana", PASSWORD, "WS", "regional_admin")
    yield factory
    engine.dispose()


def _user(session: Session) -> User:
    return accounts.find_user(session, "ana")


def _enrolled(sessions: sessionmaker[Session]) -> totp.Enrolment:
    """Ana enrolled and confirmed at T0; her secret and codes."""
    with sessions() as session, session.begin():
        enrolment = totp.enrol(session, CHEAP, _user(session), by=BY, now=T0)
        first = pyotp.TOTP(enrolment.secret).at(T0)
        assert totp.confirm(session, _user(session), first, by=BY, now=T0)
    return enrolment


def _verify(sessions: sessionmaker[Session], code: str, at: datetime) -> bool:
    with sessions() as session, session.begin():
        return totp.verify(session, _user(session), code, at)


def _actions(sessions: sessionmaker[Session]) -> list[str]:
    with sessions() as session:
        events = audit.list_events(session)
        return [e.action for e in reversed(events) if e.action.startswith("totp_")]


def test_enrol_then_confirm_with_a_first_code(sessions: sessionmaker[Session]) -> None:
    with sessions() as session, session.begin():
        enrolment = totp.enrol(session, CHEAP, _user(session), by=BY, now=T0)
    uri = urlparse(enrolment.uri)
    assert (uri.scheme, uri.netloc) == ("otpauth", "totp")
    assert parse_qs(uri.query)["secret"] == [enrolment.secret]
    assert parse_qs(uri.query)["issuer"] == ["Blue Pacific hub"]
    assert uri.path.endswith(":ana")
    assert len(set(enrolment.recovery_codes)) == 10
    assert len({c[:4] for c in enrolment.recovery_codes}) == 10

    code = pyotp.TOTP(enrolment.secret).at(T0)
    with sessions() as session, session.begin():
        assert totp.state(session, _user(session)) is TotpState.PENDING
        assert not totp.verify(session, _user(session), code, T0)  # not on yet
        assert not totp.confirm(session, _user(session), "000000", by=BY, now=T0)
        assert totp.state(session, _user(session)) is TotpState.PENDING
        assert totp.confirm(session, _user(session), code, by=BY, now=T0)
    with sessions() as session:
        assert totp.state(session, _user(session)) is TotpState.ENABLED
        hashes = session.scalars(select(RecoveryCode.code_hash)).all()
    assert len(hashes) == 10 and all(h.startswith("$argon2id$") for h in hashes)
    assert not any(c.replace("-", "") in h for c in enrolment.recovery_codes for h in hashes)
    assert _actions(sessions) == ["totp_enrolled", "totp_confirmed"]


def test_codes_one_step_either_way_are_accepted_once(sessions: sessionmaker[Session]) -> None:
    otp = pyotp.TOTP(_enrolled(sessions).secret)
    assert not _verify(sessions, otp.at(T - 2 * STEP), T)  # a minute old: too old
    assert not _verify(sessions, otp.at(T + 2 * STEP), T)  # a minute ahead: too far
    assert _verify(sessions, otp.at(T - STEP), T)  # the phone 30 s behind
    assert not _verify(sessions, otp.at(T - STEP), T)  # the same code again: refused
    assert _verify(sessions, otp.at(T), T + timedelta(seconds=5))
    assert not _verify(sessions, otp.at(T), T + timedelta(seconds=10))  # replayed in its step
    assert not _verify(sessions, otp.at(T - STEP), T)  # an older step after a newer one
    assert _verify(sessions, otp.at(T + STEP), T)  # the phone 30 s ahead
    assert not _verify(sessions, "12345", T) and not _verify(sessions, "abcdef", T)


def test_the_current_code_works_now(sessions: sessionmaker[Session]) -> None:
    otp = pyotp.TOTP(_enrolled(sessions).secret)
    assert _verify(sessions, otp.now(), datetime.now(UTC))
    assert not _verify(sessions, otp.now(), datetime.now(UTC))


def test_one_code_raced_in_two_transactions_signs_in_once(
    sessions: sessionmaker[Session],
) -> None:
    code = pyotp.TOTP(_enrolled(sessions).secret).at(T)
    results: list[object] = []

    def other() -> None:
        try:
            results.append(_verify(sessions, code, T))
        except OperationalError as exc:  # SQLite: the later writer's snapshot is stale
            results.append(exc)

    with sessions() as session, session.begin():
        assert totp.verify(session, _user(session), code, T)
        racer = threading.Thread(target=other)
        racer.start()
        racer.join(1.0)  # it waits on our row (PostgreSQL) or on the file's lock (SQLite)
    racer.join(30)
    assert not racer.is_alive()
    assert results and results[0] is not True


def test_recovery_codes_work_once_each(sessions: sessionmaker[Session]) -> None:
    codes = _enrolled(sessions).recovery_codes
    with sessions() as session, session.begin():
        user = _user(session)
        assert totp.use_recovery_code(session, CHEAP, user, codes[3], by=BY) == 9
        assert totp.use_recovery_code(session, CHEAP, user, codes[3], by=BY) is None
        typed = " " + codes[5].upper().replace("-", " ") + " "  # read off paper
        assert totp.use_recovery_code(session, CHEAP, user, typed, by=BY) == 8
        assert totp.use_recovery_code(session, CHEAP, user, "aaaa-bbbb-cccc", by=BY) is None
        wrong = codes[0][:5] + ("x" if codes[0][5] != "x" else "y") + codes[0][6:]
        assert totp.use_recovery_code(session, CHEAP, user, wrong, by=BY) is None
        assert totp.recovery_codes_left(session, user) == 8
    with sessions() as session:
        [first, second] = [
            e for e in reversed(audit.list_events(session)) if e.action == "totp_recovery_used"
        ]
    assert first.details["codes_left"] == 9 and second.details["codes_left"] == 8


def test_disable_then_enrol_again(sessions: sessionmaker[Session]) -> None:
    old = _enrolled(sessions)
    with sessions() as session, pytest.raises(totp.TotpError, match="disable it first"):
        totp.enrol(session, CHEAP, _user(session), by=BY)
    with sessions() as session, session.begin():
        assert totp.disable(session, _user(session), by=BY)
        assert totp.state(session, _user(session)) is TotpState.NONE
        assert not totp.disable(session, _user(session), by=BY)
        assert session.scalars(select(RecoveryCode)).all() == []
        code = old.recovery_codes[0]
        assert totp.use_recovery_code(session, CHEAP, _user(session), code, by=BY) is None
    assert not _verify(sessions, pyotp.TOTP(old.secret).at(T), T)
    with sessions() as session, session.begin():
        new = totp.enrol(session, CHEAP, _user(session), by=BY)
        # Enrolling again while pending replaces the secret and the codes.
        newer = totp.enrol(session, CHEAP, _user(session), by=BY)
        assert new.secret != old.secret and newer.secret != new.secret
        assert len(session.scalars(select(RecoveryCode)).all()) == 10
        assert not totp.confirm(session, _user(session), pyotp.TOTP(new.secret).now(), by=BY)
        assert totp.confirm(session, _user(session), pyotp.TOTP(newer.secret).now(), by=BY)
    assert _actions(sessions) == [
        "totp_enrolled", "totp_confirmed", "totp_disabled", "totp_enrolled", "totp_enrolled",
        "totp_confirmed",
    ]  # fmt: skip


def test_who_needs_a_second_factor() -> None:
    default = HubSettings(database_url="sqlite://")
    assert totp.required(default, "regional_admin")
    assert not totp.required(default, "focal_point")
    assert not totp.required(default, "national_approver")
    everyone = HubSettings(database_url="sqlite://", require_totp="everyone")
    assert totp.required(everyone, "focal_point")
    with pytest.raises(ValueError, match="require_totp must be one of"):
        HubSettings(database_url="sqlite://", require_totp="nobody")


def test_the_cli_enrols_confirms_and_disables(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ("--database", database_url)
    code, _, _ = _run(capsys, "user", "add", "--username", "ana", "--country", "WS",
                      "--role", "regional_admin", *db, stdin=PASSWORD + "\n")  # fmt: skip
    assert code == 0
    code, out, _ = _run(capsys, "user", "totp-enrol", "ana", *db)
    assert code == 0 and "pending until a first code confirms it" in out
    lines = out.splitlines()
    secret = lines[1].removeprefix("secret: ")
    assert lines[2].startswith("uri: otpauth://totp/") and f"secret={secret}" in lines[2]
    assert len(lines[4:]) == 10
    code, _, err = _run(capsys, "user", "totp-confirm", "ana", *db, stdin="000000\n")
    assert code == 1 and "does not confirm" in err
    now = pyotp.TOTP(secret).now()
    code, out, _ = _run(capsys, "user", "totp-confirm", "ana", *db, stdin=now + "\n")
    assert code == 0 and "is on" in out
    code, _, err = _run(capsys, "user", "totp-enrol", "ana", *db)
    assert code == 1 and "disable it first" in err
    code, out, _ = _run(capsys, "user", "totp-disable", "ana", *db)
    assert code == 0 and "removed the second factor of ana" in out
    code, out, _ = _run(capsys, "user", "totp-disable", "ana", *db)
    assert code == 0 and "had no second factor" in out
    code, _, err = _run(capsys, "user", "totp-enrol", "nobody", *db)
    assert code == 1 and "no user named 'nobody'" in err
    code, out, _ = _run(capsys, "audit", "list", "--subject", "ana", *db)
    actions = [line.split("\t")[3] for line in reversed(out.splitlines())]
    assert actions == ["user_added", "totp_enrolled", "totp_confirmed", "totp_disabled"]


def test_a_wrong_require_totp_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "serve", "--database", "sqlite://", "--set", "require_totp=nobody")
    assert code == 1
    assert err == "bluepacific-hub: require_totp must be one of regional_admin, everyone\n"
