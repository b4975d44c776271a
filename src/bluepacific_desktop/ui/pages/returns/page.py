"""Monthly returns screen: the country's months (newest first) with their state, deadline and
on time / late / missing; the picked month's history and the actions this computer's role may
take now (submit, nil return, approve, accept, send back, reopen), run on the writer thread
through workflows/returns.py."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QDateTime, QLocale, QModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.i18n.returns_words import history_action, timeliness_words
from bluepacific_desktop.i18n.roles import who_words
from bluepacific_desktop.ui import confirm
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.geometry import widen_for_table
from bluepacific_desktop.ui.icons import Icon
from bluepacific_desktop.ui.ops import Changed, Job, ReadOp, WriteOp, failure_words
from bluepacific_desktop.ui.pages.base import Page
from bluepacific_desktop.ui.pages.capabilities.months_model import month_label
from bluepacific_desktop.ui.pages.returns.dialogs import CommentDialog, ProblemsDialog
from bluepacific_desktop.ui.pages.returns.model import ReturnRow, ReturnsModel
from bluepacific_desktop.ui.pages.returns.region import ALL, RegionPanel
from bluepacific_desktop.ui.pages.returns.submit_dialog import SubmitDialog
from bluepacific_desktop.ui.pages.returns.texts import (
    action_words,
    closed_sentence,
    next_words,
    state_words,
)
from bluepacific_desktop.ui.style import ERROR_STYLE, make_heading
from bluepacific_desktop.workflows import returns
from bluepacific_desktop.workflows.capability_month import month_summaries
from bluepacific_desktop.workflows.region_returns import CountryReturns
from bluepacific_desktop.workflows.returns import MonthNotReady, MonthReturn
from bluepacific_wire import Role
from bluepacific_wire.returns import ReturnAction, ReturnState


@dataclass(frozen=True)
class Loaded:
    rows: list[ReturnRow]
    role: Role | None
    current: str  # this month, in the country's calendar
    skip: bool  # a submitted month may be accepted directly (the hub's setting, or unknown)


def load(job: Job) -> Loaded:
    counts = {m.period: m.reports for m in month_summaries(job.store)}
    rows = [ReturnRow(m, counts.get(m.period, 0)) for m in returns.list_returns(job.store)]
    return Loaded(
        rows,
        returns.device_role(job.store),
        returns.current_period(job.store),
        returns.approval_skipped(job.store),
    )


Fit = QHeaderView.ResizeMode.ResizeToContents
Stretch = QHeaderView.ResizeMode.Stretch


def _when(at: str) -> str:
    moment = QDateTime.fromString(at, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return at
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


class ReturnsPage(Page):
    nav_icon = Icon.RETURNS
    kinds = frozenset({RecordKind.MONTHLY_RETURN.value, RecordKind.CAPABILITY_REPORT.value})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.loaded: Loaded | None = None
        self._wanted: str | None = None  # a month a link asked for (show_item)
        self.busy = False
        self._fit_pending = False  # the months' columns wait for the screen's width
        # A regional admin's choice of country: "" this computer's, a code (read only), ALL.
        self.showing = ""
        self.region = RegionPanel(ctx, self)
        self.region.picked.connect(self._region_picked)
        self.region.country_loaded.connect(self._show_country)
        # The open question, if any.
        self.dialog: CommentDialog | ProblemsDialog | SubmitDialog | None = None
        self.model = ReturnsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Months"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._picked)
        table_label = make_heading(QLabel(self.tr("&Months (newest first):")), 2)
        table_label.setBuddy(self.table)
        self.month_heading = make_heading(QLabel(), 2)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setAccessibleName(self.tr("The month"))
        self.buttons: dict[ReturnAction, QPushButton] = {}
        actions = QHBoxLayout()
        for action in ReturnAction:
            button = QPushButton(action_words(action))
            button.clicked.connect(lambda _c=False, a=action: self.act(a))
            self.buttons[action] = button
            actions.addWidget(button)
        # A change the hub refused (set aside): give it up, back to what the hub last said.
        self.discard_button = QPushButton(self.tr("&Give up the refused change…"))
        self.discard_button.clicked.connect(self.discard)
        actions.addWidget(self.discard_button)
        actions.addStretch(1)
        self.no_action = QLabel()
        self.no_action.setWordWrap(True)
        history_label = QLabel(self.tr("&History of the month:"))
        self.history = QTableWidget(0, 4)
        self.history.setAccessibleName(self.tr("History of the month"))
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setTabKeyNavigation(False)
        self.history.verticalHeader().hide()
        self.history.setWordWrap(True)
        header = self.history.horizontalHeader()
        for column, mode in enumerate((Fit, Fit, Stretch, Stretch)):  # who and why wrap
            header.setSectionResizeMode(column, mode)
        history_label.setBuddy(self.history)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(table_label)
        left_layout.addWidget(self.table, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.month_heading)
        right_layout.addWidget(self.details)
        right_layout.addLayout(actions)
        right_layout.addWidget(self.no_action)
        right_layout.addWidget(history_label)
        right_layout.addWidget(self.history, 1)
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([660, 440])
        heading = QLabel(
            self.tr(
                "Each month of your country is one return: submit it when its figures are "
                "complete; the national approver and the regional team take it from there."
            )
        )
        heading.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.region)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.region.grid_area, 1)
        layout.addWidget(self.message)
        self._show_month(None)
        self.refresh()

    def title(self) -> str:
        return self.tr("Monthly returns")

    # -- loading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        ReadOp(self, self.ctx, load, self._loaded, self._failed).run()

    def _loaded(self, loaded: Loaded) -> None:
        self.loaded = loaded
        self.region.set_role(loaded.role)
        if self.region.chosen():  # another country's months, or the grid: read them again
            self.region.reload()
            return
        self._show_rows(loaded.rows)

    def _region_picked(self, value: str) -> None:
        self.showing = value
        self.splitter.setVisible(value != ALL)
        self.region.grid_area.setVisible(value == ALL)
        if not value:
            self.refresh()

    def _show_country(self, country: CountryReturns) -> None:
        """Another country's months, read only (a regional admin's computer)."""
        self._show_rows([ReturnRow(m, country.reports.get(m.period, 0)) for m in country.months])

    def _show_rows(self, rows: list[ReturnRow]) -> None:
        period, self._wanted = self._wanted or self.current_period(), None
        self.model.set_rows(rows)
        self._fit_pending = not widen_for_table(self.splitter, self.table)
        row = self.model.row_of(period) if period else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._show_month(self.current_row())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._fit_pending:  # the months arrived before the screen was first shown
            self._fit_pending = not widen_for_table(self.splitter, self.table)

    def current_row(self) -> ReturnRow | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def current_period(self) -> str | None:
        row = self.current_row()
        return row.month.period if row is not None else None

    def select(self, period: str) -> None:
        row = self.model.row_of(period)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))

    def show_item(self, item: str) -> None:
        """A month asked for by a link (the dashboard's months not reported): picked now, or as
        soon as the months are read."""
        self._wanted = item
        self.select(item)

    def _picked(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_month(self.current_row())

    # -- the picked month --------------------------------------------------------------------

    def _show_month(self, row: ReturnRow | None) -> None:
        allowed = self.allowed(row)
        for action, button in self.buttons.items():
            button.setVisible(action in allowed)
            button.setEnabled(not self.busy)
        self.discard_button.setVisible(
            row is not None and bool(row.month.set_aside) and not self.showing
        )
        self.discard_button.setEnabled(not self.busy)
        self.history.setRowCount(0)
        if row is None:
            self.month_heading.setText(self.tr("No month picked"))
            self.details.setText("")
            self.no_action.setText("")
            return
        month = row.month
        self.month_heading.setText(
            self.tr("%1: %2")
            .replace("%1", month_label(month.period))
            .replace("%2", state_words(month.state, month.nil))
        )
        lines = [
            self.tr("%1. %n capability reports saved.", "", row.reports).replace(
                "%1", timeliness_words(month.timeliness)
            )
        ]
        if month.comment and month.state is ReturnState.DRAFT:
            lines.append(self.tr("Sent back: “%1”").replace("%1", month.comment))
        if month.submitted and (month.sessions_complete or month.engagements_complete):
            lines.append(
                {
                    (True, True): self.tr(
                        "Its training sessions and engagements were declared complete: "
                        "they are locked too."
                    ),
                    (True, False): self.tr(
                        "Its training sessions were declared complete: they are locked too."
                    ),
                    (False, True): self.tr(
                        "Its engagements were declared complete: they are locked too."
                    ),
                }[(month.sessions_complete, month.engagements_complete)]
            )
        # A submitted month accepted next: its country skips national approval.
        skipped = month.state is ReturnState.SUBMITTED and month.next_action is ReturnAction.ACCEPT
        following = next_words(month.next_action, skipped)
        if following:
            lines.append(following)
        last_day = month.last_open_day
        if last_day is not None and not month.submitted:
            lines.append(closed_sentence(month_label(month.period), last_day))
        if month.explanations:
            lines.append(self.tr("Explanations: %1").replace("%1", "; ".join(month.explanations)))
        if month.set_aside:
            lines.append(
                self.tr("The hub refused the last change: %1").replace("%1", month.set_aside)
            )
        elif not month.on_hub:
            lines.append(
                self.tr("The last change is not yet on the hub: it goes at the next sync.")
            )
        self.details.setText("\n".join(lines))
        self.no_action.setText(
            ""
            if allowed
            else self.tr("Nothing for this computer's account to do on this month now.")
        )
        self._fill_history(month)

    def allowed(self, row: ReturnRow | None) -> list[ReturnAction]:
        # Another country's months are read only: transition() and the service layer write
        # this computer's country's records only.
        if row is None or self.loaded is None or self.showing:
            return []
        actions = returns.allowed_actions(
            row.month, self.loaded.role, self.loaded.current, self.loaded.skip
        )
        if row.reports:  # a month with figures is submitted, not a nil return
            actions = [a for a in actions if a is not ReturnAction.NIL]
        return actions

    def _fill_history(self, month: MonthReturn) -> None:
        self.history.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("What"), self.tr("Who"), self.tr("Comment")]
        )
        lines = returns.history_lines(month)
        self.history.setRowCount(len(lines))
        for i, line in enumerate(lines):
            who = (
                who_words(line.username, line.role)
                if line.on_hub
                else self.tr("This computer (not yet on the hub)")
            )
            cells = [_when(line.at), history_action(line.action), who, line.comment]
            for column, text in enumerate(cells):
                self.history.setItem(i, column, QTableWidgetItem(text))
        self.history.resizeRowsToContents()

    # -- actions -----------------------------------------------------------------------------

    def act(self, action: ReturnAction) -> None:
        period = self.current_period()
        if period is None or self.busy:
            return
        month = month_label(period)
        if action is ReturnAction.SUBMIT:
            asked = SubmitDialog(self, month)
            asked.accepted.connect(lambda: self.run(action, period, complete=asked.complete()))
            asked.finished.connect(lambda _r: self._closed(asked))
            self.dialog = asked
            asked.open()
            return
        questions = {
            ReturnAction.NIL: (
                self.tr("Nil return"),
                self.tr(
                    "Submit %1 as a nil return: nothing to report this month. A comment "
                    "for the history (optional):"
                ),
                self.tr("Submit the nil return"),
                False,
            ),
            ReturnAction.APPROVE: (
                self.tr("Approve"),
                self.tr("Approve %1 for your country. A comment for the history (optional):"),
                self.tr("Approve the month"),
                False,
            ),
            ReturnAction.ACCEPT: (
                self.tr("Accept"),
                self.tr("Accept %1 for the region. A comment for the history (optional):"),
                self.tr("Accept the month"),
                False,
            ),
            ReturnAction.SEND_BACK: (
                self.tr("Send back"),
                self.tr(
                    "Send %1 back to the focal point, as a draft. Say what to correct (required):"
                ),
                self.tr("Send the month back"),
                True,
            ),
            ReturnAction.REOPEN: (
                self.tr("Reopen"),
                self.tr("Reopen the accepted %1, as a draft. Say why (required):"),
                self.tr("Reopen the month"),
                True,
            ),
        }
        title, question, ok, required = questions[action]
        dialog = CommentDialog(
            self,
            title,
            question.replace("%1", month),
            ok,
            required,
            declare=action is ReturnAction.NIL,
        )
        dialog.accepted.connect(
            lambda: self.run(action, period, dialog.comment(), complete=dialog.complete())
        )
        dialog.finished.connect(lambda _r: self._closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _closed(self, dialog: CommentDialog | ProblemsDialog | SubmitDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def run(
        self,
        action: ReturnAction,
        period: str,
        comment: str = "",
        explanations: dict[str, str] | None = None,
        complete: tuple[bool, bool] = (False, False),
    ) -> None:
        """`complete`: whether the submission declares the month's (sessions, engagements)
        complete."""
        store = self.ctx.store

        def work(_job: Job) -> Changed[MonthReturn]:
            moved = returns.transition(
                store,
                period,
                action,
                comment,
                explanations,
                sessions_complete=complete[0],
                engagements_complete=complete[1],
            )
            return Changed.of(moved, {RecordKind.MONTHLY_RETURN})

        def done(moved: MonthReturn) -> None:
            self._set_busy(False)
            self._say(
                self.tr("%1 is now %2. It reaches the hub at the next sync.")
                .replace("%1", month_label(period))
                .replace("%2", state_words(moved.state, moved.nil))
            )
            self.select(period)

        def failed(exc: Exception) -> None:
            self._set_busy(False)
            if isinstance(exc, MonthNotReady):
                self._problems(period, exc, complete)
            else:
                self._say(self.tr("Not done: %1").replace("%1", failure_words(exc)), error=True)

        self._set_busy(True)
        self._say(self.tr("Working…"))
        WriteOp(self, self.ctx, work, done, failed).run()

    def _problems(self, period: str, exc: MonthNotReady, complete: tuple[bool, bool]) -> None:
        self._say(
            self.tr("%1 was not submitted: %n problems.", "", len(exc.problems)).replace(
                "%1", month_label(period)
            ),
            error=True,
        )
        dialog = ProblemsDialog(self, month_label(period), exc.problems)
        if dialog.explainable:
            dialog.accepted.connect(
                lambda: self.run(
                    ReturnAction.SUBMIT,
                    period,
                    explanations=dialog.explanations(),
                    complete=complete,  # the ticks of the first try, kept
                )
            )
        dialog.finished.connect(lambda _r: self._closed(dialog))
        self.dialog = dialog
        dialog.open()

    def discard(self) -> None:
        period = self.current_period()
        if period is None or self.busy:
            return
        answer = confirm.choose(
            self,
            QMessageBox.Icon.Warning,
            self.tr("Give up the refused change"),
            self.tr(
                "Give up this computer's change of %1 that the hub refused? The month goes "
                "back to what the hub last said; you can then act on it again."
            ).replace("%1", month_label(period)),
            [
                (self.tr("&Give up the change"), confirm.Role.DestructiveRole),
                (self.tr("Cancel"), confirm.Role.RejectRole),
            ],
            safe=1,
        )
        if answer != 0:
            return
        store = self.ctx.store

        def work(_job: Job) -> Changed[MonthReturn]:
            return Changed.of(returns.discard(store, period), {RecordKind.MONTHLY_RETURN})

        def done(moved: MonthReturn) -> None:
            self._set_busy(False)
            self._say(
                self.tr("%1 is back to what the hub last said: %2.")
                .replace("%1", month_label(period))
                .replace("%2", state_words(moved.state, moved.nil))
            )
            self.select(period)

        def failed(exc: Exception) -> None:
            self._set_busy(False)
            self._say(self.tr("Not done: %1").replace("%1", failure_words(exc)), error=True)

        self._set_busy(True)
        WriteOp(self, self.ctx, work, done, failed).run()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for button in [*self.buttons.values(), self.discard_button]:
            button.setEnabled(not busy)

    def _failed(self, exc: Exception) -> None:
        self._say(failure_words(exc), error=True)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else "")
