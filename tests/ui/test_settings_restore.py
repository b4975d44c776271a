"""Settings, Your data: restoring a chosen backup from the window, and which backups are
verified; refused, in words, while another program has the data file open."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from sqlalchemy import text

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.domain.errors import StoreDamaged
from bluepacific_desktop.store.backup import backup_to, default_backup_path
from bluepacific_desktop.store.device import set_up_device
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.pages.settings_data import BackupsModel, DataBox
from tests.support.damage import damage_table
from tests.support.second_program import holding


@pytest.fixture
def box(qtbot, store: Store, monkeypatch: pytest.MonkeyPatch):
    ctx = AppContext(store)
    widget = DataBox(ctx)
    qtbot.addWidget(widget)
    widget.show()
    monkeypatch.setattr(DataBox, "confirm_restore", lambda _self, _backup: True)
    yield widget
    ctx.background.wait()


def add(store: Store, name: str) -> None:
    with store.write() as s:
        RecordService(s).create(RecordKind.PERSON, {"full_name": name, "sex": "female"})


def names(store: Store) -> set[str]:
    with store.read() as s:
        return set(s.scalars(text("SELECT full_name FROM people")))


def back_up_and_choose(qtbot, box: DataBox) -> None:
    qtbot.mouseClick(box.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Backup written" in box.message.text())
    assert box.backups.index(0, BackupsModel.CHECKED).data() == "Verified"
    assert not box.restore_button.isEnabled()
    box.table.selectionModel().select(
        box.backups.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert box.restore_button.isEnabled()


def test_restore_from_the_window_brings_the_backup_back(qtbot, box: DataBox, store: Store) -> None:
    add(store, "Losa Before")
    back_up_and_choose(qtbot, box)
    add(store, "Mere After")
    qtbot.mouseClick(box.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "was restored" in box.message.text(), timeout=20_000)
    assert names(store) == {"Losa Before"}
    add(store, "Written Again")  # the store is open again, and writable
    assert names(store) == {"Losa Before", "Written Again"}
    kept = [b for b in box.backups.files if "before-restore" in b.path.name]
    assert len(kept) == 1 and str(kept[0].path) in box.message.text()


def test_restore_is_refused_while_another_program_has_the_file_open(
    qtbot, box: DataBox, store: Store
) -> None:
    add(store, "Ana Kept")
    back_up_and_choose(qtbot, box)
    add(store, "Ana Later")
    with holding(store.path.parent) as child:
        qtbot.mouseClick(box.restore_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "another window" in box.message.text(), timeout=20_000)
        assert str(child.pid) in box.message.text()
    assert names(store) == {"Ana Kept", "Ana Later"}
    assert box.restore_button.isEnabled()


def test_an_old_backup_without_its_check_shows_as_not_verified(store: Store, qtbot) -> None:
    folder = store.path.parent / "backups"
    folder.mkdir()
    (folder / "bluepacific-manual-1.sqlite3").write_bytes(b"x" * 3000)
    model = BackupsModel(folder)
    assert model.index(0, BackupsModel.CHECKED).data() == "Not verified"
    assert Path(model.index(0, BackupsModel.FILE).data()).name == "bluepacific-manual-1.sqlite3"


def test_back_up_now_on_a_damaged_file_says_so_and_names_the_good_backup(
    qtbot, tmp_path: Path
) -> None:
    folder = tmp_path / "damaged"
    with Store.open(folder) as store:
        with store.write() as s:
            set_up_device(s, "FJ")
            RecordService(s).create_many(
                RecordKind.PERSON,
                [{"full_name": f"Person {i:04d} " + "x" * 60, "sex": "male"} for i in range(300)],
            )
        good = backup_to(store.engine, default_backup_path(store.path))
    damage_table(store.path)
    with Store.open(folder) as damaged:
        assert isinstance(damaged.read_only, StoreDamaged)
        ctx = AppContext(damaged)
        widget = DataBox(ctx)
        qtbot.addWidget(widget)
        qtbot.mouseClick(widget.backup_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "is damaged" in widget.message.text(), timeout=20_000)
        assert good.name in widget.message.text()
        ctx.background.wait()
        assert [b.path for b in widget.backups.files] == [good]
