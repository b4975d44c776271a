"""Training certificates: issuing them for a session's certified attendances, revoking and
re-issuing one, finding one by its code (offline), and what each prints. No Qt: the PDF is
drawn by reports/render/certificate_pdf.py, for the command line and the session editor alike.

A certificate is issued for a live attendance marked completed with its certificate issued. It
is made (and queued for the hub, whose verify page answers for its code) the first time it is
printed; printing again prints the same code. Re-issuing revokes the old code, which the verify
page then calls revoked, and makes a new one from the records as they are now.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.domain.errors import RecordNotFound
from bluepacific_desktop.reports.certificate_sheet import CertificateSheet
from bluepacific_desktop.reports.figures.country import report_country
from bluepacific_desktop.reports.figures.periods import country_today
from bluepacific_desktop.store.device import get_setting
from bluepacific_desktop.store.models import (
    Attendance,
    Certificate,
    Person,
    RefCourse,
    TrainingSession,
)
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.sync.address import normalise_hub_url
from bluepacific_desktop.sync.errors import SecurityRefused
from bluepacific_desktop.sync.state import HUB_URL
from bluepacific_wire import training as training_rules
from bluepacific_wire.certificates import new_code, read_code, verify_path

# The reason written on the old code when a certificate is re-issued without one given.
REISSUED = "re-issued"


class NothingToCertify(Exception):
    """The session has no attendance marked completed with a certificate issued."""


def verify_url(session: Session, code: str) -> str | None:
    """The hub's verify address for `code`, from this device's hub address (None without one,
    or with one that is not a hub address)."""
    raw = get_setting(session, HUB_URL)
    if not raw:
        return None
    try:
        return normalise_hub_url(raw) + verify_path(code)
    except SecurityRefused:
        return None


def _live_session(session: Session, session_id: str) -> TrainingSession:
    row = session.get(TrainingSession, session_id)
    if row is None or row.deleted:
        raise RecordNotFound(RecordKind.TRAINING_SESSION.value, session_id)
    return row


def _certified(session: Session, session_id: str) -> list[Attendance]:
    return list(
        session.scalars(
            select(Attendance).where(
                Attendance.session_id == session_id,
                Attendance.deleted.is_(False),
                Attendance.completed.is_(True),
                Attendance.certificate_issued.is_(True),
                # An absent or excused person was not trained: no certificate.
                Attendance.status.not_in(training_rules.NOT_TRAINED),
            )
        )
    )


def _current(session: Session, attendance_ids: list[str]) -> dict[str, Certificate]:
    """The live, unrevoked certificate of each attendance that has one (the newest if a second
    laptop issued one too before the two met on the hub)."""
    rows = session.scalars(
        select(Certificate)
        .where(
            Certificate.attendance_id.in_(attendance_ids),
            Certificate.deleted.is_(False),
            Certificate.revoked.is_(False),
        )
        .order_by(Certificate.created_at)
    )
    return {row.attendance_id: row for row in rows}


def _new_certificate(
    session: Session, attendance: Attendance, course: TrainingSession, today: date
) -> Certificate:
    person = session.get(Person, attendance.person_id)
    if person is None or person.deleted:
        raise RecordNotFound(RecordKind.PERSON.value, attendance.person_id)
    created = RecordService(session).create(
        RecordKind.CERTIFICATE,
        {
            "code": new_code(),
            "attendance_id": attendance.id,
            "holder_name": person.full_name,
            "course_code": course.course_code,
            "start_date": course.start_date,
            "end_date": course.end_date,
            "issued_on": today,
            "expires_on": _expiry(session, course),
        },
    )
    assert isinstance(created, Certificate)
    return created


def _expiry(session: Session, course: TrainingSession) -> date | None:
    """The certificate's last valid day, when its course has a validity (the catalog's)."""
    ref = session.get(RefCourse, course.course_code)
    if ref is None or not ref.validity_months:
        return None
    return training_rules.refresher_due(course.end_date, ref.validity_months)


def _sheet(session: Session, cert: Certificate) -> CertificateSheet:
    attendance = session.get(Attendance, cert.attendance_id)
    course = session.get(TrainingSession, attendance.session_id) if attendance else None
    ref = session.get(RefCourse, cert.course_code)
    trainers: tuple[str, ...] = ()
    if course is not None and course.trainer_ids:
        people = session.scalars(select(Person).where(Person.id.in_(course.trainer_ids)))
        names = {p.id: p.full_name for p in people if not p.deleted}
        trainers = tuple(names[i] for i in course.trainer_ids if i in names)
    country = report_country(session)
    return CertificateSheet(
        code=cert.code,
        holder_name=cert.holder_name,
        course_en=ref.name_en if ref else cert.course_code,
        course_fr=ref.name_fr if ref else cert.course_code,
        start_date=cert.start_date,
        end_date=cert.end_date,
        location=course.location if course else None,
        organiser=course.organiser if course else None,
        trainers=trainers,
        country_en=country.name_en,
        country_fr=country.name_fr,
        issued_on=cert.issued_on,
        expires_on=cert.expires_on,
        verify_url=verify_url(session, cert.code),
        revoked=cert.revoked,
        revoke_reason=cert.revoke_reason,
    )


def issue_for_session(store: Store, session_id: str) -> list[CertificateSheet]:
    """The certificates of every certified attendance of the session, made where missing, in
    the order of the holders' names. NothingToCertify when there is none."""
    with store.write() as session:
        course = _live_session(session, session_id)
        today = country_today(report_country(session).zone)
        attendances = _certified(session, session_id)
        if not attendances:
            raise NothingToCertify(session_id)
        current = _current(session, [a.id for a in attendances])
        certs = [
            current.get(a.id) or _new_certificate(session, a, course, today) for a in attendances
        ]
        sheets = [_sheet(session, c) for c in certs]
    return sorted(sheets, key=lambda s: (s.holder_name.casefold(), s.code))


