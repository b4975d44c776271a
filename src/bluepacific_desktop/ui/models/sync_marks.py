"""How a list shows whether a record has reached the hub: a small icon, a short word, and the
full sentence (with a date in the chosen language) in the tooltip."""

from __future__ import annotations

from datetime import datetime
from enum import Enum

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QSize, QTime
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

from bluepacific_desktop.domain.enums import OutboxState


class Mark(Enum):
    SENT = "sent"
    WAITING = "waiting"
    SET_ASIDE = "set_aside"
    CONFLICT = "conflict"


_OF_STATE = {
    OutboxState.PENDING: Mark.WAITING,
    OutboxState.SET_ASIDE: Mark.SET_ASIDE,
    OutboxState.CONFLICT: Mark.CONFLICT,
}


def mark_of(state: object, confirmed_at: object) -> Mark:
    """A change still in the outbox decides; else acknowledged by the hub, or never sent."""
    if isinstance(state, OutboxState):
        return _OF_STATE[state]
    return Mark.SENT if isinstance(confirmed_at, datetime) else Mark.WAITING


def word(mark: Mark) -> str:
    """The short word of the column."""
    return {
        Mark.SENT: QCoreApplication.translate("SyncMarks", "Sent"),
        Mark.WAITING: QCoreApplication.translate("SyncMarks", "Waiting"),
        Mark.SET_ASIDE: QCoreApplication.translate("SyncMarks", "Set aside"),
        Mark.CONFLICT: QCoreApplication.translate("SyncMarks", "Conflict"),
    }[mark]


def local_moment(value: datetime) -> str:
    """A UTC moment as this computer's clock shows it, in the chosen language's style."""
    here = value.astimezone()
    moment = QDateTime(
        QDate(here.year, here.month, here.day), QTime(here.hour, here.minute, here.second)
    )
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def sentence(mark: Mark, confirmed_at: object) -> str:
    """The tooltip: what the word means and what to do about it."""
    if mark is Mark.SENT and isinstance(confirmed_at, datetime):
        return QCoreApplication.translate("SyncMarks", "On the hub since %1").replace(
            "%1", local_moment(confirmed_at)
        )
    return {
        Mark.SENT: QCoreApplication.translate("SyncMarks", "On the hub"),
        Mark.WAITING: QCoreApplication.translate(
            "SyncMarks", "Waiting to sync: not on the hub yet. It is sent at the next sync."
        ),
        Mark.SET_ASIDE: QCoreApplication.translate(
            "SyncMarks", "Set aside: the hub refused this change. See the Sync screen."
        ),
        Mark.CONFLICT: QCoreApplication.translate(
            "SyncMarks", "Conflict: changed here and elsewhere. Decide on the Sync screen."
        ),
    }[mark]


def icon(mark: Mark) -> QIcon:
    """The one place that picks the icons (Qt's standard ones until the app has its own set)."""
    style = QApplication.style()
    pixmap = {
        Mark.SENT: QStyle.StandardPixmap.SP_DialogApplyButton,
        Mark.WAITING: QStyle.StandardPixmap.SP_ArrowUp,
        Mark.SET_ASIDE: QStyle.StandardPixmap.SP_MessageBoxWarning,
        Mark.CONFLICT: QStyle.StandardPixmap.SP_MessageBoxCritical,
    }[mark]
    return style.standardIcon(pixmap)


def small_picture(mark: Mark, size: int = 16) -> QPixmap:
    """The icon drawn once at the lists' size: a list repaints its rows at every keystroke of
    a search, and scaling Qt's standard icons for each row cost 0.1 s per filter of 100,000
    people (benchmarks/gui_scale.py)."""
    app = QApplication.instance()
    ratio = app.devicePixelRatio() if isinstance(app, QApplication) else 1.0
    return icon(mark).pixmap(QSize(size, size), ratio)
