"""Names found as they are typed: the folded search key of people and contacts, kept by every
write (one record, many, an update, a record pulled from the hub) and filled by the migration."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.domain.folding import fold
from bluepacific_desktop.paths import DB_FILENAME
from bluepacific_desktop.store import migrate
from bluepacific_desktop.store.engine import make_engine
from bluepacific_desktop.store.models import Contact
from bluepacific_desktop.store.search import folded_contains
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.store.types import utcnow
from bluepacific_desktop.sync.incoming import apply_envelope
from bluepacific_desktop.workflows.training_queries import find_people, people_ids
from tests.conftest import Records

# Typed → on file: case, macrons, the ʻokina and the apostrophes typed for it.
TYPED = [
    ("semisi", "Sēmisi Taufa"),
    ("SEMISI", "Sēmisi Taufa"),
    ("fifita", "Losana Fifitaʻ"),
    ("tuipulotu", "ʻAna Tuʻipulotu"),
    ("Tu'ipulotu", "ʻAna Tuʻipulotu"),
    ("tu’ipulotu", "ʻAna Tuʻipulotu"),
    ("ana  tu‘i", "ʻAna Tuʻipulotu"),
    ("Ōtai", "Viliami Otai"),
    ("hélène", "Helene Kalsakau"),
]
NAMES = sorted({name for _typed, name in TYPED} | {"Mere Tuilagi", "Sione Vea"})


@pytest.mark.parametrize(
    ("typed", "folded"),
    [("Sēmisi", "semisi"), ("Fifitaʻ", "fifita"), ("Tuʻipulotu  ", "tuipulotu"),
     ("Fa´amausili", "faamausili"), ("  ", ""), ("50%_x", "50%_x")],
)  # fmt: skip
def test_fold_drops_case_accents_macrons_and_the_okina(typed: str, folded: str) -> None:
    assert fold(typed) == folded


def _names(store: Store, typed: str) -> set[str]:
    from bluepacific_desktop.store.models import Person

    with store.read() as session:
        ids = list(session.scalars(people_ids(typed)))
        return set(session.scalars(sa.select(Person.full_name).where(Person.id.in_(ids))))


def test_people_filter_and_completer_find_names_as_typed(store: Store, records: Records) -> None:
    with store.write() as session:  # many at once: the bulk insert keeps the key too
        RecordService(session).create_many(
            RecordKind.PERSON, [records.data(RecordKind.PERSON, full_name=n) for n in NAMES]
        )
    for typed, name in TYPED:
        assert name in _names(store, typed), typed
        with store.read() as session:
            assert name in {m.full_name for m in find_people(session, typed)}, typed
    assert _names(store, "zzz") == set()
    assert _names(store, "%") == set()  # a typed % is a letter, not a wildcard


def test_one_created_updated_and_pulled_person_keep_their_key(
    store: Store, records: Records
) -> None:
    pid = records.create(RecordKind.PERSON, full_name="Mere Tuilagi")
    assert records.row(RecordKind.PERSON, pid)["search_key"] == "mere tuilagi"
    with store.write() as session:
        RecordService(session).update(RecordKind.PERSON, pid, {"full_name": "Sēmisi Taufa"})
    assert _names(store, "semisi") == {"Sēmisi Taufa"}
    assert _names(store, "mere") == set()
    # Records arriving from the hub go through the ORM: the mapper keeps their key as well.
    pulled = str(uuid.uuid4())
    now = utcnow().isoformat()
    envelope = {
        "kind": RecordKind.PERSON.value,
        "record_id": pulled,
        "country": "FJ",
        "revision": 7,
        "deleted": False,
        "fields": {"full_name": "ʻAna Tuʻipulotu", "sex": "female", "agency": "Tonga Police"},
        "created_at": now,
        "updated_at": now,
        "device_id": "other-device",
    }
    with store.write() as session:
        assert apply_envelope(session, envelope, utcnow()) == "applied"  # type: ignore[arg-type]
    assert records.row(RecordKind.PERSON, pulled)["search_key"] == "ana tuipulotu"
    # The key is the store's own: never queued for the hub.
    assert all("search_key" not in e["payload"] for e in records.outbox())


def test_contacts_are_found_by_folded_name_or_organisation(store: Store, records: Records) -> None:
    cid = records.create(
        RecordKind.CONTACT, full_name="Sēmisi Fifitaʻ", organisation="Tonga Police"
    )
    with store.read() as session:
        for typed, found in [("semisi fifita", True), ("tonga", True), ("fifita tonga", False)]:
            stmt = sa.select(Contact.id).where(folded_contains(Contact.search_key, typed))
            assert (list(session.scalars(stmt)) == [cid]) is found, typed


def test_the_migration_fills_the_key_of_existing_people_and_contacts(tmp_path: Path) -> None:
    path = tmp_path / DB_FILENAME
    engine = make_engine(path, None)  # a plain file: the migration alone is tested
    migrate.upgrade(engine, path, "0002")
    stamp = {"created_at": utcnow(), "updated_at": utcnow(), "device_id": "d", "deleted": False}
    with engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO ref_countries (code, name_en, name_fr, zones, "
                             "in_project) VALUES ('TO', 'Tonga', 'Tonga', '[]', 1)"))  # fmt: skip
        meta = sa.MetaData()
        meta.reflect(conn, only=["people", "contacts"])
        conn.execute(
            meta.tables["people"].insert(),
            [{"id": "p1", "country": "TO", "full_name": "Sēmisi Taufa", "sex": "male", **stamp}],
        )
        conn.execute(
            meta.tables["contacts"].insert(),
            [{"id": "c1", "country": "TO", "full_name": "ʻAna Tuʻipulotu",
              "organisation": "Tonga Police", "org_type": "TCU", "contact_country": "TO",
              "emails": "[]", "phones": "[]", "languages": "[]", "secure_channel": False,
              "notes": "", **stamp}],
        )  # fmt: skip
    migrate.upgrade(engine, path)
    with engine.connect() as conn:
        keys = dict(conn.execute(sa.text("SELECT id, search_key FROM people UNION ALL "
                                         "SELECT id, search_key FROM contacts")).all())  # fmt: skip
        indexes = {
            i["name"] for t in ("people", "contacts") for i in sa.inspect(conn).get_indexes(t)
        }
    assert keys == {"p1": "semisi taufa", "c1": "ana tuipulotu\ntonga police"}
    assert {"ix_people_search_key", "ix_contacts_search_key", "ix_people_name_search"} <= indexes
    migrate.downgrade(engine, "0002")  # and back, without losing the rows
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM people")).scalar() == 1
    engine.dispose()


def test_sessions_and_engagements_are_found_by_folded_text(store: Store, records: Records) -> None:
    from bluepacific_desktop.store.models import Engagement
    from bluepacific_desktop.store.search import folded_text_contains
    from bluepacific_desktop.workflows.training_queries import SessionFilter, session_ids

    sid = records.create(RecordKind.TRAINING_SESSION, location="Nukuʻalofa", title="Fōrum")
    eid = records.create(RecordKind.ENGAGEMENT, summary="Call with Sēmisi about the PTCN")
    with store.read() as session:
        for typed in ("nukualofa", "NUKU'ALOFA", "forum"):
            assert list(session.scalars(session_ids(SessionFilter(text=typed), "en"))) == [sid]
        assert list(session.scalars(session_ids(SessionFilter(text="suva"), "en"))) == []
        found = sa.select(Engagement.id).where(folded_text_contains(Engagement.summary, "semisi"))
        assert list(session.scalars(found)) == [eid]
