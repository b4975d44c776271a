"""Small helpers of the contacts screen: combos that stay narrow, date edits limited to what the
service accepts, the delete confirmation, and a delete run off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QWidget

from bluepacific_desktop.domain.context import EARLIEST_DATE, PLANNING_HORIZON
from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.store.services import RecordService
from bluepacific_desktop.ui import confirm
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.ops import Changed, Job, WriteOp


def run_delete(
    parent: QWidget,
    ctx: AppContext,
    kind: RecordKind,
    record_id: str,
    on_done: Callable[[Any], None] | None,
    on_failed: Callable[[Exception], None],
) -> None:
    """Tombstone a record off the GUI thread (the caller has asked the user first)."""
    store = ctx.store

    def work(_job: Job) -> Changed[None]:
        with store.write() as session:
            RecordService(session).delete(kind, record_id)
        return Changed.of(None, {kind})

    WriteOp(parent, ctx, work, on_done, on_failed).run()


def confirm_delete(parent: QWidget, name: str) -> bool:
    question = QCoreApplication.translate("ContactsScreen", "Delete «%1»?").replace("%1", name)
    return confirm.confirm_delete(parent, question)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def compact(combo: QComboBox, characters: int = 16) -> QComboBox:
    """A combo as wide as `characters`, whose list opens wide enough for its longest item
    (some French names of organisation types run past 80 characters)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
    return combo


def fit_popup(combo: QComboBox) -> None:
    view = combo.view()
    view.setMinimumWidth(view.sizeHintForColumn(0) + 24)


def event_dates(edit: QDateEdit, today: date) -> QDateEdit:
    """The dates the service accepts, so the date edit cannot offer one it would refuse."""
    edit.setCalendarPopup(True)
    latest = today + PLANNING_HORIZON
    earliest = EARLIEST_DATE
    edit.setDateRange(
        QDate(earliest.year, earliest.month, earliest.day),
        QDate(latest.year, latest.month, latest.day),
    )
    return edit


def combo_select(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    combo.setCurrentIndex(max(0, index))
