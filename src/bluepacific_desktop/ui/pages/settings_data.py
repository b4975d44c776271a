"""Settings: where the data lives, Back up now (off the GUI thread) and the existing backups."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QUrl,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bluepacific_desktop.domain.errors import CannotWrite
from bluepacific_desktop.store.backup import BACKUP_DIRNAME, backup_to, default_backup_path
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.formatting import number
from bluepacific_desktop.ui.ops import Job, ReadOp
from bluepacific_desktop.ui.problems import ProblemWords
from bluepacific_desktop.ui.style import ERROR_STYLE

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class BackupFile:
    path: Path
    modified: datetime
    size: int


class BackupsModel(QAbstractTableModel):
    """The files in the backups folder, newest first (a handful: read on the GUI thread)."""

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.files: list[BackupFile] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        found = []
        if self.folder.is_dir():
            for path in self.folder.glob("*.sqlite3"):
                info = path.stat()
                found.append(BackupFile(path, datetime.fromtimestamp(info.st_mtime), info.st_size))
        self.files = sorted(found, key=lambda f: f.modified, reverse=True)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.files)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Made"), self.tr("Size"), self.tr("File"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.files):
            return None
        item = self.files[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if index.column() == 0:
            moment = QDateTime.fromSecsSinceEpoch(int(item.modified.timestamp()))
            return QLocale().toString(moment, QLocale.FormatType.ShortFormat)
        if index.column() == 1:
            return self.tr("%1 kB").replace("%1", number(max(1, item.size // 1024)))
        return str(item.path) if role == Qt.ItemDataRole.ToolTipRole else item.path.name


class DataBox(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.folder = ctx.store.path.parent
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_folder)
        self.backup_button = QPushButton()
        self.backup_button.clicked.connect(self.back_up)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backups = BackupsModel(self.folder / BACKUP_DIRNAME, self)
        self.table = QTableView()
        self.table.setModel(self.backups)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(140)
        self.table_label = QLabel()
        self.table_label.setBuddy(self.table)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.backup_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.table_label)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your data"))
        self.where.setText(
            self.tr("Your records are kept in this folder: %1").replace("%1", str(self.folder))
        )
        self.open_button.setText(self.tr("Open the data &folder"))
        self.backup_button.setText(self.tr("&Back up now"))
        self.table.setAccessibleName(self.tr("Backups"))
        self.table_label.setText(self.tr("Backups on this computer (ne&west first):"))
        self.backups.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))

    def back_up(self) -> None:
        store = self.ctx.store
        target = default_backup_path(store.path)
        self.backup_button.setEnabled(False)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Backing up…"))

        def work(_job: Job) -> Path:
            return backup_to(store.engine, target)

        ReadOp(self, self.ctx, work, self._backed_up, self._failed).run()

    def _backed_up(self, path: Path) -> None:
        self.backup_button.setEnabled(True)
        self.message.setText(self.tr("Backup written: %1").replace("%1", str(path)))
        self.backups.reload()

    def _failed(self, exc: Exception) -> None:
        self.backup_button.setEnabled(True)
        self.message.setStyleSheet(ERROR_STYLE)
        if isinstance(exc, CannotWrite):
            self.message.setText(ProblemWords().cannot_write(exc))
            return
        self.message.setText(self.tr("The backup could not be written: %1").replace("%1", str(exc)))
