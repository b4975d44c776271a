"""What an import says of a sheet in the chosen language, for the command line and the import
dialog alike: refused rows' problems, sheet notes, why a match is doubtful, rows left out; each
worded by its code and parameters (io/importing/said.py), never read from its English."""

from __future__ import annotations

from datetime import date

from bluepacific_desktop.i18n.catalogue import current_language, translate
from bluepacific_desktop.i18n.formats import day_name, fill
from bluepacific_desktop.i18n.problem_words import problem_or_english
from bluepacific_desktop.io.importing.plan import Doubtful, Problem
from bluepacific_desktop.io.importing.said import Said


def problem_words(p: Problem) -> str:
    """A refused row's problem (a FieldProblem's words), without its column. In English the
    core's own sentence, which names more (the value, the month, the country) than the table."""
    if current_language() == "en":
        return p.message
    return problem_or_english(p.as_field_problem())


def said_words(s: Said) -> str:
    """A note, a doubtful match's reason or a row left out; its English for a code without
    words here yet."""
    q = s.params
    match s.code:
        # Sheet notes (io/importing/notes.py)
        case "merged_cell":
            text = translate(
                "ImportWords",
                "Lines %1–%2, column %3: one merged cell holds “%4”; it was taken for each of "
                "these rows. Check that it belongs to all of them.",
            )
            return fill(text, q["first"], q["last"], q["column"], q["value"])
        case "lost_letter":
            text = translate(
                "ImportWords",
                "Line %1: the name “%2” has “%3” where a letter was probably lost (an ʻokina or "
                "an accent saved in an encoding that cannot hold it). Check the name; save the "
                "sheet as “CSV UTF-8” or as a workbook and import it again.",
            )
            return fill(text, q["line"], q["name"], q["mark"])
        case "sign_in_sheet":
            text = translate(
                "ImportWords",
                "This is the sign-in sheet of the session with the code %1 (%2): its rows land "
                "on that session.",
            )
            return fill(text, q["code"], day_name(date.fromisoformat(q["day"])))
        # Why a person may already exist (io/importing/matching.py why_near)
        case "other_agency" if q.get("agency"):
            return fill(translate("ImportWords", "same name, other agency (“%1”)"), q["agency"])
        case "other_agency":
            return translate("ImportWords", "same name, no agency")
        case "other_spelling":
            return translate(
                "ImportWords", "same name written with other accents, ʻokina, spacing or order"
            )
        case "one_letter":
            return translate("ImportWords", "name differs by one letter")
        # Contacts left out (io/importing/contacts.py)
        case "in_directory":
            return fill(
                translate("ImportWords", "%1 is already in the directory; left out."), q["who"]
            )
        case "listed_before":
            text = translate("ImportWords", "%1 is already on line %2 of this list; left out.")
            return fill(text, q["who"], q["line"])
    return s.message


def _new(who: str, why: Said) -> str:
    """The person, and the line that brings them when they are new from the sheet too."""
    line = why.params.get("new_from_line")
    if line is None:
        return who
    return fill(translate("ImportWords", "%1, new from line %2"), who, line)


def candidates_words(d: Doubtful) -> list[str]:
    """Each person the row's may be, and why; then how many more have similar names."""
    out = [f"{_new(who, why)} — {said_words(why)}" for who, why in d.candidates]
    if d.others:
        others = (
            translate("ImportWords", "%n or more others with similar names", None, d.others)
            if d.others_or_more
            else translate("ImportWords", "%n others with similar names", None, d.others)
        )
        out.append(others)
    return out
