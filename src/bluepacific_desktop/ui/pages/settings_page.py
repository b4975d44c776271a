"""Settings screen: the hub and automatic sync, the language, this laptop's time zone, the lock
screen, where the data lives, backups."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bluepacific_desktop.i18n.catalogue import remember_language
from bluepacific_desktop.store.device import LANGUAGE, get_setting, set_setting
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.icons import Icon
from bluepacific_desktop.ui.ops import Changed, Job, WriteOp
from bluepacific_desktop.ui.pages.base import Page
from bluepacific_desktop.ui.pages.settings_data import DataBox
from bluepacific_desktop.ui.pages.settings_hub import HubBox
from bluepacific_desktop.ui.pages.settings_lock import LockBox
from bluepacific_desktop.ui.pages.settings_review import ReviewBox
from bluepacific_desktop.ui.pages.settings_zone import ZoneBox
from bluepacific_desktop.ui.problems import error_words
from bluepacific_desktop.ui.retranslate import keep_texts
from bluepacific_desktop.ui.sync_controller import SyncController
from bluepacific_desktop.ui.translations import install_language

# Each language is named in its own words, so anyone can find theirs.
LANGUAGES = (("en", "English"), ("fr", "Français"))


class SettingsPage(Page):
    nav_icon = Icon.SETTINGS

    def __init__(self, ctx: AppContext, sync: SyncController, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.hub = HubBox(ctx, sync)
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        keep_texts(self.language)  # each language in its own words, whatever the UI speaks
        self.language.activated.connect(self._language_chosen)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.language_note = QLabel()
        self.language_note.setWordWrap(True)
        self.language_box = QGroupBox()
        form = QFormLayout(self.language_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.language_label, self.language)
        form.addRow(self.language_note)
        self.zone = ZoneBox(ctx)
        self.review = ReviewBox(ctx)
        self.lock = LockBox(ctx)
        self.data = DataBox(ctx)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.hub)
        layout.addWidget(self.language_box)
        layout.addWidget(self.zone)
        layout.addWidget(self.review)
        layout.addWidget(self.lock)
        layout.addWidget(self.data, 1)
        # A scroll area keeps every setting reachable on a 1366×768 screen.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.retranslate()
        self.refresh()

    def title(self) -> str:
        return self.tr("Settings")

    def retranslate(self) -> None:
        self.language_box.setTitle(self.tr("Language"))
        self.language_label.setText(self.tr("&Language:"))
        self.language.setAccessibleName(self.tr("Language"))
        self.hub.retranslate()
        self.zone.retranslate()
        self.review.retranslate()
        self.lock.retranslate()
        self.data.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        # Sent to every widget when a translation is installed: re-read the texts.
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        with self.ctx.store.read() as session:
            language = get_setting(session, LANGUAGE) or "en"
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.hub.refresh()
        self.zone.refresh()
        self.review.refresh()
        self.lock.refresh()
        self.data.backups.reload()

    def _language_chosen(self, _index: int) -> None:
        language = str(self.language.currentData())
        store = self.ctx.store

        def work(_job: Job) -> Changed[None]:
            with store.write() as session:
                set_setting(session, LANGUAGE, language)
            remember_language(store.path.parent, language)  # the next start paints in it
            return Changed(None)  # a setting: no record kind changed

        def done(_result: object) -> None:
            app = QCoreApplication.instance()
            if app is not None:
                install_language(app, language)
            self.language_note.setText(self.tr("Language saved: every screen uses it now."))
            self.ctx.language_changed.emit(language)

        WriteOp(
            self, self.ctx, work, done, lambda exc: self.language_note.setText(error_words(exc))
        ).run()
