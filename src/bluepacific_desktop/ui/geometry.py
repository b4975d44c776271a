"""Windows that fit the screen they open on and remember how the user left them.

`fit_window(window, name, preferred)` is the one call a window makes. At its first show the
window takes its remembered size and position (kept on the screen it opens on), or else its
preferred size shrunk to the screen's available area (task bar excluded) at any display
scaling; its splitters and table columns take their remembered sizes, and columns are never
narrower than their header text. When it hides (closed, accepted, cancelled) all of that is
written to `windows.ini` in the folder the app keeps its data in (`remember_in`); with no
folder (most tests) windows still fit, and nothing is written anywhere.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QMargins, QObject, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QFrame,
    QHeaderView,
    QListWidget,
    QScrollArea,
    QSplitter,
    QStyle,
    QTableView,
    QWidget,
)

log = logging.getLogger(__name__)

SETTINGS_FILE = "windows.ini"
RESTORED = "bp_sizes_restored"  # a splitter property: its sizes came from the settings
# The window frame and title bar, outside the size a window is given (Windows 10/11 at 100 %;
# the platform's real frame is known only once the window is on screen).
FRAME = QMargins(8, 32, 8, 8)

_folder: list[Path | None] = [None]


def remember_in(folder: Path | None) -> None:
    """Keep the windows' sizes in `folder` (the data folder); None: remember nothing."""
    _folder[0] = folder


def settings() -> QSettings | None:
    """The windows' settings file in the data folder, created 0600; None when none is set."""
    folder = _folder[0]
    if folder is None or not folder.is_dir():
        return None
    path = folder / SETTINGS_FILE
    if not path.exists():
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)  # the owner's only, like the store
        os.close(fd)
    return QSettings(str(path), QSettings.Format.IniFormat)


def available_area(window: QWidget) -> QRect:
    """Where a window may go on the screen it is on: the screen minus its task bar."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fitted_size(preferred: QSize, area: QRect) -> QSize:
    """`preferred`, shrunk so that the window with its frame fits inside `area`."""
    room = area.marginsRemoved(FRAME).size()
    return preferred.boundedTo(room)


def header_text_width(header: QHeaderView, section: int) -> int:
    """The width `section` needs to show its header text whole (every line of it), as Qt's
    style measures it, with the sort arrow's room when the header shows one."""
    if header.model() is None:
        return 0
    return header.sectionSizeHint(section)


def fit_header(header: QHeaderView) -> None:
    """Widen every section the user or the code sizes (not stretched, not sized to contents)
    to its header text; never narrows one."""
    if header.model() is None:
        return
    for section in range(header.count()):
        mode = header.sectionResizeMode(section)
        if mode in (QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.ResizeToContents):
            continue
        needed = header_text_width(header, section)
        if header.sectionSize(section) < needed:
            header.resizeSection(section, needed)


def table_width(view: QTableView) -> int:
    """The width `view` needs to show every column without scrolling sideways: the columns as
    sized, the stretched last one at what its words need, the frame and the vertical scroll bar."""
    header = view.horizontalHeader()
    sections = [s for s in range(header.count()) if not header.isSectionHidden(s)]
    last = sections[-1] if sections and header.stretchLastSection() else -1
    columns = sum(
        max(header_text_width(header, s), view.sizeHintForColumn(s))
        if s == last
        else header.sectionSize(s)
        for s in sections
    )
    return columns + 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width()


def widen_for_table(splitter: QSplitter, view: QTableView, keep: float = 0.4) -> bool:
    """Give a splitter's first pane the room its table needs to show every column, taken from
    the second pane down to the width it asks for or `keep` of the whole: the default sizes
    of a screen suit one language and one screen, the columns' words another. Sizes the user
    left (restored from the settings) are kept. True when the splitter was laid out."""
    if not splitter.isVisible() or splitter.count() != 2 or splitter.width() <= 0:
        return False
    if splitter.property(RESTORED):
        return True
    first, second = splitter.sizes()
    total = first + second
    other = splitter.widget(1)
    # The second pane keeps the width it asks for and at least `keep` of the whole (its own
    # tables' headers, which its size hint does not count); where both do not fit, nothing
    # changes: one table scrolled sideways is better than two with cut headers.
    asked = other.sizeHint().width() if other is not None else 0
    room = total - max(asked, int(total * keep))
    wanted = table_width(view) + (first - view.width())
    if first < wanted <= room:
        splitter.setSizes([wanted, total - wanted])
    return True


def fit_list_width(view: QListWidget) -> None:
    """A list of short names (the screens) exactly as wide as its longest name, in whatever
    language: never cut, never wider than it needs."""
    widest = max(
        (
            view.sizeHintForColumn(0),
            *(
                view.fontMetrics().horizontalAdvance(view.item(r).text())
                for r in range(view.count())
            ),
        ),
        default=0,
    )
    room = widest + 2 * view.frameWidth() + 2 * view.spacing() + 12  # the item's own margins
    view.setFixedWidth(max(room, 120))


