"""The console's second factor: a TOTP secret per user (RFC 6238 through pyotp, 6 digits every
30 s, one step of clock drift either way), confirmed by a first code, each code accepted once,
and ten single-use recovery codes (argon2-hashed) for a lost phone. Enrolment, confirmation,
recovery-code use and disabling go to the audit log. The secret is stored as is (the hub has
no key to encrypt it with; see migration r0006_totp)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Final

import pyotp
from pyotp.exceptions import OTPVerificationError
from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from bluepacific_hub import audit
from bluepacific_hub.audit import Action, Actor
from bluepacific_hub.credentials import Passwords
from bluepacific_hub.models import RecoveryCode, User, UserTotp
from bluepacific_hub.settings import HubSettings
from bluepacific_wire import Role, utc_now

ISSUER: Final = "Blue Pacific hub"
# Codes of the step before and after now are accepted too: a phone's clock a little off, or a
# code typed as it changed.
WINDOW: Final = 1
RECOVERY_CODES: Final = 10
# Recovery codes: three groups of four from an alphabet without look-alikes (0/o, 1/l/i), so
# they are read off paper without doubt; 12 characters of 32 are 60 bits.
_ALPHABET: Final = "abcdefghjkmnpqrstuvwxyz23456789"
_GROUP: Final = 4
_GROUPS: Final = 3


class TotpError(ValueError):
    """A second-factor operation that cannot be done, with the reason in plain words."""


class TotpState(StrEnum):
    """Where a user's second factor stands."""

    NONE = "none"  # never enrolled, or disabled
    PENDING = "pending"  # enrolled, waiting for a first code to confirm it
    ENABLED = "enabled"


@dataclass(frozen=True)
class Enrolment:
    """What the user is shown once: the secret (and its otpauth:// URI, for a QR code) and the
    recovery codes. The hub keeps the secret and only the codes' hashes."""

    secret: str
    uri: str
    recovery_codes: tuple[str, ...]


def required(settings: HubSettings, role: str) -> bool:
    """Whether a user of `role` must sign in to the console with a second factor."""
    return settings.require_totp == "everyone" or role == Role.REGIONAL_ADMIN.value


def state(session: Session, user: User) -> TotpState:
    row = session.get(UserTotp, user.id)
    if row is None:
        return TotpState.NONE
    return TotpState.ENABLED if row.enabled else TotpState.PENDING


def _new_code() -> str:
    groups = ("".join(secrets.choice(_ALPHABET) for _ in range(_GROUP)) for _ in range(_GROUPS))
    return "-".join(groups)


def _normalise(code: str) -> str:
    """A recovery code as typed (any case, spaces or dashes) in its stored form."""
    return "".join(ch for ch in code.lower() if ch.isalnum())


def enrol(
    session: Session, passwords: Passwords, user: User, *, by: Actor, now: datetime | None = None
) -> Enrolment:
    """A new secret and recovery codes for `user`, pending until `confirm`; a pending one is
    replaced. TotpError if the user already has an enabled second factor (disable it first,
    so that replacing a working factor is always a deliberate, logged step)."""
    when = now or utc_now()
    row = session.get(UserTotp, user.id)
    if row is not None and row.enabled:
        raise TotpError(
            f"{user.username} already has a second factor; disable it first to enrol again"
        )
    secret = pyotp.random_base32()
    if row is None:
        session.add(
            UserTotp(
                user_id=user.id,
                secret=secret,
                enabled=False,
                last_step=None,
                enrolled_at=when,
                confirmed_at=None,
            )
        )
    else:
        row.secret, row.last_step, row.enrolled_at = secret, None, when
    codes = _new_codes()
    session.execute(delete(RecoveryCode).where(RecoveryCode.user_id == user.id))
    session.add_all(
        RecoveryCode(
            user_id=user.id,
            lookup=_normalise(code)[:_GROUP],
            code_hash=passwords.hash(_normalise(code)),
            used_at=None,
        )
        for code in codes
    )
    uri = pyotp.TOTP(secret).provisioning_uri(name=user.username, issuer_name=ISSUER)
    audit.record(session, Action.TOTP_ENROLLED, user.username, by=by, country=user.country)
    return Enrolment(secret, uri, codes)


