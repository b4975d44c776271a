"""The core's problems in the UI language: words chosen by each problem's code and filled from its
parameters, never read out of its English message (which stays the CLI's and the logs')."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale, QObject

from bluepacific_desktop.domain.errors import (
    BluePacificError,
    CannotWrite,
    FieldProblem,
    StoreDamaged,
)
from bluepacific_desktop.i18n.errors import error_text
from bluepacific_desktop.ui.formatting import number
from bluepacific_desktop.ui.translations import current_language

log = logging.getLogger(__name__)


def _fill(text: str, *values: Any) -> str:
    """Qt's %1, %2… placeholders (counted down, so that %1 does not eat the start of %10)."""
    for i in range(len(values), 0, -1):
        text = text.replace(f"%{i}", str(values[i - 1]))
    return text


def _day(iso: str) -> str:
    value = date.fromisoformat(iso)
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")


class ProblemWords(QObject):
    """Words for every code the core emits (tests/ui/test_problem_words.py holds it to that)."""

    def words(self, p: FieldProblem) -> str | None:
        """The problem in the UI language, or None for a code that has no words here yet."""
        q = p.params
        match p.code:
            # Fields (domain/fields.py, domain/rules.py)
            case "required":
                return self.tr("This field is required.")
            case "too_long" if "max" in q:
                return _fill(self.tr("This is too long (at most %1 characters)."), number(q["max"]))
            case "too_long":
                return self.tr("This text is too long.")
            case "not_in_list" | "unknown_code":
                return self.tr("Choose a value from the list.")
            case "bad_date":
                return self.tr("This is not a date this app can read: write it as YYYY-MM-DD.")
            case "date_out_of_range" if "earliest" in q and "latest" in q:
                return _fill(
                    self.tr("This date is out of range: it must be between %1 and %2."),
                    _day(q["earliest"]),
                    _day(q["latest"]),
                )
            case "date_out_of_range":
                return self.tr("This date is out of range.")
            case "bad_certificate_code":
                return self.tr("This is not a certificate's verification code.")
            case "bad_month":
                return self.tr("This is not a month (write it as YYYY-MM).")
            case "month_out_of_range":
                return self.tr("Reports cover months from January 1990 up to the current month.")
            case "not_a_number" if q.get("whole"):
                return self.tr("Not a number: type digits only (1,000 or 1 000 mean a thousand).")
            case "not_a_number":
                return self.tr("This is not a number.")
            case "not_whole":
                return self.tr("A count must be a whole number.")
            case "number_too_large":
                return self.tr("This number is too large.")
            case "number_out_of_range" if q.get("high") is not None:
                return _fill(
                    self.tr("This is out of range: it must be between %1 and %2."),
                    number(q.get("low", 0)),
                    number(q["high"]),
                )
            case "number_out_of_range" if q.get("low", 0) != 0:
                return _fill(
                    self.tr("This is out of range: it must be at least %1."), number(q["low"])
                )
            case "number_out_of_range":
                return self.tr("A count cannot be negative.")
            case "bad_email":
                return _fill(
                    self.tr(
                        "“%1” is not an e-mail address (it should look like name@example.org)."
                    ),
                    q.get("value", ""),
                )
            case "bad_phone":
                return _fill(
                    self.tr(
                        "“%1” is not a valid phone number for %2. "
                        "Write it with the country code, for example +679 331 2345."
                    ),
                    q.get("value", ""),
                    q.get("country_fr" if current_language() == "fr" else "country", ""),
                )
            case "end_before_start":
                return self.tr("The end date is before the start date.")
            case "bad_zone":
                return self.tr("Choose one of the country's time zones.")
            case "metric_not_applicable":
                return self.tr("This count does not apply to this capability.")
            # Links and ownership (store/integrity.py, store/services.py)
            case "missing_session":
                return self.tr("The training session no longer exists on this computer.")
            case "missing_person":
                return self.tr("The person no longer exists on this computer.")
            case "already_attending" if "name" in q:
                return _fill(self.tr("%1 is already on this session's attendance list."), q["name"])
            case "already_attending":
                return self.tr("This person is already on this session's attendance list.")
            case "missing_trainer" if "count" in q:
                return self.tr(
                    "%n trainers no longer exist on this computer; choose the trainers again.",
                    "",
                    int(q["count"]),
                )
            case "missing_trainer":
                return self.tr(
                    "Some trainers no longer exist on this computer; choose the trainers again."
                )
            case "missing_contact" if "count" in q:
                return self.tr(
                    "%n contacts no longer exist in the directory; choose the contacts again.",
                    "",
                    int(q["count"]),
                )
            case "missing_contact":
                return self.tr(
                    "Some chosen contacts no longer exist in the directory; "
                    "choose the contacts again."
                )
            case "month_already_reported":
                return self.tr(
                    "This month already has a report for this capability: reopen the month."
                )
            case "person_in_use":
                return self.tr(
                    "This person is on attendance lists or trains in sessions. "
                    "Remove them from those sessions first."
                )
            case "contact_in_use" if "count" in q:
                return self.tr(
                    "This contact takes part in %n engagements. "
                    "Remove them from those engagements first.",
                    "",
                    int(q["count"]),
                )
            case "contact_in_use":
                return self.tr(
                    "This contact takes part in engagements. "
                    "Remove them from those engagements first."
                )
            case "not_owner" if "owner" in q:
                return _fill(
                    self.tr("This record belongs to %1; only the focal point of %1 can change it."),
                    q["owner"],
                )
            case "not_owner":
                return self.tr(
                    "This record belongs to another country; only its focal point can change it."
                )
            case "month_locked" if q.get("locks") == "sessions":  # declared complete at submit
                return self.tr(
                    "This month's return has been submitted with its training sessions "
                    "declared complete: they cannot change until the national approver or the "
                    "regional team sends it back."
                )
            case "month_locked" if q.get("locks") == "engagements":
                return self.tr(
                    "This month's return has been submitted with its engagements declared "
                    "complete: they cannot change until the national approver or the regional "
                    "team sends it back."
                )
            case "entry_closed":  # store/locks.py: the hub closes entry periods by itself
                return self.tr(
                    "This month's entry period has closed: its figures cannot change. Only the "
                    "regional team can keep the month open longer."
                )
            case "month_locked":  # store/locks.py: a submitted month's return
                return self.tr(
                    "This month's return has been submitted: its figures cannot change until "
                    "the national approver or the regional team sends it back."
                )
            case "unknown_field":
                return _fill(self.tr("“%1” is not a field of this kind of record."), p.field)
            case "duplicate_id":
                return self.tr("A record with this id already exists.")
            case "identity_fixed" if p.field in ("session_id", "person_id"):
                return self.tr(
                    "To record another person or session, remove this attendee and add the "
                    "right one."
                )
            case "identity_fixed":
                return self.tr(
                    "To report another capability or month, open that month's report instead."
                )
            # Setting up the computer (store/device.py)
            case "not_project_country":
                return self.tr("Choose one of the Blue Pacific countries.")
            case "unknown_language":
                return self.tr("The language must be English or French.")
            case "country_already_set":
                return self.tr(
                    "This computer is already set up for another country. To record for "
                    "another country, use a separate data folder."
                )
            # Reading a spreadsheet (io/importing/)
            case "impossible_date":
                return self.tr("This is not a real date: check the day and the month.")
            case "ambiguous_date":
                return self.tr(
                    "This date could be read day first or month first: write it as YYYY-MM-DD."
                )
            case "not_yes_no":
                return self.tr("This is neither yes nor no (write yes/no or oui/non).")
            case "listed_twice":
                return self.tr("This person is listed twice for this session.")
        return None

    def store_trouble(self, exc: CannotWrite | StoreDamaged) -> str:
        """Why the store was opened read-only (Store.read_only), and what to do."""
        return self.cannot_write(exc) if isinstance(exc, CannotWrite) else self.damaged(exc)

    def damaged(self, exc: StoreDamaged) -> str:
        """SQLite found damage in the data file: what still works, and the backup to restore."""
        if exc.good is None:
            return _fill(
                self.tr(
                    "The data file %1 is damaged. Records that can still be read can be "
                    "exported and printed, but nothing can be saved into it or backed up from "
                    "it. No checked backup is on this computer: copy the data folder somewhere "
                    "safe and ask the support desk before changing anything."
                ),
                exc.path,
            )
        return _fill(
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
