"""The core's field problems (FieldProblem) in the chosen language, for the GUI and the
command line alike: words chosen by each problem's code and filled from its parameters, never
read out of its English message. tests/ui/test_problem_words.py holds every code to it. The
context stays "ProblemWords", the GUI's since these words were first written there."""

from __future__ import annotations

from datetime import date

from bluepacific_desktop.domain.errors import FieldProblem
from bluepacific_desktop.i18n.catalogue import current_language, translate
from bluepacific_desktop.i18n.formats import day_name, fill, number


def _day(iso: str) -> str:
    return day_name(date.fromisoformat(iso))


def problem_text(p: FieldProblem) -> str | None:
    """The problem in the chosen language, or None for a code that has no words here yet."""
    q = p.params
    match p.code:
        # Fields (domain/fields.py, domain/rules.py)
        case "required":
            return translate("ProblemWords", "This field is required.")
        case "too_long" if "max" in q:
            return fill(
                translate("ProblemWords", "This is too long (at most %1 characters)."),
                number(q["max"]),
            )
        case "too_long":
            return translate("ProblemWords", "This text is too long.")
        case "not_in_list" | "unknown_code":
            return translate("ProblemWords", "Choose a value from the list.")
        case "bad_date":
            return translate(
                "ProblemWords", "This is not a date this app can read: write it as YYYY-MM-DD."
            )
        case "date_out_of_range" if "earliest" in q and "latest" in q:
            return fill(
                translate(
                    "ProblemWords", "This date is out of range: it must be between %1 and %2."
                ),
                _day(q["earliest"]),
                _day(q["latest"]),
            )
        case "date_out_of_range":
            return translate("ProblemWords", "This date is out of range.")
        case "bad_certificate_code":
            return translate("ProblemWords", "This is not a certificate's verification code.")
        case "bad_month":
            return translate("ProblemWords", "This is not a month (write it as YYYY-MM).")
        case "month_out_of_range":
            return translate(
                "ProblemWords", "Reports cover months from January 1990 up to the current month."
            )
        case "not_a_number" if q.get("whole"):
            return translate(
                "ProblemWords", "Not a number: type digits only (1,000 or 1 000 mean a thousand)."
            )
        case "not_a_number":
            return translate("ProblemWords", "This is not a number.")
        case "not_whole":
            return translate("ProblemWords", "A count must be a whole number.")
        case "number_too_large":
            return translate("ProblemWords", "This number is too large.")
        case "number_out_of_range" if q.get("high") is not None:
            return fill(
                translate("ProblemWords", "This is out of range: it must be between %1 and %2."),
                number(q.get("low", 0)),
                number(q["high"]),
            )
        case "number_out_of_range" if q.get("low", 0) != 0:
            return fill(
                translate("ProblemWords", "This is out of range: it must be at least %1."),
                number(q["low"]),
            )
        case "number_out_of_range":
            return translate("ProblemWords", "A count cannot be negative.")
        case "bad_email":
            return fill(
                translate(
                    "ProblemWords",
                    "“%1” is not an e-mail address (it should look like name@example.org).",
                ),
                q.get("value", ""),
            )
        case "bad_phone":
            return fill(
                translate(
                    "ProblemWords",
                    "“%1” is not a valid phone number for %2. "
                    "Write it with the country code, for example +679 331 2345.",
                ),
                q.get("value", ""),
                q.get("country_fr" if current_language() == "fr" else "country", ""),
            )
        case "end_before_start":
            return translate("ProblemWords", "The end date is before the start date.")
        case "bad_zone":
            return translate("ProblemWords", "Choose one of the country's time zones.")
        case "metric_not_applicable":
            return translate("ProblemWords", "This count does not apply to this capability.")
        # Links and ownership (store/integrity.py, store/services.py)
        case "missing_session":
            return translate(
                "ProblemWords", "The training session no longer exists on this computer."
            )
        case "missing_person":
            return translate("ProblemWords", "The person no longer exists on this computer.")
        case "already_attending" if "name" in q:
            return fill(
                translate("ProblemWords", "%1 is already on this session's attendance list."),
                q["name"],
            )
        case "already_attending":
            return translate(
                "ProblemWords", "This person is already on this session's attendance list."
            )
        case "missing_trainer" if "count" in q:
            return translate(
                "ProblemWords",
                "%n trainers no longer exist on this computer; choose the trainers again.",
                None,
                int(q["count"]),
            )
        case "missing_trainer":
            return translate(
                "ProblemWords",
                "Some trainers no longer exist on this computer; choose the trainers again.",
            )
        case "missing_contact" if "count" in q:
            return translate(
                "ProblemWords",
                "%n contacts no longer exist in the directory; choose the contacts again.",
                None,
                int(q["count"]),
            )
        case "missing_contact":
            return translate(
                "ProblemWords",
                "Some chosen contacts no longer exist in the directory; choose the contacts again.",
            )
        case "month_already_reported":
            return translate(
                "ProblemWords",
                "This month already has a report for this capability: reopen the month.",
            )
        case "person_in_use":
            return translate(
                "ProblemWords",
                "This person is on attendance lists or trains in sessions. "
                "Remove them from those sessions first.",
            )
        case "contact_in_use" if "count" in q:
            return translate(
                "ProblemWords",
                "This contact takes part in %n engagements. "
                "Remove them from those engagements first.",
                None,
                int(q["count"]),
            )
        case "contact_in_use":
            return translate(
                "ProblemWords",
                "This contact takes part in engagements. Remove them from those engagements first.",
            )
        case "not_owner" if "owner" in q:
            return fill(
                translate(
                    "ProblemWords",
                    "This record belongs to %1; only the focal point of %1 can change it.",
                ),
                q["owner"],
            )
        case "not_owner":
            return translate(
                "ProblemWords",
                "This record belongs to another country; only its focal point can change it.",
            )
        case "month_locked" if q.get("locks") == "sessions":  # declared complete at submit
            return translate(
                "ProblemWords",
                "This month's return has been submitted with its training sessions "
                "declared complete: they cannot change until the national approver or the "
                "regional team sends it back.",
            )
        case "month_locked" if q.get("locks") == "engagements":
            return translate(
                "ProblemWords",
                "This month's return has been submitted with its engagements declared "
                "complete: they cannot change until the national approver or the regional "
                "team sends it back.",
            )
        case "entry_closed":  # store/locks.py: the hub closes entry periods by itself
            return translate(
                "ProblemWords",
                "This month's entry period has closed: its figures cannot change. Only the "
                "regional team can keep the month open longer.",
            )
        case "month_locked":  # store/locks.py: a submitted month's return
            return translate(
                "ProblemWords",
                "This month's return has been submitted: its figures cannot change until "
                "the national approver or the regional team sends it back.",
            )
        case "unknown_field":
            return fill(
                translate("ProblemWords", "“%1” is not a field of this kind of record."), p.field
            )
        case "duplicate_id":
            return translate("ProblemWords", "A record with this id already exists.")
        case "identity_fixed" if p.field in ("session_id", "person_id"):
            return translate(
                "ProblemWords",
                "To record another person or session, remove this attendee and add the right one.",
            )
        case "identity_fixed":
            return translate(
                "ProblemWords",
                "To report another capability or month, open that month's report instead.",
            )
        # People's rights over their data (store/erasure.py, domain/erasure.py)
        case "erased_record":
            return translate(
                "ProblemWords",
                "This record was erased at the person's request: its name and contact details "
                "cannot be set again.",
            )
        case "already_erased":
            return translate("ProblemWords", "This record is already erased.")
        # Setting up the computer (store/device.py)
        case "not_project_country":
            return translate("ProblemWords", "Choose one of the Blue Pacific countries.")
        case "unknown_language":
            return translate("ProblemWords", "The language must be English or French.")
        case "country_already_set":
            return translate(
                "ProblemWords",
                "This computer is already set up for another country. To record for "
                "another country, use a separate data folder.",
            )
        # Reading a spreadsheet (io/importing/)
        case "impossible_date":
            return translate(
                "ProblemWords", "This is not a real date: check the day and the month."
            )
        case "ambiguous_date":
            return translate(
                "ProblemWords",
                "This date could be read day first or month first: write it as YYYY-MM-DD.",
            )
        case "not_yes_no":
            return translate(
                "ProblemWords", "This is neither yes nor no (write yes/no or oui/non)."
            )
        case "listed_twice":
            return translate("ProblemWords", "This person is listed twice for this session.")
        # A sign-in sheet's pre-filled rows (io/importing/attendance.py)
        case "unknown_row_id" if "row_id" in q:
            return fill(
                translate("ProblemWords", "Row id %1 is not one of this session's rows."),
                q["row_id"],
            )
        case "row_id_twice" if "row_id" in q and "line" in q:
            return fill(
                translate("ProblemWords", "Row id %1 is already on line %2."),
                q["row_id"],
                q["line"],
            )
        case "unknown_row_id":
            return translate("ProblemWords", "This row id is not one of this session's rows.")
        case "row_id_twice":
            return translate("ProblemWords", "This row id is already on an earlier line.")
    return None


def problem_or_english(p: FieldProblem) -> str:
    """The problem in the chosen language; a code without words here keeps the core's English."""
    words = problem_text(p)
    return p.message if words is None else words