def issue_for_attendance(
    store: Store, attendance_id: str, session_id: str | None = None
) -> CertificateSheet:
    """The certificate of one certified attendance (of `session_id`, when given), made if it
    has none yet."""
    with store.write() as session:
        attendance = session.get(Attendance, attendance_id)
        stray = (
            session_id is not None
            and attendance is not None
            and (attendance.session_id != session_id)
        )
        if attendance is None or attendance.deleted or stray:
            raise RecordNotFound(RecordKind.ATTENDANCE.value, attendance_id)
        trained = training_rules.counts_as_trained(attendance.status)
        if not (attendance.completed and attendance.certificate_issued and trained):
            raise NothingToCertify(attendance_id)
        course = _live_session(session, attendance.session_id)
        today = country_today(report_country(session).zone)
        cert = _current(session, [attendance_id]).get(attendance_id) or _new_certificate(
            session, attendance, course, today
        )
        return _sheet(session, cert)


def _by_code(session: Session, typed: str) -> Certificate | None:
    code = read_code(typed)
    if code is None:
        return None
    return session.scalar(
        select(Certificate).where(Certificate.code == code, Certificate.deleted.is_(False))
    )


def find(store: Store, typed: str) -> CertificateSheet | None:
    """The certificate with this code on this computer (offline verification), or None for a
    code that is not one or that no record here carries."""
    with store.read() as session:
        cert = _by_code(session, typed)
        return None if cert is None else _sheet(session, cert)


def revoke(store: Store, typed: str, reason: str) -> CertificateSheet | None:
    """Revoke the certificate with this code, saying why; None when no certificate here has it.
    Revoking a revoked certificate again keeps it revoked with the new reason."""
    with store.write() as session:
        cert = _by_code(session, typed)
        if cert is None:
            return None
        RecordService(session).update(
            RecordKind.CERTIFICATE, cert.id, {"revoked": True, "revoke_reason": reason}
        )
        return _sheet(session, cert)


def reissue(store: Store, typed: str, reason: str | None = None) -> CertificateSheet | None:
    """Revoke the certificate with this code and issue its attendance a new one, from the
    person's name and the session as recorded now; None when no certificate here has it."""
    with store.write() as session:
        cert = _by_code(session, typed)
        if cert is None:
            return None
        attendance = session.get(Attendance, cert.attendance_id)
        if attendance is None or attendance.deleted:
            raise RecordNotFound(RecordKind.ATTENDANCE.value, cert.attendance_id)
        course = _live_session(session, attendance.session_id)
        if not cert.revoked:
            RecordService(session).update(
                RecordKind.CERTIFICATE,
                cert.id,
                {"revoked": True, "revoke_reason": reason or REISSUED},
            )
        today = country_today(report_country(session).zone)
        return _sheet(session, _new_certificate(session, attendance, course, today))


@dataclass(frozen=True)
class CertifiedLine:
    """A certified attendance of a session as the session editor lists it: its holder and its
    current certificate (None until it is first printed)."""

    attendance_id: str
    holder_name: str
    certificate: CertificateSheet | None


def session_certificates(store: Store, session_id: str) -> list[CertifiedLine]:
    """The session's certified attendances, in the order of the holders' names, each with its
    current certificate; nothing is issued (printing issues the missing ones)."""
    with store.read() as session:
        _live_session(session, session_id)
        attendances = _certified(session, session_id)
        # The live certificate, else the newest revoked one (revoked and not yet re-issued).
        current: dict[str, Certificate] = {}
        for cert in session.scalars(
            select(Certificate)
            .where(
                Certificate.attendance_id.in_([a.id for a in attendances]),
                Certificate.deleted.is_(False),
            )
            .order_by(Certificate.created_at)
        ):
            held = current.get(cert.attendance_id)
            if held is None or held.revoked or not cert.revoked:
                current[cert.attendance_id] = cert
        people = {
            p.id: p.full_name
            for p in session.scalars(
                select(Person).where(Person.id.in_([a.person_id for a in attendances]))
            )
        }
        lines = [
            CertifiedLine(
                a.id,
                people.get(a.person_id, ""),
                _sheet(session, current[a.id]) if a.id in current else None,
            )
            for a in attendances
        ]
    return sorted(lines, key=lambda line: (line.holder_name.casefold(), line.attendance_id))
