"""The hub keeps each return's zone: the zone of the laptop that first moved the month (a
Kiribati laptop on Kiritimati, UTC+14), which its deadline and entry period are read in."""

from __future__ import annotations

from bluepacific_desktop.domain.returns import ReturnAction as A
from bluepacific_desktop.store.device import set_device_zone
from bluepacific_desktop.workflows.returns import list_returns, return_id, transition
from bluepacific_wire.completeness import deadline
from tests.sync.conftest import DeviceFactory, hub_records


def test_the_return_reaches_the_hub_with_the_laptops_zone(make_device: DeviceFactory) -> None:
    kiritimati = make_device("KI")
    tarawa = make_device("KI")
    with kiritimati.store.write() as session:
        set_device_zone(session, "Pacific/Kiritimati")
    transition(kiritimati.store, "2025-03", A.NIL)
    report = kiritimati.sync()
    assert report.complete and report.error is None, report

    rid = return_id("KI", "2025-03")
    assert hub_records(kiritimati.running, rid)[rid].fields["time_zone"] == "Pacific/Kiritimati"
    # A Tarawa laptop of the same country reads that month's deadline in the return's zone,
    # and the months nobody moved in its own.
    assert tarawa.sync().complete
    months = {m.period: m for m in list_returns(tarawa.store, 2025)}
    assert months["2025-03"].due == deadline("2025-03", "Pacific/Kiritimati")
    assert months["2025-04"].due == deadline("2025-04", "Pacific/Tarawa")
