"""Records sitting on another country's derived id, left by a hub from before the id check.

Before the hub recomputed derived ids, a device of one country could push a capability report
or an attendance under the id another country's record derives to (every part of it is
public); the hub kept it, and the rightful country's changes to that id have been refused
ever since ("this record_id already belongs to another record"). Such a record is found
exactly: its id is the one its own fields derive to for a country other than its own. A record
with an id no country derives to (one made before derived ids) is not a squat and is left
alone. Removing a squat frees the id; the rightful country's devices then send their set-aside
changes again.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from bluepacific_hub.figure_rows import forget_figure_rows
from bluepacific_hub.models import AppliedChange, Record, RecordVersion
from bluepacific_hub.reference import load_reference_data
from bluepacific_wire.constants import RecordKind
from bluepacific_wire.ids import IDENTITY_FIELDS, natural_id


@dataclass(frozen=True)
class Squat:
    record_id: str
    kind: str
    country: str  # the country it was pushed as
    owner: str  # the country whose derived id it sits on
    device_id: str | None  # the device that last wrote it


def _countries() -> list[str]:
    return [str(c["code"]) for c in load_reference_data()["countries"]]


def find_squats(session: Session) -> Iterator[Squat]:
    """Every record of a kind with derived ids whose id belongs to another country."""
    countries = _countries()
    kinds = [kind.value for kind in IDENTITY_FIELDS]
    rows = session.execute(
        select(Record.record_id, Record.kind, Record.country, Record.fields, Record.device_id)
        .where(Record.kind.in_(kinds))
        .order_by(Record.record_id)
        .execution_options(yield_per=2000)
    )
    for record_id, kind, country, fields, device_id in rows:
        names = IDENTITY_FIELDS[RecordKind(kind)]
        if not all(isinstance(fields.get(name), str) for name in names):
            continue  # cannot derive to anything: not a squat
        if natural_id(RecordKind(kind), country or "", fields) == record_id:
            continue  # its own country's id
        for other in countries:
            if other != country and natural_id(RecordKind(kind), other, fields) == record_id:
                yield Squat(record_id, kind, country or "", other, device_id)
                break


def remove_squats(session: Session, squats: Iterable[Squat]) -> int:
    """Delete these records with their versions and applied-change marks; how many went."""
    ids = [s.record_id for s in squats]
    for start in range(0, len(ids), 500):  # bounded IN lists
        chunk = ids[start : start + 500]
        session.execute(delete(AppliedChange).where(AppliedChange.record_id.in_(chunk)))
        session.execute(delete(RecordVersion).where(RecordVersion.record_id.in_(chunk)))
        session.execute(delete(Record).where(Record.record_id.in_(chunk)))
    forget_figure_rows(session, ids)
    return len(ids)
