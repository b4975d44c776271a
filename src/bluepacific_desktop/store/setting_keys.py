"""Names of the settings the to-do list reads (device_settings' keys), and how the hub's return
rules and the last sync's moment read from their text, free of SQLAlchemy: the modules that
own them (store/device.py, sync/state.py, store/return_rules.py) take them from here, and so
does the window's first look at the to-do list (workflows/todo_quick.py)."""

from __future__ import annotations

import json
from datetime import datetime

from bluepacific_wire.completeness import ReturnRules

COUNTRY = "country"
# This laptop's IANA zone, one of its country's (Kiribati has three): "today", month ends,
# quarters and deadlines on this computer are read in it. Unset: the country's first zone.
ZONE = "time_zone"
LAST_SUCCESS = "sync.last_success_at"
RULES = "returns.hub_rules"  # this country's ReturnRules.to_wire(), as JSON


def rules_of(raw: str | None) -> ReturnRules | None:
    """The rules the RULES setting holds; None when it is unset."""
    if not raw:
        return None
    try:
        return ReturnRules.from_wire(json.loads(raw))
    except ValueError:  # written by a newer version in a shape this one cannot read
        return None


def moment_of(raw: str | None) -> datetime | None:
    """The moment a setting such as LAST_SUCCESS holds (ISO 8601, UTC); None when unset."""
    return datetime.fromisoformat(raw) if raw else None
