"""What unlocks the window, as kept in this device's settings: the argon2id hashes of the PIN
and of the hub password (taken at the last successful sign-in, never the password itself),
the wrong PINs in a row and until when the next one waits, and the minutes before the lock.

Never synced (device_settings). The lock's rules are in domain/pin.py, its steps in
workflows/lock.py; sync/account.py remembers the hub password here at each sign-in.
"""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.orm import Session

from bluepacific_desktop.store.device import set_setting
from bluepacific_desktop.store.models import Setting

PIN_HASH = "lock_pin_hash"
HUB_PASSWORD_HASH = "lock_hub_password_hash"
WRONG_PINS = "lock_wrong_pins"
WAIT_UNTIL = "lock_wait_until"  # ISO 8601, UTC
IDLE_MINUTES = "lock_idle_minutes"

# argon2-cffi's defaults (RFC 9106's second choice: 64 MiB, 3 passes): about 0.1 s a check on a
# laptop, so a copied store's six-digit PIN still costs a day of guessing per core, and a
# wrong PIN typed at the lock screen is not felt.
_hasher = PasswordHasher()


def hash_secret(secret: str) -> str:
    """The argon2id hash (with its own salt and parameters) to keep instead of `secret`."""
    return _hasher.hash(secret)


def secret_matches(hashed: str | None, secret: str) -> bool:
    """Whether `secret` is the one `hashed` was made from; False for no hash or a damaged one."""
    if not hashed:
        return False
    try:
        return _hasher.verify(hashed, secret)
    except (VerificationError, InvalidHashError):
        return False


def remember_hub_password(session: Session, hashed: str) -> None:
    """Kept at each successful sign-in (hashed before the write transaction: 0.1 s)."""
    set_setting(session, HUB_PASSWORD_HASH, hashed)


def forget_hub_password(session: Session) -> None:
    set_value(session, HUB_PASSWORD_HASH, None)


def set_value(session: Session, key: str, value: str | None) -> None:
    """Set `key`, or remove it for None."""
    if value is not None:
        set_setting(session, key, value)
        return
    row = session.get(Setting, key)
    if row is not None:
        session.delete(row)
