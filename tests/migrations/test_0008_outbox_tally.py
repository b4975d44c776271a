"""0008_outbox_tally: the number of records with a change waiting, kept by triggers, counts
what the outbox holds from the upgrade on, through new changes, several changes of one record,
acknowledgements, a set-aside change given up and a hand-made deletion."""

from __future__ import annotations

import random
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import delete, select

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.paths import DB_FILENAME
from bluepacific_desktop.store import migrate
from bluepacific_desktop.store.device import set_up_device
from bluepacific_desktop.store.models import OutboxEntry
from bluepacific_desktop.store.outbox import Ack, acknowledge, waiting
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store
from tests.support.store_file import connect, engine_for

REVISION = "0008_outbox_tally"


def distinct_records(path: Path) -> int:
    """What the tally stands for, counted the slow way."""
    with closing(connect(path)) as conn:
        (n,) = conn.execute(
            "SELECT count(*) FROM (SELECT DISTINCT kind, record_id FROM outbox)"
        ).fetchone()
    return int(n)


def tallied(store: Store) -> int:
    with store.read() as s:
        return waiting(s).total


def test_the_upgrade_counts_what_the_outbox_already_holds(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    with Store.open(folder) as store, store.write() as s:
        set_up_device(s, "FJ")
        svc = RecordService(s)
        for name in ("Ana", "Sione", "Mere"):
            person = svc.create(RecordKind.PERSON, {"full_name": name, "sex": "female"})
            svc.update(RecordKind.PERSON, person.id, {"rank": "Sergeant"})  # two entries each
    path = folder / DB_FILENAME
    engine = engine_for(path)
    before = migrate.revision_graph()[REVISION]
    assert before is not None
    migrate.downgrade(engine, before)
    engine.dispose()
    with closing(connect(path)) as conn:
        assert conn.execute("SELECT count(*) FROM outbox").fetchone() == (6,)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "outbox_tally" not in tables and "outbox_tally_insert" not in tables
    with Store.open(folder) as store:
        assert tallied(store) == distinct_records(path) == 3


def test_the_tally_follows_every_change_of_the_outbox(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / DB_FILENAME
    rng = random.Random(8)
    with Store.open(folder) as store:
        with store.write() as s:
            set_up_device(s, "FJ")
        ids: list[str] = []
        for step in range(60):
            with store.write() as s:
                svc = RecordService(s)
                roll = rng.random()
                if roll < 0.4 or not ids:
                    ids.append(
                        svc.create(RecordKind.PERSON, {"full_name": f"P{step}", "sex": "male"}).id
                    )
                elif roll < 0.7:  # one more change of a record that may already wait
                    svc.update(RecordKind.PERSON, rng.choice(ids), {"rank": f"R{step}"})
                elif roll < 0.9:  # the hub acknowledged some of a record's changes
                    rid = rng.choice(ids)
                    seqs = list(
                        s.scalars(select(OutboxEntry.seq).where(OutboxEntry.record_id == rid))
                    )
                    if seqs:
                        part = seqs[: rng.randint(1, len(seqs))]
                        acknowledge(
                            s, [Ack(RecordKind.PERSON.value, rid, step, part)], datetime.now(UTC)
                        )
                else:  # a change given up, or removed by hand
                    s.execute(delete(OutboxEntry).where(OutboxEntry.record_id == rng.choice(ids)))
            assert tallied(store) == distinct_records(path), f"step {step}"
        assert tallied(store) > 0
