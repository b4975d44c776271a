"""The contact directory as the console shows it: the live contacts a viewer may see
(visibility.py's rule, the sync API's: the directory is shared by every country), by their
country and organisation type, each with the ways to reach them. Notes stay on the desktops:
they are a focal point's working words, not the directory."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from bluepacific_hub.accounts import DeviceIdentity
from bluepacific_hub.console.review import CONSOLE_DEVICE_ID
from bluepacific_hub.console.sessions import Viewer
from bluepacific_hub.models import Record
from bluepacific_hub.reference import load_reference_data
from bluepacific_hub.visibility import visible_clause
from bluepacific_wire.constants import RecordKind

# A page shows at most this many contacts (the directory of 20+ countries is a few thousand):
# the filters narrow it down.
PAGE_CONTACTS: Final = 1000


@dataclass(frozen=True)
class Contact:
    country: str  # the contact's own country (not the one that entered it)
    org_type: str
    organisation: str
    name: str
    role: str
    emails: tuple[str, ...]
    phones: tuple[str, ...]
    entered_by: str  # the country whose focal point keeps the record


@dataclass(frozen=True)
class Directory:
    contacts: list[Contact]
    total: int  # before PAGE_CONTACTS cut the list


@functools.cache
def _names(table: str) -> dict[str, dict[str, str]]:
    return {
        str(row["code"]): {
            "en": str(row["name_en"]),
            "fr": str(row.get("name_fr") or row["name_en"]),
        }
        for row in load_reference_data()[table]
    }


def org_types() -> list[str]:
    return list(_names("org_types"))


def org_type_name(code: str, lang: str) -> str:
    names = _names("org_types").get(code)
    return names[lang] if names else code


def role_name(code: str, lang: str) -> str:
    names = _names("contact_roles").get(code)
    return names[lang] if names else code


def _texts(value: object) -> tuple[str, ...]:
    return tuple(str(v) for v in value if str(v).strip()) if isinstance(value, list) else ()


def directory(
    session: Session, viewer: Viewer, country: str | None, org_type: str | None
) -> Directory:
    """The contacts `viewer` may see, of `country` and `org_type` when given, sorted by
    country, organisation type, organisation and name."""
    identity = DeviceIdentity(
        CONSOLE_DEVICE_ID, viewer.user_id, viewer.username, viewer.country, viewer.role
    )
    rows = session.execute(
        select(Record.country, Record.fields).where(
            Record.kind == RecordKind.CONTACT.value,
            Record.deleted.is_(False),
            visible_clause(identity),
        )
    )
    found = []
    for entered_by, fields in rows:
        contact = Contact(
            country=str(fields.get("contact_country") or ""),
            org_type=str(fields.get("org_type") or ""),
            organisation=str(fields.get("organisation") or ""),
            name=str(fields.get("full_name") or ""),
            role=str(fields.get("role") or ""),
            emails=_texts(fields.get("emails")),
            phones=_texts(fields.get("phones")),
            entered_by=str(entered_by or ""),
        )
        if (country and contact.country != country) or (org_type and contact.org_type != org_type):
            continue
        found.append(contact)
    found.sort(key=lambda c: (c.country, c.org_type, c.organisation.casefold(), c.name.casefold()))
    return Directory(found[:PAGE_CONTACTS], len(found))
