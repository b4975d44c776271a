"""The Monthly returns screen on a regional admin's computer: the "Country" choice (this
computer's country first, then every project country, then "All countries") and the region
grid of "All countries": countries × the 12 months of a chosen year, each cell the month's
state in words with its mark, late and missing marked, then the row's reporting and on-time
rates (workflows/region_returns.py). Shown only where the hub's role is regional admin."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bluepacific_desktop.domain.returns import FIRST_PERIOD
from bluepacific_desktop.i18n.returns_words import history_action, timeliness_words
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.ops import Job, ReadOp, failure_words
from bluepacific_desktop.ui.pages.capabilities.months_model import month_label
from bluepacific_desktop.ui.pages.returns.texts import state_words
from bluepacific_desktop.ui.style import ERROR_COLOR, ERROR_STYLE
from bluepacific_desktop.workflows.region_returns import (
    CountryReturns,
    RegionReturns,
    country_returns,
    region_returns,
)
from bluepacific_desktop.workflows.returns import MonthReturn, current_period
from bluepacific_wire import Role
from bluepacific_wire.completeness import Timeliness
from bluepacific_wire.returns import ReturnAction, ReturnState

ALL = "*"  # the "All countries" choice
_MARKED = {Timeliness.LATE: "⚠", Timeliness.MISSING: "✖"}  # read without colour too


def ui_language() -> str:
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def share(rate: float | None) -> str:
    """ "75.0%" (75,0 % in French); "–" when nothing was expected yet."""
    if rate is None:
        return "–"
    text = QLocale().toString(rate * 100, "f", 1)
    return f"{text}\u00a0%" if ui_language() == "fr" else f"{text}%"


def cell_words(month: MonthReturn) -> str:
    """ "◐ Submitted" over "⚠ Late": the state with its mark, late and missing marked; a nil
    return says so on a line of its own (a narrow column holds each line)."""
    words = state_words(month.state)
    if month.nil and month.state is not ReturnState.DRAFT:
        words += f"\n∅ {history_action(ReturnAction.NIL)}"
    mark = _MARKED.get(month.timeliness)
    if mark is not None:
        words += f"\n{mark} {timeliness_words(month.timeliness)}"
    return words


class RegionPanel(QWidget):
    """The country choice (a row above the screen) and the region grid (in place of the
    months and the picked month when "All countries" is chosen)."""

    # The country picked: "" for this computer's own, a code for another, ALL for the grid.
    picked = Signal(str)
    country_loaded = Signal(object)  # CountryReturns of another country

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.own = ""
        self.active = False  # a regional admin's computer
        self.region: RegionReturns | None = None
        self.choice = QComboBox()
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.choice.setAccessibleName(self.tr("Country"))
        label = QLabel(self.tr("&Country:"))
        label.setBuddy(self.choice)
        self.year = QComboBox()
        self.year.setAccessibleName(self.tr("Year"))
        self.year_label = QLabel(self.tr("&Year:"))
        self.year_label.setBuddy(self.year)
        self.note = QLabel()
        self.note.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(self.choice)
        row.addWidget(self.year_label)
        row.addWidget(self.year)
        row.addWidget(self.note, 1)
        self.grid = QTableWidget(0, 0)
        self.grid.setAccessibleName(self.tr("Monthly returns of every country"))
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setTabKeyNavigation(False)
        self.grid.setWordWrap(True)
        self.grid.verticalHeader().hide()
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.grid.cellDoubleClicked.connect(self._grid_clicked)
        self.figures = QLabel()
        self.figures.setWordWrap(True)
        self.figures.setAccessibleName(self.tr("The region's figures"))
        self.grid_area = QWidget()
        area = QVBoxLayout(self.grid_area)
        area.setContentsMargins(0, 0, 0, 0)
        area.addWidget(self.grid, 1)
        area.addWidget(self.figures)
        self.grid_area.hide()
        self.hide()
        self.choice.currentIndexChanged.connect(self._chosen)
        self.year.currentIndexChanged.connect(lambda _i: self.reload())

    # -- the choice --------------------------------------------------------------------------

    def set_role(self, role: Role | None) -> None:
        """Shown on a regional admin's computer only; its countries read once."""
        regional = role is Role.REGIONAL_ADMIN
        self.active = regional
        self.setVisible(regional)
        if not regional:
            self.grid_area.hide()
            return
        if self.choice.count() == 0:
            ReadOp(self, self.ctx, _countries, self._fill, self._failed).run()

    def chosen(self) -> str:
        """ "" (this computer's country), another country's code, or ALL."""
        if not self.active:
            return ""
        value = self.choice.currentData()
        return value if isinstance(value, str) else ""

    def _fill(self, found: tuple[str, list[tuple[str, str]], list[int]]) -> None:
        own, countries, years = found
        self.own = own
        self.choice.blockSignals(True)
        self.year.blockSignals(True)
        self.choice.clear()
        for code, name in countries:
            self.choice.addItem(name, "" if code == own else code)
        self.choice.addItem(self.tr("All countries"), ALL)
        self.year.clear()
        for year in years:
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(len(years) - 1)
        self.choice.blockSignals(False)
        self.year.blockSignals(False)
        self._chosen()

    def _chosen(self, _index: int = -1) -> None:
        value = self.chosen()
        every = value == ALL
        self.year.setVisible(every)
        self.year_label.setVisible(every)
        self.note.setText(
            ""
            if not value or every
            else self.tr(
                "Read only: this computer acts on %1's months only. Accept, send back or "
                "reopen another country's months in the regional console."
            ).replace("%1", self.choice.itemText(0))
        )
        self.picked.emit(value)
        self.reload()

    def reload(self) -> None:
        """Read again what the choice shows (after a change, a sync, a year picked)."""
        value = self.chosen()
        if value == ALL:
            year = self.year.currentData()
            wanted = int(year) if isinstance(year, int) else None
            ReadOp(
                self,
                self.ctx,
                lambda job: region_returns(job.store, wanted),
                self._show_region,
                self._failed,
            ).run()
        elif value:
            ReadOp(
                self,
                self.ctx,
                lambda job: country_returns(job.store, value),
                self._country_read,
                self._failed,
            ).run()

    def _country_read(self, country: CountryReturns) -> None:
        if self.chosen() == country.code:  # not a stale answer to an earlier choice
            self.country_loaded.emit(country)

    def _grid_clicked(self, row: int, _column: int) -> None:
        """A country's row opened: its months, as the choice would show them."""
        if self.region is not None and 0 <= row < len(self.region.countries):
            code = self.region.countries[row].code
            index = self.choice.findData("" if code == self.own else code)
            if index >= 0:
                self.choice.setCurrentIndex(index)

    # -- the grid ----------------------------------------------------------------------------

    def _show_region(self, region: RegionReturns) -> None:
        if self.chosen() != ALL or region.year != self.year.currentData():
            return  # a stale answer: an earlier choice or year
        self.region = region
        year = region.year or 0
        periods = [f"{year:04d}-{m:02d}" for m in range(1, 13)]
        locale = QLocale()
        headers = [
            self.tr("Country"),
            *(locale.monthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)),
            self.tr("Reporting\nrate"),
            self.tr("On-time\nrate"),
        ]
        self.grid.clear()
        self.grid.setColumnCount(len(headers))
        self.grid.setHorizontalHeaderLabels(headers)
        self.grid.setRowCount(len(region.countries))
        language = ui_language()
        red = QBrush(QColor(ERROR_COLOR))
        for i, country in enumerate(region.countries):
            name = QTableWidgetItem(country.name(language))
            name.setToolTip(country.name(language))  # a long name is cut in a narrow window
            self.grid.setItem(i, 0, name)
            by_period = {m.period: m for m in country.months}
            for j, period in enumerate(periods, start=1):
                month = by_period.get(period)
                item = QTableWidgetItem("" if month is None else cell_words(month))
                if month is not None:
                    item.setToolTip(
                        f"{country.name(language)}, {month_label(period)}: "
                        f"{state_words(month.state, month.nil)}; "
                        f"{timeliness_words(month.timeliness)}"
                    )
                    if month.timeliness in _MARKED:
                        item.setForeground(red)
                self.grid.setItem(i, j, item)
            for j, rate in enumerate(
                (country.figures.reporting_rate, country.figures.on_time_rate), start=13
            ):
                item = QTableWidgetItem(share(rate))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.grid.setItem(i, j, item)
        self.grid.resizeRowsToContents()
        f = region.figures
        self.figures.setStyleSheet("")
        self.figures.setText(
            self.tr(
                "The region in %1: %2 months expected, %3 received (%4 nil), %5 on time, "
                "%6 late, %7 missing, %8 accepted. Reporting rate %9, on-time rate %10."
            )
            .replace("%10", share(f.on_time_rate))
            .replace("%9", share(f.reporting_rate))
            .replace("%8", locale.toString(f.accepted))
            .replace("%7", locale.toString(f.missing))
            .replace("%6", locale.toString(f.late))
            .replace("%5", locale.toString(f.on_time))
            .replace("%4", locale.toString(f.nil))
            .replace("%3", locale.toString(f.received))
            .replace("%2", locale.toString(f.expected))
            .replace("%1", str(year))
        )

    def _failed(self, exc: Exception) -> None:
        self.figures.setText(failure_words(exc))
        self.figures.setStyleSheet(ERROR_STYLE)


def _countries(job: Job) -> tuple[str, list[tuple[str, str]], list[int]]:
    """This computer's country, the project's countries (its own first) in the UI's language,
    and the project's years up to this one."""
    region = region_returns(job.store, int(current_period(job.store)[:4]))
    language = ui_language()
    own = region.countries[0].code if region.countries else ""
    names = [(c.code, c.name(language)) for c in region.countries]
    names[1:] = sorted(names[1:], key=lambda n: n[1])  # the others by name, in this language
    first, last = int(FIRST_PERIOD[:4]), int(current_period(job.store)[:4])
    return own, names, list(range(first, last + 1))
