"""A populated store made the way the releases before encryption made it: SQLite's own driver
(Python's sqlite3), WAL, a plain file; for the tests of the encryption in place."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.files import private_folder
from bluepacific_desktop.paths import DB_FILENAME
from bluepacific_desktop.store import engine as store_engine
from bluepacific_desktop.store import migrate
from bluepacific_desktop.store.device import set_up_device
from bluepacific_desktop.store.reference import seed_reference
from bluepacific_desktop.store.services import RecordService

NAMES = ["Mere Tuilagi", "Sione Fifita", "Ana Tuʻipulotu", "Kalolaine Vea"]
EMAIL = "sione.fifita@police.gov.to"


def make_plain_store(data_dir: Path, people: int = 200) -> Path:
    """A set-up Fiji store with `people` people and a few contacts, all in the outbox."""
    private_folder(data_dir)
    path = data_dir / DB_FILENAME
    engine = sa.create_engine(f"sqlite:///{path}")  # the stdlib driver, as before SQLCipher
    sa.event.listen(engine, "connect", store_engine._on_connect)
    sa.event.listen(engine, "begin", store_engine._on_begin)
    migrate.upgrade(engine, path)
    with Session(engine) as session, session.begin():
        seed_reference(session)
        set_up_device(session, "FJ")
        service = RecordService(session)
        service.create_many(
            RecordKind.PERSON,
            [
                {"full_name": f"{NAMES[i % len(NAMES)]} {i:04d}", "sex": "female"}
                for i in range(people)
            ],
        )
        service.create(
            RecordKind.CONTACT,
            {
                "full_name": "Sione Fifita",
                "organisation": "Tonga Police",
                "org_type": "TCU",
                "contact_country": "TO",
                "emails": EMAIL,
            },
        )
    engine.dispose()
    return path
