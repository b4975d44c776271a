"""Which country a report is about: the device's country, its names and this laptop's zone."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from bluepacific_desktop.domain.errors import NotSetUp
from bluepacific_desktop.store.device import COUNTRY, device_zones, get_setting
from bluepacific_desktop.store.models import RefCountry


@dataclass(frozen=True)
class ReportCountry:
    code: str
    name_en: str
    name_fr: str
    zone: str  # this laptop's zone (store.device.device_zone): where "today" and quarters are read

    def name(self, language: str) -> str:
        return self.name_fr if language == "fr" else self.name_en


def report_country(session: Session) -> ReportCountry:
    code = get_setting(session, COUNTRY)
    if not code:
        raise NotSetUp()
    row = session.get(RefCountry, code)
    zones = device_zones(session, code)
    if row is None or not zones:
        raise NotSetUp()
    return ReportCountry(code, row.name_en, row.name_fr, zones[0])
