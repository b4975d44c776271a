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
from bluepacific_desktop.store.setting_keys import RULES as RULES
from bluepacific_desktop.store.setting_keys import rules_of
from bluepacific_wire.completeness import ReturnRules

# Every country's, as a regional admin's pull brings them (its desktop shows the region).
REGION_RULES = "returns.region_rules"


def hub_rules(session: Session) -> ReturnRules | None:
    return rules_of(get_setting(session, RULES))


def region_rules(session: Session) -> dict[str, ReturnRules]:
    """Each country's settings, as the last pull of a regional admin's desktop brought them
    (empty on any other: the hub sends a country's laptops their own only)."""
    raw = get_setting(session, REGION_RULES)
    try:
        found = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    out: dict[str, ReturnRules] = {}
    for country, value in found.items() if isinstance(found, dict) else ():
        try:
            out[country] = ReturnRules.from_wire(value)
        except ValueError:  # a newer version's shape: that country's defaults
            continue
    return out


def save_hub_rules(session: Session, by_country: Mapping[str, Mapping[str, Any]]) -> bool:
    """Keep this country's settings from a pull page (and every country's when the page has
    others', a regional admin's); True when they changed (the returns and the
    capability figures then show differently)."""
    own = get_setting(session, COUNTRY) or ""
    region_changed = False
    if set(by_country) - {own}:
        region = json.dumps({c: dict(r) for c, r in by_country.items()}, sort_keys=True)
        if region != get_setting(session, REGION_RULES):
            set_setting(session, REGION_RULES, region)
            region_changed = True
    mine = by_country.get(own)
    if mine is None:
        return region_changed
    text = json.dumps(dict(mine), sort_keys=True)
    if text == get_setting(session, RULES):
        return region_changed
    set_setting(session, RULES, text)
    return True
