"""The directory's table model: contacts matching the search and filters, read lazily in pages,
with overdue reviews and other countries' (read-only) contacts marked."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont
from sqlalchemy import Select, String, or_, select, type_coerce

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.domain.review import DEFAULT_REVIEW_MONTHS, is_due, is_long_overdue
from bluepacific_desktop.store.models import Contact
from bluepacific_desktop.store.search import escaped, folded_contains
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui.formatting import day
from bluepacific_desktop.ui.models.record_table import Column, Index, RecordTableModel
from bluepacific_desktop.ui.pages.contacts.lookups import Lookups
from bluepacific_desktop.ui.style import ERROR_COLOR

OVERDUE = QColor(ERROR_COLOR)


def like(text: str) -> str:
    """A LIKE pattern that finds `text` anywhere, with % and _ taken literally."""
    return f"%{escaped(text)}%"


@dataclass
class ContactFilters:
    """The combo filters (None: all); the search text comes from the model's filter_text."""

    country: str | None = None
    org_type: str | None = None
    role: str | None = None
    # The contacts due for review (the dashboard's list): this country's, reviewed by this day.
    due_by: date | None = None
    due_country: str | None = None

    def ids_query(self, text: str) -> Select[Any]:
        stmt = select(Contact.id).where(Contact.deleted.is_(False))
        if self.due_by is not None:
            stmt = stmt.where(Contact.review_date <= self.due_by)
            if self.due_country:
                stmt = stmt.where(Contact.country == self.due_country)
        if self.country:
            stmt = stmt.where(Contact.contact_country == self.country)
        if self.org_type:
            stmt = stmt.where(Contact.org_type == self.org_type)
        if self.role:
            stmt = stmt.where(Contact.role == self.role)
        text = text.strip()
        if text:
            pattern = like(text)
            found = [
                # Name and organisation folded: “tuipulotu” finds “Tuʻipulotu”.
                folded_contains(Contact.search_key, text),
                type_coerce(Contact.emails, String).ilike(pattern, escape="\\"),
            ]
            # Phones are stored as +6793312345: "331 2345" or "(679) 331-2345" should find it.
            digits = re.sub(r"\D", "", text)
            if len(digits) >= 3:
                found.append(type_coerce(Contact.phones, String).like(f"%{digits}%"))
            stmt = stmt.where(or_(*found))
        return stmt.order_by(Contact.full_name, Contact.id)


ROW_COLUMNS: tuple[Any, ...] = (
    Contact.id,
    Contact.country,
    Contact.full_name,
    Contact.organisation,
    Contact.org_type,
    Contact.role,
    Contact.contact_country,
    Contact.phones,
    Contact.emails,
    Contact.secure_channel,
    Contact.review_date,
    Contact.confirmed_at,
)


def rows_query(ids: list[str]) -> Select[Any]:
    return select(*ROW_COLUMNS).where(Contact.id.in_(ids))


class ContactTableModel(RecordTableModel):
    def __init__(self, store: Store, lookups: Lookups, parent: QObject | None = None) -> None:
        filters = ContactFilters()
        super().__init__(store, [], filters.ids_query, rows_query, RecordKind.CONTACT.value, parent)
        self.filters = filters
        self.lookups = lookups
        self.review_months = DEFAULT_REVIEW_MONTHS  # Settings → Review dates
        # Headers need self.tr, which needs the QObject made first.
        self.beginResetModel()
        self.columns = [
            Column(self.tr("Name"), "full_name"),
            Column(self.tr("Organisation"), "organisation"),
            Column(self.tr("Type"), "org_type", lambda c: self.lookups.org_types.get(c, c)),
            Column(self.tr("Role"), "role", lambda c: self.lookups.roles.get(c, c)),
            Column(self.tr("Country"), "contact_country", lambda c: self.lookups.country_name(c)),
            Column(self.tr("Phones"), "phones", ", ".join),
            Column(self.tr("E-mails"), "emails", ", ".join),
            Column(self.tr("I-24/7"), "secure_channel", self._yes_no),
            Column(self.tr("Review date"), "review_date", self._review),
            Column(self.tr("Sync"), "_sync"),
        ]
        self.endResetModel()

    def set_filters(self, **changes: str | date | None) -> None:
        for name, value in changes.items():
            setattr(self.filters, name, value)
        self.reload()

    def _yes_no(self, value: bool) -> str:
        return self.tr("Yes") if value else self.tr("No")

    def _review(self, value: Any) -> str:
        if is_long_overdue(value, self.lookups.today, self.review_months):
            return self.tr("%1 – not reviewed for long").replace("%1", day(value))
        if is_due(value, self.lookups.today):
            return self.tr("%1 – review due").replace("%1", day(value))
        return day(value)

    def overdue(self, data: dict[str, Any]) -> bool:
        return is_due(data.get("review_date"), self.lookups.today)

    def long_overdue(self, data: dict[str, Any]) -> bool:
        return is_long_overdue(data.get("review_date"), self.lookups.today, self.review_months)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.ids):
            return None
        if role not in (
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return super().data(index, role)
        row = self.row_data(index.row())
        review_cell = self.columns[index.column()].key == "review_date" and self.overdue(row)
        foreign = not self.lookups.owned_here(row.get("country"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if review_cell and self.long_overdue(row):
                return self.tr(
                    "Not reviewed for long: the review date passed more than %n months ago. "
                    "Check these details with the contact, or erase them.",
                    "",
                    self.review_months,
                )
            if review_cell:
                return self.tr(
                    "Review due: the review date has passed. Check these details with the "
                    "contact, then set a new review date."
                )
            if foreign:
                return self.lookups.owner_note(str(row.get("country")))
            return super().data(index, role)
        if role == Qt.ItemDataRole.ForegroundRole:
            return OVERDUE if review_cell else None
        if review_cell or foreign:
            font = QFont()
            font.setBold(review_cell)
            font.setItalic(foreign)  # another country's contact: read-only here
            return font
        return None
