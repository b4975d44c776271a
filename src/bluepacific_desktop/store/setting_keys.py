"""Names of the settings the to-do list reads (device_settings' keys), free of SQLAlchemy: the
modules that own them (store/device.py, sync/state.py, store/return_rules.py) take them from
here, and so does the window's first look at the to-do list (workflows/todo_quick.py)."""

from __future__ import annotations

COUNTRY = "country"
# This laptop's IANA zone, one of its country's (Kiribati has three): "today", month ends,
# quarters and deadlines on this computer are read in it. Unset: the country's first zone.
ZONE = "time_zone"
LAST_SUCCESS = "sync.last_success_at"
RULES = "returns.hub_rules"  # this country's ReturnRules.to_wire(), as JSON
