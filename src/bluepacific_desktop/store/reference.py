"""Built-in reference data (countries, catalogs) loaded into the store: works offline at once."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from sqlalchemy.orm import Session

from bluepacific_desktop.paths import resource_dir
from bluepacific_desktop.store.device import get_setting, set_setting
from bluepacific_desktop.store.models import (
    Base,
    RefCapability,
    RefContactRole,
    RefCountry,
    RefCourse,
    RefOrgType,
)

REFERENCE_VERSION_KEY = "reference_version"
TABLES: dict[str, type[Base]] = {
    "countries": RefCountry,
    "capabilities": RefCapability,
    "courses": RefCourse,
    "org_types": RefOrgType,
    "contact_roles": RefContactRole,
}


@cache
def shipped_reference() -> dict[str, Any]:
    with open(resource_dir() / "reference" / "reference.json", encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


def reference_outdated(session: Session) -> bool:
    """Whether the shipped reference rows are newer than the store's (a read: opening a store
    whose rows are current writes nothing)."""
    current = get_setting(session, REFERENCE_VERSION_KEY)
    return current is None or int(current) < int(shipped_reference()["version"])


def seed_reference(session: Session) -> bool:
    """Insert or refresh the shipped reference rows when their version is newer than the store's."""
    if not reference_outdated(session):
        return False
    data = shipped_reference()
    version = str(data["version"])
    for section, model in TABLES.items():
        for row in data[section]:
            session.merge(model(**row))
    set_setting(session, REFERENCE_VERSION_KEY, version)
    return True
