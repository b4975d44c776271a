"""What the contacts screen reads once per refresh: the device's country and today's date there,
reference names in the UI language, and the translated engagement kinds."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCollator, QCoreApplication, QLocale
from sqlalchemy import select

from bluepacific_desktop.domain.enums import EngagementKind
from bluepacific_desktop.store.device import COUNTRY, ZONE, get_setting
from bluepacific_desktop.store.models import RefContactRole, RefCountry, RefOrgType
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.store.types import utcnow
from bluepacific_desktop.store.zones import laptop_first


# Helpers outside a QObject translate with QCoreApplication.translate and a literal context
# (lupdate reads only literals): "ContactsScreen".
@dataclass(frozen=True)
class Lookups:
    country: str = ""  # the device's country: records made here belong to it
    today: date = field(default_factory=date.today)  # today in the country's own calendar
    zones: tuple[str, ...] = ()  # the device country's zones, this laptop's first (the default)
    countries: dict[str, str] = field(default_factory=dict)  # code → name, sorted by name
    org_types: dict[str, str] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)

    def country_name(self, code: str) -> str:
        return self.countries.get(code, code)

    def owned_here(self, owner: str | None) -> bool:
        return owner is None or owner == self.country

    def owner_note(self, owner: str) -> str:
        """Why a record of another country is read-only here."""
        return QCoreApplication.translate(
            "ContactsScreen",
            "Kept by %1's focal point: you can read this contact, but only they can change it.",
        ).replace("%1", self.country_name(owner))


def french() -> bool:
    return QLocale().language() == QLocale.Language.French


def _by_name(pairs: list[tuple[str, str]]) -> dict[str, str]:
    collator = QCollator(QLocale())  # "Îles Cook" sorts with the I's, as a reader expects
    key = functools.cmp_to_key(collator.compare)
    return dict(sorted(pairs, key=lambda p: key(p[1])))


def load_lookups(store: Store, now: datetime | None = None) -> Lookups:
    fr = french()
    with store.read() as session:
        country = get_setting(session, COUNTRY) or ""
        zone = get_setting(session, ZONE)
        rows = list(session.scalars(select(RefCountry)))
        org_types = [
            (r.code, r.name_fr if fr else r.name_en) for r in session.scalars(select(RefOrgType))
        ]
        roles = [
            (r.code, r.name_fr if fr else r.name_en)
            for r in session.scalars(select(RefContactRole))
        ]
    zones = laptop_first(next((r.zones for r in rows if r.code == country), ()), zone)
    today = (now or utcnow()).astimezone(ZoneInfo(zones[0])).date() if zones else date.today()
    return Lookups(
        country=country,
        today=today,
        zones=zones,
        countries=_by_name([(r.code, r.name_fr if fr else r.name_en) for r in rows]),
        org_types=_by_name(org_types),
        roles=_by_name(roles),
    )


def engagement_kinds() -> dict[str, str]:
    """Engagement kinds (stored value → words in the UI language), in a fixed order."""
    words = {
        EngagementKind.MEETING: QCoreApplication.translate("ContactsScreen", "Meeting"),
        EngagementKind.INFORMATION_EXCHANGE: QCoreApplication.translate(
            "ContactsScreen", "Information exchange"
        ),
        EngagementKind.JOINT_OPERATION: QCoreApplication.translate(
            "ContactsScreen", "Joint operation"
        ),
        EngagementKind.WORKSHOP: QCoreApplication.translate("ContactsScreen", "Workshop"),
    }
    return {kind.value: text for kind, text in words.items()}
