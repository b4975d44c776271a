"""Regional cooperation (pillar 3): engagements per country, kind and quarter, and the shared
contact directory by country and organisation type, counted in SQL."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from bluepacific_hub.figures.filters import Filters
from bluepacific_hub.figures.sql import dialect


@dataclass(frozen=True)
class EngagementRow:
    country: str
    kind: str
    quarter: str
    engagements: int


@dataclass(frozen=True)
class ContactRow:
    country: str  # the contact's country (the directory is shared by every country)
    org_type: str
    organisations: int  # distinct organisation names
    contacts: int


def engagement_statement(db: str, filters: Filters) -> tuple[str, dict[str, Any]]:
    params: dict[str, Any] = {"start": filters.start.isoformat(), "end": filters.end.isoformat()}
    where = "e.day BETWEEN :start AND :end"
    if filters.country:
        where += " AND e.country = :country"
        params["country"] = filters.country
    sql = (
        "SELECT e.country, e.kind, e.quarter, COUNT(*) "
        f"FROM fig_engagement e WHERE {where} GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"
    )
    return sql, params


def engagement_figures(session: Session, filters: Filters) -> list[EngagementRow]:
    sql, params = engagement_statement(dialect(session), filters)
    return [
        EngagementRow(str(country), str(kind), str(quarter), int(n))
        for country, kind, quarter, n in session.execute(text(sql), params)
    ]


def contact_statement(db: str, filters: Filters) -> tuple[str, dict[str, Any]]:
    params: dict[str, Any] = {}
    where = ""
    if filters.country:
        where = " WHERE c.contact_country = :country"
        params["country"] = filters.country
    sql = (
        "SELECT c.contact_country, c.org_type, COUNT(DISTINCT c.organisation), COUNT(*) "
        f"FROM fig_contact c{where} GROUP BY 1, 2 ORDER BY 1, 2"
    )
    return sql, params


def contact_figures(session: Session, filters: Filters) -> list[ContactRow]:
    """The live contacts of the directory by their country and organisation type (the period
    does not apply: the directory is as it stands today)."""
    sql, params = contact_statement(dialect(session), filters)
    return [
        ContactRow(str(country), str(org_type), int(orgs), int(n))
        for country, org_type, orgs, n in session.execute(text(sql), params)
    ]
