"""A laptop that dies mid-write: every committed change still has exactly its outbox entries."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time

import pytest
from sqlalchemy import select, text

from bluepacific_desktop.domain.enums import EDITABLE_KINDS
from bluepacific_desktop.store.device import set_up_device
from bluepacific_desktop.store.models import OutboxEntry
from bluepacific_desktop.store.records import MODELS, record_fields
from bluepacific_desktop.store.store import Store

KILLS = 12

WRITER = textwrap.dedent(
    """
    import random, sys
    from pathlib import Path
    from bluepacific_desktop.domain.enums import RecordKind as K
    from bluepacific_desktop.domain.errors import ValidationError
    from bluepacific_desktop.store.services import RecordService
    from bluepacific_desktop.store.store import Store

    store = Store.open(Path(sys.argv[1]))
    rng = random.Random(int(sys.argv[2]))
    print("ready", flush=True)
    while True:
        try:
            with store.write() as session:
                s = RecordService(session)
                person = s.create(K.PERSON, {"full_name": "Ana Tuiʻone", "sex": "female"})
                s.update(K.PERSON, person.id, {"rank": f"rank {rng.random()}"})
                course = s.create(K.TRAINING_SESSION, {
                    "course_code": "HR_POLICING", "mode": "online",
                    "start_date": "2025-05-01", "end_date": "2025-05-02"})
                for _ in range(3):
                    other = s.create(K.PERSON, {"full_name": "Pita Māhina", "sex": "male"})
                    s.create(K.ATTENDANCE, {
                        "session_id": course.id, "person_id": other.id,
                        "pre_score": rng.randint(0, 100)})
                if rng.random() < 0.5:
                    s.delete(K.TRAINING_SESSION, course.id)
                s.create(K.CAPABILITY_REPORT, {
                    "capability_code": rng.choice(["SLTD", "NOM", "SMV"]),
                    "period": f"{rng.randint(2000, 2025)}-{rng.randint(1, 12):02d}",
                    "searches": rng.randint(0, 999)})
        except ValidationError:
            pass  # the month was already reported: that transaction wrote nothing
    """
)


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_killed_writers_leave_a_sound_store(data_dir, tmp_path):
    with Store.open(data_dir) as store, store.write() as session:
        set_up_device(session, "FJ")
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    seed = random.randrange(1_000_000)
    rng = random.Random(seed)
    for i in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, str(script), str(data_dir), str(seed + i)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            assert child.stdout is not None
            line = child.stdout.readline()
            assert line == "ready\n", child.stderr.read() if child.stderr else ""
            time.sleep(rng.uniform(0.01, 0.25))
            assert child.poll() is None, child.stderr.read() if child.stderr else ""
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
            child.stdout.close()
            child.stderr.close()
        assert child.returncode == -signal.SIGKILL

    with Store.open(data_dir) as store, store.read() as session:
        assert session.scalar(text("PRAGMA integrity_check")) == "ok", f"seed {seed}"
        entries = list(session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)))
        by_record: dict[tuple[str, str], list[OutboxEntry]] = {}
        for entry in entries:
            by_record.setdefault((entry.kind, entry.record_id), []).append(entry)
        total = 0
        for kind in EDITABLE_KINDS:
            model = MODELS[kind]
            rows = list(session.scalars(select(model).where(model.revision.is_(None))))
            total += len(rows)
            for record in rows:
                mine = by_record.pop((kind.value, record.id), [])
                ops = [e.op for e in mine]
                assert ops and ops[0] == "create", (kind, record.id, ops, seed)
                assert ops.count("create") == 1
                assert ops.count("delete") == (1 if record.deleted else 0)
                last = mine[-1].payload
                # The last queued state is the record as committed.
                assert last["fields"] == json.loads(json.dumps(record_fields(kind, record)))
                assert last["deleted"] == record.deleted
        assert by_record == {}, f"outbox entries without a record (seed {seed})"
    assert total > 0, "the writers never committed anything: kill later"
