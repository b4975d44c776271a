"""Per-country isolation: which records a device may see and which it may write."""

from __future__ import annotations

from sqlalchemy import ColumnElement, or_, true

from bluepacific_hub.accounts import DeviceIdentity
from bluepacific_hub.models import Record
from bluepacific_wire import PUSHABLE_KINDS, SHARED_KINDS, Change, RecordKind
from bluepacific_wire.ids import derived_id_refusal
from bluepacific_wire.limits import size_refusal
from bluepacific_wire.refusals import refusal


def visible_clause(identity: DeviceIdentity) -> ColumnElement[bool]:
    """SQL condition on Record: own country, the shared directory, reference data; all for admins.

    The country always comes from the device's token, never from a request.
    """
    if identity.is_admin:
        return true()
    return or_(
        Record.country == identity.country,
        Record.country.is_(None),
        Record.kind.in_(sorted(SHARED_KINDS)),
    )


def write_refusal(identity: DeviceIdentity, change: Change) -> str | None:
    """Why this device may not push `change`, or None if it may.

    Checked before the change touches the database, so a refused change costs next to nothing
    and the rest of its batch still applies.
    """
    kind, country = change["kind"], change["country"]
    if kind not in PUSHABLE_KINDS:
        return refusal("kind_not_pushable", kind=kind, kind_repr=repr(kind))
    if not identity.is_admin and country != identity.country:
        return refusal("other_country", own=identity.country, country=country)
    # One oversized record would make every pull page that carries it unreadable to everyone
    # who shares it (the contacts directory: every country).
    too_large = size_refusal(RecordKind(kind), change["fields"])
    if too_large is not None:
        return too_large
    # A derived id is made of the record's own fields and its country, all of them public: the
    # hub derives it again, or one country could take the id of another's month and block it.
    # `country` is the device's own here (a regional admin may write for any country).
    return derived_id_refusal(RecordKind(kind), change["record_id"], country, change["fields"])
