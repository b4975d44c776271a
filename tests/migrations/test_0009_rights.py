"""0009_rights on a store with people and contacts from the revision before it: every row
stays, none is erased, and the upgraded store erases one."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.paths import DB_FILENAME
from bluepacific_desktop.store import erasure, migrate
from bluepacific_desktop.store.device import set_up_device
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store
from tests.conftest import VALID
from tests.support.revisions import columns, revision_before, take_back

REVISION = "0009_rights"


def test_rights_upgrade_keeps_people_and_contacts_and_erases(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    before = revision_before(REVISION)
    with Store.open(folder) as store, store.write() as s:
        set_up_device(s, "FJ")
        svc = RecordService(s)
        person = svc.create(RecordKind.PERSON, {"full_name": "Ana Tuʻipulotu", "sex": "female"}).id
        contact = svc.create(RecordKind.CONTACT, dict(VALID[RecordKind.CONTACT])).id
    path = folder / DB_FILENAME
    take_back(path, before)
    assert "erased_on" not in columns(path, "people") | columns(path, "contacts")

    with Store.open(folder) as store:  # opening upgrades it
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        with store.read() as s:
            people = s.execute(sa.text("SELECT id, full_name, erased_on FROM people")).all()
            contacts = s.execute(sa.text("SELECT id, erased_on FROM contacts")).all()
        assert [tuple(r) for r in people] == [(person, "Ana Tuʻipulotu", None)]
        assert [tuple(r) for r in contacts] == [(contact, None)]
        with store.write() as s:
            done = erasure.erase(s, RecordKind.PERSON, person)
        with store.read() as s:
            name = s.execute(sa.text("SELECT full_name FROM people")).scalar_one()
        assert name == done.placeholder
