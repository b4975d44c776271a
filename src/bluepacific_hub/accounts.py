"""Users and devices: add and list users, log a device in, check and revoke its token."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bluepacific_hub.credentials import Passwords, new_token, token_digest
from bluepacific_hub.models import Device, User
from bluepacific_wire import Role, WireFormatError, parse_country, utc_now

LAST_SEEN_PRECISION = timedelta(minutes=5)


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

    @property
    def is_admin(self) -> bool:
        """Regional administrators read and write every country."""
        return self.role is Role.REGIONAL_ADMIN


@dataclass(frozen=True)
class NewDevice:
    """A device just logged in; `token` exists only here, the hub keeps its digest."""

    identity: DeviceIdentity
    token: str


def normalise_username(username: str) -> str:
    """Usernames compare without case or surrounding spaces."""
    return username.strip().lower()


def add_user(
    session: Session, passwords: Passwords, username: str, password: str, country: str, role: str
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
    return user


def list_users(session: Session) -> list[User]:
    """Every user, by name."""
    return list(session.scalars(select(User).order_by(User.username)))


def login(
    session: Session, passwords: Passwords, username: str, password: str, device_name: str
) -> NewDevice | None:
    """Check the password and register a new device; None when the credentials are wrong."""
    user = session.scalars(
        select(User).where(User.username == normalise_username(username))
    ).one_or_none()
    ok = passwords.verify(user.password_hash if user else None, password)
    if user is None or not ok or not user.active:
        return None
    token = new_token()
    device = Device(
        id=str(uuid.uuid4()),
        user_id=user.id,
        name=device_name.strip()[:100] or "unnamed device",
        country=user.country,
        role=user.role,
        token_hash=token_digest(token),
        created_at=utc_now(),
        last_seen_at=utc_now(),
        revoked_at=None,
    )
    session.add(device)
    session.flush()
    identity = DeviceIdentity(device.id, user.id, user.username, user.country, Role(user.role))
    return NewDevice(identity=identity, token=token)


def authenticate(session: Session, token: str) -> DeviceIdentity | None:
    """The identity behind a bearer token, or None if unknown, revoked or its user disabled."""
    row = session.execute(
        select(Device, User)
        .join(User, User.id == Device.user_id)
        .where(Device.token_hash == token_digest(token))
    ).one_or_none()
    if row is None:
        return None
    device, user = row
    if device.revoked_at is not None or not user.active:
        return None
    now = utc_now()
    if device.last_seen_at is None or now - device.last_seen_at > LAST_SEEN_PRECISION:
        device.last_seen_at = now
    return DeviceIdentity(device.id, user.id, user.username, device.country, Role(device.role))


def list_devices(session: Session) -> list[tuple[Device, User]]:
    """Every device with its user, newest first."""
    rows = session.execute(
        select(Device, User)
        .join(User, User.id == Device.user_id)
        .order_by(Device.created_at.desc())
    )
    return [(device, user) for device, user in rows]


def revoke_device(session: Session, device_id: str, when: datetime | None = None) -> Device:
    """Revoke a device's token at once; AccountError if there is no such device."""
    device = session.get(Device, device_id.strip().lower())
    if device is None:
        raise AccountError(f"no device with id {device_id!r}")
    if device.revoked_at is None:
        device.revoked_at = when or utc_now()
    return device
