"""The service's problems in the UI language. The core words them in English, with a code the
GUI translates by; in English, or for a code not listed here, the service's own words show."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from bluepacific_desktop.domain.errors import FieldProblem
from bluepacific_desktop.ui.pages.contacts.lookups import french

_QUOTED = re.compile(r"“(.*?)”")


def problem_text(problem: FieldProblem) -> str:
    if not french():
        return problem.message
    quoted = _QUOTED.search(problem.message)
    value = quoted.group(1) if quoted else ""
    texts = {
        "required": QCoreApplication.translate("ContactsScreen", "This is required."),
        "too_long": QCoreApplication.translate(
            "ContactsScreen", "This is too long (at most %1 characters)."
        ).replace("%1", str(problem.params.get("max", ""))),
        "bad_email": QCoreApplication.translate(
            "ContactsScreen",
            "“%1” is not an e-mail address (it should look like name@example.org).",
        ).replace("%1", value),
        "bad_phone": QCoreApplication.translate(
            "ContactsScreen",
            "“%1” is not a valid phone number for the contact's country. "
            "Write it with the country code, for example +679 331 2345.",
        ).replace("%1", value),
        "date_out_of_range": QCoreApplication.translate(
            "ContactsScreen",
            "This date is out of range: from 1990 up to two years from today.",
        ),
        "not_owner": QCoreApplication.translate(
            "ContactsScreen",
            "This record belongs to another country; only its focal point can change it.",
        ),
        "contact_in_use": QCoreApplication.translate(
            "ContactsScreen",
            "This contact takes part in engagements. Remove them from those engagements first.",
        ),
        "missing_contact": QCoreApplication.translate(
            "ContactsScreen",
            "Some chosen contacts no longer exist in the directory; choose the contacts again.",
        ),
    }
    return texts.get(problem.code, problem.message)
