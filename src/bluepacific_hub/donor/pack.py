"""Making a donor pack: the quarter's figures of the countries the asker may see, laid out as a
PDF, and the audit log's entry of it (who, which quarter, which countries, when), committed with
the caller's transaction. The command line and the console's page both come here."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from sqlalchemy.orm import Session

from bluepacific_hub import audit
from bluepacific_hub.audit import Actor
from bluepacific_hub.console.i18n import LANGUAGES
from bluepacific_hub.donor.pdf import PAPERS, donor_pack_pdf
from bluepacific_hub.donor.quarter import QuarterError, parse_quarter, quarter_figures
from bluepacific_wire.returns import FIRST_PERIOD

FIRST_QUARTER: Final = f"{FIRST_PERIOD[:4]}Q1"


@dataclass(frozen=True)
class Asked:
    """A pack asked for: '2026Q3', 'en' or 'fr', 'a4' or 'letter'."""

    quarter: str
    lang: str = "en"
    paper: str = "a4"


def quarters_until(now: datetime) -> list[str]:
    """Every quarter from the project's first to the one `now` is in, newest first."""
    out = []
    year, quarter = int(FIRST_PERIOD[:4]), 1
    while (year, quarter) <= (now.year, (now.month - 1) // 3 + 1):
        out.append(f"{year}Q{quarter}")
        year, quarter = (year + 1, 1) if quarter == 4 else (year, quarter + 1)
    return out[::-1]


def file_name(asked: Asked, countries: Sequence[str]) -> str:
    whose = countries[0] if len(countries) == 1 else "region"
    return f"donor-pack-{asked.quarter}-{whose}-{asked.lang}-{asked.paper}.pdf"


def make_pack(
    session: Session,
    asked: Asked,
    countries: Sequence[str],
    by: Actor,
    now: datetime,
    due_days: int,
) -> bytes:
    """The PDF of `asked` over `countries` (the project's every country for a regional admin
    or the command line, the user's own for anyone else); QuarterError when the quarter, the
    language or the paper is not one the pack knows."""
    filters = parse_quarter(asked.quarter)
    if asked.lang not in LANGUAGES:
        raise QuarterError(f"{asked.lang!r} is not a language of the pack: give en or fr")
    if asked.paper not in PAPERS:
        raise QuarterError(f"{asked.paper!r} is not a paper size: give a4 or letter")
    figures = quarter_figures(session, filters, countries, now, due_days)
    pdf = donor_pack_pdf(figures, asked.lang, asked.paper, due_days)
    audit.record(
        session,
        audit.Action.DONOR_PACK_GENERATED,
        file_name(asked, countries),
        by=by,
        country=countries[0] if len(countries) == 1 else None,
        details={
            "quarter": filters.label,
            "lang": asked.lang,
            "paper": asked.paper,
            "countries": list(countries),
            "bytes": len(pdf),
        },
        at=now,
    )
    return pdf
