"""What validation needs to know about the device and the reference data, as plain values."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

# Oldest event date accepted: older records are almost certainly typing mistakes.
EARLIEST_DATE = date(1990, 1, 1)
# Sessions and reviews may be planned ahead, but not further than this.
PLANNING_HORIZON = timedelta(days=366 * 2)


@dataclass(frozen=True)
class RuleContext:
    device_country: str
    today: date
    country_zones: Mapping[str, tuple[str, ...]]
    country_names: Mapping[str, str] = field(default_factory=dict)
    # The same in French: a problem carries both, and the screens say the one they speak.
    country_names_fr: Mapping[str, str] = field(default_factory=dict)
    courses: frozenset[str] = frozenset()
    capability_metrics: Mapping[str, frozenset[str]] = field(default_factory=dict)
    org_types: frozenset[str] = frozenset()
    contact_roles: frozenset[str] = frozenset()

    @property
    def latest_date(self) -> date:
        return self.today + PLANNING_HORIZON

    def country_name(self, code: str) -> str:
        return self.country_names.get(code, code)

    def country_name_fr(self, code: str) -> str:
        return self.country_names_fr.get(code, self.country_name(code))
