"""First-start dialog: the country this computer records for, this laptop's time zone among the
country's, the language, and optionally the hub to connect to (the login itself runs in
LoginDialog once the country is set)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from bluepacific_desktop.ui.hub_login_form import HubLogin, HubLoginForm
from bluepacific_desktop.ui.retranslate import keep_texts
from bluepacific_desktop.ui.translations import catalogue, current_language, install_language


class FirstStartDialog(QDialog):
    """Picking French switches the dialog itself to French at once (the whole app follows)."""

    def __init__(
        self,
        countries: list[tuple[str, str]],
        parent: QWidget | None = None,
        french_names: dict[str, str] | None = None,
        suggested: str | None = None,
        zones: dict[str, list[str]] | None = None,
    ) -> None:
        super().__init__(parent)
        app = QCoreApplication.instance()
        if app is not None:
            catalogue(app)  # from here on, every text can be switched to the other language
        self.names = {"en": dict(countries), "fr": french_names or {}}
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
        # Kiribati spans three zones, Micronesia and Papua New Guinea two: "today", month ends
        # and deadlines follow the one chosen here (the country's first by default).
        self.zones = zones or {}
        self.zone = QComboBox()
        self.zone.setAccessibleName(self.tr("Time zone of this computer"))
        self.zone_label = QLabel(self.tr("&Time zone:"))
        self.zone_label.setBuddy(self.zone)
        self.country.currentIndexChanged.connect(lambda _i: self._list_zones())
        self._list_zones()
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem("English", "en")
        self.language.addItem("Français", "fr")
        keep_texts(self.language)  # each language in its own words, whatever the UI speaks
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self.language.activated.connect(lambda _i: self.switch_language())
        self.suggested = suggested or (
            "fr" if QLocale.system().language() == QLocale.Language.French else "en"
        )
        form = QFormLayout()
        form.addRow(self.tr("&Country:"), self.country)
        form.addRow(self.zone_label, self.zone)
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
        # A computer set up in French starts in French (the choice stays the user's).
        if self.suggested != current_language():
            self.language.setCurrentIndex(max(0, self.language.findData(self.suggested)))
            self.switch_language()

    def _list_zones(self) -> None:
        zones = self.zones.get(str(self.country.currentData()), [])
        self.zone.clear()
        for zone in zones:
            self.zone.addItem(zone, zone)
        # A country of one zone has nothing to choose.
        self.zone.setVisible(len(zones) > 1)
        self.zone_label.setVisible(len(zones) > 1)

    def chosen_zone(self) -> str | None:
        """This laptop's zone, or None (the country's first) when the country has one."""
        return str(self.zone.currentData()) if self.zone.count() else None

    def switch_language(self) -> None:
        """The language chosen in the box, for this dialog now and for what follows."""
        language = str(self.language.currentData())
        app = QCoreApplication.instance()
        if app is not None:
            install_language(app, language)
        for i in range(self.country.count()):
            code = str(self.country.itemData(i))
            name = self.names.get(language, {}).get(code) or self.names["en"].get(code, code)
            self.country.setItemText(i, f"{name} ({code})")

    def _hub_box(self) -> QGroupBox:
        """Optional and folded away: skipping it leaves a computer that works offline."""
        box = QGroupBox(self.tr("Connect to the &hub now (optional)"))
        box.setCheckable(True)
        box.setChecked(False)
        self.hub_form = HubLoginForm()
        note = QLabel(self.tr("The hub access is kept in the system's keyring, never in a file."))
        note.setWordWrap(True)
        inner = QVBoxLayout(box)
        inner.addWidget(self.hub_form)
        inner.addWidget(note)
        self.hub_form.setVisible(False)
        note.setVisible(False)
        box.toggled.connect(self.hub_form.setVisible)
        box.toggled.connect(note.setVisible)
        box.toggled.connect(lambda _on: self.adjustSize())
        return box

    def chosen(self) -> tuple[str, str]:
        return str(self.country.currentData()), str(self.language.currentData())

    def hub_login(self) -> HubLogin | None:
        """What to log in with once the country is set; None when the user skipped the hub."""
        login = self.hub_form.login()
        return login if self.hub_box.isChecked() and login.url else None
