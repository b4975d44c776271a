"""This device's settings (country, language, time zone, device id) and its validation context."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from bluepacific_desktop.domain.context import RuleContext
from bluepacific_desktop.domain.errors import FieldProblem, NotSetUp, ValidationError
from bluepacific_desktop.store.models import (
    RefCapability,
    RefContactRole,
    RefCountry,
    RefCourse,
    RefOrgType,
    Setting,
)
from bluepacific_desktop.store.setting_keys import COUNTRY as COUNTRY
from bluepacific_desktop.store.setting_keys import ZONE as ZONE
from bluepacific_desktop.store.types import utcnow
from bluepacific_desktop.store.zones import laptop_first

LANGUAGE = "language"
DEVICE_ID = "device_id"
LANGUAGES = ("en", "fr")


def get_setting(session: Session, key: str) -> str | None:
    row = session.get(Setting, key)
    return row.value if row else None


def set_setting(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def device_id(session: Session) -> str:
    """A random id made once per installation; it says which device last changed a record."""
    existing = get_setting(session, DEVICE_ID)
    if existing:
        return existing
    new = str(uuid.uuid4())
    set_setting(session, DEVICE_ID, new)
    return new


def device_zones(session: Session, country: str | None = None) -> tuple[str, ...]:
    """The zones of this computer's country, this laptop's own first (() when not set up)."""
    code = country or get_setting(session, COUNTRY)
    row = session.get(RefCountry, code) if code else None
    return laptop_first(row.zones if row is not None else (), get_setting(session, ZONE))


def device_zone(session: Session) -> str:
    """This laptop's zone: the one every date computation of the desktop reads ("today",
    month ends, quarters, deadlines). NotSetUp before the country is chosen."""
    zones = device_zones(session)
    if not zones:
        raise NotSetUp()
    return zones[0]


def _zone_problem(zone: str, country: str, zones: Sequence[str]) -> FieldProblem:
    return FieldProblem(
        "time_zone",
        "bad_zone",
        f"Time zone “{zone}” is not a zone of {country} (use one of: {', '.join(zones)}).",
        {"value": zone, "zones": list(zones)},
    )


def set_device_zone(session: Session, zone: str) -> str:
    """Set this laptop's zone, one of its country's; ValidationError otherwise."""
    country = get_setting(session, COUNTRY)
    if not country:
        raise NotSetUp()
    row = session.get(RefCountry, country)
    zones = tuple(row.zones) if row is not None else ()
    if zone not in zones:
        raise ValidationError([_zone_problem(zone, country, zones)])
    set_setting(session, ZONE, zone)
    return zone


def rule_context(session: Session, country: str, now: datetime | None = None) -> RuleContext:
    countries = session.scalars(select(RefCountry)).all()
    zones = {c.code: tuple(c.zones) for c in countries}
    if country in zones:  # a new record's default zone is this laptop's
        zones[country] = laptop_first(zones[country], get_setting(session, ZONE))
    home = ZoneInfo(zones[country][0]) if zones.get(country) else None
    today = (now or utcnow()).astimezone(home).date()
    return RuleContext(
        device_country=country,
        today=today,
        country_zones=zones,
        country_names={c.code: c.name_en for c in countries},
        country_names_fr={c.code: c.name_fr for c in countries},
        courses=frozenset(session.scalars(select(RefCourse.code))),
        capability_metrics={
            c.code: frozenset(c.metrics) for c in session.scalars(select(RefCapability))
        },
        org_types=frozenset(session.scalars(select(RefOrgType.code))),
        contact_roles=frozenset(session.scalars(select(RefContactRole.code))),
    )


@dataclass(frozen=True)
class DeviceContext:
    device_id: str
    country: str
    rules: RuleContext


def device_context(session: Session) -> DeviceContext:
    country = get_setting(session, COUNTRY)
    if not country:
        raise NotSetUp()
    return DeviceContext(device_id(session), country, rule_context(session, country))


def set_up_device(
    session: Session, country: str, language: str = "en", zone: str | None = None
) -> DeviceContext:
    """First start: the device's country (from the 11 project countries), UI language and this
    laptop's zone among the country's (None: the country's first)."""
    project = {
        c.code: c.zones for c in session.scalars(select(RefCountry).where(RefCountry.in_project))
    }
    code = country.strip().upper()
    lang = language.strip().lower()
    problems: list[FieldProblem] = []
    if code not in project:
        problems.append(
            FieldProblem(
                "country",
                "not_project_country",
                f"“{country}” is not one of the Blue Pacific countries: "
                f"{', '.join(sorted(project))}.",
            )
        )
    if lang not in LANGUAGES:
        problems.append(
            FieldProblem("language", "unknown_language", f"Language “{language}” must be en or fr.")
        )
    current = get_setting(session, COUNTRY)
    if current and current != code and not problems:
        problems.append(
            FieldProblem(
                "country",
                "country_already_set",
                f"This computer is already set up for {current}. Its records belong to "
                f"{current}; to record for another country, use a separate data folder.",
            )
        )
    if zone is not None and code in project and zone not in project[code]:
        problems.append(_zone_problem(zone, code, project[code]))
    if problems:
        raise ValidationError(problems)
    out = {"country": code, "language": lang}
    set_setting(session, COUNTRY, out["country"])
    set_setting(session, LANGUAGE, out["language"])
    if zone is not None:
        set_setting(session, ZONE, zone)
    return DeviceContext(device_id(session), out["country"], rule_context(session, out["country"]))
