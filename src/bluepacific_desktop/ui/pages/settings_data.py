"""Settings: where the data lives, Back up now and Restore (off the GUI thread), and the
existing backups with which passed SQLite's integrity check."""

from __future__ import annotations

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
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.domain.errors import CannotWrite, StoreDamaged, StoreInUse
from bluepacific_desktop.store.backup import (
    BACKUP_DIRNAME,
    BackupInfo,
    backup_to,
    backups_in,
    default_backup_path,
)
from bluepacific_desktop.sync import state as sync_state
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.formatting import number
from bluepacific_desktop.ui.icons import Icon, icon
from bluepacific_desktop.ui.ops import Changed, Job, ReadOp, WriteOp
from bluepacific_desktop.ui.problems import ProblemWords, error_words
from bluepacific_desktop.ui.style import ERROR_STYLE

Index = QModelIndex | QPersistentModelIndex


class BackupsModel(QAbstractTableModel):
    """The files in the backups folder, newest first (a handful: read on the GUI thread)."""

    MADE, SIZE, CHECKED, FILE = range(4)

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.files: list[BackupInfo] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.files = backups_in(self.folder)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.files)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Made"), self.tr("Size"), self.tr("Checked"), self.tr("File"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.files):
            return None
        item = self.files[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if index.column() == self.MADE:
            moment = QDateTime.fromSecsSinceEpoch(int(item.made.timestamp()))
            return QLocale().toString(moment, QLocale.FormatType.ShortFormat)
        if index.column() == self.SIZE:
            return self.tr("%1 kB").replace("%1", number(max(1, item.size // 1024)))
        if index.column() == self.CHECKED:
            if role == Qt.ItemDataRole.ToolTipRole:
                return (
                    self.tr("This backup passed SQLite's integrity check when it was made.")
                    if item.verified
                    else self.tr(
                        "This backup was not checked when it was made (an older version of "
                        "Blue Pacific, or a copy kept before a restore), or it changed since."
                    )
                )
            return self.tr("Verified") if item.verified else self.tr("Not verified")
        return str(item.path) if role == Qt.ItemDataRole.ToolTipRole else item.path.name

    def chosen(self, row: int) -> BackupInfo | None:
        return self.files[row] if 0 <= row < len(self.files) else None


class DataBox(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.folder = ctx.store.path.parent
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(icon(Icon.FOLDER), "")
        self.open_button.clicked.connect(self.open_folder)
        self.backup_button = QPushButton(icon(Icon.BACKUP), "")
        self.backup_button.clicked.connect(self.back_up)
        self.restore_button = QPushButton(icon(Icon.RESTORE), "")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_chosen)
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
        self.table.selectionModel().selectionChanged.connect(self._chosen_changed)
        self.backups.modelReset.connect(self._chosen_changed)
        self.table_label = QLabel()
        self.table_label.setBuddy(self.table)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
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
        self.restore_button.setText(self.tr("&Restore the chosen backup…"))
        self.backups.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)

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
        if isinstance(exc, CannotWrite | StoreDamaged):
            self.message.setText(ProblemWords().store_trouble(exc))
            return
        self.message.setText(
            self.tr("The backup could not be written: %1").replace("%1", error_words(exc))
        )

    def _chosen(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups.chosen(rows[0].row()) if rows else None

    def _chosen_changed(self, *_args: object) -> None:
        self.restore_button.setEnabled(self._chosen() is not None)

    def confirm_restore(self, backup: BackupInfo) -> bool:
        """Ask before replacing every record (a separate method so tests can answer it)."""
        moment = QDateTime.fromSecsSinceEpoch(int(backup.made.timestamp()))
        made = QLocale().toString(moment, QLocale.FormatType.LongFormat)
        text = self.tr(
            "Replace the records on this computer with the backup made %1? What was saved "
            "since then and not yet sent to the hub is lost; the present data file is kept in "
            "the backups folder first."
        ).replace("%1", made)
        if not backup.verified:
            text += "\n\n" + self.tr(
                "This backup was not checked when it was made: it is checked now, before "
                "anything is replaced."
            )
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def restore_chosen(self) -> None:
        backup = self._chosen()
        if backup is None or not self.confirm_restore(backup):
            return
        self.restore_button.setEnabled(False)
        self.backup_button.setEnabled(False)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Restoring…"))

        def work(job: Job) -> Changed[Path]:
            # The store closes its own connections first, and opens the restored file after.
            kept = job.store.restore(backup.path)
            with job.store.write() as session:
                sync_state.pull_everything_again(session)
            return Changed.of(kept, (k.value for k in RecordKind))

        WriteOp(self, self.ctx, work, self._restored, self._restore_failed).run()

    def _restored(self, kept: Path) -> None:
        self.backup_button.setEnabled(True)
        self.message.setText(
            self.tr(
                "The backup was restored. The previous data file was kept as %1. Records the "
                "hub holds are fetched again at the next sync."
            ).replace("%1", str(kept))
        )
        self.backups.reload()

    def _restore_failed(self, exc: Exception) -> None:
        self.backup_button.setEnabled(True)
        self._chosen_changed()
        self.message.setStyleSheet(ERROR_STYLE)
        if isinstance(exc, StoreInUse) and not exc.pids:
            self.message.setText(
                self.tr(
                    "Blue Pacific is busy with this data file in another window (a restore may "
                    "be under way). Try again in a moment. Nothing was changed."
                )
            )
        elif isinstance(exc, StoreInUse):
            self.message.setText(
                self.tr(
                    "Blue Pacific is open in another window (process %1). Close it, then "
                    "restore. Nothing was changed."
                ).replace("%1", ", ".join(str(p) for p in exc.pids))
            )
        elif isinstance(exc, CannotWrite):
            self.message.setText(ProblemWords().cannot_write(exc))
        else:
            self.message.setText(
                self.tr("The backup could not be restored: %1").replace("%1", error_words(exc))
            )
