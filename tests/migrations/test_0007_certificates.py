"""0007_certificates on a store with data from the revision before it: every attendance stays,
and the upgraded store issues, finds and revokes certificates."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.paths import DB_FILENAME
from bluepacific_desktop.store import migrate
from bluepacific_desktop.store.device import set_up_device
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.workflows import certificates
from tests.support.revisions import revision_before, tables, take_back

REVISION = "0007_certificates"


def test_certificates_upgrade_keeps_every_attendance_and_works(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    before = revision_before(REVISION)
    # The records are made by this version's services…
    with Store.open(folder) as store, store.write() as s:
        set_up_device(s, "FJ")
        svc = RecordService(s)
        person = svc.create(RecordKind.PERSON, {"full_name": "Ana Tuʻipulotu", "sex": "female"})
        session = svc.create(
            RecordKind.TRAINING_SESSION,
            {
                "course_code": "HR_POLICING",
                "start_date": "2025-05-05",
                "end_date": "2025-05-06",
                "mode": "in_person",
            },
        )
        attendance = svc.create(
            RecordKind.ATTENDANCE,
            {
                "session_id": session.id,
                "person_id": person.id,
                "completed": True,
                "certificate_issued": True,
            },
        )
        ids = (session.id, attendance.id)
    # …then the file is taken back to the revision before, as an older app left it.
    path = folder / DB_FILENAME
    take_back(path, before)
    assert "certificates" not in tables(path)

    with Store.open(folder) as store:  # opening upgrades it
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        with store.read() as s:
            rows = s.execute(sa.text("SELECT id, completed, certificate_issued FROM attendances"))
            assert [tuple(r) for r in rows] == [(ids[1], 1, 1)]
        (sheet,) = certificates.issue_for_session(store, ids[0])
        assert sheet.holder_name == "Ana Tuʻipulotu"
        assert certificates.find(store, sheet.code) == sheet
        revoked = certificates.revoke(store, sheet.code, "issued in error")
        assert revoked is not None and revoked.revoked
