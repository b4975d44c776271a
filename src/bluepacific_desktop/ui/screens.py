"""The main window's screens, each built the first time it is needed.

Building every screen at start-up (tables, models, their first reads) took most of the time
to a usable dashboard with 100,000 people. A `Screen` names its title without building it;
`Screens` keeps one placeholder per screen in the window's stack (so a row of the navigation
is always the same index of the stack) and swaps in the real page when it is first asked for.
`default_pages` imports a screen's module only when the screen is built: importing them all
took half a second at start-up.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStackedWidget, QWidget

from bluepacific_desktop.ui.icons import Icon

if TYPE_CHECKING:
    from bluepacific_desktop.ui.context import AppContext
    from bluepacific_desktop.ui.pages.base import Page
    from bluepacific_desktop.ui.sync_controller import SyncController

PageFactory = Callable[["AppContext", "SyncController"], "Page"]


@dataclass(frozen=True)
class Screen:
    """A screen of the navigation: its title (translated when called, so it follows a switch
    of language) and how to build it."""

    title: Callable[[], str]
    make: PageFactory
    name: str = ""  # what a screen's `go_to` asks for ("sync", "contacts"…)
    icon: Icon | None = None  # its picture in the navigation (the page's `nav_icon`)


class Screens:
    """The pages in navigation order; `screens[row]` builds the page at `row` if it is not
    built yet. A plain factory (no `Screen`) is built at once, its title read from the page."""

    def __init__(
        self, stack: QStackedWidget, wrap: Callable[[QWidget], QWidget] | None = None
    ) -> None:
        self.stack = stack
        # What holds a page in the stack (the window's scroll area: ui/geometry.scrolling).
        self._wrap: Callable[[QWidget], QWidget] = wrap or (lambda page: page)
        self._screens: list[Screen | None] = []
        self._pages: list[Page | None] = []
        self._build: Callable[[PageFactory], Page] | None = None

    def fill(
        self, screens: Sequence[Screen | PageFactory], build: Callable[[PageFactory], Page]
    ) -> None:
        self._build = build
        for entry in screens:
            lazy = isinstance(entry, Screen)
            self._screens.append(entry if isinstance(entry, Screen) else None)
            self._pages.append(None if lazy else build(entry))  # type: ignore[arg-type]
            page = self._pages[-1]
            self.stack.addWidget(self._wrap(page) if page is not None else QWidget())

    def __len__(self) -> int:
        return len(self._pages)

    def __getitem__(self, row: int) -> Page:
        if row < 0:
            row += len(self)  # pages[-1] is the last screen, as in a list
        page = self._pages[row]
        if page is None:
            screen, build = self._screens[row], self._build
            assert screen is not None and build is not None
            page = build(screen.make)
            placeholder = self.stack.widget(row)
            assert placeholder is not None
            self.stack.insertWidget(row, self._wrap(page))
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._pages[row] = page
        return page

    def __iter__(self) -> Iterator[Page]:
        """Every page, building those not built yet (tests and the draft offer walk them)."""
        return (self[row] for row in range(len(self)))

    def index(self, page: Page) -> int:
        return self._pages.index(page)

    def is_built(self, row: int) -> bool:
        return self._pages[row] is not None

    def built(self) -> list[Page]:
        """The pages built so far: only they can hold unsaved changes or need a refresh."""
        return [page for page in self._pages if page is not None]

    def row_of(self, name: str) -> int:
        """The row of the screen called `name`; -1 when there is none."""
        return next(
            (row for row, s in enumerate(self._screens) if s is not None and s.name == name), -1
        )

    def nav_icon(self, row: int) -> Icon | None:
        page, screen = self._pages[row], self._screens[row]
        if screen is not None:
            return screen.icon
        assert page is not None
        return page.nav_icon

    def title(self, row: int) -> str:
        page, screen = self._pages[row], self._screens[row]
        if screen is not None:
            return screen.title()
        assert page is not None
        return page.title()


def _title(page: str, text: str) -> Callable[[], str]:
    return lambda: QCoreApplication.translate(page, text)


def _dashboard(ctx: AppContext, sync: SyncController) -> Page:
    from bluepacific_desktop.ui.pages.dashboard import DashboardPage

    return DashboardPage(ctx, sync)


def _training(ctx: AppContext, _sync: SyncController) -> Page:
    from bluepacific_desktop.ui.pages.training import TrainingPage

    return TrainingPage(ctx)


def _capabilities(ctx: AppContext, _sync: SyncController) -> Page:
    from bluepacific_desktop.ui.pages.capabilities import CapabilitiesPage

    return CapabilitiesPage(ctx)


def _returns(ctx: AppContext, _sync: SyncController) -> Page:
    from bluepacific_desktop.ui.pages.returns import ReturnsPage

    return ReturnsPage(ctx)


def _contacts(ctx: AppContext, _sync: SyncController) -> Page:
    from bluepacific_desktop.ui.pages.contacts import ContactsPage

    return ContactsPage(ctx)


def _reports(ctx: AppContext, _sync: SyncController) -> Page:
    from bluepacific_desktop.ui.pages.reports import ReportsPage

    return ReportsPage(ctx)


def _sync(ctx: AppContext, sync: SyncController) -> Page:
    from bluepacific_desktop.ui.pages.sync_page import SyncPage

    return SyncPage(ctx, sync)


def _settings(ctx: AppContext, sync: SyncController) -> Page:
    from bluepacific_desktop.ui.pages.settings_page import SettingsPage

    return SettingsPage(ctx, sync)


def default_pages() -> list[Screen]:
    """The screens, in the order of the navigation (Ctrl+1, Ctrl+2, …). A title and an icon
    are the page's own title() and nav_icon (tests/ui/test_lazy_screens.py keeps them equal)."""
    return [
        Screen(_title("DashboardPage", "Dashboard"), _dashboard, "dashboard", Icon.DASHBOARD),
        Screen(_title("TrainingPage", "Training"), _training, "training", Icon.TRAINING),
        Screen(
            _title("CapabilitiesPage", "Capabilities"),
            _capabilities,
            "capabilities",
            Icon.CAPABILITIES,
        ),
        Screen(_title("ReturnsPage", "Monthly returns"), _returns, "returns", Icon.RETURNS),
        Screen(
            _title("ContactsPage", "Contacts & engagements"), _contacts, "contacts", Icon.CONTACTS
        ),
        Screen(_title("ReportsPage", "Reports"), _reports, "reports", Icon.REPORTS),
        Screen(_title("SyncPage", "Sync"), _sync, "sync", Icon.SYNC),
        Screen(_title("SettingsPage", "Settings"), _settings, "settings", Icon.SETTINGS),
    ]
