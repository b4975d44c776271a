"""The one line above a submitted month's grid: the month's state and who can send it back, so
the grid says it is read-only before anything is typed (the store refuses the change anyway)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui.pages.capabilities.months_model import month_label
from bluepacific_desktop.ui.pages.returns.texts import closed_sentence, lock_sentence
from bluepacific_desktop.workflows.returns import get_return

# A light frame in the window's colours: it reads as a notice, not as an error.
_STYLE = (
    "QLabel { border: 1px solid palette(mid); padding: 6px; background: palette(alternate-base); }"
)


class LockBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(_STYLE)
        self.setAccessibleName(self.tr("Month locked"))
        self.hide()

    def show_month(self, store: Store, period: str) -> bool:
        """Show the banner if `period` is submitted, approved or accepted, or its entry period
        closed (the hub's setting); True when locked."""
        month = get_return(store, period)
        last_day = month.last_open_day
        if month.submitted:
            self.setText(lock_sentence(month_label(period), month.state))
        elif last_day is not None:
            self.setText(closed_sentence(month_label(period), last_day))
        else:
            self.hide()
            return False
        self.show()
        return True
