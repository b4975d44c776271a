"""The courses a person trains, as a list of the catalog's courses to tick (Space ticks the
current one), for the person editor."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui.pages.training.common import ui_language
from bluepacific_desktop.workflows.training_queries import courses

CODE_ROLE = Qt.ItemDataRole.UserRole


class CourseChecklist(QListWidget):
    def __init__(self, store: Store) -> None:
        super().__init__()
        with store.read() as session:
            catalog = courses(session, ui_language())
        for code, name in catalog:
            item = QListWidgetItem(name)
            item.setData(CODE_ROLE, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        self.setMaximumHeight(110)
        # Wide enough for the longest course name beside the scroll bar: never cut off.
        scroll_bar = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
        self.setMinimumWidth(self.sizeHintForColumn(0) + 2 * self.frameWidth() + scroll_bar + 4)

    def codes(self) -> list[str]:
        """The ticked courses' codes, in the list's order."""
        return [
            str(item.data(CODE_ROLE))
            for item in (self.item(i) for i in range(self.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]

    def set_codes(self, codes: list[str]) -> None:
        chosen = set(codes)
        for item in (self.item(i) for i in range(self.count())):
            on = item.data(CODE_ROLE) in chosen
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
