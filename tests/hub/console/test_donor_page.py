"""The donor pack's console page against the real hub over HTTPS: the Generate button's post
(behind the CSRF check) downloads the region's PDF for a regional admin and the user's own
country's for anyone else, whatever the form says; every pack made is in the audit log."""

from __future__ import annotations

from pathlib import Path

import requests

from bluepacific_hub import audit
from bluepacific_hub.audit import Action, AuditFilter
from tests.hub.donor.readback import figure, page_size, pdf_text
from tests.hub.donor.test_donor_pack import fill_quarter
from tests.support.console import browser_session, console_url, csrf_of, signed_in
from tests.support.hubserver import RunningHub


def _packs(running: RunningHub) -> list[audit.AuditEvent]:
    with running.hub.sessions() as session:
        return audit.list_events(session, AuditFilter(action=Action.DONOR_PACK_GENERATED))


def _generate(
    s: requests.Session, running: RunningHub, tmp_path: Path, **form: str
) -> tuple[requests.Response, str]:
    page = s.get(console_url(running, "/donor"), timeout=10)
    assert page.status_code == 200
    data = {"csrf": csrf_of(page.text), "quarter": "2025Q1", "lang": "en", "paper": "a4", **form}
    answer = s.post(console_url(running, "/donor"), data=data, timeout=60)
    if answer.headers["content-type"] != "application/pdf":
        return answer, ""
    path = tmp_path / "pack.pdf"
    path.write_bytes(answer.content)
    return answer, pdf_text(path)


def test_a_regional_admin_downloads_the_region_and_a_focal_point_their_country(
    running: RunningHub, tmp_path: Path
) -> None:
    fill_quarter(running)
    running.add_user("ra", "WS", "regional_admin")
    running.add_user("fj-fp", "FJ")
    admin = browser_session(running)
    assert 'href="/console/donor"' in signed_in(admin, running, "ra")
    page = admin.get(console_url(running, "/donor"), timeout=10)
    assert page.headers["cache-control"] == "no-store"
    assert '<option value="2025Q1"' in page.text and 'name="paper"' in page.text

    answer, text = _generate(admin, running, tmp_path, lang="fr", paper="letter")
    assert answer.status_code == 200
    assert (
        'filename="donor-pack-2025Q1-region-fr-letter.pdf"'
        in (answer.headers["content-disposition"])
    )
    assert answer.headers["cache-control"] == "no-store"
    assert round(page_size(tmp_path / "pack.pdf")[0]) == 612
    assert figure(text, "Personnes formées (distinctes)") == "4" and "Tonga" in text
    (event,) = _packs(running)
    assert (event.actor, event.details["via"], event.country) == ("ra", "console", None)

    focal = browser_session(running)
    signed_in(focal, running, "fj-fp")
    mine = focal.get(console_url(running, "/donor"), timeout=10).text
    assert "Fiji only" in mine or "of Fiji only" in mine
    # A country in the form is no way to another country's figures: the pack is Fiji's.
    answer, text = _generate(focal, running, tmp_path, country="TO")
    assert 'filename="donor-pack-2025Q1-FJ-en-a4.pdf"' in answer.headers["content-disposition"]
    assert figure(text, "People trained (unique)") == "3"  # Fiji's two women and a man
    assert "Summary: Fiji" in text and "Tonga" not in text and "Samoa" not in text
    assert [e.country for e in _packs(running)] == ["FJ", None]


def test_no_pack_without_the_csrf_token_or_for_a_quarter_not_offered(
    running: RunningHub, tmp_path: Path
) -> None:
    running.add_user("fj-fp", "FJ")
    s = browser_session(running)
    signed_in(s, running, "fj-fp")
    answer, _ = _generate(s, running, tmp_path, csrf="forged")
    assert answer.status_code == 403 and "%PDF" not in answer.text
    for bad in ({"quarter": "2023Q4"}, {"quarter": "2025Q9"}, {"lang": "de"}, {"paper": "a3"}):
        answer, _ = _generate(s, running, tmp_path, **bad)
        assert answer.status_code == 400, bad
    assert "The quarter must be one between 2024Q1" in answer.text
    assert _packs(running) == []
    anonymous = browser_session(running)
    r = anonymous.post(console_url(running, "/donor"), data={"quarter": "2025Q1"},
                       allow_redirects=False, timeout=10)  # fmt: skip
    assert r.status_code == 303 and r.headers["location"].startswith("/console/login")
