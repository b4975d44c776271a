"""CSRF tokens: a signed-in session's secret (stored with its row), or before sign-in a random
value in a cookie of its own that the login and language forms repeat (double submit)."""

from __future__ import annotations

import hmac
import secrets

FIELD = "csrf"
# Before sign-in there is no session row: the login page sets this cookie and puts the same
# value in its forms. A page of another site can neither read it nor set it (SameSite=Strict,
# HttpOnly), so it cannot post a matching pair.
PRE_COOKIE = "bp_console_pre"


def new_secret() -> str:
    return secrets.token_urlsafe(32)


def matches(expected: str | None, given: str | None) -> bool:
    """True only when both are present and equal (compared in constant time)."""
    if not expected or not given:
        return False
    return hmac.compare_digest(expected.encode(), given.encode())
