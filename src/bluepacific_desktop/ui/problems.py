"""The core's problems in the UI language: words chosen by each problem's code and filled from its
parameters (i18n/problem_words.py, shared with the command line), never read from the English."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject

from bluepacific_desktop.domain.errors import (
    BluePacificError,
    CannotWrite,
    FieldProblem,
    StoreDamaged,
)
from bluepacific_desktop.i18n.errors import error_text
from bluepacific_desktop.i18n.formats import fill
from bluepacific_desktop.i18n.problem_words import problem_text

log = logging.getLogger(__name__)


class ProblemWords(QObject):
    """Words for every code the core emits (tests/ui/test_problem_words.py holds it to that)."""

    def words(self, p: FieldProblem) -> str | None:
        """The problem in the UI language, or None for a code that has no words here yet (the
        table is shared with the command line: i18n/problem_words.py)."""
        return problem_text(p)

    def store_trouble(self, exc: CannotWrite | StoreDamaged) -> str:
        """Why the store was opened read-only (Store.read_only), and what to do."""
        return self.cannot_write(exc) if isinstance(exc, CannotWrite) else self.damaged(exc)

    def damaged(self, exc: StoreDamaged) -> str:
        """SQLite found damage in the data file: what still works, and the backup to restore."""
        if exc.good is None:
            return fill(
                self.tr(
                    "The data file %1 is damaged. Records that can still be read can be "
                    "exported and printed, but nothing can be saved into it or backed up from "
                    "it. No checked backup is on this computer: copy the data folder somewhere "
                    "safe and ask the support desk before changing anything."
                ),
                exc.path,
            )
        return fill(
            self.tr(
                "The data file %1 is damaged. Records that can still be read can be exported "
                "and printed, but nothing can be saved into it or backed up from it. Restore "
                "the newest good backup, %2 (made %3): in Settings, choose it in the list of "
                "backups and press Restore."
            ),
            exc.path,
            exc.good.path,
            exc.good.made,
        )

    def cannot_write(self, exc: CannotWrite) -> str:
        """A disk that is full or a folder that cannot be written, and what to do about it:
        the same words as the command line's (i18n/errors.py)."""
        return error_words(exc)


class ErrorWords:
    """The core's errors' words (the table is shared with the command line: i18n/errors.py)."""

    def words(self, key: str, q: dict[str, Any]) -> str | None:
        return error_text(key, q)


def error_words(exc: BaseException) -> str:
    """An error of the core in the UI language, by its key; without words here, its English."""
    if isinstance(exc, BluePacificError):
        words = ErrorWords().words(exc.key, exc.params)
        if words is not None:
            return words
        log.debug("No words for error key %r yet; showing the core's English", exc.key)
    return str(exc)


def report_error_words(key: str | None, params: dict[str, Any], english: str) -> str:
    """The same, for an error kept as its key and parameters (a sync report, the last error)."""
    words = ErrorWords().words(key or "", params) if key else None
    return words if words is not None else english


def problem_words(problem: FieldProblem) -> str:
    """The problem in the UI language; a code without words here keeps the core's English."""
    words = ProblemWords().words(problem)
    if words is None:
        log.debug("No words for problem code %r yet; showing the core's English", problem.code)
        return problem.message
    return words
