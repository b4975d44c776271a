"""An absent or excused person gets no certificate, even marked completed and certified: they
were not trained (docs/reports.md). A course with a validity prints the certificate's expiry."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.reports.render.certificate_pdf import write_certificates_pdf
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.workflows import certificates
from tests.certificates.qr import needs_zbar
from tests.reports.conftest import Built
from tests.reports.pdf import needs_poppler, text_of


@pytest.mark.parametrize("status", ["absent", "excused"])
def test_only_people_who_came_are_certified(course: Built, status: str) -> None:
    with course.store.write() as s:
        RecordService(s).update(RecordKind.ATTENDANCE, course.ids["a_second"], {"status": status})
    sheets = certificates.issue_for_session(course.store, course.ids["session"])
    assert [sheet.holder_name for sheet in sheets] == ["Losaline Fīfita ʻAhokava"]
    with pytest.raises(certificates.NothingToCertify):
        certificates.issue_for_attendance(course.store, course.ids["a_second"])


def test_a_late_person_is_certified(course: Built) -> None:
    with course.store.write() as s:
        RecordService(s).update(RecordKind.ATTENDANCE, course.ids["a_second"], {"status": "late"})
    sheets = certificates.issue_for_session(course.store, course.ids["session"])
    assert len(sheets) == 2
    assert all(sheet.trainers == ("Sēmisi Pōteki",) for sheet in sheets)


@needs_poppler
@needs_zbar
@pytest.mark.parametrize(
    ("language", "words"),
    [("en", "Valid until 3 Sep 2027"), ("fr", "Valide jusqu’au 3 sept. 2027")],
)
def test_a_course_with_a_validity_prints_its_expiry(
    course: Built, tmp_path: Path, language: str, words: str
) -> None:
    """I-24/7 user training holds 24 months (the catalog): 3 Sep 2025 + 24 months."""
    session = course.create(
        RecordKind.TRAINING_SESSION,
        course_code="I247_USER",
        start_date="2025-09-01",
        end_date="2025-09-03",
        mode="in_person",
    )
    course.create(
        RecordKind.ATTENDANCE,
        session_id=session,
        person_id=course.ids["holder"],
        completed=True,
        certificate_issued=True,
    )
    (sheet,) = certificates.issue_for_session(course.store, session)
    assert sheet.expires_on == date(2027, 9, 3)
    out = tmp_path / "expiry.pdf"
    write_certificates_pdf([sheet], out, language, "a4")
    text = " ".join(text_of(out).split())
    assert words in text, text
    (plain,) = certificates.issue_for_session(course.store, course.ids["session"])[:1]
    assert plain.expires_on is None  # human rights in policing has no validity
