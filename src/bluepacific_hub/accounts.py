"""Users and devices: add, list, disable and change users; sign a device in, check its token,
list, revoke and wipe devices. Every change is written to the audit log in the same transaction, by
the actor given (the command line's, or the console's signed-in admin)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bluepacific_hub import audit
from bluepacific_hub.audit import Action, Actor, Via
from bluepacific_hub.credentials import Passwords, new_token, token_digest
from bluepacific_hub.models import ConsoleSession, Device, User
from bluepacific_hub.policy import encryption_required
from bluepacific_wire import Role, WireFormatError, parse_country, utc_now

# A device's last use (and so its token's expiry) is written at most this often: a write on
# every request would make each pull a write transaction.
LAST_SEEN_PRECISION = timedelta(minutes=5)
CLIENT_VERSION_LENGTH = 32


class AccountError(ValueError):
    """A user or device operation that cannot be done, with the reason in plain words."""


@dataclass(frozen=True)
class DeviceIdentity:
    """Who is calling, as read from a valid bearer token."""

    device_id: str
    user_id: int
    username: str
    country: str
    role: Role
    # The require-encryption policy is on and this device's store is not encrypted (or it
    # never said): its answers carry ENCRYPTION_REQUIRED_HEADER.
    encryption_required: bool = False

    @property
    def is_admin(self) -> bool:
        """Regional administrators read and write every country."""
        return self.role is Role.REGIONAL_ADMIN


@dataclass(frozen=True)
class NewDevice:
    """A device just logged in; `token` exists only here, the hub keeps its digest."""

    identity: DeviceIdentity
    token: str
    again: bool = False  # a device signed in again (its token replaced), not a new one


def normalise_username(username: str) -> str:
    """Usernames compare without case or surrounding spaces."""
    return username.strip().lower()


def add_user(
    session: Session,
    passwords: Passwords,
    username: str,
    password: str,
    country: str,
    role: str,
    *,
    by: Actor = audit.HUB,
) -> User:
    """Create a user; AccountError if the name is taken or a value is wrong."""
    name = normalise_username(username)
    if not name or len(name) > 64:
        raise AccountError("the username must have 1 to 64 characters")
    if len(password) < 8:
        raise AccountError("the password must have at least 8 characters")
    try:
        parse_country(country, "country")
    except WireFormatError as exc:
        raise AccountError(str(exc)) from exc
    if role not in set(Role):
        raise AccountError(f"the role must be one of {', '.join(Role)}")
    user = User(
        username=name,
        password_hash=passwords.hash(password),
        country=country,
        role=role,
        active=True,
        created_at=utc_now(),
    )
    session.add(user)
    try:
        session.flush()
    except IntegrityError as exc:
        raise AccountError(f"a user named {name!r} already exists") from exc
    audit.record(session, Action.USER_ADDED, name, by=by, country=country, details={"role": role})
    return user


def list_users(session: Session) -> list[User]:
    """Every user, by name."""
    return list(session.scalars(select(User).order_by(User.username)))


def check_password(
    session: Session, passwords: Passwords, username: str, password: str
) -> User | None:
    """The active user with this name and password, or None (an unknown name costs the same
    time as a wrong password). The one password check of the API and the console."""
    user = session.scalars(
        select(User).where(User.username == normalise_username(username))
    ).one_or_none()
    ok = passwords.verify(user.password_hash if user else None, password)
    if user is None or not ok or not user.active:
        return None
    return user


def login(
    session: Session,
    passwords: Passwords,
    username: str,
    password: str,
    device_name: str,
    *,
    lifetime: timedelta,
    client_version: str | None = None,
    store_encrypted: bool | None = None,
    again: tuple[str, str] | None = None,
) -> NewDevice | DeviceState | None:
    """Check the password and register a new device whose token lasts `lifetime` unless used;
    None when the credentials are wrong. `store_encrypted`: what the device said of its store.

    `again`: the token the laptop holds already and the id of the device it says it is. When
    the token is that device's, and the device this user's, the laptop signs in again as that
    device (a new token, the old one dead), rather than as one more device beside a ghost of
    itself; a device marked for wiping is told so instead
    (WIPED, as its next sync would be): a password does not escape a wipe. A revoked device's,
    another user's or an unknown token, or an account moved to another country: a new device,
    as for a first sign-in."""
    user = check_password(session, passwords, username, password)
    if user is None:
        return None
    token = new_token()
    now = utc_now()
    same = _own_device(session, user, again)
    if same is not None and again is not None:
        state = device_state(same, user, now)
        if state in (DeviceState.WIPE_REQUESTED, DeviceState.WIPED):
            told = check_token(session, again[0], lifetime=lifetime)
            assert told is DeviceState.WIPED
            return told
        if state in (DeviceState.ACTIVE, DeviceState.EXPIRED) and same.country == user.country:
            same.role = user.role  # what the account may do now
            same.token_hash = token_digest(token)
            same.last_seen_at = now
            same.expires_at = now + lifetime
            same.client_version = _version(client_version) or same.client_version
            if store_encrypted is not None:
                same.store_encrypted = store_encrypted
            session.flush()
            return NewDevice(identity=_identity(session, same, user), token=token, again=True)
    device = Device(
        id=str(uuid.uuid4()),
        user_id=user.id,
        name=device_name.strip()[:100] or "unnamed device",
        country=user.country,
        role=user.role,
        token_hash=token_digest(token),
        created_at=now,
        last_seen_at=now,
        revoked_at=None,
        expires_at=now + lifetime,
        client_version=_version(client_version),
        store_encrypted=store_encrypted,
    )
    session.add(device)
    session.flush()
    return NewDevice(identity=_identity(session, device, user), token=token)


def _own_device(session: Session, user: User, again: tuple[str, str] | None) -> Device | None:
    """The device (token, id) names, when the token is its and it is `user`'s; else None."""
    if again is None:
        return None
    token, device_id = again
    return session.scalars(
        select(Device).where(
            Device.token_hash == token_digest(token),
            Device.id == device_id,
            Device.user_id == user.id,
        )
    ).one_or_none()


