"""Contact lists: French names of reference data, duplicates left out, refused rows."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from bluepacific_desktop.cli.import_words import plan_lines
from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.store.store import Store
from tests.conftest import Records
from tests.io.conftest import commit, dry, write

HEADER = [
    "Nom", "Organisation", "Type d'organisation", "Rôle", "Pays", "E-mail", "Tél",
    "Langues", "I-24/7", "Remarques", "Date de révision",
]  # fmt: skip


def test_contact_list_with_french_reference_names(store: Store, sheets: Path) -> None:
    rows = [
        HEADER,
        ["Jean Kalo", "Police du Vanuatu", "Bureau central national (BCN)", "Chef du BCN",
         "Vanuatu", "jean@police.gov.vu", "+678 22222", "fr; bi", "oui", "", "01/06/2025"],
        ["Sione Fifita", "Tonga Police", "TCU", "TCU member", "to", "", "", "en", "no", "", ""],
        ["Ana Vake", "Samoa Police", "Customs", "", "Samoa", "", "", "", "", "Vice-chair", ""],
    ]  # fmt: skip
    plan = dry(store, "contacts", write(sheets, "contacts.csv", rows))
    assert plan.ok, plan_lines(plan)
    jean = plan.contacts[0][1]
    assert (jean["org_type"], jean["role"], jean["contact_country"]) == ("NCB", "HEAD_NCB", "VU")
    assert jean["secure_channel"] is True and jean["languages"] == ["bi", "fr"]
    assert jean["review_date"] == date(2025, 6, 1)
    assert plan.contacts[1][1]["contact_country"] == "TO"
    assert plan.contacts[2][1]["org_type"] == "CUSTOMS"


def test_duplicates_are_left_out_and_bad_rows_refused(
    store: Store, records: Records, sheets: Path
) -> None:
    records.create(RecordKind.CONTACT)  # Sione Fifita, Tonga Police
    before = records.counts()
    rows = [
        ["Name", "Organisation", "Organisation type", "Country", "Email"],
        ["SIONE fifita", "Tonga  Police", "TCU", "TO", ""],
        ["Mele Taufa", "Tonga Police", "TCU", "TO", ""],
        ["Mele Taufa", "Tonga Police", "NCB", "TO", ""],
        ["Pita Ravu", "Fiji Police", "Secret service", "Atlantis", "not-an-email"],
    ]
    plan = dry(store, "contacts", write(sheets, "dupes.csv", rows))
    assert [s.line for s in plan.skipped] == [2, 4]
    assert "already in the directory" in plan.skipped[0].message
    assert "already on line 3" in plan.skipped[1].message
    (refused,) = plan.refused
    assert refused.line == 5
    assert [p.column for p in refused.problems] == ["Organisation type", "Country", "Email"]
    assert not commit(store, "contacts", write(sheets, "dupes.csv", rows)).committed
    assert records.counts() == before
    done = commit(store, "contacts", write(sheets, "ok.csv", rows[:4]))
    assert done.committed
    after = records.counts()
    assert (after["contacts"] - before["contacts"], after["outbox"] - before["outbox"]) == (1, 1)
