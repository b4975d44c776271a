"""Starts the GUI: opens the store, runs the first-start dialog if needed, shows the main window."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from bluepacific_desktop import demo as demo_mode
from bluepacific_desktop.domain.errors import BluePacificError
from bluepacific_desktop.store.device import LANGUAGE, get_setting, set_up_device
from bluepacific_desktop.store.models import RefCountry
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.dialogs.login_dialog import LoginDialog
from bluepacific_desktop.ui.first_start import FirstStartDialog
from bluepacific_desktop.ui.hub_login_form import HubLogin
from bluepacific_desktop.ui.main_window import MainWindow, PageFactory
from bluepacific_desktop.ui.pages.capabilities import CapabilitiesPage
from bluepacific_desktop.ui.pages.contacts import ContactsPage
from bluepacific_desktop.ui.pages.dashboard import DashboardPage
from bluepacific_desktop.ui.pages.reports import ReportsPage
from bluepacific_desktop.ui.pages.returns import ReturnsPage
from bluepacific_desktop.ui.pages.settings_page import SettingsPage
from bluepacific_desktop.ui.pages.sync_page import SyncPage
from bluepacific_desktop.ui.pages.training import TrainingPage
from bluepacific_desktop.ui.startup import freeze_startup_objects
from bluepacific_desktop.ui.translations import install_language


def _application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Blue Pacific Desktop")
    app.setOrganizationName("INTERPOL Project Blue Pacific")
    return app


def _set_up(app: QApplication, store: Store) -> FirstStartDialog | None:
    """First start: the same as `bluepacific-desktop init`. None when the user cancels."""
    with store.read() as session:
        countries = [
            (c.code, c.name_en)
            for c in session.scalars(
                select(RefCountry).where(RefCountry.in_project).order_by(RefCountry.name_en)
            )
        ]
    dialog = FirstStartDialog(countries)
    if dialog.exec() != FirstStartDialog.DialogCode.Accepted:
        return None
    country, language = dialog.chosen()
    with store.write() as session:
        set_up_device(session, country, language)
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
    if language is None:
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
    return window


def default_pages() -> list[PageFactory]:
    """The screens, in the order of the navigation (Ctrl+1, Ctrl+2, …)."""
    return [
        lambda ctx, _sync: DashboardPage(ctx),
        lambda ctx, _sync: TrainingPage(ctx),
        lambda ctx, _sync: CapabilitiesPage(ctx),
        lambda ctx, _sync: ReturnsPage(ctx),
        lambda ctx, _sync: ContactsPage(ctx),
        lambda ctx, _sync: ReportsPage(ctx),
        SyncPage,
        SettingsPage,
    ]


prepare_demo = demo_mode.prepare_store  # the name the GUI tests and screenshot script use


def run_gui(data_dir: Path, demo: bool = False) -> int:
    app = _application()
    demo_folder: tempfile.TemporaryDirectory[str] | None = None
    if demo:
        demo_folder = tempfile.TemporaryDirectory(prefix="bluepacific-demo-")
        data_dir = Path(demo_folder.name)
        demo_mode.prepare_store(data_dir)
    try:
        store = Store.open(data_dir)
    except BluePacificError as exc:
        QMessageBox.critical(None, app.tr("Blue Pacific Desktop"), str(exc))
        return 1
    with store:
        hub = demo_mode.start_hub(data_dir, store) if demo else None
        try:
            window = open_main_window(store, app, hub.token if hub else None)
            if window is None:
                return 0
            return app.exec()
        finally:
            if hub is not None:
                hub.stop()
            if demo_folder is not None:
                demo_folder.cleanup()
