"""The GUI after a wipe the real hub asked for (over HTTPS, the token in the real keyring):
the erase runs on the sync's thread, never the GUI's; a message box says it was the regional
team's request; the window closes without asking about unsaved work; first start comes back
over a new, empty store."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.store.device import LANGUAGE, get_setting, set_up_device
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.sync import account, credentials, wipe
from bluepacific_desktop.ui import app as ui_app
from bluepacific_desktop.ui import wiped
from bluepacific_desktop.ui.app import open_main_window
from bluepacific_hub import audit
from bluepacific_hub.accounts import list_devices, request_wipe
from bluepacific_hub.settings import HubSettings
from tests.support.hubserver import PASSWORD, RunningHub, make_tls, running_hub


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[RunningHub]:
    settings = HubSettings(
        database_url=f"sqlite:///{tmp_path / 'hub.db'}", argon2_time_cost=1, argon2_memory_kib=8192
    )
    with running_hub(settings, make_tls(tmp_path)) as running:
        running.add_user("nuku", "TO")
        yield running


def test_a_wipe_in_the_gui_says_so_and_returns_to_first_start(
    qtbot: Any,
    tmp_path: Path,
    hub: RunningHub,
    secret_service: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "laptop"
    store = Store.open(folder)
    with store.write() as session:
        set_up_device(session, "TO", "en")
        RecordService(session).create(
            RecordKind.PERSON, {"full_name": "Sione Tupou", "sex": "male"}
        )
    account.login(store, hub.base_url, "nuku", PASSWORD, ca_bundle=hub.tls.ca_file, save=True)
    erased_on: list[str] = []
    real_erase = wipe.erase_local_data

    def erase(s: Store) -> wipe.Erased:
        erased_on.append(threading.current_thread().name)
        return real_erase(s)

    monkeypatch.setattr(wipe, "erase_local_data", erase)
    said: list[str] = []
    monkeypatch.setattr(wiped.QMessageBox, "information", lambda _w, _t, words: said.append(words))
    first_start: list[bool] = []

    def first_start_shown(dialog: Any) -> int:
        first_start.append(True)
        return 0  # cancelled: the app quits, as on a new computer

    monkeypatch.setattr(ui_app.FirstStartDialog, "exec", first_start_shown)
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda *a: quits.append(True))

    window = open_main_window(store, QApplication.instance())  # type: ignore[arg-type]
    assert window is not None  # not given to qtbot: the wipe deletes it
    with hub.hub.sessions() as session, session.begin():
        ((device, _user),) = list_devices(session)
        request_wipe(session, device.id, by=audit.HUB)
    window.sync.sync_now()
    qtbot.waitUntil(lambda: bool(first_start), timeout=30_000)

    assert erased_on and erased_on[0] != threading.main_thread().name
    assert said and "regional team's request" in said[0] and "erased" in said[0]
    qtbot.waitUntil(lambda: not shiboken6.isValid(window), timeout=5_000)  # closed, deleted
    assert quits == [True]
    assert credentials.load_token(hub.base_url, "nuku") is None
    # The store first start opened is new and empty: not set up, no records.
    fresh = Store.open(folder)
    try:
        with fresh.read() as session:
            assert get_setting(session, LANGUAGE) is None
    finally:
        fresh.close()
    store.close()
