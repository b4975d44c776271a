"""The console's sign-in and sessions against the real hub over HTTPS (SQLite and PostgreSQL):
security headers, cookie flags, a new token at each sign-in, CSRF, the idle timeout, a disabled
user, the shared login throttle, sign-out, and the language kept."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select, update

from bluepacific_hub import accounts, audit
from bluepacific_hub.credentials import token_digest
from bluepacific_hub.models import ConsoleSession, User
from bluepacific_wire import API_PREFIX, utc_now
from tests.support.console import (
    PRE_COOKIE,
    SESSION_COOKIE,
    browser_session,
    console_url,
    csrf_of,
    sign_in,
    signed_in,
)
from tests.support.hubserver import PASSWORD, RunningHub

PAGE_HEADERS = {
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
    "cache-control": "no-store",
}


def _sessions(running: RunningHub) -> list[ConsoleSession]:
    with running.hub.sessions() as session:
        return list(session.scalars(select(ConsoleSession)))


def _cookie_attributes(set_cookie: str, name: str) -> set[str]:
    """The attributes (lower case) of the Set-Cookie of `name` in a raw header value."""
    for part in set_cookie.split(", "):
        if part.startswith(f"{name}="):
            return {a.strip().lower() for a in part.split(";")[1:]}
    raise AssertionError(f"no Set-Cookie for {name}: {set_cookie}")


def test_every_console_answer_has_the_security_headers(running: RunningHub) -> None:
    s = browser_session(running)
    running.add_user("fj-fp", "FJ")
    answers = [
        s.get(console_url(running, "/login"), timeout=10),
        s.get(console_url(running, "/no/such/page"), timeout=10),
        s.get(console_url(running), allow_redirects=False, timeout=10),  # → login
        sign_in(s, running, "fj-fp"),
        s.get(console_url(running), timeout=10),
    ]
    assert [a.status_code for a in answers] == [200, 404, 303, 303, 200]
    assert "Nothing here" in answers[1].text  # the console's page, not the API's JSON
    for answer in answers:
        for name, value in PAGE_HEADERS.items():
            assert answer.headers.get(name) == value, (answer.url, name)
        csp = answer.headers["content-security-policy"]
        assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
        assert "unsafe-inline" not in csp
    css = s.get(console_url(running, "/static/console.css"), timeout=10)
    assert css.status_code == 200 and "text/css" in css.headers["content-type"]
    assert css.headers["x-content-type-options"] == "nosniff"
    # Browsers send no client-version header: the console needs none, the API still does.
    assert "X-BluePacific-Client" not in s.headers
    assert s.get(running.url("/sync/pull"), timeout=10).status_code == 400
    assert s.get(f"{running.base_url}{API_PREFIX}/health", timeout=10).status_code == 200


def test_sign_in_gives_a_strict_cookie_and_a_new_token_each_time(running: RunningHub) -> None:
    running.add_user("fj-fp", "FJ")
    s = browser_session(running)
    first = sign_in(s, running, "fj-fp")
    assert first.status_code == 303 and first.headers["location"] == "/console/"
    flags = _cookie_attributes(first.headers["set-cookie"], SESSION_COOKIE)
    assert {"secure", "httponly", "samesite=strict", "path=/console/"} <= flags
    token = s.cookies[SESSION_COOKIE]
    (row,) = _sessions(running)
    assert row.token_hash == token_digest(token) != token  # only the digest is kept
    assert len(row.csrf_secret) >= 40
    # The login page sends a signed-in browser home...
    home = s.get(console_url(running, "/login"), allow_redirects=False, timeout=10)
    assert home.status_code == 303 and home.headers["location"] == "/console/"
    # ...but a sign-in posted with the old cookie still there gets a new token, and the old
    # one is gone (a cookie planted before sign-in is never the session's).
    s.cookies.set(PRE_COOKIE, "pre-session", domain="127.0.0.1", path="/console/")
    again = s.post(
        console_url(running, "/login"),
        data={"csrf": "pre-session", "username": "fj-fp", "password": PASSWORD},
        allow_redirects=False,
        timeout=10,
    )
    assert again.status_code == 303
    assert s.cookies[SESSION_COOKIE] != token
    assert [r.token_hash for r in _sessions(running)] == [token_digest(s.cookies[SESSION_COOKIE])]
    stale = browser_session(running)
    stale.cookies.set(SESSION_COOKIE, token, domain="127.0.0.1", path="/console/")
    answer = stale.get(console_url(running), allow_redirects=False, timeout=10)
    assert answer.status_code == 303 and answer.headers["location"] == "/console/login"


def test_a_post_without_the_right_csrf_token_changes_nothing(running: RunningHub) -> None:
    running.add_user("fj-fp", "FJ")
    s = browser_session(running)
    page = s.get(console_url(running, "/login"), timeout=10)
    form = {"username": "fj-fp", "password": PASSWORD}
    for token in (None, "", "forged", csrf_of(page.text) + "x"):
        data = form if token is None else {**form, "csrf": token}
        r = s.post(console_url(running, "/login"), data=data, allow_redirects=False, timeout=10)
        assert r.status_code == 403 and "nothing was changed" in r.text
    # A login form posted from a browser that never saw the login page (no pre-session cookie).
    other = browser_session(running)
    r = other.post(
        console_url(running, "/login"),
        data={**form, "csrf": csrf_of(page.text)},
        allow_redirects=False,
        timeout=10,
    )
    assert r.status_code == 403
    assert _sessions(running) == []

    home = signed_in(s, running, "fj-fp")
    mine = csrf_of(home)
    # Another session's token does not do for this one.
    theirs = csrf_of(signed_in(browser_session(running), running, "fj-fp"))
    for token in ("", theirs):
        for path, data in (("/logout", {}), ("/language", {"lang": "fr", "next": "/console/"})):
            r = s.post(
                console_url(running, path),
                data={**data, "csrf": token},
                allow_redirects=False,
                timeout=10,
            )
            assert r.status_code == 403, (path, token)
    assert len(_sessions(running)) == 2
    assert {r.language for r in _sessions(running)} == {"en"}
    # Not a form at all (a script's JSON): refused before it is read.
    r = s.post(console_url(running, "/logout"), json={"csrf": mine}, timeout=10)
    assert r.status_code == 400 and len(_sessions(running)) == 2
    r = s.post(console_url(running, "/logout"), data={"csrf": mine}, allow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/console/login"
    assert len(_sessions(running)) == 1  # sign-out deletes the row
    assert s.get(console_url(running), allow_redirects=False).status_code == 303


def test_a_session_ends_after_the_idle_timeout(running: RunningHub) -> None:
    assert running.hub.settings.console_idle_minutes == 30
    running.add_user("fj-fp", "FJ")
    s = browser_session(running)
    signed_in(s, running, "fj-fp")

    def idle_for(minutes: float) -> None:
        with running.hub.sessions() as session, session.begin():
            session.execute(
                update(ConsoleSession).values(last_seen_at=utc_now() - timedelta(minutes=minutes))
            )

    idle_for(29)
    assert s.get(console_url(running), allow_redirects=False, timeout=10).status_code == 200
    idle_for(31)
    r = s.get(console_url(running), allow_redirects=False, timeout=10)
    assert r.status_code == 303 and r.headers["location"] == "/console/login?ended=idle"
    assert _sessions(running) == []
    login = s.get(console_url(running, "/login?ended=idle"), timeout=10)
    assert "signed out after a while without use" in login.text


def test_a_disabled_user_is_signed_out_at_once(running: RunningHub) -> None:
    running.add_user("fj-fp", "FJ")
    s = browser_session(running)
    signed_in(s, running, "fj-fp")
    with running.hub.sessions() as session, session.begin():
        accounts.set_active(session, "fj-fp", False, by=audit.HUB)
    r = s.get(console_url(running), allow_redirects=False, timeout=10)
    assert r.status_code == 303 and r.headers["location"] == "/console/login?ended=disabled"
    assert _sessions(running) == []
    refused = sign_in(s, running, "fj-fp")
    assert refused.status_code == 401 and "is not right" in refused.text
    assert _sessions(running) == []
    # A new password signs the user out of the console too.
    running.add_user("fj-na", "FJ", "national_approver")
    signed_in(s, running, "fj-na")
    with running.hub.sessions() as session, session.begin():
        accounts.reset_password(
            session, running.hub.passwords, "fj-na", "another password", by=audit.HUB
        )
    assert s.get(console_url(running), allow_redirects=False, timeout=10).status_code == 303
    assert _sessions(running) == []


def test_failed_sign_ins_are_throttled_with_the_api(running: RunningHub) -> None:
    running.add_user("fj-fp", "FJ")
    s = browser_session(running)
    free = running.hub.settings.login_attempts_per_user_address
    for _ in range(free):
        r = sign_in(s, running, "FJ-FP ", "wrong password")
        assert r.status_code == 401 and "is not right" in r.text
        assert 'value="FJ-FP "' in r.text  # what was typed stays in the field
    r = sign_in(s, running, "fj-fp")  # the right password, but held back
    assert r.status_code == 429 and int(r.headers["retry-after"]) >= 29
    assert "Too many failed sign-in attempts" in r.text
    assert _sessions(running) == []
    # One throttle for the console and the API: the API's login is held back too.
    body = {"username": "fj-fp", "password": PASSWORD, "device_name": "laptop"}
    api = running.session().post(running.url("/auth/login"), json=body, timeout=10)
    assert api.status_code == 429


def test_the_language_is_kept_on_the_session_and_the_user(running: RunningHub) -> None:
    running.add_user("vu-fp", "VU")
    s = browser_session(running)
    page = s.get(console_url(running, "/login"), timeout=10)
    r = s.post(
        console_url(running, "/language"),
        data={"csrf": csrf_of(page.text), "lang": "fr", "next": "/console/login"},
        allow_redirects=False,
        timeout=10,
    )
    assert r.status_code == 303 and r.headers["location"] == "/console/login"
    login = s.get(console_url(running, "/login"), timeout=10)
    assert '<html lang="fr">' in login.text and "Se connecter" in login.text
    home = signed_in(s, running, "vu-fp")
    assert "Complétude" in home and "point focal" in home

    def language_of_user() -> str | None:
        with running.hub.sessions() as session:
            return session.scalar(select(User.console_language).where(User.username == "vu-fp"))

    assert language_of_user() == "fr"
    # Back to English while signed in, and the next sign-in (another browser) starts in it.
    r = s.post(
        console_url(running, "/language"),
        data={"csrf": csrf_of(home), "lang": "en", "next": "https://elsewhere.example/"},
        allow_redirects=False,
        timeout=10,
    )
    assert r.status_code == 303 and r.headers["location"] == "/console/"  # never off-site
    assert [row.language for row in _sessions(running)] == ["en"]
    assert language_of_user() == "en"
    assert "Completeness" in signed_in(browser_session(running), running, "vu-fp")
    with running.hub.sessions() as session:
        assert session.scalar(select(func.count()).select_from(ConsoleSession)) == 2
    assert s.cookies.get(PRE_COOKIE) is None  # the pre-session cookie went at sign-in
