"""The hub's monthly-return settings for this computer's country, as the last pull brought them
(`return_rules` of a pull page): whether the country skips national approval, the deadline,
and the automatic closing of entry periods. None until a hub has said (an older hub never
does): the desktop then lets the hub decide, as before."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from bluepacific_desktop.store.device import COUNTRY, get_setting, set_setting
from bluepacific_wire.completeness import ReturnRules

RULES = "returns.hub_rules"  # this country's ReturnRules.to_wire(), as JSON


def hub_rules(session: Session) -> ReturnRules | None:
    raw = get_setting(session, RULES)
    if not raw:
        return None
    try:
        return ReturnRules.from_wire(json.loads(raw))
    except ValueError:  # written by a newer version in a shape this one cannot read
        return None


def save_hub_rules(session: Session, by_country: Mapping[str, Mapping[str, Any]]) -> bool:
    """Keep this country's settings from a pull page (other countries' are a regional admin's);
    True when they changed (the returns and the capability figures then show differently)."""
    mine = by_country.get(get_setting(session, COUNTRY) or "")
    if mine is None:
        return False
    text = json.dumps(dict(mine), sort_keys=True)
    if text == get_setting(session, RULES):
        return False
    set_setting(session, RULES, text)
    return True
