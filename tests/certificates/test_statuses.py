"""An absent or excused person gets no certificate, even marked completed and certified: they
were not trained (docs/reports.md)."""

from __future__ import annotations

import pytest

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.workflows import certificates
from tests.reports.conftest import Built


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
