"""A row of filters that wraps onto a second line when the window is narrow.

On 1280×720 at 150 % a screen is about 600 px wide: a search box, three lists and two dates
side by side would push the screen past the window's edge. `FlowLayout` lays its items left
to right and starts a new line where the next one no longer fits; `labelled(text, widget)`
keeps a label with its field, so they wrap together.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    # -- QLayout's API ----------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._lay_out(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._lay_out(rect, move=True)

    def sizeHint(self) -> QSize:
        # All on one line when there is room.
        width = sum(i.sizeHint().width() for i in self._items) + self._gap() * len(self._items)
        height = max((i.sizeHint().height() for i in self._items), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:
        # As narrow as its widest item: the rest goes to the next lines.
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size.grownBy(margins)

    # -- laying out -------------------------------------------------------------------------

    def _gap(self) -> int:
        spacing = self.spacing()
        return spacing if spacing >= 0 else 6

    def _lay_out(self, rect: QRect, *, move: bool) -> int:
        """Place the items in lines inside `rect`; the height used. The last item of a line
        that has room left stretches to the line's end (the search box grows, lists don't)."""
        area = rect.marginsRemoved(self.contentsMargins())
        gap = self._gap()
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._items:
            width = item.sizeHint().width()
            if lines[-1] and used + gap + width > area.width():
                lines.append([])
                used = 0
            used += (gap if lines[-1] else 0) + width
            lines[-1].append(item)
        y = area.y()
        for line in lines:
            if not line:
                continue
            height = max(i.sizeHint().height() for i in line)
            x = area.x()
            spare = area.width() - sum(i.sizeHint().width() for i in line) - gap * (len(line) - 1)
            growing = [i for i in line if i.expandingDirections() & Qt.Orientation.Horizontal]
            for item in line:
                width = item.sizeHint().width()
                if spare > 0 and growing and item is growing[0]:
                    width += spare
                width = min(width, area.width())
                if move:
                    item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
                x += width + gap
            y += height + gap
        return y - gap - rect.y() + self.contentsMargins().bottom()


def labelled(text: str, widget: QWidget, *, grows: bool = False) -> QWidget:
    """`widget` with its label (its buddy, so Alt+letter still reaches it), kept together."""
    pair = QWidget()
    layout = QHBoxLayout(pair)
    layout.setContentsMargins(0, 0, 0, 0)
    label = QLabel(text)
    label.setBuddy(widget)
    layout.addWidget(label)
    layout.addWidget(widget, 1)
    horizontal = QSizePolicy.Policy.Expanding if grows else QSizePolicy.Policy.Preferred
    pair.setSizePolicy(horizontal, QSizePolicy.Policy.Fixed)
    return pair
