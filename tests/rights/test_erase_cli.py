"""`person erase`: asks for --yes naming the person and what is kept; then the record stays,
nameless, its certificates and its queued changes with it."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.store.models import Certificate, OutboxEntry
from bluepacific_wire.erasure import placeholder
from tests.reports.conftest import Built
from tests.rights.conftest import CONTACT, CONTACT_EMAIL, HOLDER, Run
from tests.support.store_file import dump_rows


def _dump(held: Built) -> str:
    return dump_rows(held.store.engine)


def test_without_yes_nothing_is_erased(held: Built, run: Run) -> None:
    code, _, err = run("person", "erase", held.ids["holder"])
    assert code == 1
    assert HOLDER in err and "--yes" in err
    assert "sex becomes “not stated” and the agency is erased" in err
    assert HOLDER in _dump(held)


def test_erase_a_person_with_their_certificates_and_queued_changes(
    held: Built, run: Run, tmp_path: Path
) -> None:
    person = held.ids["holder"]
    code, said, err = run("person", "erase", person, "--keep-sex", "--yes")
    assert code == 0, err
    name = placeholder("person", person)
    assert name in said
    with held.store.read() as session:
        (certificate,) = session.scalars(select(Certificate))
        assert certificate.holder_name == name
        entries = list(session.scalars(select(OutboxEntry).where(OutboxEntry.record_id == person)))
    assert entries and all(e.payload["fields"]["full_name"] == name for e in entries)
    assert all(e.payload["fields"]["sex"] == "female" for e in entries)  # kept, as asked
    # The monthly return's words are the user's own: the export lists them to edit by hand;
    # no record field holds the name any more.
    out = tmp_path / "after.json"
    assert run("person", "export", person, "--json", str(out))[0] == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["record"]["full_name"] == name and data["record"]["erased_on"]
    assert data["certificates"][0]["holder_name"] == name
    assert run("person", "erase", person, "--yes")[0] == 1  # already erased


def test_erase_a_contact(held: Built, run: Run) -> None:
    code, _, err = run("person", "erase", held.ids["contact"], "--yes")
    assert code == 0, err
    dump = _dump(held)
    assert CONTACT not in dump and CONTACT_EMAIL not in dump
    with held.store.read() as session:
        from bluepacific_desktop.store.records import MODELS

        contact = session.get(MODELS[RecordKind.CONTACT], held.ids["contact"])
        assert contact is not None and contact.organisation == "(erased)"  # type: ignore[attr-defined]
