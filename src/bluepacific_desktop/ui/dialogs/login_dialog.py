"""Connect to the regional hub: the hub login form, then the login itself off the GUI thread."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from bluepacific_desktop.sync import account, state
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.hub_login_form import HubLogin, HubLoginForm
from bluepacific_desktop.ui.ops import Changed, Job, NetworkOp
from bluepacific_desktop.ui.problems import error_words


class LoginDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Connect to the hub"))
        with ctx.store.read() as session:
            hub = state.hub_settings(session)
        self.form = HubLoginForm()
        self.form.fill(HubLogin(hub.url or "", hub.username or "", "", hub.ca_bundle))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._login)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)

    def connect_with(self, login: HubLogin) -> None:
        """Fill in what the first-start dialog collected and start logging in at once."""
        self.form.fill(login)
        self._login()

    def _login(self) -> None:
        self.buttons.setEnabled(False)
        self.form.say(self.tr("Connecting to the hub…"))
        store, login = self.ctx.store, self.form.login()

        def work(_job: Job) -> Changed[None]:
            account.login(
                store, login.url, login.username, login.password, ca_bundle=login.ca_bundle
            )
            return Changed(None)

        NetworkOp(self, self.ctx, work, self._done, self._failed).run()

    def _done(self, _result: object) -> None:
        self.form.password.clear()
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        self.form.say(error_words(exc), error=True)
