"""What one training certificate prints (workflows/certificates.py gathers it, the PDF
renderer reports/render/certificate_pdf.py draws it): plain values, no Qt."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class CertificateSheet:
    """Everything one certificate prints, in both languages where the records have both."""

    code: str
    holder_name: str
    course_en: str
    course_fr: str
    start_date: date
    end_date: date
    location: str | None
    organiser: str | None
    trainers: tuple[str, ...]
    country_en: str
    country_fr: str
    issued_on: date
    verify_url: str | None  # None: no hub address set, the certificate says the code only
    expires_on: date | None = None  # its course's validity; None: it does not expire
    revoked: bool = False
    revoke_reason: str | None = None

    def course(self, language: str) -> str:
        return self.course_fr if language == "fr" else self.course_en

    def country(self, language: str) -> str:
        return self.country_fr if language == "fr" else self.country_en
