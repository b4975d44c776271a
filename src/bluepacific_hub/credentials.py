"""Password hashing (Argon2id) and device tokens (random, stored as SHA-256)."""

from __future__ import annotations

import hashlib
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError


class Passwords:
    """Hashes and checks passwords with Argon2id at a chosen cost."""

    def __init__(self, time_cost: int = 3, memory_kib: int = 65536) -> None:
        self._hasher = PasswordHasher(time_cost=time_cost, memory_cost=memory_kib)
        # Checked against when the username is unknown, so timing does not reveal it.
        self._dummy = self._hasher.hash(secrets.token_urlsafe(16))

    def hash(self, password: str) -> str:
        """An encoded Argon2id hash of `password`."""
        return self._hasher.hash(password)

    def verify(self, encoded: str | None, password: str) -> bool:
        """True when `password` matches `encoded`; None spends the same time and fails."""
        try:
            return self._hasher.verify(encoded or self._dummy, password) and encoded is not None
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False


def new_token() -> str:
    """A fresh bearer token: 32 random bytes, URL-safe base64."""
    return secrets.token_urlsafe(32)


def token_digest(token: str) -> str:
    """What the hub stores for a token (random tokens need no slow hash)."""
    return hashlib.sha256(token.encode()).hexdigest()
