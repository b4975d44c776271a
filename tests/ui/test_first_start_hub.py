"""First start: the optional hub group is folded away; skipping it, or a failed login, stays
offline with the country set."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from bluepacific_desktop.store.device import COUNTRY, get_setting
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.sync import state
from bluepacific_desktop.ui.app import open_main_window
from bluepacific_desktop.ui.dialogs.login_dialog import LoginDialog
from bluepacific_desktop.ui.first_start import FirstStartDialog


def _visible(kind: type) -> object | None:
    return next(
        (w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()), None
    )


def test_the_hub_group_is_folded_and_optional(qtbot) -> None:
    dialog = FirstStartDialog([("FJ", "Fiji")])
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.hub_box.isChecked()
    assert not dialog.hub_form.hub.isVisible()
    assert dialog.hub_login() is None
    dialog.hub_box.setChecked(True)
    assert dialog.hub_form.hub.isVisible()
    qtbot.keyClicks(dialog.hub_form.hub, "https://hub.example.org")
    qtbot.keyClicks(dialog.hub_form.username, "fj.focal")
    qtbot.keyClicks(dialog.hub_form.password, "secret")
    login = dialog.hub_login()
    assert login is not None
    assert (login.url, login.username, login.password) == (
        "https://hub.example.org",
        "fj.focal",
        "secret",
    )


def test_a_hub_that_cannot_be_reached_leaves_the_computer_working_offline(
    qtbot, tmp_path: Path
) -> None:
    app = QApplication.instance()
    seen: dict[str, str] = {}

    def first_start() -> None:
        dialog = _visible(FirstStartDialog)
        if dialog is None:
            QTimer.singleShot(20, first_start)
            return
        dialog.country.setCurrentIndex(dialog.country.findData("TO"))
        dialog.hub_box.setChecked(True)
        dialog.hub_form.hub.setText("https://127.0.0.1:9")  # nothing listens there (loopback only)
        dialog.hub_form.username.setText("to.focal")
        dialog.hub_form.password.setText("secret")
        dialog.accept()
        QTimer.singleShot(20, login)

    def login() -> None:
        dialog = _visible(LoginDialog)
        connecting = dialog is not None and dialog.buttons.isEnabled() is False
        if dialog is None or connecting:
            QTimer.singleShot(20, login)
            return
        seen["hub"] = dialog.form.hub.text()
        seen["message"] = dialog.form.message.text()
        dialog.reject()  # the user gives up for now: the app opens offline

    QTimer.singleShot(0, first_start)
    with Store.open(tmp_path) as store:
        window = open_main_window(store, app)
        assert window is not None
        qtbot.addWidget(window)
        assert seen["hub"] == "https://127.0.0.1:9"
        assert seen["message"]  # why it failed, in words
        with store.read() as session:
            assert get_setting(session, COUNTRY) == "TO"
            assert not state.hub_settings(session).url
        window.sync.shutdown()
        window.ctx.background.wait()
