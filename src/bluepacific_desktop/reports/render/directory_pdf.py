"""Pages of the contact directory: one table per country, organisations as group rows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from bluepacific_desktop.reports.figures.contacts import ContactDirectory
from bluepacific_desktop.reports.render import labels
from bluepacific_desktop.reports.render.builder import Builder, Cell
from bluepacific_desktop.reports.render.qt import Formats

# After the name of a contact unreviewed for long (domain/review.py), explained under the table.
LONG_OVERDUE_MARK = "(!)"


def directory_pages(b: Builder, directory: ContactDirectory, fmt: Formats) -> None:
    lang = fmt.language
    b.heading(labels.report_title("contacts"))
    b.paragraph(
        QCoreApplication.translate(
            "Report", "Contacts listed: {contacts}. Countries: {countries}."
        ).format(
            contacts=fmt.count(directory.contacts), countries=fmt.count(len(directory.countries))
        )
    )
    b.paragraph(
        QCoreApplication.translate(
            "Report",
            "Engagements: meetings, exchanges, operations and workshops with the contact "
            "from {start} to {end}.",
        ).format(start=fmt.day(directory.period.start), end=fmt.day(directory.period.end)),
        small=True,
    )
    headers = [
        QCoreApplication.translate("Report", "Name"),
        QCoreApplication.translate("Report", "Role"),
        QCoreApplication.translate("Report", "Phones"),
        QCoreApplication.translate("Report", "E-mails"),
        QCoreApplication.translate("Report", "I-24/7"),
        QCoreApplication.translate("Report", "Engagements"),
    ]
    yes, no = (
        QCoreApplication.translate("Report", "yes"),
        QCoreApplication.translate("Report", "no"),
    )
    for country in directory.countries:
        b.heading(f"{country.name.get(lang)} ({fmt.count(country.contacts)})", 2)
        rows: list[list[Cell]] = []
        for org in country.organisations:
            rows.append([(f"{org.organisation} — {org.org_type.get(lang)}", "group")])
            for c in org.contacts:
                rows.append(
                    [
                        f"{c.name} {LONG_OVERDUE_MARK}" if c.long_overdue else c.name,
                        c.role.get(lang) if c.role else "",
                        ", ".join(c.phones),
                        ", ".join(c.emails),
                        (yes if c.secure_channel else no, "left"),
                        fmt.count(c.engagements),
                    ]
                )
        b.table(headers, rows, numeric_from=5, widths=[20, 17, 16, 27, 7, 13])
    if any(
        c.long_overdue
        for country in directory.countries
        for o in country.organisations
        for c in o.contacts
    ):
        b.paragraph(
            QCoreApplication.translate(
                "Report",
                "{mark} Not reviewed for a long time: the review date passed more than one "
                "review interval ago. Check these details with the contact, or erase them.",
            ).format(mark=LONG_OVERDUE_MARK),
            small=True,
        )
