"""Contact directory (pillar 3): live contacts by country and organisation, with engagements."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import groupby

import phonenumbers
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from bluepacific_desktop.domain.review import REVIEW_MONTHS_SETTING, is_long_overdue, review_months
from bluepacific_desktop.reports.figures.periods import Period
from bluepacific_desktop.store.device import get_setting
from bluepacific_desktop.store.models import Contact, RefContactRole, RefCountry, RefOrgType


@dataclass(frozen=True)
class Names:
    """A reference label in both languages (falls back to the code when unknown)."""

    en: str
    fr: str

    def get(self, language: str) -> str:
        return self.fr if language == "fr" else self.en


@dataclass(frozen=True)
class ContactLine:
    name: str
    role: Names | None
    phones: tuple[str, ...]
    emails: tuple[str, ...]
    secure_channel: bool
    engagements: int  # engagements with this contact dated in the period
    # Unreviewed for more than twice the review interval (domain/review.py): marked in the report.
    long_overdue: bool = False


@dataclass(frozen=True)
class OrgGroup:
    organisation: str
    org_type: Names
    contacts: tuple[ContactLine, ...]


@dataclass(frozen=True)
class CountryGroup:
    code: str
    name: Names
    organisations: tuple[OrgGroup, ...]

    @property
    def contacts(self) -> int:
        return sum(len(o.contacts) for o in self.organisations)


@dataclass(frozen=True)
class ContactDirectory:
    period: Period
    countries: tuple[CountryGroup, ...]

    @property
    def contacts(self) -> int:
        return sum(c.contacts for c in self.countries)


def _names(
    session: Session, model: type[RefCountry] | type[RefOrgType] | type[RefContactRole]
) -> dict[str, Names]:
    rows = session.execute(select(model.code, model.name_en, model.name_fr))
    return {code: Names(en, fr) for code, en, fr in rows}


def readable_phone(number: str) -> str:
    """E.164 as stored (+6797012345) is hard to read on paper: group the digits (+679 701 2345)."""
    try:
        parsed = phonenumbers.parse(number)
    except phonenumbers.NumberParseException:
        return number
    return str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL))


def engagement_counts(session: Session, country: str, period: Period) -> dict[str, int]:
    """Engagements of the country in the period, per contact (json_each unpacks the id lists)."""
    sql = text(
        "SELECT j.value, COUNT(*) FROM engagements e, json_each(e.contact_ids) j "
        "WHERE e.country = :country AND e.deleted = 0 AND e.date BETWEEN :start AND :end "
        "GROUP BY j.value"
    )
    params = {"country": country, "start": period.start.isoformat(), "end": period.end.isoformat()}
    return {cid: n for cid, n in session.execute(sql, params)}


def contact_directory(
    session: Session,
    country: str,
    period: Period,
    contact_country: str | None = None,
    today: date | None = None,
) -> ContactDirectory:
    """Every live contact (the directory is shared across countries), optionally of one country;
    with `today`, those unreviewed for long are marked."""
    months = review_months(get_setting(session, REVIEW_MONTHS_SETTING))
    countries = _names(session, RefCountry)
    org_types = _names(session, RefOrgType)
    roles = _names(session, RefContactRole)
    engaged = engagement_counts(session, country, period)
    stmt = select(
        Contact.id,
        Contact.full_name,
        Contact.contact_country,
        Contact.organisation,
        Contact.org_type,
        Contact.role,
        Contact.phones,
        Contact.emails,
        Contact.secure_channel,
        Contact.review_date,
    ).where(Contact.deleted.is_(False))
    if contact_country:
        stmt = stmt.where(Contact.contact_country == contact_country.upper())
    rows = sorted(
        session.execute(stmt),
        key=lambda r: (
            countries.get(r.contact_country, Names(r.contact_country, "")).en,
            r.organisation.casefold(),
            r.organisation,
            r.org_type,
            r.full_name.casefold(),
        ),
    )
    groups: list[CountryGroup] = []
    for code, in_country in groupby(rows, key=lambda r: r.contact_country):
        orgs = []
        for (organisation, org_type), members in groupby(
            in_country, key=lambda r: (r.organisation, r.org_type)
        ):
            lines = tuple(
                ContactLine(
                    r.full_name,
                    roles.get(r.role) if r.role else None,
                    tuple(readable_phone(p) for p in r.phones),
                    tuple(r.emails),
                    bool(r.secure_channel),
                    engaged.get(r.id, 0),
                    today is not None and is_long_overdue(r.review_date, today, months),
                )
                for r in members
            )
            orgs.append(
                OrgGroup(organisation, org_types.get(org_type, Names(org_type, org_type)), lines)
            )
        groups.append(CountryGroup(code, countries.get(code, Names(code, code)), tuple(orgs)))
    return ContactDirectory(period, tuple(groups))
