"""The Reports screen's words: report names, progress, outcomes and errors in plain words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QObject

from bluepacific_desktop.domain.errors import BluePacificError, CannotWrite, NotSetUp
from bluepacific_desktop.ui.formatting import number
from bluepacific_desktop.ui.problems import ProblemWords, error_words


def ui_language() -> str:
    """The language the UI speaks (install_language sets the default locale with it)."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


class ReportTexts(QObject):
    def names(self) -> dict[str, str]:
        return {
            "training": self.tr("Training summary"),
            "capabilities": self.tr("Capability usage"),
            "contacts": self.tr("Contact directory"),
            "quarterly": self.tr("Quarterly country summary"),
            "refreshers": self.tr("Due for refresher"),
        }

    def preparing(self) -> str:
        return self.tr("Preparing the report…")

    def preview_title(self, kind: str) -> str:
        return self.tr("Print preview – %1").replace("%1", self.names()[kind])

    def printed(self, kind: str, pages: int, printer: str, file: str) -> str:
        """What went to which printer (or into which file, for a "print to file")."""
        if file:
            return (
                self.tr("%1 printed to the file %2 (pages: %n).", "", pages)
                .replace("%1", self.names()[kind])
                .replace("%2", file)
            )
        return (
            self.tr("%1 sent to the printer «%2» (pages: %n).", "", pages)
            .replace("%1", self.names()[kind])
            .replace("%2", printer or self.tr("default printer"))
        )

    def not_printed(self) -> str:
        return self.tr("Not printed")

    def save_title(self, suffix: str) -> str:
        # The one plaintext that leaves the encrypted store: said before the file is chosen.
        if suffix == "pdf":
            return self.tr("Save the report as PDF (the file contains personal data)")
        return self.tr("Export as CSV (the file contains personal data)")

    def pdf_filter(self) -> str:
        return self.tr("PDF files (*.pdf)")

    def csv_filter(self) -> str:
        return self.tr("CSV files (*.csv)")

    def personal_data(self) -> str:
        """Said after every file saved: where the user chooses, no one else guards it."""
        return self.tr(
            "The file holds personal data: keep it where only the people who need it can open "
            "it, and delete it when it is no longer needed."
        )

    def saved_pdf(self, path: Path, pages: int) -> str:
        saved = self.tr("Saved %1 (pages: %n).", "", pages).replace("%1", str(path))
        return f"{saved} {self.personal_data()}"

    def saved_csv(self, path: Path, rows: int) -> str:
        text = self.tr("Saved %1 (%2 rows).").replace("%1", str(path))
        return f"{text.replace('%2', number(rows))} {self.personal_data()}"

    def error(self, exc: Exception) -> str:
        """What went wrong, in words, with what to do."""
        if isinstance(exc, NotSetUp):
            return self.tr("This computer is not set up yet: choose the country first.")
        if isinstance(exc, CannotWrite):
            return ProblemWords().cannot_write(exc)
        if isinstance(exc, OSError):
            return self.tr(
                "The file could not be written (%1). Choose another folder or close the file "
                "if another program has it open."
            ).replace("%1", exc.strerror or error_words(exc))
        if isinstance(exc, BluePacificError):
            return self.tr("The report could not be made: %1").replace("%1", error_words(exc))
        return self.tr("The report could not be made (%1).").replace("%1", type(exc).__name__)
