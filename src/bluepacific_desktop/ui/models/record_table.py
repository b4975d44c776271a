"""A lazy table model: holds only the ids of matching rows and reads visible rows in pages.

Filtering re-runs one indexed id query; scrolling reads the rows on screen, a page at a time,
so a table of 100,000 people costs a few MB and never loads every row into widgets.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QPixmap
from sqlalchemy import Select

from bluepacific_desktop.store.outbox import state_of_rank, state_rank
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui.models import sync_marks
from bluepacific_desktop.ui.translations import current_language

# Rows read at a time: a laptop's screenful (a 1366×768 window shows about 20), few enough that
# the first page after a filter is quick to read from an encrypted store whose cache has not
# seen those rows (200 rows took 15–25 ms of a 100,000-people filter, 64 took 5–10 ms, 32 take
# 3–5 ms); a taller window reads a second page.
PAGE = 32
Index = QModelIndex | QPersistentModelIndex
# Keys of a row's dict that the model adds to what rows_query read: the rank of its waiting
# change's state (outbox.state_rank) and the text of each column.
_TEXTS, _RANK = "_texts", "_sync_rank"
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Column:
    header: str
    key: str
    format: Callable[[Any], str] = str
    align_right: bool = False


_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_ANSWERED = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        _DECORATION,
        _ALIGNMENT,
        _ID_ROLE,
    }
)


class RecordTableModel(QAbstractTableModel):
    """Rows come from `ids_query(filter_text)` (ids, in display order) and `rows_query(ids)`."""

    ID_ROLE = _ID_ROLE

    def __init__(
        self,
        store: Store,
        columns: Sequence[Column],
        ids_query: Callable[[str], Select[Any]],
        rows_query: Callable[[list[str]], Select[Any]],
        kind: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.columns = list(columns)
        self.ids_query = ids_query
        self.rows_query = rows_query
        self.kind = kind
        self.filter_text = ""
        self.ids: list[str] = []
        self._rows: dict[str, dict[str, Any]] = {}
        self._texts_language = current_language()  # what the rows' kept texts are in
        self._icons: dict[sync_marks.Mark, QPixmap] = {}
        self.reload()

    # -- loading -----------------------------------------------------------------------------

    def set_filter(self, text: str) -> None:
        self.filter_text = text
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        with self.store.read() as session:
            # Through the Core, and the ids taken with the driver's own fetchall: plain ids
            # need none of the ORM's row loading nor the Core's row by row fetch (a third,
            # then a quarter of the time of 17,000 ids: "ma" among 100,000 people).
            result = session.connection().execute(self.ids_query(self.filter_text))
            self.ids = [row[0] for row in result.cursor.fetchall()]
            result.close()
        self._rows.clear()
        self.endResetModel()

    def _load_page(self, row: int) -> None:
        start = row - row % PAGE
        wanted = [i for i in self.ids[start : start + PAGE] if i not in self._rows]
        if not wanted:
            return
        # The rows and the state of their waiting changes in one statement (rows_query's first
        # column is the id), through the Core like the ids.
        stmt = self.rows_query(wanted)
        stmt = stmt.add_columns(state_rank(self.kind, stmt.selected_columns.id).label(_RANK))
        with self.store.read() as session:
            for item in session.connection().execute(stmt).mappings():
                read = dict(item)
                read["_sync"] = state_of_rank(read.pop(_RANK))
                self._rows[read["id"]] = read
        if len(self._rows) > 20 * PAGE:  # keep memory flat while scrolling a huge table
            keep = set(self.ids[max(0, start - PAGE) : start + 2 * PAGE])
            self._rows = {k: v for k, v in self._rows.items() if k in keep}

    def row_data(self, row: int) -> dict[str, Any]:
        record_id = self.ids[row]
        if record_id not in self._rows:
            self._load_page(row)
        return self._rows.get(record_id, {})

    def _keep_texts(self, data: dict[str, Any]) -> list[str]:
        """What the row's cells show, worked out at the first paint of the row rather than at
        every one (the view asks again for every cell on each repaint); reload() drops it with
        the rows, a language switch at the next paint (data())."""
        texts = []
        for column in self.columns:
            value = data.get(column.key)
            texts.append("" if value is None or column.key == "_sync" else column.format(value))
        data[_TEXTS] = texts
        return texts

    def sync_mark(self, data: dict[str, Any]) -> sync_marks.Mark:
        return sync_marks.mark_of(data.get("_sync"), data.get("confirmed_at"))

    def sync_state(self, data: dict[str, Any], role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The sync column: a short word, its icon, and the whole sentence as its tooltip."""
        mark = self.sync_mark(data)
        if role == Qt.ItemDataRole.DecorationRole:
            if mark not in self._icons:
                self._icons[mark] = sync_marks.small_picture(mark)
            return self._icons[mark]
        if role == Qt.ItemDataRole.ToolTipRole:
            return sync_marks.sentence(mark, data.get("confirmed_at"))
        return sync_marks.word(mark)

    # -- Qt model API ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Refused first, the roles no cell of ours answers: the view's delegate asks seven for
        # each cell it paints. With the texts kept (_keep_texts), a screenful of people
        # repaints in 7.7 ms instead of 10.7.
        if role not in _ANSWERED:
            return None
        row = index.row()
        if not 0 <= row < len(self.ids):  # an invalid index has row -1
            return None
        if role == self.ID_ROLE:
            return self.ids[row]
        column = self.columns[index.column()]
        if role == _ALIGNMENT:
            return _RIGHT if column.align_right else None
        if column.key == "_sync":
            return self.sync_state(self.row_data(row), role)
        if role == _DECORATION:
            return None
        if self._texts_language != current_language():  # numbers, dates, names: in the new one
            self._texts_language = current_language()
            for data in self._rows.values():
                data.pop(_TEXTS, None)
        data = self.row_data(row)
        if not data:  # a row gone from the store since the ids were read
            return ""
        texts = data.get(_TEXTS) or self._keep_texts(data)
        return texts[index.column()]

    def row_of(self, record_id: str) -> int:
        try:
            return self.ids.index(record_id)
        except ValueError:
            return -1
