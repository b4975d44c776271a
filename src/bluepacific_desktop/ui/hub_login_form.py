"""The hub login form (address, user name, password, optional certificate authority) that the
first-start dialog and the login dialog both show, with what it was filled with as a HubLogin."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bluepacific_desktop.ui.style import ERROR_STYLE


@dataclass(frozen=True)
class HubLogin:
    url: str
    username: str
    password: str
    ca_bundle: str | None


class HubLoginForm(QWidget):
    """The fields of a hub login and, beneath them, a label for progress or the reason it failed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = QLineEdit()
        self.hub.setPlaceholderText("https://hub.example.org")
        self.hub.setAccessibleName(self.tr("Hub address"))
        self.username = QLineEdit()
        self.username.setAccessibleName(self.tr("User name"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.ca_bundle = QLineEdit()
        self.ca_bundle.setAccessibleName(self.tr("Certificate authority file"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_bundle, 1)
        ca_row.addWidget(browse)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Hub &address:"), self.hub)
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        ca_label = QLabel(self.tr("Certificate &authority (optional):"))
        ca_label.setBuddy(self.ca_bundle)  # without a buddy the "&" would show as typed
        form.addRow(ca_label, ca_row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.message)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Certificate authority file"))
        if path:
            self.ca_bundle.setText(path)

    def fill(self, login: HubLogin) -> None:
        self.hub.setText(login.url)
        self.username.setText(login.username)
        self.password.setText(login.password)
        self.ca_bundle.setText(login.ca_bundle or "")

    def login(self) -> HubLogin:
        """What was typed, trimmed (the core checks the address when it logs in)."""
        return HubLogin(
            self.hub.text().strip(),
            self.username.text().strip(),
            self.password.text(),
            self.ca_bundle.text().strip() or None,
        )

    def say(self, text: str, error: bool = False) -> None:
        """Progress, or in red why the login failed (in the core's words)."""
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setVisible(bool(text))
