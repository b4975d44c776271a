"""Locks the app: after some minutes without input (Settings → Lock screen), when the OS
session locks (D-Bus on Linux), or on File → Lock now (Ctrl+L).

While locked, every window of the app — the main window and every dialog, modal or not, even
one that opens meanwhile — is covered by a veil and titled "locked", no shortcut fires and no
input reaches anything but the lock window (ui/lock_screen.py). Nothing is closed, saved or
discarded: the editors keep what was typed behind the veil (KeePassXC#2336 leaked data
through an About dialog that stayed visible over its lock screen).
"""

from __future__ import annotations

import logging
import os
import time

import shiboken6
from PySide6.QtCore import SLOT, QCoreApplication, QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget
from sqlalchemy.exc import SQLAlchemyError

from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.icons import Icon, icon
from bluepacific_desktop.ui.lock_keys import LOCK_KEYS
from bluepacific_desktop.ui.lock_screen import LockWindow
from bluepacific_desktop.workflows import lock

log = logging.getLogger(__name__)

_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.ContextMenu,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)
_WATCHED = _INPUT | {QEvent.Type.ShortcutOverride, QEvent.Type.Show, QEvent.Type.Resize}
# The shortest idle setting (1 minute); tests set shorter ones through `idle_s`.
IDLE_FLOOR_S = 60.0 * lock.IDLE_MINUTES_RANGE[0]
# Each window's idle check: often enough that a 10-minute lock comes within seconds of it.
CHECK_EVERY_MS = 15_000


