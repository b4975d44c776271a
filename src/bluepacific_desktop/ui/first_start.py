"""First-start dialog: the country this computer records for, the language, and optionally the
hub to connect to (the login itself runs in LoginDialog once the country is set)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class HubLogin:
    url: str
    username: str
    password: str
    ca_bundle: str | None


class FirstStartDialog(QDialog):
    def __init__(self, countries: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Blue Pacific Desktop"))
        intro = QLabel(
            self.tr(
                "Choose the country whose records you keep on this computer. "
                "Everything works offline; you can connect to the regional hub later."
            )
        )
        intro.setWordWrap(True)
        self.country = QComboBox()
        self.country.setAccessibleName(self.tr("Country"))
        for code, name in countries:
            self.country.addItem(f"{name} ({code})", code)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem("English", "en")
        self.language.addItem("Français", "fr")
        form = QFormLayout()
        form.addRow(self.tr("&Country:"), self.country)
        form.addRow(self.tr("&Language:"), self.language)
        self.hub_box = self._hub_box()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.hub_box)
        layout.addWidget(buttons)

    def _hub_box(self) -> QGroupBox:
        """Optional and folded away: skipping it leaves a computer that works offline."""
        box = QGroupBox(self.tr("Connect to the &hub now (optional)"))
        box.setCheckable(True)
        box.setChecked(False)
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
        fields = QWidget()
        form = QFormLayout(fields)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Hub &address:"), self.hub)
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        ca_label = QLabel(self.tr("Certificate &authority (optional):"))
        ca_label.setBuddy(self.ca_bundle)  # without a buddy the "&" would show as typed
        form.addRow(ca_label, ca_row)
        note = QLabel(self.tr("The hub access is kept in the system's keyring, never in a file."))
        note.setWordWrap(True)
        inner = QVBoxLayout(box)
        inner.addWidget(fields)
        inner.addWidget(note)
        fields.setVisible(False)
        note.setVisible(False)
        box.toggled.connect(fields.setVisible)
        box.toggled.connect(note.setVisible)
        box.toggled.connect(lambda _on: self.adjustSize())
        return box

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Certificate authority file"))
        if path:
            self.ca_bundle.setText(path)

    def chosen(self) -> tuple[str, str]:
        return str(self.country.currentData()), str(self.language.currentData())

    def hub_login(self) -> HubLogin | None:
        """What to log in with once the country is set; None when the user skipped the hub."""
        if not self.hub_box.isChecked() or not self.hub.text().strip():
            return None
        return HubLogin(
            self.hub.text().strip(),
            self.username.text().strip(),
            self.password.text(),
            self.ca_bundle.text().strip() or None,
        )
