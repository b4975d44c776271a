"""Certificates of a course with a validity (the catalog's validity_months): the expiry is
printed on the certificate and the hub's verify page says "valid until …" or, once past,
"expired on …" (through the real hub over HTTPS)."""

from __future__ import annotations

import requests

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.reports.certificate_sheet import CertificateSheet
from bluepacific_desktop.workflows import certificates
from tests.support.hubserver import Tls
from tests.sync.conftest import Device, DeviceFactory, SyncHub


def _certify(device: Device, name: str, course: str, start: str, end: str) -> CertificateSheet:
    person = device.create(RecordKind.PERSON, full_name=name, sex="female")
    session = device.create(
        RecordKind.TRAINING_SESSION, course_code=course, start_date=start, end_date=end
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


def _get(url: str, tls: Tls, **headers: str) -> requests.Response:
    return requests.get(url, verify=tls.ca_file, headers=headers, timeout=10)


def test_the_verify_page_says_valid_until_or_expired_on(
    running: SyncHub, make_device: DeviceFactory
) -> None:
    device = make_device("FJ")
    # I-24/7 user training holds 24 months; searching the databases 24 too; human rights has
    # no validity (reference data version 2).
    current = _certify(device, "Mere Tūhoe", "I247_USER", "2025-09-01", "2025-09-03")
    old = _certify(device, "Ana Vake", "DATABASES_SEARCH", "2022-02-28", "2022-03-01")
    lasting = _certify(device, "Sione Lata", "HR_POLICING", "2025-09-01", "2025-09-03")
    assert (current.expires_on, old.expires_on, lasting.expires_on) == (
        current.end_date.replace(year=2027),
        old.end_date.replace(year=2024),
        None,
    )
    report = device.sync()
    assert report.complete and report.refused == 0, report

    valid = _get(str(current.verify_url), running.tls)
    assert valid.status_code == 200
    assert "Valid certificate" in valid.text and "Valid until" in valid.text
    assert "3 Sep 2027" in valid.text
    expired = _get(str(old.verify_url), running.tls)
    assert expired.status_code == 200
    assert "Expired certificate" in expired.text and "Valid certificate" not in expired.text
    assert "Expired on" in expired.text and "1 Mar 2024" in expired.text
    french = _get(str(old.verify_url) + "?lang=fr", running.tls)
    assert "Certificat expiré" in french.text and "Expiré le" in french.text
    plain = _get(str(lasting.verify_url), running.tls)
    assert "Valid certificate" in plain.text
    assert "Valid until" not in plain.text and "Expired" not in plain.text
