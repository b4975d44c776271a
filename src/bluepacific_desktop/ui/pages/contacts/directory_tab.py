"""The directory tab: instant search (name, organisation, e-mail, phone) and filters by country,
organisation type and role over the regional directory of contacts."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QComboBox, QPushButton, QWidget

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.domain.folding import fold
from bluepacific_desktop.store.models import Contact
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.formatting import day
from bluepacific_desktop.ui.ops import Changed, Job, WriteOp
from bluepacific_desktop.ui.pages.contacts.contact_editor import ContactEditor
from bluepacific_desktop.ui.pages.contacts.contact_table import ContactTableModel
from bluepacific_desktop.ui.pages.contacts.form import RecordEditor
from bluepacific_desktop.ui.pages.contacts.list_tab import RecordListTab
from bluepacific_desktop.ui.pages.contacts.lookups import Lookups
from bluepacific_desktop.ui.pages.contacts.widgets import compact, fit_popup
from bluepacific_desktop.workflows import review


def looks_like_name(typed: str) -> bool:
    """A search for a name (not an e-mail or a phone number) can become the new contact's name."""
    return "@" not in typed and not any(ch.isdigit() for ch in typed)


WIDTHS = (140, 140, 110, 110, 85, 105, 140, 45, 110)  # fits the table of a 1366-pixel window


class DirectoryTab(RecordListTab):
    kind = RecordKind.CONTACT

    def __init__(self, ctx: AppContext, lookups: Lookups, parent: QWidget | None = None) -> None:
        self.model: ContactTableModel
        model = ContactTableModel(ctx.store, lookups)
        super().__init__(ctx, lookups, model, WIDTHS, self.tr("&New contact…"), parent)
        model.setParent(self)
        self.search.setPlaceholderText(self.tr("Name, organisation, e-mail or phone"))
        self.search.setAccessibleName(self.tr("Search contacts"))
        self.table.setAccessibleName(self.tr("Contacts"))
        self.country = compact(QComboBox(), 14)
        self.country.setAccessibleName(self.tr("Country filter"))
        self.org_type = compact(QComboBox(), 14)
        self.org_type.setAccessibleName(self.tr("Organisation type filter"))
        self.role = compact(QComboBox(), 14)
        self.role.setAccessibleName(self.tr("Role filter"))
        self.add_filter(self.tr("&Country:"), self.country)
        self.add_filter(self.tr("&Type:"), self.org_type)
        self.add_filter(self.tr("&Role:"), self.role)
        self.due_only = QCheckBox(self.tr("Due for re&view only"))
        self.due_only.toggled.connect(lambda _on: self._due_filter())
        self.filters.addWidget(self.due_only)
        self.still_correct_button = QPushButton(self.tr("St&ill correct"))
        self.still_correct_button.setToolTip(
            self.tr("The details were checked: the next review date is set one interval from today")
        )
        self.still_correct_button.clicked.connect(self.still_correct)
        self.button_row.insertWidget(3, self.still_correct_button)
        self.fill_filters(lookups)
        for combo, name in (
            (self.country, "country"),
            (self.org_type, "org_type"),
            (self.role, "role"),
        ):
            combo.currentIndexChanged.connect(lambda _i, c=combo, n=name: self._filter(n, c))
        self.filters_changed()

    def fill_filters(self, lookups: Lookups) -> None:
        """(Re)fill the filter combos in the UI language, keeping what was chosen."""
        for combo, items in (
            (self.country, lookups.countries),
            (self.org_type, lookups.org_types),
            (self.role, lookups.roles),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for code, name in items.items():
                combo.addItem(name, code)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)
            fit_popup(combo)

    def refresh(self, lookups: Lookups) -> None:
        self.model.lookups = lookups
        with self.ctx.store.read() as session:  # one setting: quick on the GUI thread
            self.model.review_months = review.interval(session)
        self.fill_filters(lookups)
        if self.due_only.isChecked():  # "today" may have moved
            self.model.filters.due_by = lookups.today
        super().refresh(lookups)

    # -- review dates ------------------------------------------------------------------------

    def show_due(self) -> None:
        """The contacts due for review only (the dashboard's to-do item opens this)."""
        self.due_only.setChecked(True)
        self.table.setFocus()
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def _due_filter(self) -> None:
        on = self.due_only.isChecked()
        self.model.set_filters(
            due_by=self.lookups.today if on else None,
            due_country=self.lookups.country if on else None,
        )
        self.filters_changed()

    def selection_changed(self) -> None:
        super().selection_changed()
        row = self.table.currentIndex().row()
        data = self.model.row_data(row) if 0 <= row < self.model.rowCount() else {}
        self.still_correct_button.setEnabled(
            self.model.overdue(data) and self.lookups.owned_here(data.get("country"))
        )

    def still_correct(self) -> None:
        """One click: the selected contact's details are still correct; next review set."""
        record_id = self.current_id()
        if record_id is None or not self.still_correct_button.isEnabled():
            return
        name = self.record_name(self.table.currentIndex().row())

        def work(job: Job) -> Changed[date]:
            with job.store.write() as session:
                return Changed.of(review.still_correct(session, record_id), {RecordKind.CONTACT})

        def done(next_date: date) -> None:
            self.ctx.status_message.emit(
                self.tr("%1: still correct; next review %2.")
                .replace("%1", name)
                .replace("%2", day(next_date))
            )

        WriteOp(self, self.ctx, work, done, self._failed).run()

    def _filter(self, name: str, combo: QComboBox) -> None:
        self.model.set_filters(**{name: combo.currentData()})
        self.filters_changed()

    def count_text(self, n: int) -> str:
        return self.tr("%Ln contacts", "", n)

    def empty_texts(self, typed: str) -> tuple[str, str]:
        filters = self.model.filters
        if fold(typed) and looks_like_name(typed):
            return (
                self.tr("No contact is called “%1”. Create a new contact?").replace("%1", typed),
                self.tr("&Add %1 as a new contact…").replace("%1", typed),
            )
        if typed:
            return (
                self.tr("No contact matches “%1”.").replace("%1", typed),
                self.tr("&New contact…"),
            )
        if filters.due_by is not None and not (filters.country or filters.org_type or filters.role):
            return self.tr("No contact is due for review."), self.tr("&New contact…")
        if filters.country or filters.org_type or filters.role or filters.due_by:
            return self.tr("No contact matches these filters."), self.tr("&New contact…")
        return (
            self.tr(
                "The directory holds the people you work with in other agencies and countries "
                "(NCB, TCU, PTCCC, customs, immigration…). No contact is recorded yet."
            ),
            self.tr("&Add the first contact…"),
        )

    def new_from_search(self, typed: str) -> None:
        self.new_record()
        if isinstance(self.editor, ContactEditor) and typed and looks_like_name(typed):
            self.editor.name.setText(typed)

    def record_name(self, row: int) -> str:
        return str(self.model.row_data(row).get("full_name", ""))

    def make_editor(self, record_id: str | None) -> RecordEditor:
        contact = None
        if record_id is not None:
            with self.ctx.store.read() as session:  # one record: quick on the GUI thread
                contact = session.get(Contact, record_id)
        return ContactEditor(self.ctx, self.lookups, contact, self)