class Veil(QWidget):
    """Covers one window of the app while it is locked, menus and status bar included."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockVeil")
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Window)
        self.picture = QLabel()
        self.picture.setPixmap(icon(Icon.LOCK).pixmap(32, 32))
        self.picture.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
        self.label = QLabel(QCoreApplication.translate("LockWords", "Locked"))
        self.label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picture, 1)
        layout.addWidget(self.label, 1)
        self.cover()
        self.show()

    def cover(self) -> None:
        window = self.parentWidget()
        if window is not None:
            self.setGeometry(window.rect())
        self.raise_()


class LockGuard(QObject):
    """One per main window; `lock()` and `unlock()` may also be called directly."""

    def __init__(self, window: QWidget, ctx: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.lock_window: LockWindow | None = None
        self.veils: dict[QWidget, tuple[Veil, str]] = {}
        self.focus: QWidget | None = None
        self.last_input = time.monotonic()
        self.idle_s: float | None = None  # None: the setting's minutes (tests set seconds)
        self.idle_timer = QTimer(self)
        self.idle_timer.setInterval(CHECK_EVERY_MS)
        self.idle_timer.timeout.connect(self.check_idle)
        self.idle_timer.start()
        self.session_watch = SessionWatch(self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def locked(self) -> bool:
        return self.lock_window is not None

    # -- locking -----------------------------------------------------------------------------

    def lock(self) -> bool:
        """Lock now; False when nothing could unlock it (no PIN, no hub password kept)."""
        if self.locked:
            return True
        if not self.window.isVisible():
            return False  # a window closed (quitting, or a test's): nothing left to hide
        try:
            settings = lock.lock_settings(self.ctx.store)
        except SQLAlchemyError:
            # The store cannot be read (its file gone): nothing could check a PIN either.
            log.warning("the lock screen's settings could not be read", exc_info=True)
            return False
        if not settings.can_lock:
            return False
        self.focus = QApplication.focusWidget()
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()  # an open menu or completer list: nothing to keep
        self.lock_window = LockWindow(self.ctx, settings)
        for widget in QApplication.topLevelWidgets():
            self._veil(widget)
        self.lock_window.unlocked.connect(self.unlock)
        self._front()
        log.info("the app is locked")
        return True

    def lock_now(self) -> None:
        """File → Lock now (Ctrl+L); without a PIN or a kept hub password nothing could
        unlock the app, and the status bar says so."""
        if not self.lock():
            self.ctx.status_message.emit(
                QCoreApplication.translate(
                    "LockWords",
                    "Set a PIN in Settings → Lock screen first: nothing could unlock the app.",
                )
            )

    def _veil(self, widget: QWidget) -> None:
        if (
            widget is self.lock_window
            or widget in self.veils
            or not widget.isVisible()
            or not widget.isWindow()
            or isinstance(widget, Veil)
            or widget.windowType() in (Qt.WindowType.ToolTip, Qt.WindowType.Popup)
        ):
            return
        title = widget.windowTitle()
        widget.setWindowTitle(QCoreApplication.translate("LockWords", "Locked"))
        self.veils[widget] = (Veil(widget), title)

    def _front(self) -> None:
        """The lock window in front of the others, the last modal one (so that a modal dialog
        opened behind it never takes the keyboard)."""
        shown = self.lock_window
        if shown is None:
            return
        if shown.isVisible():
            shown.hide()
        geometry = self.window.frameGeometry()
        shown.move(geometry.center() - shown.rect().center())
        shown.show()
        shown.raise_()
        shown.activateWindow()
        shown.start()

    def unlock(self) -> None:
        shown, self.lock_window = self.lock_window, None
        for widget, (veil, title) in list(self.veils.items()):
            if shiboken6.isValid(widget):
                widget.setWindowTitle(title)
            if shiboken6.isValid(veil):
                veil.hide()
                veil.deleteLater()
        self.veils.clear()
        if shown is not None:
            shown.hide()
            shown.deleteLater()
        self.last_input = time.monotonic()
        if self.focus is not None and shiboken6.isValid(self.focus):
            self.focus.window().activateWindow()
            self.focus.setFocus()
        self.focus = None
        log.info("the app is unlocked")

    # -- what starts it ------------------------------------------------------------------------

    def idle_limit_s(self) -> float:
        if self.idle_s is not None:
            return self.idle_s
        return 60.0 * lock.lock_settings(self.ctx.store).idle_minutes

    def check_idle(self) -> None:
        if self.locked or not self.window.isVisible():
            return  # a closed window's store may be closed too: never read it then
        idle = time.monotonic() - self.last_input
        if idle < (IDLE_FLOOR_S if self.idle_s is None else self.idle_s):
            return  # no store read while someone is at work: less than the shortest setting
        try:
            limit = self.idle_limit_s()
        except SQLAlchemyError:
            log.warning("the lock screen's minutes could not be read", exc_info=True)
            return
        if idle >= limit:
            self.lock()

    def session_locked(self) -> None:
        """The OS session locked (or its screen saver started): lock too."""
        if not self.locked:
            self.lock()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in _WATCHED:
            return False
        if self.lock_window is None:
            if kind in _INPUT:
                self.last_input = time.monotonic()
            if kind == QEvent.Type.KeyPress and self.window.isVisible() and _is_lock_key(event):
                # Only reached where the window's own action could not take it: in an editor
                # or dialog that holds the main window (a modal one).
                self.lock_now()
                return True
            return False
        if kind == QEvent.Type.ShortcutOverride:
            # Taken here, no shortcut fires while locked (Ctrl+N, Ctrl+1…); the key press
            # itself still reaches the lock window's fields.
            event.accept()
            return True
        if not isinstance(watched, QWidget):
            return False
        if kind == QEvent.Type.Show:
            if watched.isWindow() and watched not in self.veils and not self._in_lock(watched):
                # A window opened while locked (a failure, a question): covered at once. The
                # guard is the timer's context: gone with its main window before the loop's
                # next turn (a window closed, the app quitting), the timer goes with it.
                QTimer.singleShot(0, self, lambda w=watched: self._late(w))
            return False
        if kind == QEvent.Type.Resize:
            entry = self.veils.get(watched)
            if entry is not None:
                entry[0].cover()
            return False
        return not self._in_lock(watched)  # input anywhere else is dropped

    def _late(self, widget: QWidget) -> None:
        if self.locked and shiboken6.isValid(widget) and widget not in self.veils:
            self._veil(widget)
            if widget in self.veils:
                self._front()

    def _in_lock(self, widget: QWidget) -> bool:
        """The lock window, a widget in it, or a popup of one (a field's context menu)."""
        shown = self.lock_window
        found: QWidget | None = widget
        while found is not None:
            if found is shown:
                return True
            found = found.parentWidget()
        return False


def _is_lock_key(event: QEvent) -> bool:
    return isinstance(event, QKeyEvent) and QKeySequence(event.keyCombination()) == QKeySequence(
        LOCK_KEYS
    )


class SessionWatch(QObject):
    """The OS session's lock, where the platform says so: on Linux the screen saver's
    ActiveChanged (org.freedesktop.ScreenSaver, org.gnome.ScreenSaver) on the session bus and
    logind's Lock on the system bus, through QtDBus. Windows and macOS send nothing Qt
    passes on: there the idle minutes lock the app (docs/data-protection.md)."""

    def __init__(self, guard: LockGuard) -> None:
        super().__init__(guard)
        self.guard = guard
        self.watching: list[str] = []
        try:
            from PySide6.QtDBus import QDBusConnection, QDBusInterface
        except ImportError:  # a build without QtDBus (Windows, macOS)
            return
        session = QDBusConnection.sessionBus()
        if session.isConnected():
            for service, path in (
                ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
                ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
                ("org.freedesktop.ScreenSaver", "/ScreenSaver"),  # KDE
            ):
                # PySide's stubs say bytes for the slot; it takes SLOT()'s str.
                if session.connect(  # type: ignore[call-overload]
                    "", path, service, "ActiveChanged", self, SLOT("screenSaver(bool)")
                ):
                    self.watching.append(f"{service} {path}")
        system = QDBusConnection.systemBus()
        if not system.isConnected():
            return
        manager = QDBusInterface(
            "org.freedesktop.login1",
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            system,
        )
        if not manager.isValid():
            return
        reply = manager.call("GetSessionByPID", os.getpid())
        arguments = reply.arguments()
        if not arguments:
            return
        path = getattr(arguments[0], "path", lambda: str(arguments[0]))()
        if system.connect(  # type: ignore[call-overload]
            "org.freedesktop.login1",
            str(path),
            "org.freedesktop.login1.Session",
            "Lock",
            self,
            SLOT("sessionLock()"),
        ):
            self.watching.append(f"login1 {path}")

    @Slot(bool)
    def screenSaver(self, active: bool) -> None:
        if active:
            self.guard.session_locked()

    @Slot()
    def sessionLock(self) -> None:
        self.guard.session_locked()
