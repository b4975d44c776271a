"""A real sync tells the hub what the laptop holds unsent (the waiting header): the count
before its pushes, then what they left, which the console's devices page shows."""

from __future__ import annotations

from bluepacific_desktop.domain.enums import RecordKind as K
from bluepacific_hub.models import Device as HubDevice
from tests.sync.conftest import DeviceFactory, SyncHub


def _reported(running: SyncHub) -> list[int | None]:
    with running.hub.sessions() as session:
        return [d.reported_waiting for d in session.query(HubDevice).all()]


def test_a_sync_says_what_it_held_and_then_what_it_left(
    make_device: DeviceFactory, running: SyncHub
) -> None:
    device = make_device("FJ")
    assert _reported(running) == [None]  # a login says nothing of it
    for _ in range(3):
        device.create(K.PERSON)
    running.seen.waiting.clear()
    report = device.sync()
    assert report.complete and report.pushed == 3
    said = [(path.rsplit("/", 2)[-2:], value) for path, value in running.seen.waiting]
    pushes = [v for p, v in said if p[-1] == "push"]
    pulls = [v for p, v in said if p[-1] == "pull"]
    assert pushes and set(pushes) == {"3"}, said  # before the pushes: three records
    assert pulls and set(pulls) == {"0"}, said  # after them: nothing left
    assert _reported(running) == [0]
