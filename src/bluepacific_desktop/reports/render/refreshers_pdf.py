"""Pages of the "due for refresher" list: one table per course, its people by agency, the
overdue ones marked."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from bluepacific_desktop.reports.figures.refreshers import RefresherList
from bluepacific_desktop.reports.render import labels
from bluepacific_desktop.reports.render.builder import Builder, Cell
from bluepacific_desktop.reports.render.qt import Formats


def refresher_pages(b: Builder, refreshers: RefresherList, fmt: Formats) -> None:
    b.heading(labels.report_title("refreshers"))
    b.paragraph(
        QCoreApplication.translate(
            "Report",
            "People certified in a course with a validity whose refresher falls due by {end} "
            "(the overdue ones included): {n}.",
        ).format(end=fmt.day(refreshers.period.end), n=fmt.count(len(refreshers.rows)))
    )
    b.paragraph(
        QCoreApplication.translate(
            "Report",
            "A refresher is due the course's validity (in months) after the last day of the "
            "person's latest session of it, completed with a certificate, present or late.",
        ),
        small=True,
    )
    if not refreshers.rows:
        b.paragraph(QCoreApplication.translate("Report", "Nobody is due for a refresher."))
        return
    headers = [
        QCoreApplication.translate("Report", "Agency"),
        QCoreApplication.translate("Report", "Name"),
        QCoreApplication.translate("Report", "Last trained"),
        QCoreApplication.translate("Report", "Refresher due"),
    ]
    overdue = QCoreApplication.translate("Report", "{day} (overdue)")
    course = None
    rows: list[list[Cell]] = []
    for code, agency, people in refreshers.groups():
        if code != course:
            if rows:
                b.table(headers, rows, numeric_from=4, widths=[30, 34, 18, 18])
                rows = []
            course = code
            b.heading(people[0].course(fmt.language), 2)
        for r in people:
            due = fmt.day(r.due)
            rows.append(
                [
                    agency or "–",
                    r.full_name,
                    fmt.day(r.last_trained),
                    overdue.format(day=due) if refreshers.overdue(r) else due,
                ]
            )
    b.table(headers, rows, numeric_from=4, widths=[30, 34, 18, 18])
