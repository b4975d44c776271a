"""The PDF of everything held about one person or contact (reports/person_data.py), for the
person who asked: the record, its sync state and every record that names them."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.reports.person_data import PersonData, Row
from bluepacific_desktop.reports.render.builder import Builder, Cell
from bluepacific_desktop.reports.render.pages import PageHeader, write_pdf
from bluepacific_desktop.reports.render.qt import Formats, ensure_qt_app, translating

LANGUAGES = ("en", "fr")


def _labels() -> dict[str, str]:
    """The field names a reader understands; any other field shows its own name."""
    return {
        "id": QCoreApplication.translate("Report", "Record id"),
        "country": QCoreApplication.translate("Report", "Recorded by (country)"),
        "full_name": QCoreApplication.translate("Report", "Name"),
        "sex": QCoreApplication.translate("Report", "Sex"),
        "agency": QCoreApplication.translate("Report", "Agency"),
        "rank": QCoreApplication.translate("Report", "Rank"),
        "position": QCoreApplication.translate("Report", "Position"),
        "email": QCoreApplication.translate("Report", "E-mail"),
        "phone": QCoreApplication.translate("Report", "Phone"),
        "organisation": QCoreApplication.translate("Report", "Organisation"),
        "org_type": QCoreApplication.translate("Report", "Type of organisation"),
        "role": QCoreApplication.translate("Report", "Role"),
        "contact_country": QCoreApplication.translate("Report", "Country of the contact"),
        "emails": QCoreApplication.translate("Report", "E-mails"),
        "phones": QCoreApplication.translate("Report", "Phones"),
        "languages": QCoreApplication.translate("Report", "Languages"),
        "secure_channel": QCoreApplication.translate("Report", "I-24/7"),
        "notes": QCoreApplication.translate("Report", "Notes"),
        "review_date": QCoreApplication.translate("Report", "Review date"),
        "erased_on": QCoreApplication.translate("Report", "Erased on"),
        "created_at": QCoreApplication.translate("Report", "Created"),
        "updated_at": QCoreApplication.translate("Report", "Last changed"),
        "deleted": QCoreApplication.translate("Report", "Deleted"),
        "revision": QCoreApplication.translate("Report", "Revision on the hub"),
        "confirmed_by_hub_at": QCoreApplication.translate("Report", "Confirmed by the hub"),
        "waiting": QCoreApplication.translate("Report", "Waiting to be sent"),
        "last_changed_on_device": QCoreApplication.translate("Report", "Last changed on device"),
    }


def _value(value: Any, fmt: Formats) -> str:
    yes, no = (
        QCoreApplication.translate("Report", "yes"),
        QCoreApplication.translate("Report", "no"),
    )
    if value is None or value == "" or value == []:
        return "–"
    if isinstance(value, bool):
        return yes if value else no
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, str) and len(value) > 18 and value[10] == "T":
        try:  # a moment (created, changed, confirmed): to the minute, in UTC as stored
            return datetime.fromisoformat(value).astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
        except ValueError:
            return value
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return fmt.day(date.fromisoformat(value))
        except ValueError:
            return value
    if isinstance(value, float):
        return fmt.score(value)
    return str(value)


def _sex(code: str) -> str:
    """One person's sex in words (the summaries' labels are plurals: "Women")."""
    words = {
        "female": QCoreApplication.translate("Report", "Female"),
        "male": QCoreApplication.translate("Report", "Male"),
        "another": QCoreApplication.translate("Report", "Another"),
        "not_stated": QCoreApplication.translate("Report", "Not stated"),
    }
    return words.get(code, code)


def _pairs(b: Builder, row: Row, fmt: Formats) -> None:
    labels = _labels()
    rows: list[list[Cell]] = [
        [
            labels.get(name, name),
            _sex(value) if name == "sex" and value else _value(value, fmt),
        ]
        for name, value in row.items()
    ]
    b.table(
        [
            QCoreApplication.translate("Report", "Field"),
            QCoreApplication.translate("Report", "Value"),
        ],
        rows,
        numeric_from=2,
        widths=[30, 70],
    )


def _course(session: Row, lang: str) -> str:
    name = session.get("course_fr" if lang == "fr" else "course_en") or session.get("course_code")
    title = session.get("title")
    return f"{name} — {title}" if title else str(name or "–")


def _dates(session: Row, fmt: Formats) -> str:
    start, end = session.get("start_date"), session.get("end_date")
    if not start:
        return "–"
    first = _value(start, fmt)
    return first if start == end or not end else f"{first} – {_value(end, fmt)}"


def _build(b: Builder, data: PersonData, fmt: Formats) -> None:
    lang = fmt.language
    b.heading(
        QCoreApplication.translate("Report", "Everything held about {name}").format(
            name=data.name or "–"
        )
    )
    b.paragraph(
        QCoreApplication.translate(
            "Report",
            "This document contains personal data. Give it only to the person it is about, "
            "and keep it as safely as the app keeps it.",
        )
    )
    b.heading(QCoreApplication.translate("Report", "The record"), 2)
    _pairs(b, data.record, fmt)
    b.heading(QCoreApplication.translate("Report", "Sync state"), 2)
    _pairs(b, data.sync, fmt)
    if data.kind is RecordKind.PERSON:
        b.heading(
            QCoreApplication.translate("Report", "Training attended ({count})").format(
                count=len(data.attendances)
            ),
            2,
        )
        rows: list[list[Cell]] = [
            [
                _course(a["session"], lang),
                _dates(a["session"], fmt),
                _value(a["session"].get("location"), fmt),
                _value(a.get("completed"), fmt),
                _value(a.get("pre_score"), fmt),
                _value(a.get("post_score"), fmt),
                _value(a.get("certificate_issued"), fmt),
            ]
            for a in data.attendances
        ]
        headers = [
            QCoreApplication.translate("Report", "Course"),
            QCoreApplication.translate("Report", "Dates"),
            QCoreApplication.translate("Report", "Place"),
            QCoreApplication.translate("Report", "Completed"),
            QCoreApplication.translate("Report", "Pre-test"),
            QCoreApplication.translate("Report", "Post-test"),
            QCoreApplication.translate("Report", "Certificate"),
        ]
        b.table(headers, rows, numeric_from=4, widths=[30, 16, 14, 10, 10, 10, 10])
        if data.trained:
            b.heading(
                QCoreApplication.translate("Report", "Sessions as trainer ({count})").format(
                    count=len(data.trained)
                ),
                2,
            )
            b.table(
                [
                    QCoreApplication.translate("Report", "Course"),
                    QCoreApplication.translate("Report", "Dates"),
                    QCoreApplication.translate("Report", "Place"),
                ],
                [
                    [_course(s, lang), _dates(s, fmt), _value(s.get("location"), fmt)]
                    for s in data.trained
                ],
                numeric_from=3,
                widths=[50, 25, 25],
            )
        b.heading(
            QCoreApplication.translate("Report", "Certificates ({count})").format(
                count=len(data.certificates)
            ),
            2,
        )
        b.table(
            [
                QCoreApplication.translate("Report", "Code"),
                QCoreApplication.translate("Report", "Name printed"),
                QCoreApplication.translate("Report", "Issued"),
                QCoreApplication.translate("Report", "Revoked"),
            ],
            [
                [
                    str(c.get("code")),
                    _value(c.get("holder_name"), fmt),
                    _value(c.get("issued_on"), fmt),
                    _value(c.get("revoked"), fmt),
                ]
                for c in data.certificates
            ],
            numeric_from=4,
            widths=[20, 40, 20, 20],
        )
    else:
        b.heading(
            QCoreApplication.translate("Report", "Engagements ({count})").format(
                count=len(data.engagements)
            ),
            2,
        )
        b.table(
            [
                QCoreApplication.translate("Report", "Date"),
                QCoreApplication.translate("Report", "Kind"),
                QCoreApplication.translate("Report", "Summary"),
            ],
            [
                [
                    _value(e.get("date"), fmt),
                    _value(e.get("kind"), fmt),
                    _value(e.get("summary"), fmt),
                ]
                for e in data.engagements
            ],
            numeric_from=3,
            widths=[15, 15, 70],
        )
    b.heading(
        QCoreApplication.translate(
            "Report", "Monthly returns that mention the name ({count})"
        ).format(count=len(data.return_mentions)),
        2,
    )
    b.table(
        [
            QCoreApplication.translate("Report", "Month"),
            QCoreApplication.translate("Report", "Words"),
        ],
        [[fmt.month(m["period"]), " / ".join(m["texts"])] for m in data.return_mentions],
        numeric_from=2,
        widths=[15, 85],
    )


def write_person_pdf(data: PersonData, path: Path, language: str, page: str = "a4") -> int:
    """Write the PDF (0600: it holds personal data); returns its page count."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    ensure_qt_app()
    with translating(language):
        fmt = Formats(language)
        b = Builder()
        _build(b, data, fmt)
        country = data.country
        exported = data.exported_at
        assert isinstance(exported, datetime)
        header = PageHeader(
            title=QCoreApplication.translate("Report", "Personal data export"),
            country=country.name(language) if country else "",
            period=data.name,
            generated=QCoreApplication.translate("Report", "Generated {moment}").format(
                moment=fmt.moment(exported, country.zone if country else "UTC")
            ),
        )
        return write_pdf(b.document, path, page, header, private=True)
