"""Starts the GUI: opens the store, runs the first-start dialog if needed, shows the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from bluepacific_desktop.domain.errors import BluePacificError
from bluepacific_desktop.store.device import LANGUAGE, get_setting, set_up_device
from bluepacific_desktop.store.models import RefCountry
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui import passphrase_dialog
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.dialogs.login_dialog import LoginDialog
from bluepacific_desktop.ui.first_start import FirstStartDialog
from bluepacific_desktop.ui.geometry import remember_in
from bluepacific_desktop.ui.hub_login_form import HubLogin
from bluepacific_desktop.ui.main_window import MainWindow
from bluepacific_desktop.ui.problems import error_words
from bluepacific_desktop.ui.screens import default_pages
from bluepacific_desktop.ui.startup import freeze_startup_objects, run_demo
from bluepacific_desktop.ui.translations import catalogue, install_language

__all__ = ["default_pages", "open_main_window", "prepare_demo", "run_gui"]


def _application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Blue Pacific Desktop")
    app.setOrganizationName("INTERPOL Project Blue Pacific")
    catalogue(app)  # before the first window: every text it shows can switch language
    return app


def _set_up(app: QApplication, store: Store) -> FirstStartDialog | None:
    """First start: the same as `bluepacific-desktop init`. None when the user cancels."""
    with store.read() as session:
        rows = session.scalars(
            select(RefCountry).where(RefCountry.in_project).order_by(RefCountry.name_en)
        ).all()
    dialog = FirstStartDialog(
        [(c.code, c.name_en) for c in rows],
        None,
        {c.code: c.name_fr for c in rows},
        zones={c.code: list(c.zones) for c in rows},
    )
    if dialog.exec() != FirstStartDialog.DialogCode.Accepted:
        return None
    country, language = dialog.chosen()
    with store.write() as session:
        set_up_device(session, country, language, dialog.chosen_zone())
    return dialog


def _first_login(ctx: AppContext, login: HubLogin) -> None:
    """The hub asked for at first start, now that the country is set; Cancel stays offline."""
    dialog = LoginDialog(ctx)
    dialog.connect_with(login)
    dialog.exec()


def open_main_window(
    store: Store, app: QApplication, session_token: str | None = None
) -> MainWindow | None:
    with store.read() as session:
        language = get_setting(session, LANGUAGE)
    hub_login: HubLogin | None = None
    first_start = language is None
    if first_start:
        first = _set_up(app, store)
        if first is None:
            return None
        hub_login = first.hub_login()
        with store.read() as session:
            language = get_setting(session, LANGUAGE)
    install_language(app, language or "en")
    ctx = AppContext(store)
    ctx.session_token = session_token
    if hub_login is not None:
        _first_login(ctx, hub_login)
    window = MainWindow(ctx, default_pages())
    freeze_startup_objects()
    ctx.setParent(window)
    window.show()
    from bluepacific_desktop.ui.draft_offer import after_start

    after_start(window)  # offers back what an editor held if the app stopped mid-typing
    if first_start:
        from bluepacific_desktop.ui.dialogs.pin_offer import offer_pin

        offer_pin(ctx, window)  # the lock screen's PIN (Settings has it later)
    return window


def prepare_demo(data_dir: Path, size: int = 200, language: str = "en") -> None:
    """The demo's store (the name the GUI tests and the screenshot script use); the demo
    module loads the hub's client, so it is imported only when asked for."""
    from bluepacific_desktop import demo

    demo.prepare_store(data_dir, size, language)


def run_gui(data_dir: Path, demo: bool = False) -> int:
    app = _application()
    if demo:
        return run_demo()  # the window at once, the demo prepared behind it (ui/demo_start.py)
    remember_in(data_dir)  # windows.ini beside the store, never elsewhere
    passphrase_dialog.install()  # a store without a keyring asks in a dialog
    try:
        store = Store.open(data_dir)
    except BluePacificError as exc:
        QMessageBox.critical(None, app.tr("Blue Pacific Desktop"), error_words(exc))
        return 1
    with store:
        window = open_main_window(store, app)
        if window is None:
            return 0
        return app.exec()