def _identity(session: Session, device: Device, user: User) -> DeviceIdentity:
    return DeviceIdentity(
        device.id,
        user.id,
        user.username,
        device.country,
        Role(device.role),
        encryption_required(session, device.store_encrypted),
    )


def waiting_said(value: str | None) -> int | None:
    """The waiting header's count; None when absent or not a plain count (never an error:
    it only informs the devices page)."""
    if value is None or not value.isdigit() or len(value) > 9:
        return None
    return int(value)


def store_encrypted_said(value: str | None) -> bool | None:
    """The store-encrypted header: True for "yes", False for "no", None when absent or other."""
    said = (value or "").strip().lower()
    return True if said == "yes" else False if said == "no" else None


def _version(client_version: str | None) -> str | None:
    if client_version is None:
        return None
    return client_version.strip()[:CLIENT_VERSION_LENGTH] or None


def authenticate(
    session: Session, token: str, *, lifetime: timedelta, client_version: str | None = None
) -> DeviceIdentity | None:
    """The identity behind a bearer token, or None if unknown, revoked, expired or its user
    disabled. A use renews the token for `lifetime` and records the app version sent."""
    found = check_token(session, token, lifetime=lifetime, client_version=client_version)
    return found if isinstance(found, DeviceIdentity) else None


def check_token(
    session: Session,
    token: str,
    *,
    lifetime: timedelta,
    client_version: str | None = None,
    store_encrypted: bool | None = None,
    waiting: int | None = None,
) -> DeviceIdentity | DeviceState | None:
    """The identity behind a bearer token; else the state that stops it (None: unknown).
    `waiting`: how many records with changes not on the hub the device said it held.

    A device marked for wiping is told so here, with its own token, and the hub notes when
    (`wiped_at`, audited): it is answered WIPED from then on, in case the answer was lost."""
    row = session.execute(
        select(Device, User)
        .join(User, User.id == Device.user_id)
        .where(Device.token_hash == token_digest(token))
    ).one_or_none()
    if row is None:
        return None
    device, user = row
    now = utc_now()
    state = device_state(device, user, now)
    if state is DeviceState.WIPE_REQUESTED:
        device.wiped_at = now
        details = {"device_name": device.name, "username": user.username}
        by = Actor(user.username, device.country, Via.API)
        audit.record(
            session, Action.DEVICE_WIPED, device.id, by=by, country=device.country, details=details
        )
        return DeviceState.WIPED
    if state is not DeviceState.ACTIVE:
        return state
    version = _version(client_version) or device.client_version
    stale = device.last_seen_at is None or now - device.last_seen_at > LAST_SEEN_PRECISION
    if stale or version != device.client_version:
        device.last_seen_at = now
        device.expires_at = now + lifetime
        device.client_version = version
    if store_encrypted is not None and store_encrypted != device.store_encrypted:
        device.store_encrypted = store_encrypted  # written when it changes only
    if waiting is not None and (waiting != device.reported_waiting or stale):
        device.reported_waiting = waiting  # written when it changes (or with last_seen_at)
        device.reported_waiting_at = now
    return DeviceIdentity(
        device.id,
        user.id,
        user.username,
        device.country,
        Role(device.role),
        encryption_required(session, device.store_encrypted),
    )


