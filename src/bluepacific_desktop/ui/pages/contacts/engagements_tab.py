"""The engagements tab: filters by kind and dates (and words of the summary) over the
engagements recorded here."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QWidget

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.store.models import Engagement
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.pages.contacts.engagement_editor import EngagementEditor
from bluepacific_desktop.ui.pages.contacts.engagement_table import EngagementTableModel
from bluepacific_desktop.ui.pages.contacts.form import RecordEditor
from bluepacific_desktop.ui.pages.contacts.list_tab import RecordListTab
from bluepacific_desktop.ui.pages.contacts.lookups import Lookups, engagement_kinds
from bluepacific_desktop.ui.pages.contacts.widgets import to_date

# A date filter at this (impossible) date means "no limit" and shows "Any".
NO_LIMIT = QDate(1989, 12, 31)
WIDTHS = (100, 150, 280, 400)


class EngagementsTab(RecordListTab):
    kind = RecordKind.ENGAGEMENT

    def __init__(self, ctx: AppContext, lookups: Lookups, parent: QWidget | None = None) -> None:
        self.model: EngagementTableModel
        model = EngagementTableModel(ctx.store)
        super().__init__(ctx, lookups, model, WIDTHS, self.tr("&New engagement…"), parent)
        model.setParent(self)
        self.search.setPlaceholderText(self.tr("Words of the summary"))
        self.search.setAccessibleName(self.tr("Search engagements"))
        self.table.setAccessibleName(self.tr("Engagements"))
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(self.tr("Kind filter"))
        self.kind_filter.addItem(self.tr("All"), None)
        for value, text in engagement_kinds().items():
            self.kind_filter.addItem(text, value)
        self.since = self._date_filter(self.tr("From date"))
        self.until = self._date_filter(self.tr("Until date"))
        self.add_filter(self.tr("&Kind:"), self.kind_filter)
        self.add_filter(self.tr("&From:"), self.since)
        self.add_filter(self.tr("&Until:"), self.until)
        self.kind_filter.currentIndexChanged.connect(self._filter)
        self.since.dateChanged.connect(self._filter)
        self.until.dateChanged.connect(self._filter)
        self.filters_changed()

    def _date_filter(self, accessible: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_LIMIT)
        edit.setSpecialValueText(self.tr("Any"))
        edit.setDate(NO_LIMIT)
        return edit

    @staticmethod
    def limit(edit: QDateEdit) -> date | None:
        chosen = edit.date()
        return None if chosen == NO_LIMIT else to_date(chosen)

    def _filter(self) -> None:
        self.model.set_filters(
            kind=self.kind_filter.currentData(),
            since=self.limit(self.since),
            until=self.limit(self.until),
        )
        self.filters_changed()

    def count_text(self, n: int) -> str:
        return self.tr("%Ln engagements", "", n)

    def empty_texts(self, typed: str) -> tuple[str, str]:
        filters = self.model.filters
        if typed:
            return (
                self.tr("No engagement mentions “%1”.").replace("%1", typed),
                self.tr("&New engagement…"),
            )
        if filters.kind or filters.since or filters.until:
            return self.tr("No engagement matches these filters."), self.tr("&New engagement…")
        return (
            self.tr(
                "Meetings, exchanges and joint operations with your contacts are recorded here. "
                "None is recorded yet."
            ),
            self.tr("&Record the first engagement…"),
        )

    def record_name(self, row: int) -> str:
        kind, when = self.model.index(row, 1).data(), self.model.index(row, 0).data()
        return self.tr("%1 of %2").replace("%1", kind or "").replace("%2", when or "")

    def make_editor(self, record_id: str | None) -> RecordEditor:
        engagement = None
        if record_id is not None:
            with self.ctx.store.read() as session:
                engagement = session.get(Engagement, record_id)
        return EngagementEditor(self.ctx, self.lookups, engagement, self)
