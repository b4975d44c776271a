"""The hub's public certificate verify page through the real hub over HTTPS: a certificate
printed on a desktop is valid there after a sync, revoked after a revocation syncs; unknown and
malformed codes answer alike; lookups are rate-limited per address."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest
import requests

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.reports.certificate_sheet import CertificateSheet
from bluepacific_desktop.workflows import certificates
from bluepacific_wire.certificates import check_character, printed_code
from tests.support.hubserver import Tls
from tests.sync.conftest import Device, DeviceFactory, SyncHub, start_hub

HOLDER = "Losaline Fīfita ʻAhokava"


def _certify(device: Device) -> CertificateSheet:
    person = device.create(RecordKind.PERSON, full_name=HOLDER, sex="female")
    session = device.create(
        RecordKind.TRAINING_SESSION, start_date="2025-09-01", end_date="2025-09-03"
    )
    device.create(
        RecordKind.ATTENDANCE,
        session_id=session,
        person_id=person,
        completed=True,
        certificate_issued=True,
    )
    (sheet,) = certificates.issue_for_session(device.store, session)
    return sheet


def _synced(device: Device) -> None:
    report = device.sync()
    assert report.complete and report.refused == 0 and report.waiting == 0, report


def _get(url: str, tls: Tls, **headers: str) -> requests.Response:
    # A phone's browser: no client header, no token.
    return requests.get(url, verify=tls.ca_file, headers=headers, timeout=10)


def test_a_printed_certificate_is_valid_after_a_sync_then_revoked(
    running: SyncHub, make_device: DeviceFactory
) -> None:
    device = make_device("FJ")
    sheet = _certify(device)
    assert sheet.verify_url == f"{running.base_url}/verify/{sheet.code}"
    before = _get(sheet.verify_url, running.tls)
    assert before.status_code == 404  # not synced yet: the hub does not know it
    _synced(device)

    page = _get(sheet.verify_url, running.tls)
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    text = page.text
    assert "Valid certificate" in text
    assert HOLDER in text and "Human rights in policing" in text
    assert "1 Sep 2025 to 3 Sep 2025" in text and "Fiji" in text
    assert printed_code(sheet.code) in text
    # Nothing else: no ids, no organiser, no trainers, no other person.
    with device.store.read() as s:
        from bluepacific_desktop.store.models import Certificate

        cert = s.query(Certificate).one()
        hidden = [cert.id, cert.attendance_id, device.username]
    assert not any(h in text for h in hidden)
    assert "frame-ancestors 'none'" in page.headers["content-security-policy"]
    assert page.headers["x-frame-options"] == "DENY"
    assert page.headers["cache-control"] == "no-store"

    # A code typed by hand: lower case, the hyphen, O for 0 and I for 1 all lead to it.
    typed = printed_code(sheet.code).lower().replace("0", "o").replace("1", "i")
    assert "Valid certificate" in _get(f"{running.base_url}/verify/{typed}", running.tls).text
    french = _get(sheet.verify_url, running.tls, **{"Accept-Language": "fr-FR,fr;q=0.9,en;q=0.5"})
    assert "Certificat valide" in french.text and "Fidji" in french.text
    assert "du 1 sept. 2025 au 3 sept. 2025" in french.text
    assert (
        "Valid certificate"
        in _get(sheet.verify_url + "?lang=en", running.tls, **{"Accept-Language": "fr"}).text
    )

    assert certificates.revoke(device.store, sheet.code, "issued in error") is not None
    _synced(device)
    revoked = _get(sheet.verify_url, running.tls)
    assert revoked.status_code == 200
    assert "Revoked certificate" in revoked.text and "Valid certificate" not in revoked.text
    assert "issued in error" not in revoked.text  # the reason stays between the issuers


def test_unknown_and_malformed_codes_answer_alike(
    running: SyncHub, make_device: DeviceFactory
) -> None:
    device = make_device("FJ")
    _certify(device)
    _synced(device)
    body = "ABCDEFGHJ"
    unknown = body + check_character(body)  # well formed, never issued
    answers = [
        _get(f"{running.base_url}/verify/{quote(code, safe='')}", running.tls)
        for code in (unknown, "ABCDEFGHJK", "not-a-code", "x" * 300, "../../api/v1/health", "%00")
    ]
    assert {a.status_code for a in answers} == {404}
    assert len({a.text for a in answers}) == 1
    assert "Unknown code" in answers[0].text
    assert all(a.headers["x-content-type-options"] == "nosniff" for a in answers)
    assert _get(f"{running.base_url}/verify/", running.tls).status_code == 404


def test_lookups_are_rate_limited_per_address(tmp_path: Path, tls: Tls) -> None:
    hub, stop = start_hub(
        f"sqlite:///{tmp_path / 'hub.db'}",
        tls,
        verify_lookups_per_address=3,
        verify_backoff_first_s=60.0,
    )
    try:
        url = f"{hub.base_url}/verify/ABCDEFGHJK"
        assert [_get(url, tls).status_code for _ in range(3)] == [404, 404, 404]
        refused = _get(url, tls)
        assert refused.status_code == 429
        assert 55 <= int(refused.headers["retry-after"]) <= 60
        assert "Too many verifications" in refused.text
        # The API's own sign-in throttle is another key: this address's counts stay apart.
        assert _get(f"{hub.base_url}/api/v1/health", tls).status_code == 200
    finally:
        stop()


@pytest.mark.parametrize("path", ["/verify/ABCDEFGHJK", "/verify/x"])
def test_the_page_needs_no_client_header(running: SyncHub, path: str) -> None:
    assert _get(running.base_url + path, running.tls).status_code == 404
