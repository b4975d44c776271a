"""Pick the contacts involved in an engagement: type to find them in the directory (the first
matches only, so a big directory stays quick), Enter adds, Delete removes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QWidget,
)
from sqlalchemy import select

from bluepacific_desktop.domain.folding import fold
from bluepacific_desktop.store.models import Contact
from bluepacific_desktop.store.search import folded_contains
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui.pages.contacts.lookups import Lookups

MATCHES = 50
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _list(model: QStandardItemModel) -> QListView:
    view = QListView()
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setMinimumHeight(110)
    # Long "name — organisation (country)" lines end in "…"; the tooltip shows them whole.
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setUniformItemSizes(True)
    return view


class ContactPicker(QWidget):
    def __init__(self, store: Store, lookups: Lookups, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.lookups = lookups
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Find a contact"))
        self.search.setPlaceholderText(self.tr("Type a name or organisation, then Enter"))
        self.matches_model = QStandardItemModel(self)
        self.matches = _list(self.matches_model)
        self.matches.setAccessibleName(self.tr("Matching contacts"))
        self.chosen_model = QStandardItemModel(self)
        self.chosen = _list(self.chosen_model)
        self.chosen.setAccessibleName(self.tr("Contacts involved"))
        add = QPushButton(self.tr("&Add"))
        add.clicked.connect(self.add_current)
        remove = QPushButton(self.tr("Re&move"))
        remove.clicked.connect(self.remove_current)
        find_label = QLabel(self.tr("&Find a contact:"))
        find_label.setBuddy(self.search)
        chosen_label = QLabel(self.tr("Chosen:"))
        chosen_label.setBuddy(self.chosen)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(find_label, 0, 0)
        grid.addWidget(chosen_label, 0, 1)
        grid.addWidget(self.search, 1, 0)
        grid.addWidget(self.matches, 2, 0)
        grid.addWidget(self.chosen, 1, 1, 2, 1)
        grid.addWidget(add, 3, 0)
        grid.addWidget(remove, 3, 1)
        self.search.textChanged.connect(self.show_matches)
        self.search.installEventFilter(self)
        self.matches.activated.connect(lambda _i: self.add_current())
        QShortcut(
            QKeySequence.StandardKey.Delete,
            self.chosen,
            self.remove_current,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.show_matches("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # In the search box: Enter adds the highlighted match, Up/Down move through the matches.
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.add_current()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if key == Qt.Key.Key_Down else -1
                row = self.matches.currentIndex().row() + step
                if 0 <= row < self.matches_model.rowCount():
                    self.matches.setCurrentIndex(self.matches_model.index(row, 0))
                return True
        return super().eventFilter(watched, event)

    def _item(self, record_id: str, name: str, organisation: str, country: str) -> QStandardItem:
        text = self.tr("%1 — %2 (%3)").replace("%1", name).replace("%2", organisation)
        item = QStandardItem(text.replace("%3", self.lookups.country_name(country)))
        item.setToolTip(item.text())
        item.setData(record_id, ID_ROLE)
        return item

    def show_matches(self, text: str) -> None:
        """The first matches of the directory (bounded: a read on the GUI thread stays quick)."""
        stmt = select(Contact.id, Contact.full_name, Contact.organisation, Contact.contact_country)
        stmt = stmt.where(Contact.deleted.is_(False))
        if fold(text):  # name or organisation, folded: “semisi” finds “Sēmisi”
            stmt = stmt.where(folded_contains(Contact.search_key, text))
        with self.store.read() as session:
            rows = session.execute(stmt.order_by(Contact.full_name).limit(MATCHES)).all()
        self.matches_model.clear()
        for row in rows:
            self.matches_model.appendRow(self._item(*row))
        if rows:
            self.matches.setCurrentIndex(self.matches_model.index(0, 0))

    def chosen_ids(self) -> list[str]:
        model = self.chosen_model
        return [str(model.item(row).data(ID_ROLE)) for row in range(model.rowCount())]

    def add_current(self) -> None:
        index = self.matches.currentIndex()
        if not index.isValid():
            return
        record_id = str(index.data(ID_ROLE))
        if record_id not in self.chosen_ids():
            item = QStandardItem(str(index.data()))
            item.setToolTip(item.text())
            item.setData(record_id, ID_ROLE)
            self.chosen_model.appendRow(item)
        self.search.selectAll()  # ready for the next name

    def remove_current(self) -> None:
        index = self.chosen.currentIndex()
        if index.isValid():
            self.chosen_model.removeRow(index.row())

    def set_chosen(self, contact_ids: list[str]) -> None:
        with self.store.read() as session:
            rows = session.execute(
                select(
                    Contact.id, Contact.full_name, Contact.organisation, Contact.contact_country
                ).where(Contact.id.in_(contact_ids))
            ).all()
        self.chosen_model.clear()
        for row in sorted(rows, key=lambda r: r[1]):
            self.chosen_model.appendRow(self._item(*row))