class DeviceState(StrEnum):
    """Whether a device's token works, and if not, why."""

    ACTIVE = "active"
    REVOKED = "revoked"
    EXPIRED = "expired"
    USER_DISABLED = "user disabled"
    # Marked for wiping, not yet told; told (its data erased at that contact).
    WIPE_REQUESTED = "wipe requested"
    WIPED = "wiped"


def device_state(device: Device, user: User, now: datetime) -> DeviceState:
    """The state of `device` at `now` (the one rule both the hub and `device list` use).

    A wipe comes first: a lost laptop whose token was revoked, or whose user was disabled,
    is still told to erase its data at its next call."""
    if device.wiped_at is not None:
        return DeviceState.WIPED
    if device.wipe_requested_at is not None:
        return DeviceState.WIPE_REQUESTED
    if device.revoked_at is not None:
        return DeviceState.REVOKED
    if not user.active:
        return DeviceState.USER_DISABLED
    if device.expires_at <= now:
        return DeviceState.EXPIRED
    return DeviceState.ACTIVE


# A device's clock skew is written again when it moved by this much or is this old: not on
# every push (each would be one more write).
SKEW_PRECISION_S = 5
# A skew is kept within ±10 years (a clock set to 2269 still fits the column, and shows
# as off all the same).
MAX_SKEW_S = 10 * 366 * 86400


def note_clock(session: Session, device_id: str, device_time: datetime, now: datetime) -> None:
    """Keep the device's clock minus the hub's, as its push's device_time shows (a push is
    sent as it is made, so the network's delay is the only error: seconds at most)."""
    skew = max(-MAX_SKEW_S, min(MAX_SKEW_S, round((device_time - now).total_seconds())))
    session.execute(
        update(Device)
        .where(
            Device.id == device_id,
            (Device.clock_seen_at.is_(None))
            | (Device.clock_seen_at < now - LAST_SEEN_PRECISION)
            | (Device.clock_skew_s.is_(None))
            | (Device.clock_skew_s > skew + SKEW_PRECISION_S)
            | (Device.clock_skew_s < skew - SKEW_PRECISION_S),
        )
        .values(clock_skew_s=skew, clock_seen_at=now)
        .execution_options(synchronize_session=False)
    )


def list_devices(session: Session) -> list[tuple[Device, User]]:
    """Every device with its user, newest first."""
    rows = session.execute(
        select(Device, User)
        .join(User, User.id == Device.user_id)
        .order_by(Device.created_at.desc())
    )
    return [(device, user) for device, user in rows]


def revoke_device(
    session: Session, device_id: str, *, by: Actor, when: datetime | None = None
) -> Device:
    """Revoke a device's token at once; AccountError if there is no such device."""
    device = session.get(Device, device_id.strip().lower())
    if device is None:
        raise AccountError(f"no device with id {device_id!r}")
    if device.revoked_at is None:
        device.revoked_at = when or utc_now()
        owner = session.get(User, device.user_id)
        _revoked(
            session,
            by,
            device.id,
            device.name,
            owner.username if owner else None,
            device.country,
            "revoked",
        )
    return device


