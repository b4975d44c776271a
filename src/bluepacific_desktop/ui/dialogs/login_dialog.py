"""Connect to the regional hub: address, user name, password, optional certificate authority."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bluepacific_desktop.sync import account, state
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.ops import Changed, Job, NetworkOp


class LoginDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Connect to the hub"))
        with ctx.store.read() as session:
            hub = state.hub_settings(session)
        self.hub = QLineEdit(hub.url or "")
        self.hub.setPlaceholderText("https://hub.example.org")
        self.hub.setAccessibleName(self.tr("Hub address"))
        self.username = QLineEdit(hub.username or "")
        self.username.setAccessibleName(self.tr("User name"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.ca_bundle = QLineEdit(hub.ca_bundle or "")
        self.ca_bundle.setAccessibleName(self.tr("Certificate authority file"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_bundle, 1)
        ca_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Hub &address:"), self.hub)
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        ca_label = QLabel(self.tr("Certificate &authority (optional):"))
        ca_label.setBuddy(self.ca_bundle)  # without a buddy the "&" would show as typed
        form.addRow(ca_label, ca_row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._login)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Certificate authority file"))
        if path:
            self.ca_bundle.setText(path)

    def connect_with(self, url: str, username: str, password: str, ca: str | None) -> None:
        """Fill in what the first-start dialog collected and start logging in at once."""
        self.hub.setText(url)
        self.username.setText(username)
        self.password.setText(password)
        self.ca_bundle.setText(ca or "")
        self._login()

    def _login(self) -> None:
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Connecting to the hub…"))
        store, url, user = self.ctx.store, self.hub.text().strip(), self.username.text().strip()
        password, ca = self.password.text(), self.ca_bundle.text().strip() or None

        def work(_job: Job) -> Changed[None]:
            account.login(store, url, user, password, ca_bundle=ca)
            return Changed(None)

        NetworkOp(self, self.ctx, work, self._done, self._failed).run()

    def _done(self, _result: object) -> None:
        self.password.clear()
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(str(exc))
