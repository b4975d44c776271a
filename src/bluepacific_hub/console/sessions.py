"""Console sessions on the server: a random token in the browser's cookie, its SHA-256 in
hub_console_session with the user, the times, the CSRF secret and the language. Each request
finds its user again, so a disabled user or a new role counts at once."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from bluepacific_hub.console.csrf import new_secret
from bluepacific_hub.credentials import token_digest
from bluepacific_hub.models import ConsoleSession, User
from bluepacific_wire import Role

COOKIE = "bp_console"
COOKIE_PATH = "/console/"
# last_seen_at is written at most this often, not on every page: the idle timeout is then
# late by this much at most.
LAST_SEEN_PRECISION = timedelta(seconds=30)


@dataclass(frozen=True)
class Viewer:
    """The signed-in user behind a request, as the pages need them."""

    token_hash: str
    user_id: int
    username: str
    country: str
    role: Role
    csrf: str
    language: str

    @property
    def is_admin(self) -> bool:
        """A regional admin sees every country; anyone else their own only."""
        return self.role is Role.REGIONAL_ADMIN


class Ended(StrEnum):
    """Why a cookie no longer signs anyone in."""

    UNKNOWN = "unknown"  # never issued, signed out, or from another hub
    IDLE = "idle"  # unused for longer than the idle timeout
    DISABLED = "disabled"  # the user was disabled


def open_session(session: Session, user: User, language: str, now: datetime) -> str:
    """A new session of `user`; the token for the cookie (the table keeps only its digest)."""
    token = secrets.token_urlsafe(32)
    session.add(
        ConsoleSession(
            token_hash=token_digest(token),
            user_id=user.id,
            created_at=now,
            last_seen_at=now,
            csrf_secret=new_secret(),
            language=language,
        )
    )
    return token


def find_viewer(session: Session, token: str, idle: timedelta, now: datetime) -> Viewer | Ended:
    """The viewer a cookie's token signs in, or why it no longer does (an ended session's row
    is deleted then)."""
    digest = token_digest(token)
    row = session.execute(
        select(ConsoleSession, User)
        .join(User, User.id == ConsoleSession.user_id)
        .where(ConsoleSession.token_hash == digest)
    ).one_or_none()
    if row is None:
        return Ended.UNKNOWN
    console_session, user = row
    if not user.active:
        session.delete(console_session)
        return Ended.DISABLED
    if now - console_session.last_seen_at > idle:
        session.delete(console_session)
        return Ended.IDLE
    if now - console_session.last_seen_at > LAST_SEEN_PRECISION:
        console_session.last_seen_at = now
    return Viewer(
        token_hash=digest,
        user_id=user.id,
        username=user.username,
        country=user.country,
        role=Role(user.role),
        csrf=console_session.csrf_secret,
        language=console_session.language,
    )


def close_session(session: Session, token: str) -> None:
    """Sign out: the session's row is deleted (its cookie signs no one in any more)."""
    session.execute(delete(ConsoleSession).where(ConsoleSession.token_hash == token_digest(token)))


def set_language(session: Session, viewer: Viewer, language: str) -> None:
    """Keep the language on the session and on the user (their next sign-in starts in it)."""
    row = session.get(ConsoleSession, viewer.token_hash)
    if row is not None:
        row.language = language
    user = session.get(User, viewer.user_id)
    if user is not None:
        user.console_language = language
