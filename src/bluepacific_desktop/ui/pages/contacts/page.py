"""The Contacts & engagements screen: the regional directory and the engagements, in two tabs."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QTabWidget, QVBoxLayout, QWidget

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.io.importing import ImportKind
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.dialogs.import_dialog import ImportDialog
from bluepacific_desktop.ui.icons import Icon, icon
from bluepacific_desktop.ui.pages.base import Page
from bluepacific_desktop.ui.pages.contacts.contact_editor import ContactEditor
from bluepacific_desktop.ui.pages.contacts.directory_tab import DirectoryTab
from bluepacific_desktop.ui.pages.contacts.engagement_editor import EngagementEditor
from bluepacific_desktop.ui.pages.contacts.engagements_tab import EngagementsTab
from bluepacific_desktop.ui.pages.contacts.lookups import load_lookups
from bluepacific_desktop.ui.pages.reports.printing import print_report
from bluepacific_desktop.workflows.drafts import Draft
from bluepacific_wire import REFERENCE_KINDS


class ContactsPage(Page):
    nav_icon = Icon.CONTACTS
    # Engagements show contacts' names, so both tabs refresh when either kind changes.
    # Reference kinds too: the lookups (countries, roles, organisation types) are re-read.
    kinds = frozenset({RecordKind.CONTACT.value, RecordKind.ENGAGEMENT.value}) | REFERENCE_KINDS

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        lookups = load_lookups(ctx.store)
        self.directory = DirectoryTab(ctx, lookups)
        self.engagements = EngagementsTab(ctx, lookups)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.directory, self.tr("&Directory"))
        self.tabs.addTab(self.engagements, self.tr("&Engagements"))
        self.import_button = QPushButton(icon(Icon.IMPORT), self.tr("Import &contact list…"))
        self.import_button.clicked.connect(self.open_import)
        self.tabs.setCornerWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.setFocusProxy(self.directory.search)

    def title(self) -> str:
        return self.tr("Contacts & engagements")

    def refresh(self) -> None:
        lookups = load_lookups(self.ctx.store)
        self.directory.refresh(lookups)
        self.engagements.refresh(lookups)

    def show_item(self, item: str) -> None:
        """ "review": the contacts due for review (the dashboard's to-do item)."""
        if item == "review":
            self.tabs.setCurrentWidget(self.directory)
            self.directory.show_due()

    def new_record(self) -> None:
        tab = self.engagements if self.tabs.currentWidget() is self.engagements else self.directory
        tab.new_record()

    def find_records(self) -> None:
        tab = self.engagements if self.tabs.currentWidget() is self.engagements else self.directory
        tab.search.setFocus()
        tab.search.selectAll()

    def print_page(self) -> None:
        """Ctrl+P: the contact directory, through the print dialog."""
        print_report(self.ctx, self, "contacts")

    def open_draft(self, draft: Draft) -> bool:
        tabs = {
            ContactEditor.draft_name: self.directory,
            EngagementEditor.draft_name: self.engagements,
        }
        tab = tabs.get(draft.editor)
        if tab is None:
            return False
        self.tabs.setCurrentWidget(tab)
        tab.edit(draft.record_id)
        assert tab.editor is not None
        tab.editor.restore(draft)
        return True

    def open_import(self) -> None:
        self.import_dialog = ImportDialog(self.ctx, ImportKind.CONTACTS, self)
        self.import_dialog.open()
