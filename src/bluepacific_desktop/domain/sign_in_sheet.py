"""What one sign-in sheet prints (workflows/sign_in_sheets.py gathers it; the PDF renderer
reports/render/sign_in_pdf.py and the XLSX template io/sheet_template.py write it): plain
values, no Qt, no I/O."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class SheetRow:
    """A registered attendee as printed: the row id and what the records know of them."""

    row_id: str
    name: str
    sex: str  # domain.enums.Sex value
    agency: str
    rank: str


@dataclass(frozen=True)
class SignInSheet:
    session_id: str
    code: str  # canonical session code (domain.sheet_codes)
    title_en: str
    title_fr: str
    start_date: date
    end_date: date
    location: str | None
    organiser: str | None
    country_en: str
    country_fr: str
    rows: tuple[SheetRow, ...]
    walk_in_rows: int

    def title(self, language: str) -> str:
        return self.title_fr if language == "fr" else self.title_en

    def country(self, language: str) -> str:
        return self.country_fr if language == "fr" else self.country_en
