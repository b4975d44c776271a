"""Sign-in sheets: what a session's sheet prints (its code, its registered attendees with
their row ids, blank rows for walk-ins), for the command line and the session editor alike.
No Qt: the PDF is drawn by reports/render/sign_in_pdf.py, the template by io/sheet_template.py."""

from __future__ import annotations

from sqlalchemy import select

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.domain.errors import RecordNotFound
from bluepacific_desktop.domain.folding import fold
from bluepacific_desktop.domain.sheet_codes import row_id, session_code
from bluepacific_desktop.domain.sheet_columns import WALK_IN_ROWS
from bluepacific_desktop.domain.sign_in_sheet import SheetRow, SignInSheet
from bluepacific_desktop.reports.figures.country import report_country
from bluepacific_desktop.store.models import Attendance, Person, RefCourse, TrainingSession
from bluepacific_desktop.store.store import Store


def sign_in_sheet(store: Store, session_id: str, walk_ins: int = WALK_IN_ROWS) -> SignInSheet:
    """The session's sheet, its attendees in the order of their names."""
    with store.read() as session:
        course = session.get(TrainingSession, session_id)
        if course is None or course.deleted:
            raise RecordNotFound(RecordKind.TRAINING_SESSION.value, session_id)
        ref = session.get(RefCourse, course.course_code)
        name_en = ref.name_en if ref else course.course_code
        name_fr = ref.name_fr if ref else course.course_code
        rows = session.execute(
            select(Attendance.id, Person.full_name, Person.sex, Person.agency, Person.rank)
            .join(Person, Person.id == Attendance.person_id)
            .where(Attendance.session_id == session_id, Attendance.deleted.is_(False))
        ).all()
        country = report_country(session)
    printed = sorted(
        (
            SheetRow(row_id(a_id), name, sex, agency or "", rank or "")
            for a_id, name, sex, agency, rank in rows
        ),
        key=lambda r: (fold(r.name), r.row_id),  # ʻAna among the A's
    )
    return SignInSheet(
        session_id=session_id,
        code=session_code(session_id),
        title_en=course.title or name_en,
        title_fr=course.title or name_fr,
        start_date=course.start_date,
        end_date=course.end_date,
        location=course.location,
        organiser=course.organiser,
        country_en=country.name_en,
        country_fr=country.name_fr,
        rows=tuple(printed),
        walk_in_rows=walk_ins,
    )
