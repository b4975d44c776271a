"""Sync settings and bookkeeping kept in the store: hub address, cursor, last success and error."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from bluepacific_desktop.store.device import get_setting, set_setting
from bluepacific_desktop.store.setting_keys import LAST_SUCCESS as LAST_SUCCESS
from bluepacific_desktop.store.setting_keys import moment_of
from bluepacific_desktop.store.types import utcnow

HUB_URL = "sync.hub_url"
HUB_USERNAME = "sync.username"
HUB_DEVICE_ID = "sync.hub_device_id"
HUB_ROLE = "sync.hub_role"  # the role the hub gave this login (monthly returns ask it)
CA_BUNDLE = "sync.ca_bundle"
PINS = "sync.pins"
CURSOR = "sync.pull_cursor"
BATCH_SIZE = "sync.batch_size"
AUTO_SYNC = "sync.auto"
LAST_ERROR = "sync.last_error"
CLOCK_SKEW = "sync.clock_skew_s"
FULL_PULL = "sync.full_pull"
HUB_DESKTOP_VERSION = "sync.hub_desktop_version"
# "1" when the hub, at the last login or sync, said its policy requires an encrypted store
# and this one is not.
ENCRYPTION_REQUIRED = "sync.encryption_required"

# A device clock further off than this is reported: dates typed "today" may be wrong.
SKEW_WARNING_S = 300.0


@dataclass(frozen=True)
class HubSettings:
    url: str | None
    username: str | None
    ca_bundle: str | None
    pins: frozenset[str]


@dataclass(frozen=True)
class LastError:
    code: str
    message: str
    at: str
    # The message's key and parameters, for the GUI's words (absent from older records).
    key: str = ""
    params: dict[str, Any] = field(default_factory=dict)


def hub_settings(session: Session) -> HubSettings:
    pins = get_setting(session, PINS)
    return HubSettings(
        url=get_setting(session, HUB_URL),
        username=get_setting(session, HUB_USERNAME),
        ca_bundle=get_setting(session, CA_BUNDLE) or None,
        pins=frozenset(json.loads(pins)) if pins else frozenset(),
    )


def save_hub_settings(session: Session, settings: HubSettings) -> None:
    set_setting(session, HUB_URL, settings.url or "")
    set_setting(session, HUB_USERNAME, settings.username or "")
    set_setting(session, CA_BUNDLE, settings.ca_bundle or "")
    set_setting(session, PINS, json.dumps(sorted(settings.pins)))


def cursor(session: Session) -> int:
    return int(get_setting(session, CURSOR) or 0)


def set_cursor(session: Session, value: int) -> None:
    set_setting(session, CURSOR, str(value))


def pull_everything_again(session: Session) -> None:
    """After a restore: the backup may predate records this device itself sent, which the
    hub would otherwise not echo back (skip_own), so pull everything once from the start."""
    set_setting(session, CURSOR, "0")
    set_setting(session, FULL_PULL, "1")


def full_pull(session: Session) -> bool:
    return get_setting(session, FULL_PULL) == "1"


def record_success(session: Session, skew: float | None) -> None:
    set_setting(session, LAST_SUCCESS, utcnow().isoformat())
    set_setting(session, LAST_ERROR, "")
    if skew is not None:
        set_setting(session, CLOCK_SKEW, f"{skew:.1f}")


def record_error(
    session: Session,
    code: str,
    message: str,
    skew: float | None,
    key: str = "",
    params: dict[str, Any] | None = None,
) -> None:
    error = LastError(code, message, utcnow().isoformat(), key, params or {})
    set_setting(session, LAST_ERROR, json.dumps(asdict(error)))
    if skew is not None:
        set_setting(session, CLOCK_SKEW, f"{skew:.1f}")


def last_error(session: Session) -> LastError | None:
    raw = get_setting(session, LAST_ERROR)
    return LastError(**json.loads(raw)) if raw else None


def last_success(session: Session) -> datetime | None:
    return moment_of(get_setting(session, LAST_SUCCESS))


def clock_skew(session: Session) -> float | None:
    raw = get_setting(session, CLOCK_SKEW)
    return float(raw) if raw else None


def skew_words(skew: float | None) -> str | None:
    """A plain warning when this computer's clock is off by more than a few minutes."""
    if skew is None or abs(skew) <= SKEW_WARNING_S:
        return None
    direction = "ahead of" if skew > 0 else "behind"
    minutes = abs(skew) / 60
    amount = f"{minutes / 60:.1f} hours" if minutes >= 90 else f"{minutes:.0f} minutes"
    return (
        f"This computer's clock is {amount} {direction} the hub's. Set the date and time "
        "correctly (and the time zone), or the dates you record may be wrong."
    )


def record_hub_desktop_version(session: Session, version: str) -> None:
    """The desktop version the hub says is current (its /health answer, seen at every sync)."""
    set_setting(session, HUB_DESKTOP_VERSION, version)


def record_encryption_required(session: Session, required: bool) -> None:
    """What the hub said at this login or sync of its require-encryption policy for us."""
    set_setting(session, ENCRYPTION_REQUIRED, "1" if required else "0")


def encryption_required(session: Session) -> bool:
    """Whether the hub asked, at the last login or sync, for this store to be encrypted."""
    return get_setting(session, ENCRYPTION_REQUIRED) == "1"


def newer_desktop_version(session: Session, running: str) -> str | None:
    """The hub's current desktop version when it is newer than `running`, else None."""
    current = get_setting(session, HUB_DESKTOP_VERSION)
    if current and _release(current) > _release(running):
        return current
    return None


def _release(version: str) -> tuple[int, ...]:
    """`1.10.2rc1` -> (1, 10, 2): the release numbers, compared as numbers."""
    match = re.match(r"\s*v?(\d+(?:\.\d+)*)", version)
    return tuple(int(part) for part in match.group(1).split(".")) if match else ()
