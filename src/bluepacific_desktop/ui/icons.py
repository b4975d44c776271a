"""The app's icons: one name for each screen and main action, drawn from the Lucide SVGs shipped
in resources/icons/lucide/ (ISC licence, see resources/icons/README.md), in the colour of the
text around them, sharp at every size and display scaling.

Screens and buttons ask `icon(Icon.SAVE)`; which picture an action shows is decided here alone.
"""

from __future__ import annotations

import logging
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap

from bluepacific_desktop.paths import resource_dir

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer

log = logging.getLogger(__name__)


class Icon(StrEnum):
    """An action or screen, and the file name (without .svg) of its picture."""

    # The screens, in the navigation.
    DASHBOARD = "layout-dashboard"
    TRAINING = "graduation-cap"
    CAPABILITIES = "activity"
    RETURNS = "calendar-check"
    CONTACTS = "contact"
    REPORTS = "file-text"
    SYNC = "refresh-cw"
    SETTINGS = "settings"
    # The actions.
    NEW = "plus"
    NEW_PERSON = "user-plus"
    NEW_MONTH = "calendar-plus"
    OPEN = "square-pen"
    SAVE = "save"
    DELETE = "trash-2"
    PRINT = "printer"
    PREVIEW = "eye"
    SAVE_PDF = "file-down"
    EXPORT_CSV = "file-spreadsheet"
    IMPORT = "import"
    EXPORT = "file-output"
    FIND = "search"
    QUIT = "log-out"
    ABOUT = "info"
    HELP = "book-open"
    SHORTCUTS = "keyboard"
    BACKUP = "archive"
    RESTORE = "archive-restore"
    CONNECT = "plug"
    FOLDER = "folder-open"
    LOCK = "lock"


def icon_file(name: Icon) -> str:
    return str(resource_dir() / "icons" / "lucide" / f"{name.value}.svg")


@cache
def _svg(name: Icon) -> bytes:
    with open(icon_file(name), "rb") as f:
        return f.read()


@cache
def _renderer(name: Icon, colour: str) -> QSvgRenderer | None:
    """The icon's SVG in that colour, parsed once."""
    try:
        from PySide6.QtSvg import QSvgRenderer
    except ImportError:  # an installer built without QtSvg: buttons keep their words
        log.error("Icons cannot be drawn: Qt's SVG module is missing")
        return None
    return QSvgRenderer(_svg(name).replace(b"currentColor", colour.encode()))


def _colour(mode: QIcon.Mode) -> str:
    """The text colour of the palette for the icon's state, so icons follow a dark theme."""
    palette = QGuiApplication.palette()
    if mode is QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name()
    if mode is QIcon.Mode.Selected:
        return palette.color(QPalette.ColorRole.HighlightedText).name()
    return palette.color(QPalette.ColorRole.WindowText).name()


class _SvgEngine(QIconEngine):
    """Paints the SVG at the size asked for (no blurry scaling), in the palette's colour."""

    def __init__(self, name: Icon) -> None:
        super().__init__()
        self.name = name
        self.pixmaps: dict[tuple[int, int, int, str, float], QPixmap] = {}

    def clone(self) -> QIconEngine:
        return _SvgEngine(self.name)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        renderer = _renderer(self.name, _colour(mode))
        if renderer is not None:
            renderer.render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        key = (size.width(), size.height(), mode.value, _colour(mode), scale)
        cached = self.pixmaps.get(key)
        if cached is not None:
            return cached
        pixmap = QPixmap(size * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(0, 0, pixmap.width(), pixmap.height()), mode, state)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        self.pixmaps[key] = pixmap
        return pixmap


def icon(name: Icon) -> QIcon:
    """The icon of an action or screen (drawn when first shown, at the size shown)."""
    return QIcon(_SvgEngine(name))
