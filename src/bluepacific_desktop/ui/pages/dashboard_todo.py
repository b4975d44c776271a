"""The dashboard's to-do list: one button per item, each showing the screen that settles it.

The counts come from `workflows.todo` (one place); this module only words them. An item with
nothing to do stays in the list, saying so, so the list reads the same every day.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from PySide6.QtCore import QDateTime, QLocale, Signal
from PySide6.QtWidgets import QGroupBox, QPushButton, QVBoxLayout, QWidget

from bluepacific_desktop.ui.formatting import day, month_name, number
from bluepacific_desktop.workflows.todo_rules import ToDo
from bluepacific_wire.returns import ReturnState


class Item(StrEnum):
    STATES = "states"
    MONTHS = "months"
    SENT_BACK = "sent_back"
    DUE = "due"
    CONTACTS = "contacts"
    CONFLICTS = "conflicts"
    SET_ASIDE = "set_aside"
    WAITING = "waiting"
    LAST_SYNC = "last_sync"


# The screen (its `Screen.name` in ui/app.py) that settles each item; the months open the
# monthly returns at the oldest month not reported ("returns:2024-01", see Page.show_item).
SETTLED_ON = {
    Item.STATES: "returns",
    Item.MONTHS: "returns",
    Item.SENT_BACK: "returns",
    Item.DUE: "returns",
    Item.CONTACTS: "contacts",
    Item.CONFLICTS: "sync",
    Item.SET_ASIDE: "sync",
    Item.WAITING: "sync",
    Item.LAST_SYNC: "sync",
}

# Something to do; nothing to do (the marks are not words, so they need no translation).
_TO_DO, _DONE = "●", "✓"


class ToDoBox(QGroupBox):
    go_to = Signal(str)  # the screen to show

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: dict[Item, QPushButton] = {}
        self.oldest_month: str | None = None  # the months item opens it
        self.months: dict[Item, str] = {}  # the month each returns item opens (or its item)
        layout = QVBoxLayout(self)
        for item in Item:
            button = QPushButton()
            button.setFlat(True)
            button.setStyleSheet("text-align: left; padding: 3px 6px;")
            button.clicked.connect(lambda _checked=False, i=item: self.go_to.emit(self.link(i)))
            self.buttons[item] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("To do"))

    def link(self, item: Item) -> str:
        """Where the item's button leads: a screen, and for the months the oldest one."""
        month = self.months.get(item)
        return f"{SETTLED_ON[item]}:{month}" if month else SETTLED_ON[item]

    def show_todo(self, todo: ToDo) -> None:
        months = len(todo.months_not_reported)
        self.oldest_month = todo.months_not_reported[0] if months else None
        self.months = {
            item: month
            for item, month in (
                (Item.MONTHS, self.oldest_month),
                (Item.SENT_BACK, todo.sent_back[0][0] if todo.sent_back else None),
                (Item.DUE, todo.due_soon[0] if todo.due_soon else None),
                # The contacts screen then lists the contacts due for review only.
                (Item.CONTACTS, "review" if todo.contacts_to_review else None),
            )
            if month
        }
        self._set(
            Item.MONTHS,
            months,
            # Not "not reported": the line below counts the months not submitted, and a month
            # with figures entered but not submitted is one of those, not one of these.
            self.tr(
                "%n months with no figures and no return yet, the oldest %1", "", months
            ).replace("%1", month_name(todo.months_not_reported[0]) if months else ""),
            self.tr("Every month has figures or a return"),
        )
        self._show(Item.STATES, False, self._states(todo))
        self._show(Item.SENT_BACK, bool(todo.sent_back), self._sent_back(todo.sent_back))
        self._show(Item.DUE, todo.due_soon is not None, self._due(todo.due_soon))
        self._set(
            Item.CONTACTS,
            todo.contacts_to_review,
            self.tr("%Ln contacts due for review", "", todo.contacts_to_review),
            self.tr("No contact is due for review"),
        )
        self._set(
            Item.CONFLICTS,
            todo.conflicts,
            self.tr("%Ln records changed in two places: choose what to keep", "", todo.conflicts),
            self.tr("No record changed in two places"),
        )
        self._set(
            Item.SET_ASIDE,
            todo.set_aside,
            self.tr("%Ln changes refused by the hub: fix, then send again", "", todo.set_aside),
            self.tr("No change refused by the hub"),
        )
        self._set(
            Item.WAITING,
            todo.waiting,
            self.tr("%Ln changes waiting to be sent", "", todo.waiting),
            self.tr("Nothing waiting to be sent"),
        )
        self._show(Item.LAST_SYNC, todo.last_sync is None, self._last_sync(todo.last_sync))

    def _states(self, todo: ToDo) -> str:
        """The months so far by their return's state, in one line."""
        counts = dict(todo.by_state)
        if not counts:
            return self.tr("No month of the project has ended yet")
        return (
            # Each count after its word, as in a list: "1 approuvés" would be wrong in French,
            # and four counts cannot take their plural forms in one sentence.
            self.tr("Months so far: accepted %1, approved %2, submitted %3, not submitted %4")
            .replace("%1", number(counts.get(ReturnState.ACCEPTED, 0)))
            .replace("%2", number(counts.get(ReturnState.APPROVED, 0)))
            .replace("%3", number(counts.get(ReturnState.SUBMITTED, 0)))
            .replace("%4", number(counts.get(ReturnState.DRAFT, 0)))
        )

    def _sent_back(self, months: tuple[tuple[str, str], ...]) -> str:
        if not months:
            return self.tr("No month sent back to you")
        period, comment = months[0]
        if len(months) == 1:
            text = self.tr("%1 was sent back to you: “%2”")
        else:
            text = self.tr("%n months sent back to you; the oldest, %1: “%2”", "", len(months))
        return text.replace("%1", month_name(period)).replace("%2", comment)

    def _due(self, due: tuple[str, date] | None) -> str:
        if due is None:
            return self.tr("No return due in the coming week")
        period, last_day = due
        return (
            self.tr("%1's return is due by %2")
            .replace("%1", month_name(period))
            .replace("%2", day(last_day))
        )

    def _last_sync(self, when: datetime | None) -> str:
        if when is None:
            return self.tr("Never synced with the hub")
        moment = QDateTime.fromSecsSinceEpoch(int(when.timestamp()))
        text = QLocale().toString(moment, QLocale.FormatType.ShortFormat)
        return self.tr("Last successful sync: %1").replace("%1", text)

    def _set(self, item: Item, count: int, some: str, none: str) -> None:
        self._show(item, bool(count), some if count else none)

    def _show(self, item: Item, to_do: bool, words: str) -> None:
        button = self.buttons[item]
        button.setText(f"{_TO_DO if to_do else _DONE}  {words}")
        button.setAccessibleName(words)  # read out without the mark
