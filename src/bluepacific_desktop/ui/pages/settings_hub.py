"""Settings: the regional hub (address, user, connect, log out, CA bundle) and automatic sync."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)
from sqlalchemy.orm import Session

from bluepacific_desktop.sync import account, state
from bluepacific_desktop.sync.errors import ChangesWaiting
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.dialogs.login_dialog import LoginDialog
from bluepacific_desktop.ui.icons import Icon, icon
from bluepacific_desktop.ui.ops import Changed, ReadOp, WriteOp
from bluepacific_desktop.ui.problems import error_words
from bluepacific_desktop.ui.style import ERROR_STYLE
from bluepacific_desktop.ui.sync_controller import SyncController


class HubBox(QGroupBox):
    def __init__(self, ctx: AppContext, sync: SyncController, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.sync = sync
        self.hub = QLabel()
        self.hub.setWordWrap(True)
        self.connect_button = QPushButton(icon(Icon.CONNECT), "")
        self.connect_button.clicked.connect(self.connect_hub)
        self.logout_button = QPushButton()
        self.logout_button.clicked.connect(lambda: self.log_out(None))
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_and_log_out)
        self.export_button.hide()  # offered only once a logout was refused
        self.ca_bundle = QLineEdit()
        self.ca_bundle.setReadOnly(True)
        self.ca_choose = QPushButton()
        self.ca_choose.clicked.connect(self.choose_ca)
        self.ca_clear = QPushButton()
        self.ca_clear.clicked.connect(lambda: self._save_ca(None))
        self.auto = QCheckBox()
        self.auto.toggled.connect(sync.set_auto_sync)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.connect_button, self.logout_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_bundle, 1)
        ca_row.addWidget(self.ca_choose)
        ca_row.addWidget(self.ca_clear)
        self.ca_label = QLabel()
        self.ca_label.setBuddy(self.ca_bundle)
        self.form = QFormLayout(self)
        self.form.addRow(self.hub)
        self.form.addRow(buttons)
        self.form.addRow(self.ca_label, ca_row)
        self.form.addRow(self.auto)
        self.form.addRow(self.message)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Regional hub"))
        self.connect_button.setText(self.tr("&Connect…"))
        self.logout_button.setText(self.tr("Log &out"))
        self.export_button.setText(self.tr("&Export the waiting changes and log out…"))
        self.ca_bundle.setAccessibleName(self.tr("Certificate authority file"))
        self.ca_bundle.setPlaceholderText(self.tr("None: the computer's usual certificates"))
        self.ca_label.setText(self.tr("Certificate a&uthority:"))
        self.ca_choose.setText(self.tr("C&hoose…"))
        self.ca_clear.setText(self.tr("Clea&r"))
        self.auto.setText(self.tr("Sync &automatically when a link is available"))
        self.refresh()

    def refresh(self) -> None:
        with self.ctx.store.read() as session:
            hub = state.hub_settings(session)
        self.hub.setText(
            self.tr("Hub: %1 · User: %2").replace("%1", hub.url).replace("%2", hub.username or "-")
            if hub.url
            else self.tr("Not connected to a hub. Everything works offline.")
        )
        self.logout_button.setEnabled(bool(hub.url))
        self.ca_bundle.setText(hub.ca_bundle or "")
        self.ca_clear.setEnabled(bool(hub.ca_bundle))
        self.auto.blockSignals(True)
        self.auto.setChecked(self.sync.auto_sync)
        self.auto.blockSignals(False)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else "")

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None], writes: bool) -> None:
        # Hub settings and the keyring: no record kind changes, so nothing to announce.
        if writes:
            WriteOp(self, self.ctx, lambda _job: Changed(work()), done, self._failed).run()
        else:
            ReadOp(self, self.ctx, lambda _job: work(), done, self._failed).run()

    def _failed(self, exc: Exception) -> None:
        self.export_button.setVisible(isinstance(exc, ChangesWaiting))
        self._say(error_words(exc), error=True)

    # -- actions -----------------------------------------------------------------------------

    def connect_hub(self) -> None:
        if LoginDialog(self.ctx, self).exec():
            self.export_button.hide()
            self._say(self.tr("Connected. The hub access is kept in the system's keyring."))
            self.sync.start()
            self.refresh()

    def log_out(self, export_to: Path | None) -> None:
        store = self.ctx.store
        self._say(self.tr("Logging out…"))

        def done(exported: int) -> None:
            self.export_button.hide()
            self._say(
                self.tr(
                    "Logged out: the hub access was removed from this computer. "
                    "%Ln waiting changes exported to %1; they stay queued for the next login. "
                    "The file holds personal data: keep it where only the people who need it "
                    "can open it.",
                    "",
                    exported,
                ).replace("%1", str(export_to))
                if export_to is not None
                else self.tr("Logged out: the hub access was removed from this computer.")
            )
            self.refresh()

        self._run(lambda: account.logout(store, export_to), done, writes=False)

    def export_and_log_out(self) -> None:
        name = self.tr("waiting-changes.json", "the default file name: no spaces, no accents")
        default = str(self.ctx.store.path.parent / name)
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the waiting changes (the file contains personal data)"),
            default,
            self.tr("JSON files (*.json)"),
        )
        if path:
            self.log_out(Path(path))

    def choose_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Certificate authority file"),
            self.ca_bundle.text(),
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"),
        )
        if path:
            self._save_ca(path)

    def _save_ca(self, path: str | None) -> None:
        store = self.ctx.store

        def work() -> None:
            with store.write() as session:
                _set_ca(session, path)

        def done(_result: object) -> None:
            self._say(
                self.tr("Certificate authority saved: it is used from the next sync.")
                if path
                else self.tr("Certificate authority cleared.")
            )
            self.refresh()

        self._run(work, done, writes=True)


def _set_ca(session: Session, path: str | None) -> None:
    hub = state.hub_settings(session)
    state.save_hub_settings(session, state.HubSettings(hub.url, hub.username, path, hub.pins))
