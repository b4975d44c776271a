"""The engagements' table model: filtered by kind, dates and words of the summary, newest first,
with the names of the contacts involved read with each page of rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QObject
from sqlalchemy import Label, Select, literal_column, select

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.domain.folding import fold
from bluepacific_desktop.store.models import Engagement
from bluepacific_desktop.store.search import folded_text_contains
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui.formatting import day
from bluepacific_desktop.ui.models.record_table import Column, RecordTableModel
from bluepacific_desktop.ui.pages.contacts.lookups import engagement_kinds

# The names of an engagement's contacts in one correlated sub-query, so a page of rows
# costs one query whatever the number of contacts.
CONTACT_NAMES: Label[str] = literal_column(
    "(SELECT group_concat(c.full_name, ', ') FROM json_each(engagements.contact_ids) AS j "
    "JOIN contacts AS c ON c.id = j.value)"
).label("contact_names")


@dataclass
class EngagementFilters:
    kind: str | None = None
    since: date | None = None
    until: date | None = None

    def ids_query(self, text: str) -> Select[Any]:
        stmt = select(Engagement.id).where(Engagement.deleted.is_(False))
        if self.kind:
            stmt = stmt.where(Engagement.kind == self.kind)
        if self.since is not None:
            stmt = stmt.where(Engagement.date >= self.since)
        if self.until is not None:
            stmt = stmt.where(Engagement.date <= self.until)
        if fold(text):
            stmt = stmt.where(folded_text_contains(Engagement.summary, text))
        return stmt.order_by(Engagement.date.desc(), Engagement.id)


ROW_COLUMNS: tuple[Any, ...] = (
    Engagement.id,
    Engagement.country,
    Engagement.date,
    Engagement.kind,
    Engagement.summary,
    CONTACT_NAMES,
    Engagement.confirmed_at,
)


def rows_query(ids: list[str]) -> Select[Any]:
    return select(*ROW_COLUMNS).where(Engagement.id.in_(ids))


def first_line(text: str, limit: int = 160) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


class EngagementTableModel(RecordTableModel):
    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        filters = EngagementFilters()
        super().__init__(
            store, [], filters.ids_query, rows_query, RecordKind.ENGAGEMENT.value, parent
        )
        self.filters = filters
        self.kinds = engagement_kinds()
        # Headers need self.tr, which needs the QObject made first.
        self.beginResetModel()
        self.columns = [
            Column(self.tr("Date"), "date", day),
            Column(self.tr("Kind"), "kind", lambda k: self.kinds.get(k, k)),
            Column(self.tr("Contacts involved"), "contact_names"),
            Column(self.tr("Summary"), "summary", first_line),
            Column(self.tr("Sync"), "_sync"),
        ]
        self.endResetModel()

    def set_filters(self, **changes: Any) -> None:
        for name, value in changes.items():
            setattr(self.filters, name, value)
        self.reload()
