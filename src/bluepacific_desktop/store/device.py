"""This device's settings (country, language, device id) and its validation context."""

from __future__ import annotations

import uuid
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
from bluepacific_desktop.store.types import utcnow

COUNTRY = "country"
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


def rule_context(session: Session, country: str, now: datetime | None = None) -> RuleContext:
    countries = session.scalars(select(RefCountry)).all()
    zones = {c.code: tuple(c.zones) for c in countries}
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


def set_up_device(session: Session, country: str, language: str = "en") -> DeviceContext:
    """First start: the device's country (from the 11 project countries) and UI language."""
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
    if problems:
        raise ValidationError(problems)
    out = {"country": code, "language": lang}
    set_setting(session, COUNTRY, out["country"])
    set_setting(session, LANGUAGE, out["language"])
    return DeviceContext(device_id(session), out["country"], rule_context(session, out["country"]))
