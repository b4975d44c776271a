"""Planning a contact list: one row per contact; those already in the directory are left out."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.io.importing.headers import find_header
from bluepacific_desktop.io.importing.matching import exact_key
from bluepacific_desktop.io.importing.plan import (
    PROGRESS_STEPS,
    ImportPlan,
    Progress,
    RefusedRow,
    Skipped,
)
from bluepacific_desktop.io.importing.rows import Lookups, RowProblems, column_values
from bluepacific_desktop.io.importing.said import Said
from bluepacific_desktop.io.importing.tables import Table
from bluepacific_desktop.io.importing.values import (
    as_text,
    from_table,
    month_first_example,
    parse_day,
    yes_no,
)
from bluepacific_desktop.store.device import DeviceContext
from bluepacific_desktop.store.models import Contact

CONTACT_COLUMNS = {
    "full_name": "name",
    "organisation": "agency",
    "org_type": "org_type",
    "role": "role",
    "contact_country": "country",
    "emails": "email",
    "phones": "phone",
    "languages": "languages",
    "secure_channel": "secure_channel",
    "notes": "notes",
    "review_date": "review_date",
}


def plan_contacts(
    session: Session,
    device: DeviceContext,
    tables: Sequence[Table],
    progress: Progress | None = None,
) -> ImportPlan:
    """What importing the list would create, and every refused or left-out row."""
    needed = ("name", "agency", "org_type", "country")
    table, header_line, cols, rows = find_header(tables, needed, "contact list")
    plan = ImportPlan("contacts", table.name, header_line, len(rows))
    plan.ignored_columns = cols.ignored
    lookups = Lookups.load(session)
    # The directory is shared by all countries: a contact is a duplicate whoever entered it.
    known: dict[tuple[str, str], int] = {}  # the line that first lists it; 0: in the directory
    for name, organisation in session.execute(
        select(Contact.full_name, Contact.organisation).where(Contact.deleted.is_(False))
    ):
        known.setdefault((exact_key(name), exact_key(organisation)), 0)
    month_first = month_first_example(column_values(rows, cols, "review_date"))
    every = max(1, len(rows) // PROGRESS_STEPS)
    for done, (line, cells) in enumerate(rows):
        if progress is not None and done % every == 0:
            progress(done, len(rows))
        problems = RowProblems(cols)
        review = cols.get(cells, "review_date")
        data = {
            "full_name": as_text(cols.full_name(cells)),
            "organisation": as_text(cols.get(cells, "agency")),
            "org_type": from_table(cols.get(cells, "org_type"), lookups.org_types),
            "role": from_table(cols.get(cells, "role"), lookups.roles),
            "contact_country": from_table(cols.get(cells, "country"), lookups.countries),
            "emails": as_text(cols.get(cells, "email")),
            "phones": as_text(cols.get(cells, "phone")),
            "languages": as_text(cols.get(cells, "languages")),
            "secure_channel": problems.take(
                yes_no(cols.get(cells, "secure_channel"), "secure_channel", "I-24/7"),
                "secure_channel",
            ),
            "notes": as_text(cols.get(cells, "notes")),
            "review_date": problems.take(
                parse_day(review, "review_date", "Review date", month_first), "review_date"
            )
            if review is not None
            else None,
        }
        fields = problems.check(RecordKind.CONTACT, data, device.rules, CONTACT_COLUMNS)
        if problems or fields is None:
            plan.refused.append(RefusedRow(line, problems.found))
            continue
        key = (exact_key(fields["full_name"]), exact_key(fields["organisation"]))
        if key in known:
            who = f"{fields['full_name']} ({fields['organisation']})"
            first = known[key]
            where = f"already on line {first} of this list" if first else "already in the directory"
            said = Said(
                "listed_before" if first else "in_directory",
                {"who": who, "line": first},
                f"{who} is {where}; left out.",
            )
            plan.skipped.append(Skipped(line, said))
            continue
        known[key] = line
        plan.contacts.append((line, fields))
    return plan
