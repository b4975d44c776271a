"""Sync screen: connect, Sync now with progress and cancel, the last error, automatic sync,
conflicts to decide and changes the hub refused."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.sync import state
from bluepacific_desktop.sync.conflicts import Keep, list_conflicts, resolve
from bluepacific_desktop.sync.engine import SyncProgress, SyncReport
from bluepacific_desktop.sync.set_aside import list_set_aside, send_again
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.dialogs.conflict_edit import ConflictEditDialog, apply_edit
from bluepacific_desktop.ui.dialogs.login_dialog import LoginDialog
from bluepacific_desktop.ui.icons import Icon, icon
from bluepacific_desktop.ui.ops import Changed, Job, WriteOp
from bluepacific_desktop.ui.pages.base import Page
from bluepacific_desktop.ui.problems import error_words, report_error_words
from bluepacific_desktop.ui.record_words import RecordWords
from bluepacific_desktop.ui.status_widget import progress_words
from bluepacific_desktop.ui.sync_controller import SyncController


class SyncPage(Page):
    nav_icon = Icon.SYNC
    # Conflicts and refused changes, of any kind of record.
    kinds = frozenset(k.value for k in RecordKind)

    def __init__(self, ctx: AppContext, sync: SyncController, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.sync = sync
        self.hub = QLabel()
        self.hub.setWordWrap(True)  # the screen fits 1280×720 at 150 % beside the navigation
        connect = QPushButton(self.tr("&Connect to a hub…"))
        connect.clicked.connect(self._connect)
        self.sync_button = QPushButton(icon(Icon.SYNC), self.tr("&Sync now (F5)"))
        self.sync_button.clicked.connect(sync.sync_now)
        self.cancel_button = QPushButton(self.tr("Ca&ncel"))
        self.cancel_button.clicked.connect(sync.cancel)
        # Short, beside the buttons: the whole sentence is its tooltip.
        self.auto = QCheckBox(self.tr("Sync &automatically"))
        self.auto.setToolTip(self.tr("Sync automatically when a link is available"))
        self.auto.toggled.connect(sync.set_auto_sync)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Sync progress"))
        self.detail = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.skew = QLabel()
        self.skew.setWordWrap(True)
        buttons = QHBoxLayout()
        # The automatic-sync choice beside the buttons: one row less, so the screen with its
        # heading fits 1280×720 at 125 %.
        for w in (connect, self.sync_button, self.cancel_button, self.auto):
            buttons.addWidget(w)
        buttons.addStretch(1)
        self.conflicts = self._table(
            [self.tr("Record"), self.tr("Field"), self.tr("Mine"), self.tr("Theirs")]
        )
        keep_mine = QPushButton(self.tr("Keep &mine"))
        keep_mine.clicked.connect(lambda: self._resolve(Keep.MINE))
        keep_theirs = QPushButton(self.tr("Keep &theirs"))
        keep_theirs.clicked.connect(lambda: self._resolve(Keep.THEIRS))
        edit = QPushButton(self.tr("&Edit…"))
        edit.clicked.connect(self._edit)
        self.refused = self._table([self.tr("Record"), self.tr("Why the hub refused it")])
        again = QPushButton(self.tr("Send &again (after fixing it)"))
        again.clicked.connect(self._send_again)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hub)
        layout.addLayout(buttons)
        layout.addWidget(self.bar)
        layout.addWidget(self.detail)
        layout.addWidget(self.message)
        layout.addWidget(self.skew)
        layout.addWidget(
            self._box(
                self.tr("Changed in two places: choose what to keep"),
                self.conflicts,
                [keep_mine, keep_theirs],
            ),
            1,
        )
        layout.addWidget(
            self._box(
                self.tr("Refused by the hub: fix the record, then send again"),
                self.refused,
                [again],
            ),
            1,
        )
        sync.state_changed.connect(lambda _s, words: self._show_state(words))
        sync.progress.connect(self._progress)
        sync.finished.connect(self._finished)
        self.refresh()

    def title(self) -> str:
        return self.tr("Sync")

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setStretchLastSection(True)
        # A header and a row at the least: the screen then fits 1280×720 at 125 %, and the
        # lists grow with the window.
        table.setMinimumHeight(table.fontMetrics().height() * 3)
        return table

    def _box(self, title: str, table: QTableWidget, buttons: list[QPushButton]) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        layout.addWidget(table)
        row = QHBoxLayout()
        for b in buttons:
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    def refresh(self) -> None:
        with self.ctx.store.read() as session:
            hub = state.hub_settings(session)
            skew = state.skew_words(state.clock_skew(session))
            error = state.last_error(session)
            conflicts = list_conflicts(session)
            refused = list_set_aside(session)
        self.hub.setText(
            self.tr("Hub: %1 (user %2)")
            .replace("%1", hub.url or "-")
            .replace("%2", hub.username or "-")
            if hub.url
            else self.tr(
                "Not connected to a hub. Everything works offline; connect when you have a link."
            )
        )
        self.auto.blockSignals(True)
        self.auto.setChecked(self.sync.auto_sync)
        self.auto.blockSignals(False)
        self.sync_button.setEnabled(bool(hub.url) and not self.sync.running)
        self.cancel_button.setEnabled(self.sync.running)
        self.skew.setText(skew or "")
        if error is not None and not self.sync.running:
            said = report_error_words(error.key, error.params, error.message)
            self.message.setText(self.tr("Last problem: %1").replace("%1", said))
        self.conflicts.setRowCount(0)
        words = RecordWords(self)
        for c in conflicts:
            for name in c.fields:
                self._add_row(
                    self.conflicts,
                    [
                        words.kind(c.kind),
                        words.field(name),
                        str(c.mine.get(name)),
                        str(c.theirs.get(name)),
                    ],
                    c.id,
                )
        self.refused.setRowCount(0)
        for r in refused:
            self._add_row(self.refused, [words.kind(r.kind), r.reason], (r.kind, r.record_id))

    def _add_row(self, table: QTableWidget, cells: list[str], key: object) -> None:
        row = table.rowCount()
        table.insertRow(row)
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(256, key)
            table.setItem(row, column, item)

    def _selected(self, table: QTableWidget) -> object | None:
        item = table.item(table.currentRow(), 0) if table.currentRow() >= 0 else None
        return item.data(256) if item is not None else None

    def _write(self, change: Callable[[Session], object], kind: str) -> None:
        store = self.ctx.store

        def work(_job: Job) -> Changed[None]:
            with store.write() as session:
                change(session)
            return Changed.of(None, {kind})

        WriteOp(
            self, self.ctx, work, on_failed=lambda exc: self.message.setText(error_words(exc))
        ).run()

    def _resolve(self, keep: Keep) -> None:
        conflict_id = self._selected(self.conflicts)
        if isinstance(conflict_id, int):
            with self.ctx.store.read() as session:
                kinds = [c.kind for c in list_conflicts(session) if c.id == conflict_id]
            if kinds:
                self._write(lambda session: resolve(session, conflict_id, keep), kinds[0])

    def _edit(self) -> None:
        conflict_id = self._selected(self.conflicts)
        with self.ctx.store.read() as session:
            found = [c for c in list_conflicts(session) if c.id == conflict_id]
        if not found:
            return
        dialog = ConflictEditDialog(found[0], self)
        if dialog.exec():
            values = dialog.values()
            self._write(lambda session: apply_edit(session, found[0], values), found[0].kind)

    def _send_again(self) -> None:
        key = self._selected(self.refused)
        if isinstance(key, tuple):
            self._write(lambda session: send_again(session, key[0], key[1]), key[0])

    def _connect(self) -> None:
        if LoginDialog(self.ctx, self).exec():
            self.sync.start()
            self.refresh()
            self.sync.sync_now()

    def _show_state(self, words: str) -> None:
        self.message.setText(words)
        self.sync_button.setEnabled(not self.sync.running and self.sync.connected())
        self.cancel_button.setEnabled(self.sync.running)

    def _progress(self, p: SyncProgress) -> None:
        self.detail.setText(progress_words(p))
        if p.phase == "busy":
            return
        # With nothing to send, nothing is left to send: the bar is full, not at 0 %.
        self.bar.setMaximum(max(1, p.changes_total))
        self.bar.setValue(min(p.changes_sent, p.changes_total) if p.changes_total else 1)

    def _finished(self, report: SyncReport) -> None:
        self.refresh()