def _new_codes() -> tuple[str, ...]:
    """Recovery codes whose first groups differ, so each attempt checks one hash."""
    codes: dict[str, str] = {}
    while len(codes) < RECOVERY_CODES:
        code = _new_code()
        codes.setdefault(code[:_GROUP], code)
    return tuple(codes.values())


def _accept(session: Session, user: User, code: str, when: datetime, *, enabled: bool) -> bool:
    """Whether `code` is right at `when` for a factor in that enabled state and of a time step
    after the last one accepted; if so that step becomes the last (one UPDATE whose condition
    holds for one transaction only, so the same code raced twice is accepted once)."""
    row = session.get(UserTotp, user.id)
    if row is None or row.enabled != enabled:
        return False
    try:
        step = pyotp.TOTP(row.secret).verify_and_get_timecode(
            code.strip().replace(" ", ""), for_time=when, valid_window=WINDOW
        )
    except OTPVerificationError:
        return False
    done = session.execute(
        update(UserTotp)
        .where(
            UserTotp.user_id == user.id,
            UserTotp.enabled.is_(enabled),
            (UserTotp.last_step.is_(None)) | (UserTotp.last_step < step),
        )
        .values(last_step=step)
        .execution_options(synchronize_session=False)
    )
    session.expire(row)  # the UPDATE went around it
    return int(getattr(done, "rowcount", 0)) == 1


def confirm(
    session: Session, user: User, code: str, *, by: Actor, now: datetime | None = None
) -> bool:
    """Turn a pending second factor on with a first code from the user's app; False (and
    still pending) when the code is wrong or nothing is pending."""
    when = now or utc_now()
    if not _accept(session, user, code, when, enabled=False):
        return False
    row = session.get(UserTotp, user.id)
    assert row is not None  # _accept found it
    row.enabled, row.confirmed_at = True, when
    audit.record(session, Action.TOTP_CONFIRMED, user.username, by=by, country=user.country)
    return True


def verify(session: Session, user: User, code: str, now: datetime | None = None) -> bool:
    """Whether `code` signs `user` in: right within one step of now, of a step after the last
    code accepted, and the factor enabled. The caller logs a failure with its sign-in."""
    return _accept(session, user, code, now or utc_now(), enabled=True)


def use_recovery_code(
    session: Session,
    passwords: Passwords,
    user: User,
    code: str,
    *,
    by: Actor,
    now: datetime | None = None,
) -> int | None:
    """Spend one recovery code instead of a TOTP code: how many are left, or None when it is
    wrong, used already or the factor is not enabled."""
    if state(session, user) is not TotpState.ENABLED:
        return None
    typed = _normalise(code)
    row = session.scalars(
        select(RecoveryCode).where(
            RecoveryCode.user_id == user.id,
            RecoveryCode.lookup == typed[:_GROUP],
            RecoveryCode.used_at.is_(None),
        )
    ).first()
    # An unknown first group still costs one check, so timing does not tell it apart.
    ok = passwords.verify(row.code_hash if row else None, typed)
    if row is None or not ok:
        return None
    when = now or utc_now()
    done = session.execute(
        update(RecoveryCode)
        .where(RecoveryCode.id == row.id, RecoveryCode.used_at.is_(None))
        .values(used_at=when)
        .execution_options(synchronize_session=False)
    )
    session.expire(row)  # the UPDATE went around it
    if int(getattr(done, "rowcount", 0)) != 1:
        return None  # spent by another request meanwhile
    left = recovery_codes_left(session, user)
    audit.record(
        session,
        Action.TOTP_RECOVERY_USED,
        user.username,
        by=by,
        country=user.country,
        details={"codes_left": left},
        at=when,
    )
    return left


def recovery_codes_left(session: Session, user: User) -> int:
    count = session.scalar(
        select(func.count(RecoveryCode.id)).where(
            RecoveryCode.user_id == user.id, RecoveryCode.used_at.is_(None)
        )
    )
    return int(count or 0)


def disable(session: Session, user: User, *, by: Actor) -> bool:
    """Remove the user's second factor and recovery codes (a lost phone: enrol again after);
    False when there was none."""
    row = session.get(UserTotp, user.id)
    if row is None:
        return False
    session.execute(delete(RecoveryCode).where(RecoveryCode.user_id == user.id))
    session.delete(row)
    session.flush()
    audit.record(session, Action.TOTP_DISABLED, user.username, by=by, country=user.country)
    return True
