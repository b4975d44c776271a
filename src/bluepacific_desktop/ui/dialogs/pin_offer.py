"""At first start, once the main window shows: choose the PIN that unlocks the lock screen
(Settings → Lock screen holds the same box for later). "Later" leaves the app unlockable by
the hub password only, or not locking at all until a PIN or a sign-in exists."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.pages.settings_lock import LockBox


class PinOffer(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Protect your records"))
        intro = QLabel(
            self.tr(
                "This computer holds the names and contact details of police officers and "
                "partners. Choose a PIN: when you leave the computer, Blue Pacific Desktop "
                "locks and hides them until the PIN (or your hub password) is typed."
            )
        )
        intro.setWordWrap(True)
        self.box = LockBox(ctx)
        self.box.refresh()
        self.box.pin_saved.connect(self.accept)
        self.buttons = QDialogButtonBox()
        later = self.buttons.addButton(self.tr("&Later"), QDialogButtonBox.ButtonRole.RejectRole)
        later.setAutoDefault(False)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.box)
        layout.addWidget(self.buttons)
        self.box.new_pin.setFocus()


def offer_pin(ctx: AppContext, parent: QWidget) -> PinOffer | None:
    """Shown without blocking (the window is usable behind it); None when a PIN exists."""
    from bluepacific_desktop.workflows import lock

    if lock.lock_settings(ctx.store).has_pin:
        return None
    dialog = PinOffer(ctx, parent)
    dialog.open()
    return dialog
