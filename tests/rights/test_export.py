"""Export a person: everything held about one person or contact, as JSON and as a PDF read back
with pdftotext, from the command line; both files readable by their owner only."""

from __future__ import annotations

import json
import stat
from pathlib import Path

from tests.reports.conftest import Built
from tests.reports.pdf import needs_poppler, text_of
from tests.rights.conftest import CONTACT, CONTACT_EMAIL, HOLDER, Run


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_person_json_holds_the_record_attendances_certificates_and_mentions(
    held: Built, run: Run, tmp_path: Path
) -> None:
    out = tmp_path / "holder.json"
    code, said, _ = run("person", "export", held.ids["holder"], "--json", str(out))
    assert code == 0, said
    assert "personal data" in said
    assert _mode(out) == 0o600
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "bluepacific-person-export"
    assert data["kind"] == "person"
    assert data["record"]["full_name"] == HOLDER
    assert data["record"]["id"] == held.ids["holder"]
    assert data["sync"]["waiting"] == "pending"  # never synced: its creation waits
    (attended,) = data["attendances"]
    assert attended["session"]["location"] == "Nukuʻalofa"
    assert attended["session"]["course_code"] == "HR_POLICING"
    assert attended["completed"] is True
    (certificate,) = data["certificates"]
    assert certificate["holder_name"] == HOLDER
    (mention,) = data["monthly_return_mentions"]
    assert mention["period"] == "2025-09"
    assert HOLDER in mention["texts"][0]


def test_a_trainer_export_lists_the_sessions_they_trained(
    held: Built, run: Run, tmp_path: Path
) -> None:
    out = tmp_path / "trainer.json"
    assert run("person", "export", held.ids["trainer"], "--json", str(out))[0] == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["attendances"] == []
    (trained,) = data["trained_sessions"]
    assert trained["session_id"] == held.ids["session"]


def test_contact_json_holds_its_engagements(held: Built, run: Run, tmp_path: Path) -> None:
    out = tmp_path / "contact.json"
    assert run("person", "export", held.ids["contact"], "--json", str(out))[0] == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["kind"] == "contact"
    assert data["record"]["emails"] == [CONTACT_EMAIL]
    (engagement,) = data["engagements"]
    assert engagement["summary"] == "Joint planning of the border workshop"


@needs_poppler
def test_person_pdf_reads_back_in_english_and_french(held: Built, run: Run, tmp_path: Path) -> None:
    pdf = tmp_path / "holder.pdf"
    code, _, err = run("person", "export", held.ids["holder"], "--pdf", str(pdf))
    assert code == 0, err
    assert _mode(pdf) == 0o600
    text = text_of(pdf)
    assert f"Everything held about {HOLDER}" in text
    assert "contains personal data" in text
    assert "Nukuʻalofa" in text
    assert "Training attended (1)" in text
    assert "Certificates (1)" in text
    assert "attended late" in text  # the monthly return's mention
    fr = tmp_path / "fr.pdf"
    assert run("person", "export", held.ids["holder"], "--pdf", str(fr), "--lang", "fr")[0] == 0
    assert "Tout ce qui est conservé sur" in text_of(fr)


@needs_poppler
def test_contact_pdf_lists_engagements(held: Built, run: Run, tmp_path: Path) -> None:
    pdf = tmp_path / "contact.pdf"
    assert run("person", "export", held.ids["contact"], "--pdf", str(pdf))[0] == 0
    text = text_of(pdf)
    assert CONTACT in text and CONTACT_EMAIL in text
    assert "Engagements (1)" in text


def test_unknown_id_is_refused_in_words_and_writes_nothing(
    held: Built, run: Run, tmp_path: Path
) -> None:
    out = tmp_path / "none.json"
    code, _, err = run(
        "person", "export", "11111111-1111-4111-8111-111111111111", "--json", str(out)
    )
    assert code == 1
    assert "No person with id" in err
    assert not out.exists()


def test_export_needs_a_target(held: Built, run: Run) -> None:
    code, _, err = run("person", "export", held.ids["holder"])
    assert code == 1
    assert "--json or --pdf" in err