def _part_key(part: QWidget, window: QWidget) -> str:
    """A name for a splitter or header that stays the same from one run to the next: its
    place among its parent's children of the same kind, up to the window."""
    steps: list[str] = []
    widget: QWidget | None = part
    while widget is not None and widget is not window:
        parent = widget.parentWidget()
        kind = type(widget).__name__
        if widget.objectName():
            steps.append(f"{kind}:{widget.objectName()}")
        else:
            # Compared by identity: findChildren or == here leave PySide's wrappers stale.
            same = (
                [] if parent is None else [c for c in parent.children() if type(c) is type(widget)]
            )
            place = next((i for i, c in enumerate(same) if c is widget), 0)
            steps.append(f"{kind}{place}")
        widget = parent
    return "/".join(reversed(steps))


def _parts(window: QWidget) -> list[QWidget]:
    """The window's own splitters and table headers (not those of a dialog it holds)."""
    found: list[QWidget] = [s for s in window.findChildren(QSplitter) if s.window() is window]
    found += [
        h
        for h in window.findChildren(QHeaderView)
        if h.orientation() == Qt.Orientation.Horizontal and h.window() is window
    ]
    return found


class _ColumnsFit(QObject):
    """A table whose columns add up to more than it shows (a small or scaled screen) narrows
    the columns people size, each in proportion to its room to spare, never below its header
    text, so the last ones (the sync state) stay in view without scrolling sideways. It works
    from the widths the code or the user chose, so a wider window gives them back."""

    def __init__(self, header: QHeaderView) -> None:
        super().__init__(header)
        self.header = header
        self.chosen: dict[int, int] = {}
        self.fitting = False
        header.sectionResized.connect(self._resized)
        view = header.parentWidget()
        # The view's viewport: resized after the view has laid out its header and scroll bars.
        target = view.viewport() if isinstance(view, QAbstractScrollArea) else view
        if target is not None:
            target.installEventFilter(self)

    def _resized(self, section: int, _old: int, new: int) -> None:
        if not self.fitting and self.chosen and self._narrows(section):
            self.chosen[section] = new  # the user dragged it: that is the width wanted now

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            try:
                self.fit()
            except Exception:  # never worth a crash (PySide aborts on it)
                log.exception("A table's columns could not be fitted")
        return False

    def remember_chosen(self) -> None:
        header = self.header
        self.chosen = {s: header.sectionSize(s) for s in range(header.count()) if self._narrows(s)}

    def fit(self) -> None:
        self.fitting = True  # its own resizing is not the user's choice
        try:
            self._fit()
        finally:
            self.fitting = False

    def _fit(self) -> None:
        header = self.header
        if header.model() is None or header.count() == 0:
            return
        if len(self.chosen) != sum(1 for s in range(header.count()) if self._narrows(s)):
            self.remember_chosen()
        sections = [s for s in range(header.count()) if not header.isSectionHidden(s)]
        last = sections[-1] if header.stretchLastSection() else -1
        narrowing = [s for s in sections if s in self.chosen and s != last]
        view = header.parentWidget()
        # The stretched last column (the sync state) needs its words and icon, no more.
        last_needs = header_text_width(header, last) if last >= 0 else 0
        if last >= 0 and isinstance(view, QAbstractItemView):
            last_needs = max(last_needs, view.sizeHintForColumn(last))
        total = sum(
            self.chosen[s] if s in narrowing else last_needs if s == last else header.sectionSize(s)
            for s in sections
        )
        if not isinstance(view, QAbstractScrollArea):
            return  # a header outside a table: nothing to fit it to
        excess = total - view.viewport().width()
        spare = {s: max(0, self.chosen[s] - header_text_width(header, s)) for s in narrowing}
        share = min(1.0, max(0, excess) / sum(spare.values())) if sum(spare.values()) else 0.0
        for section in narrowing:
            width = self.chosen[section] - int(spare[section] * share + 0.999)
            if header.sectionSize(section) != width:
                header.resizeSection(section, width)

    def _narrows(self, section: int) -> bool:
        return self.header.sectionResizeMode(section) == QHeaderView.ResizeMode.Interactive


