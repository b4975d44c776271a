"""`import`'s report in the messages' language: what is (or would be) created, then every row
the plan holds (io/importing/plan.py keeps the facts; the words are here)."""

from __future__ import annotations

from bluepacific_desktop.i18n.catalogue import translate
from bluepacific_desktop.i18n.formats import fill
from bluepacific_desktop.i18n.import_words import candidates_words, problem_words, said_words
from bluepacific_desktop.io.importing.courses import CourseQuestion
from bluepacific_desktop.io.importing.plan import Doubtful, ImportPlan, RefusedRow, Skipped


def _line(line: int, text: str) -> str:
    return fill(translate("ImportCommand", "Line %1: %2"), line, text)


def refused_text(row: RefusedRow) -> str:
    parts = [
        f"[{p.column}] {problem_words(p)}" if p.column else problem_words(p) for p in row.problems
    ]
    return _line(row.line, " ".join(parts))


def doubtful_text(d: Doubtful) -> str:
    who = f"{d.name} ({d.agency})" if d.agency else d.name
    near = "; ".join(candidates_words(d))
    text = translate("ImportCommand", "%1 may be %2. A new person will be created.")
    return _line(d.line, fill(text, who, near))


def skipped_text(s: Skipped) -> str:
    return _line(s.line, said_words(s.said))


def course_text(q: CourseQuestion) -> str:
    closest = "; ".join(f"{p.code} — {p.name}" for p in q.proposals)
    if len(q.lines) == 1:
        text = translate(
            "ImportCommand", "Course “%1” (line %2) is not a course name: it may be %3."
        )
        return fill(text, q.written, q.lines[0], closest)
    text = translate(
        "ImportCommand",
        "Course “%1” (%n rows from line %2) is not a course name: it may be %3.",
        None,
        len(q.lines),
    )
    return fill(text, q.written, q.lines[0], closest)


def _created(plan: ImportPlan) -> list[str]:
    c = plan.counts()
    if plan.kind == "contacts":
        contacts = (
            translate("ImportCommand", "Created: %n contacts.", None, c["contacts"])
            if plan.committed
            else translate("ImportCommand", "Would create: %n contacts.", None, c["contacts"])
        )
        out = [contacts]
        if plan.skipped:
            left_out = translate("ImportCommand", "Already in the directory, left out: %1.")
            out.append(fill(left_out, len(plan.skipped)))
        return out
    # One count per kind, each with its plural: a list of counts, not a sentence.
    counts = ", ".join(
        [
            translate("ImportCommand", "%n new people", None, c["people"]),
            translate("ImportCommand", "%n new training sessions", None, c["sessions"]),
            translate("ImportCommand", "%n attendances", None, c["attendances"]),
        ]
    )
    created = (
        translate("ImportCommand", "Created: %1.")
        if plan.committed
        else translate("ImportCommand", "Would create: %1.")
    )
    reused = fill(
        translate("ImportCommand", "Reused: %1 and %2 already on this computer."),
        translate("ImportCommand", "%n people", None, c["people_reused"]),
        translate("ImportCommand", "%n sessions", None, c["sessions_reused"]),
    )
    out = [fill(created, counts), reused]
    if plan.sheet_code is not None:
        filled = (
            translate(
                "ImportCommand", "Filled in: %n registered attendees.", None, len(plan.updates)
            )
            if plan.committed
            else translate(
                "ImportCommand", "Would fill in: %n registered attendees.", None, len(plan.updates)
            )
        )
        out.append(filled)
    return out


def plan_lines(plan: ImportPlan) -> list[str]:
    """The report as a person reads it: what is (or would be) created, then every row."""
    read = translate(
        "ImportCommand", "%1: %n rows read (headers on line %2).", None, plan.rows_read
    )
    out = [fill(read, plan.source, plan.header_line), *_created(plan)]
    if plan.ignored_columns:
        unused = translate("ImportCommand", "Columns not used: %1.")
        out.append(fill(unused, ", ".join(plan.ignored_columns)))
    for title, items in (
        (
            translate("ImportCommand", "Notes on the sheet (check them): %1"),
            [said_words(n) for n in plan.notes],
        ),
        (
            translate("ImportCommand", "Courses to choose: %1"),
            [course_text(q) for q in plan.courses_to_choose],
        ),
        (
            translate("ImportCommand", "Doubtful matches (check them): %1"),
            [doubtful_text(d) for d in plan.doubtful],
        ),
        (translate("ImportCommand", "Left out: %1"), [skipped_text(s) for s in plan.skipped]),
        (translate("ImportCommand", "Refused rows: %1"), [refused_text(r) for r in plan.refused]),
    ):
        if items:
            out.append(fill(title, len(items)))
            out.extend(f"  {item}" for item in items)
    if plan.refused:
        out.append(
            translate(
                "ImportCommand", "Nothing was written: correct the refused rows and import again."
            )
        )
    if plan.courses_to_choose:
        out.append(
            translate(
                "ImportCommand",
                "Nothing was written: say which course the sheet is for (--course CODE) and "
                "import again.",
            )
        )
    if plan.ok and not plan.committed:
        out.append(
            translate(
                "ImportCommand", "This was a dry run; nothing was written. Add --commit to import."
            )
        )
    return out