def request_wipe(
    session: Session, device_id: str, *, by: Actor, when: datetime | None = None
) -> Device:
    """Mark a device for wiping: its next call with its token is answered "erase your data"
    (401 wipe_requested) and refused after that. AccountError if there is no such device."""
    device = session.get(Device, device_id.strip().lower())
    if device is None:
        raise AccountError(f"no device with id {device_id!r}")
    if device.wipe_requested_at is None:
        device.wipe_requested_at = when or utc_now()
        owner = session.get(User, device.user_id)
        details = {"device_name": device.name, "username": owner.username if owner else None}
        audit.record(
            session,
            Action.DEVICE_WIPE_REQUESTED,
            device.id,
            by=by,
            country=device.country,
            details=details,
        )
    return device


def _revoked(
    session: Session,
    by: Actor,
    device_id: str,
    name: str,
    username: str | None,
    country: str,
    because: str,
) -> None:
    details = {"device_name": name, "username": username, "because": because}
    audit.record(session, Action.DEVICE_REVOKED, device_id, by=by, country=country, details=details)


def find_user(session: Session, username: str) -> User:
    """The user named `username`; AccountError if there is none."""
    user = session.scalars(
        select(User).where(User.username == normalise_username(username))
    ).one_or_none()
    if user is None:
        raise AccountError(f"no user named {normalise_username(username)!r}")
    return user


def set_active(session: Session, username: str, active: bool, *, by: Actor) -> User:
    """Disable a user (sign-in refused, every device of theirs stops at its next request) or
    enable them again (their devices that were not revoked work again)."""
    user = find_user(session, username)
    if user.active != active:
        user.active = active
        action = Action.USER_ENABLED if active else Action.USER_DISABLED
        audit.record(session, action, user.username, by=by, country=user.country)
    return user


def revoke_devices(
    session: Session, user: User, *, by: Actor, because: str, when: datetime | None = None
) -> int:
    """Revoke every device of `user` still signed in, each logged with `because`; how many."""
    live = list(
        session.execute(
            select(Device.id, Device.name, Device.country).where(
                Device.user_id == user.id, Device.revoked_at.is_(None)
            )
        )
    )
    if not live:
        return 0
    session.execute(
        update(Device)
        .where(Device.id.in_([row.id for row in live]), Device.revoked_at.is_(None))
        .values(revoked_at=when or utc_now())
        .execution_options(synchronize_session=False)
    )
    for row in live:
        _revoked(session, by, row.id, row.name, user.username, row.country, because)
    return len(live)


def set_role(session: Session, username: str, role: str, *, by: Actor) -> tuple[User, int]:
    """Give a user another role and revoke their devices, which carry the role they signed in
    with: each signs in again under the new one. The user and how many devices were revoked."""
    if role not in set(Role):
        raise AccountError(f"the role must be one of {', '.join(Role)}")
    user = find_user(session, username)
    if user.role == role:
        return user, 0
    before, user.role = user.role, role
    revoked = revoke_devices(session, user, by=by, because="role changed")
    details = {"from": before, "to": role, "devices_revoked": revoked}
    audit.record(
        session, Action.ROLE_CHANGED, user.username, by=by, country=user.country, details=details
    )
    return user, revoked


def reset_password(
    session: Session, passwords: Passwords, username: str, password: str, *, by: Actor
) -> tuple[User, int]:
    """Set a new password and revoke the user's devices and console sessions (whoever knew
    the old one is signed out everywhere). The user and how many devices were revoked."""
    if len(password) < 8:
        raise AccountError("the password must have at least 8 characters")
    user = find_user(session, username)
    user.password_hash = passwords.hash(password)
    session.execute(
        delete(ConsoleSession)
        .where(ConsoleSession.user_id == user.id)
        .execution_options(synchronize_session=False)
    )
    revoked = revoke_devices(session, user, by=by, because="password reset")
    audit.record(
        session,
        Action.PASSWORD_RESET,
        user.username,
        by=by,
        country=user.country,
        details={"devices_revoked": revoked},
    )
    return user, revoked
