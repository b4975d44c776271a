"""The status bar: link state, changes waiting to sync, when the next sync is, last successful
sync — words that never contradict each other ("Up to date" only when nothing waits; with
nothing to send, it says so) — and the words of a sync's progress (the Sync screen's too)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QLocale
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from bluepacific_desktop import __version__
from bluepacific_desktop.store.outbox import waiting
from bluepacific_desktop.store.outbox_counts import WaitingCounts
from bluepacific_desktop.sync import state
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.formatting import number
from bluepacific_desktop.ui.sync_controller import LinkState, SyncController

if TYPE_CHECKING:
    from bluepacific_desktop.sync.engine import SyncProgress


class SyncStatusWidget(QWidget):
    def __init__(self, ctx: AppContext, sync: SyncController, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.sync = sync
        self.counts = WaitingCounts()
        self._link = sync.state
        self.link = QLabel()
        self.link.setAccessibleName(self.tr("Link state"))
        self.waiting = QLabel()
        self.waiting.setAccessibleName(self.tr("Changes waiting to sync"))
        self.next = QLabel()
        self.next.setAccessibleName(self.tr("Next sync"))
        self.next.hide()
        self.last = QLabel()
        self.last.setAccessibleName(self.tr("Last successful sync"))
        # A quiet notice, never a download: installers come from the regional team.
        self.update_notice = QLabel()
        self.update_notice.setAccessibleName(self.tr("A newer version exists"))
        self.update_notice.hide()
        # A pull of many pages (a new laptop's restore): records so far and the time left.
        self.pulling = QLabel()
        self.pulling.setAccessibleName(self.tr("Records received"))
        self.pulling.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        labels = (self.link, self.pulling, self.waiting, self.next, self.last, self.update_notice)
        for label in labels:
            layout.addWidget(label)
        sync.state_changed.connect(self.show_state)
        sync.progress.connect(self.show_progress)
        ctx.data_changed.connect(lambda _kinds: self.refresh_counts())
        sync.finished.connect(lambda _report: self._finished())
        sync.scheduled.connect(self._show_next)
        self.show_state(sync.state.value, sync.message)
        self.refresh_counts()

    def state_words(self, link: str) -> str:
        return {
            LinkState.NOT_CONNECTED: self.tr("Offline (no hub set)"),
            LinkState.OFFLINE: self.tr("Offline"),
            LinkState.SYNCING: self.tr("Syncing…"),
            LinkState.UP_TO_DATE: self.tr("Up to date"),
            LinkState.QUEUED: self.tr("Waiting to sync"),
            LinkState.WAITING: self.tr("Needs attention"),
            LinkState.ERROR: self.tr("Sync error"),
        }.get(LinkState(link), link)

    def show_state(self, link: str, _message: str) -> None:
        self._link = LinkState(link)
        self._show_link()
        self._show_next()

    def _show_link(self) -> None:
        shown = shown_state(self._link, self.counts)
        words = self.state_words(shown)
        self.link.setText(words)
        self.link.setToolTip(self.sync.message if shown is self._link else words)

    def changeEvent(self, event: QEvent) -> None:
        # "Nothing to send" and the counts in the new language, from what was last read (the
        # store is not read here: a window may outlive its store, as in the tests).
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "waiting"):
            self._show_waiting()
        super().changeEvent(event)

    def _show_waiting(self) -> None:
        self.waiting.setText(
            self.tr("%Ln changes waiting", "", self.counts.total)
            if self.counts.total
            else self.tr("Nothing to send")
        )

    def refresh_counts(self) -> None:
        with self.ctx.store.read() as session:
            self.counts = waiting(session)
            last = state.last_success(session)
            newer = state.newer_desktop_version(session, __version__)
        self._show_waiting()
        self._show_link()
        self.update_notice.setVisible(newer is not None)
        if newer is not None:
            self.update_notice.setText(
                self.tr(
                    "Version %1 is available — ask your regional team for the installer"
                ).replace("%1", newer)
            )
        if last is None:
            self.last.setText(self.tr("Never synced"))
        else:
            moment = QDateTime.fromSecsSinceEpoch(int(last.timestamp()))
            when = QLocale().toString(moment, QLocale.FormatType.ShortFormat)
            self.last.setText(self.tr("Last sync: %1").replace("%1", when))
        self._show_next()

    def show_progress(self, p: SyncProgress) -> None:
        """During a pull that has more pages to come: "1,500 of 50,000 records received,
        about 12 minutes left"; nothing for an ordinary sync's one page."""
        words = pull_words(p) if p.phase == "pull" else None
        if words is not None:
            self.pulling.setText(words)
        self.pulling.setVisible(words is not None)

    def _finished(self) -> None:
        self.pulling.hide()
        self.refresh_counts()

    def _show_next(self) -> None:
        """When the next automatic sync is: a retry after a failed one, or the sending of
        what waits."""
        when = self.sync.next_try
        self.next.setVisible(when is not None)
        if when is None:
            self.next.clear()
            return
        text = _time(when)
        self.next.setText(
            self.tr("Next try at %1").replace("%1", text)
            if self._link in (LinkState.OFFLINE, LinkState.ERROR)
            else self.tr("Sending at %1").replace("%1", text)
        )


def _time(moment: datetime) -> str:
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).time()
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


def progress_words(p: SyncProgress) -> str:
    """Where a sync stands, in words: never "0 of 0" — with nothing to send it says so."""
    if p.phase == "busy":
        # The hub asked to come back later and the sync waits (its note is the CLI's
        # English); the next progress puts the counts back.
        seconds = max(1, round(p.busy_wait_s))
        return QCoreApplication.translate(
            "SyncPage", "The hub is busy; trying again in %n seconds.", "", seconds
        )
    if p.changes_total == 0:
        return QCoreApplication.translate(
            "SyncStatusWidget", "Nothing to send; %Ln records received.", "", p.pulled
        )
    return (
        QCoreApplication.translate(
            "SyncPage", "%1 of %2 changes sent, %3 records received, %4 kB sent"
        )
        .replace("%1", number(p.changes_sent))
        .replace("%2", number(p.changes_total))
        .replace("%3", number(p.pulled))
        .replace("%4", number(p.bytes_sent // 1024))
    )


def pull_words(p: SyncProgress) -> str | None:
    """A long pull's progress in records and the time left, or None when there is nothing
    to say (the pull is over, or the hub does not tell how much remains)."""
    if p.pull_total <= p.received:
        return None
    done = (
        QCoreApplication.translate("SyncStatusWidget", "%1 of %2 records received")
        .replace("%1", number(p.received))
        .replace("%2", number(p.pull_total))
    )
    if p.seconds_left is None:
        return done
    minutes = round(p.seconds_left / 60)
    left = (
        QCoreApplication.translate("SyncStatusWidget", "about %n minutes left", "", minutes)
        if minutes >= 1
        else QCoreApplication.translate("SyncStatusWidget", "less than a minute left")
    )
    return f"{done}, {left}"


# The states a finished sync leaves; what waits now decides between them.
_SETTLED = {LinkState.UP_TO_DATE, LinkState.QUEUED, LinkState.WAITING}


def shown_state(link: LinkState, counts: WaitingCounts) -> LinkState:
    """The link state corrected by what waits now, so the status bar never says "Up to date"
    next to a change waiting, nor "Needs attention" once nothing does."""
    if link not in _SETTLED:
        return link  # syncing, offline, an error: said as the controller says it
    if counts.need_attention:
        return LinkState.WAITING
    return LinkState.QUEUED if counts.pending else LinkState.UP_TO_DATE
