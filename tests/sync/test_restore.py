"""After `db restore` from an older backup, the device gets back what it had sent since."""

from __future__ import annotations

from bluepacific_desktop.cli.main import main
from bluepacific_desktop.domain.enums import RecordKind as K
from bluepacific_desktop.store.store import Store
from tests.sync.conftest import DeviceFactory


def test_a_restored_device_pulls_back_its_own_later_records(make_device: DeviceFactory) -> None:
    device = make_device("FJ")
    first = device.create(K.PERSON)
    assert device.sync().complete
    folder = device.store.path.parent
    backup = folder / "before.sqlite3"
    assert main(["--data-dir", str(folder), "db", "backup", "--output", str(backup)]) == 0
    later = device.create(K.PERSON, full_name="Salote Havili")
    assert device.sync().complete  # on the hub now, sent by this very device

    device.store.close()
    assert main(["--data-dir", str(folder), "db", "restore", str(backup)]) == 0
    device.store = Store.open(folder)
    assert device.ids(K.PERSON) == {first}

    report = device.sync()
    assert report.complete
    assert device.ids(K.PERSON) == {first, later}
    assert device.fields(K.PERSON, later)["full_name"] == "Salote Havili"
    # Only once: the next pull skips this device's own records again.
    assert device.sync().pulled == 0
