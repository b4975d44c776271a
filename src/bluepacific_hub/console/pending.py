"""Half-signed-in browsers: a right password from a user who must also give a second factor.
The browser holds a random token in a cookie of its own, the hub its SHA-256 in
hub_console_pending with the user, the time and a CSRF secret of its own; it lasts a few
minutes and never counts as a session (find_viewer does not know it)."""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta
from typing import Final

from sqlalchemy import delete
from sqlalchemy.orm import Session

from bluepacific_hub.console.csrf import new_secret
from bluepacific_hub.credentials import token_digest
from bluepacific_hub.models import ConsolePending, User

COOKIE: Final = "bp_console_half"
# Long enough to find the phone, open the app (or, for an enrolment, install it and scan the
# code), short enough that a browser left at the code page does not stay half signed in.
LIFETIME: Final = timedelta(minutes=10)


def open_pending(session: Session, user: User, language: str, now: datetime) -> str:
    """A new half sign-in of `user` (any earlier one of theirs is dropped); its token."""
    session.execute(
        delete(ConsolePending)
        .where((ConsolePending.user_id == user.id) | (ConsolePending.created_at < now - LIFETIME))
        .execution_options(synchronize_session=False)
    )
    token = secrets.token_urlsafe(32)
    session.add(
        ConsolePending(
            token_hash=token_digest(token),
            user_id=user.id,
            created_at=now,
            csrf_secret=new_secret(),
            language=language,
        )
    )
    return token


def find_pending(session: Session, token: str, now: datetime) -> tuple[ConsolePending, User] | None:
    """The half sign-in behind a cookie's token and its user, or None (unknown, too old, or
    the user disabled meanwhile: its row is deleted then)."""
    row = session.get(ConsolePending, token_digest(token))
    if row is None:
        return None
    user = session.get(User, row.user_id)
    if user is None or not user.active or now - row.created_at > LIFETIME:
        session.delete(row)
        return None
    return row, user


def close_pending(session: Session, token: str) -> None:
    session.execute(
        delete(ConsolePending)
        .where(ConsolePending.token_hash == token_digest(token))
        .execution_options(synchronize_session=False)
    )
