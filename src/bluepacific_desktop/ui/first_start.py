"""First-start dialog: choose the country this computer records for, and the language."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)


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
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen(self) -> tuple[str, str]:
        return str(self.country.currentData()), str(self.language.currentData())