class _Keeper(QObject):
    """Watches one window: sizes it at its first show, saves it whenever it hides."""

    def __init__(self, window: QWidget, name: str, preferred: QSize) -> None:
        super().__init__(window)
        self.window = window
        self.name = name
        self.preferred = preferred
        self.shown = False
        self.seen: set[int] = set()  # the parts already restored (by id)
        self.columns: dict[int, _ColumnsFit] = {}  # each header's wanted widths (by id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        try:
            self.handle(watched, event.type())
        except Exception:  # a window's size is never worth a crash (PySide aborts on it)
            log.exception("A window's size or columns could not be kept")
        return False

    def handle(self, watched: QObject, kind: QEvent.Type) -> None:
        if watched is self.window:
            if kind == QEvent.Type.Show:
                if not self.shown:
                    self.shown = True
                    self.place()
                self.restore_parts()
            elif kind == QEvent.Type.LayoutRequest and self.shown:
                self.restore_parts()  # screens built after the first paint (quick start-up)
            elif kind == QEvent.Type.LanguageChange:
                for part in _parts(self.window):
                    if isinstance(part, QHeaderView):
                        fit_header(part)
            elif kind == QEvent.Type.Hide and self.shown:
                self.save()

    def place(self) -> None:
        window, area = self.window, available_area(self.window)
        store = settings()
        saved = store.value(f"{self.name}/geometry") if store is not None else None
        if isinstance(saved, QByteArray | bytes) and window.restoreGeometry(QByteArray(saved)):
            # Remembered on a bigger screen, or a plugged-out monitor: back inside this one.
            if not window.isMaximized():
                window.resize(fitted_size(window.size(), area))
                outer = window.size().grownBy(FRAME)
                left = min(max(window.x(), area.left()), area.right() + 1 - outer.width())
                top = min(max(window.y(), area.top()), area.bottom() + 1 - outer.height())
                window.move(max(left, area.left()), max(top, area.top()))
            return
        window.resize(fitted_size(self.preferred, area))
        if window.parentWidget() is None:  # a dialog centres itself over its parent
            size = window.size().grownBy(FRAME)
            left = area.left() + max(0, (area.width() - size.width()) // 2)
            top = area.top() + max(0, (area.height() - size.height()) // 2)
            window.move(left, top)

    def restore_parts(self) -> None:
        store = settings()
        for part in _parts(self.window):
            if id(part) in self.seen:
                continue
            self.seen.add(id(part))
            key = f"{self.name}/{_part_key(part, self.window)}"
            if isinstance(part, QHeaderView):
                fit_header(part)
                columns = self.columns[id(part)] = _ColumnsFit(part)
                saved = store.value(key) if store is not None else None
                widths = str(saved).split(",") if saved else []
                if len(widths) == part.count() and all(w.isdigit() for w in widths):
                    for section, width in enumerate(widths):
                        if part.sectionResizeMode(section) == QHeaderView.ResizeMode.Interactive:
                            part.resizeSection(section, max(int(width), part.minimumSectionSize()))
                columns.remember_chosen()
                columns.fit()
            elif isinstance(part, QSplitter) and store is not None:
                state = store.value(key)
                if isinstance(state, QByteArray | bytes) and part.restoreState(QByteArray(state)):
                    part.setProperty(RESTORED, True)  # the user's own sizes: widen_for_table waits

    def save(self) -> None:
        store = settings()
        if store is None:
            return
        store.setValue(f"{self.name}/geometry", self.window.saveGeometry())
        for part in _parts(self.window):
            key = f"{self.name}/{_part_key(part, self.window)}"
            if isinstance(part, QHeaderView):
                chosen = self.columns[id(part)].chosen if id(part) in self.columns else {}
                sizes = [chosen.get(s, part.sectionSize(s)) for s in range(part.count())]
                widths = ",".join(str(size) for size in sizes)
                store.setValue(key, widths)
            elif isinstance(part, QSplitter):
                store.setValue(key, part.saveState())
        store.sync()


class PageArea(QScrollArea):
    """A screen that scrolls inside the window only when the window is smaller than the
    screen's minimum size. (QScrollArea's own resizing gives a screen with a wrapping label
    its preferred height, not its minimum: it would scroll long before it has to.)"""

    def __init__(self, page: QWidget) -> None:
        super().__init__()
        self.setObjectName(type(page).__name__)  # names the page's columns in windows.ini
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(False)
        self.setWidget(page)
        page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.fit_page()
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_page()

    def fit_page(self) -> None:
        page = self.widget()
        if page is None:
            return
        least = page.minimumSizeHint().expandedTo(page.minimumSize())
        room = self.size()  # without scroll bars first: they show only if the page needs them
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        width, height = max(room.width(), least.width()), max(room.height(), least.height())
        if least.height() > room.height():
            width = max(room.width() - bar, least.width())
        if least.width() > room.width():
            height = max(room.height() - bar, least.height())
        page.resize(width, height)


def scrolling(page: QWidget) -> QScrollArea:
    """`page` in a frameless scroll area: on a screen too small for it (1280×720 at 150 %)
    the page scrolls inside the window instead of pushing the window, its status bar and
    its buttons off the screen."""
    return PageArea(page)


def fit_window(window: QWidget, name: str, preferred: QSize) -> None:
    """Make `window` open at `preferred` size or less, to fit the screen, and remember how it
    was left under `name` (one name per kind of window: "main", "session-editor", …)."""
    window.installEventFilter(_Keeper(window, name, preferred))
