"""What an import says in words that the command line and the GUI choose by code (a module of
its own so that matching.py and notes.py can say things without importing the plan)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Said:
    """Something the import says: its English (`message`, for --json and the logs) and the code
    and parameters by which the command line and the GUI word it (i18n/import_words.py)."""

    code: str
    params: dict[str, Any]
    message: str

    def __str__(self) -> str:
        return self.message
