"""Hub-wide rules a regional admin changes at run time, kept in the database (so every worker
process sees them): for now whether every device must encrypt its store."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy.orm import Session

from bluepacific_hub import audit
from bluepacific_hub.audit import Action, Actor
from bluepacific_hub.models import Policy
from bluepacific_wire import utc_now


class PolicyName(StrEnum):
    """The policies (their names on the command line: `settings set NAME on|off`)."""

    REQUIRE_ENCRYPTION = "require-encryption"


ON = "on"
OFF = "off"


def is_on(session: Session, name: PolicyName) -> bool:
    """Whether the policy is on (a policy never set is off)."""
    row = session.get(Policy, name.value)
    return row is not None and row.value == ON


def set_policy(session: Session, name: PolicyName, on: bool, *, by: Actor) -> bool:
    """Turn the policy on or off (audited when it changes); whether it changed."""
    if is_on(session, name) == on:
        return False
    row = session.get(Policy, name.value)
    value = ON if on else OFF
    if row is None:
        session.add(Policy(name=name.value, value=value, updated_at=utc_now()))
    else:
        row.value, row.updated_at = value, utc_now()
    audit.record(session, Action.POLICY_CHANGED, name.value, by=by, details={"value": value})
    return True


def encryption_required(session: Session, store_encrypted: bool | None) -> bool:
    """Whether a device whose store is (or is not, or never said) encrypted must be told to
    encrypt it: the policy is on, and it did not say its store is encrypted."""
    return store_encrypted is not True and is_on(session, PolicyName.REQUIRE_ENCRYPTION)
