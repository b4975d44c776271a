"""The columns of a sign-in sheet, in the order printed (PDF and XLSX template alike), with
their headers in English and French: the importer knows these headers (io/importing/headers.py),
so a filled sheet comes back by the same names."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True)
class SheetColumn:
    key: str  # the importer's column (io/importing/headers.py ALIASES)
    en: str
    fr: str
    width: float  # share of the printed width
    prefilled: bool  # registered attendees' value printed (blank for walk-ins)

    def header(self, language: str) -> str:
        return self.fr if language == "fr" else self.en


# An attendance status column (present, late, excused, absent) goes between "rank" and
# "signature" when attendances have one: add it here and the PDF, the template and the
# import follow.
SHEET_COLUMNS: Final = (
    SheetColumn("row_id", "Row id", "N° de ligne", 0.08, True),
    SheetColumn("name", "Name", "Nom", 0.24, True),
    SheetColumn("sex", "Sex", "Sexe", 0.05, True),
    SheetColumn("agency", "Agency", "Agence", 0.16, True),
    SheetColumn("rank", "Rank", "Grade", 0.11, True),
    SheetColumn("signature", "Signature", "Signature", 0.20, False),
    SheetColumn("pre_test", "Pre-test", "Pré-test", 0.08, False),
    SheetColumn("post_test", "Post-test", "Post-test", 0.08, False),
)
# The label beside the code in the XLSX template's head (and a CSV's first line).
SESSION_CODE_LABEL: Final = {"en": "Session code", "fr": "Code de session"}
# Blank rows printed after the registered attendees, for the walk-ins: at least these, and
# the rest of the last page.
WALK_IN_ROWS: Final = 5
# The sex as a sheet writes it (the importer reads each back).
SEX_MARKS: Final = {
    "en": {"female": "F", "male": "M", "another": "X", "not_stated": ""},
    "fr": {"female": "F", "male": "H", "another": "X", "not_stated": ""},
}
