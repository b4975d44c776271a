"""A name box whose completer lists matching people (name and agency) as the user types.

Each keystroke runs one LIMIT 20 look-up over the indexed names (training_queries.find_people), so
it stays quick with 100,000 people; no model of all people is ever built.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from bluepacific_desktop.store.store import Store
from bluepacific_desktop.workflows.training_queries import (
    PersonMatch,
    find_people,
    trainers_first,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class PersonFinder(QLineEdit):
    """Emits `picked(PersonMatch)` when the user chooses one of the matches."""

    picked = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.matches: list[PersonMatch] = []
        # A trainer box names its session's course: who trains it comes first, marked.
        self.prefer_course: Callable[[], str | None] = lambda: None
        self.setPlaceholderText(self.tr("Type a name…"))
        self.setClearButtonEnabled(True)
        self.model = QStandardItemModel(self)
        self.finder = QCompleter(self.model, self)
        # The SQL already filtered: show its rows as they are.
        self.finder.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.finder.setMaxVisibleItems(12)
        self.setCompleter(self.finder)
        # The index overload carries the person's id (the stubs do not know the overloads).
        self.finder.activated[QModelIndex].connect(self._chosen)  # type: ignore[index]
        self.textEdited.connect(self._look_up)

    def _look_up(self, text: str) -> None:
        with self.store.read() as session:
            self.matches, trainers = trainers_first(
                session, find_people(session, text), self.prefer_course()
            )
        self.model.clear()
        for match in self.matches:
            shown = f"{match.full_name} — {match.agency}" if match.agency else match.full_name
            if match.id in trainers:
                shown += " · " + self.tr("trains this course")
            item = QStandardItem(shown)
            item.setData(match.id, ID_ROLE)
            self.model.appendRow(item)
        if self.matches:
            self.finder.complete()

    def _chosen(self, index: QModelIndex) -> None:
        person_id = index.data(ID_ROLE)
        match = next((m for m in self.matches if m.id == person_id), None)
        if match is not None:
            self.picked.emit(match)
        self.matches = []
        # The completer writes the chosen text into the box after this signal: clear it later.
        QTimer.singleShot(0, self.clear)
