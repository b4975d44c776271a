"""Certificate PDFs read back as a reader sees them: the name as written, the code, the course
(pdftotext), and the QR code decoded by a real decoder (zbarimg) to the hub's verify address."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bluepacific_desktop.cli.main import main
from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.domain.errors import RecordNotFound
from bluepacific_desktop.reports.render.certificate_pdf import write_certificates_pdf
from bluepacific_desktop.store.device import set_setting
from bluepacific_desktop.store.models import Certificate
from bluepacific_desktop.sync.state import HUB_URL
from bluepacific_desktop.workflows import certificates
from bluepacific_wire.certificates import printed_code, read_code
from tests.certificates.conftest import HOLDER, HUB
from tests.certificates.qr import needs_zbar, page_png, qr_codes
from tests.reports.conftest import Built
from tests.reports.pdf import info, needs_poppler, pages, text_of

pytestmark = [needs_poppler, needs_zbar]


def _cli(course: Built, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--data-dir", str(course.store.path.parent), "--lang", "en", *args])
    out = capsys.readouterr()
    return code, (out.out + out.err).strip()


def test_a_sessions_certificates_print_one_page_each_with_name_code_course_and_qr(
    course: Built, capsys, tmp_path: Path
) -> None:
    out = tmp_path / "certificates.pdf"
    code, said = _cli(
        course, capsys, "certificates", "print", course.ids["session"], "--pdf", str(out)
    )
    assert code == 0, said
    assert said == f"Wrote {out} (2 certificates)."
    assert pages(out) == 2  # the absent trainee gets none
    size = info(out)["Page size"]
    assert size.startswith("842 x 595")  # A4 landscape, in points
    with course.store.read() as s:
        codes = {c.attendance_id: c.code for c in s.query(Certificate)}
    assert set(codes) == {course.ids["a_holder"], course.ids["a_second"]}

    text = text_of(out)
    assert HOLDER in text and "Mere Tūhoe" in text
    assert "Human rights in policing" in text
    assert "Sēmisi Pōteki" in text and "Tonga Police Training Academy" in text
    assert "1 Sep 2025" in text and "3 Sep 2025" in text and "Nukuʻalofa" in text
    for c in codes.values():
        assert printed_code(c) in text
    # Sorted by name: Losaline first.
    first = page_png(out, 1)
    assert qr_codes(first) == [f"{HUB}/verify/{codes[course.ids['a_holder']]}"]
    assert qr_codes(page_png(out, 2)) == [f"{HUB}/verify/{codes[course.ids['a_second']]}"]

    # Printing again prints the same codes: a certificate is issued once.
    again = tmp_path / "again.pdf"
    assert (
        _cli(course, capsys, "certificates", "print", course.ids["session"], "--pdf", str(again))[0]
        == 0
    )
    with course.store.read() as s:
        assert s.query(Certificate).count() == 2


def test_french_letter_certificate(course: Built, capsys, tmp_path: Path) -> None:
    out = tmp_path / "fr.pdf"
    code, said = _cli(
        course,
        capsys,
        "certificates",
        "print",
        course.ids["session"],
        "--attendance",
        course.ids["a_holder"],
        "--lang",
        "fr",
        "--paper",
        "letter",
        "--pdf",
        str(out),
    )
    assert code == 0, said
    assert pages(out) == 1
    assert info(out)["Page size"].startswith("792 x 612")  # Letter landscape
    text = text_of(out)
    assert "Certificat de formation" in text
    assert "Droits humains dans l'action policière" in text
    assert HOLDER in text
    assert "1 sept. 2025" in text
    (url,) = qr_codes(page_png(out))
    assert re.fullmatch(rf"{re.escape(HUB)}/verify/[0-9A-Z]{{10}}", url)
    assert read_code(url.rsplit("/", 1)[1]) is not None
    assert printed_code(url.rsplit("/", 1)[1]) in text


def test_without_a_hub_address_the_certificate_carries_the_code_only(
    course: Built, tmp_path: Path
) -> None:
    with course.store.write() as s:
        set_setting(s, HUB_URL, "")
    sheets = certificates.issue_for_session(course.store, course.ids["session"])
    assert all(s.verify_url is None for s in sheets)
    out = tmp_path / "no-hub.pdf"
    assert write_certificates_pdf(sheets, out, "en") == 2
    text = text_of(out)
    assert printed_code(sheets[0].code) in text
    assert "verify" not in text and "http" not in text
    assert qr_codes(page_png(out)) == []


def test_a_session_with_nobody_certified_writes_nothing(
    course: Built, capsys, tmp_path: Path
) -> None:
    out = tmp_path / "none.pdf"
    code, said = _cli(
        course,
        capsys,
        "certificates",
        "print",
        course.ids["session"],
        "--attendance",
        course.ids["a_absent"],
        "--pdf",
        str(out),
    )
    assert code == 1
    assert "No attendance of this session is marked completed" in said
    assert not out.exists()


def test_an_attendance_of_another_session_is_not_printed(course: Built, tmp_path: Path) -> None:
    other = course.create(
        RecordKind.TRAINING_SESSION,
        course_code="HR_POLICING",
        start_date="2025-10-01",
        end_date="2025-10-01",
        mode="online",
    )
    with pytest.raises(RecordNotFound):
        certificates.issue_for_attendance(course.store, course.ids["a_holder"], other)
    with course.store.read() as s:
        assert s.query(Certificate).count() == 0


def test_revoke_and_reissue(course: Built, capsys) -> None:
    (first, _) = certificates.issue_for_session(course.store, course.ids["session"])
    code, said = _cli(
        course, capsys, "certificates", "revoke", first.code.lower(), "--reason", "name misspelt"
    )
    assert code == 0, said
    assert said.startswith(f"{printed_code(first.code)}: revoked (name misspelt)")
    found = certificates.find(course.store, printed_code(first.code))
    assert found is not None and found.revoked and found.revoke_reason == "name misspelt"

    code, said = _cli(course, capsys, "certificates", "reissue", first.code)
    assert code == 0, said
    new = said.rsplit(" ", 1)[1].rstrip(".")
    fresh = certificates.find(course.store, new)
    assert fresh is not None and not fresh.revoked and fresh.holder_name == HOLDER
    assert fresh.code != first.code
    # The session prints the new code now, and still two certificates.
    sheets = certificates.issue_for_session(course.store, course.ids["session"])
    assert fresh.code in {s.code for s in sheets} and first.code not in {s.code for s in sheets}

    code, said = _cli(course, capsys, "certificates", "verify", "ZZZZZZZZZZ")
    assert code == 1 and "No certificate on this computer has the code" in said
