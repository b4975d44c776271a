"""The Reports screen: choose a report, its period, language and paper; preview, print, save as
PDF or export CSV; and import field sheets (attendance, contacts)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bluepacific_desktop.domain.errors import BluePacificError
from bluepacific_desktop.io.importing import ImportKind
from bluepacific_desktop.reports.figures.periods import Period, quarter_of
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.dialogs.import_dialog import ImportDialog
from bluepacific_desktop.ui.icons import Icon, icon
from bluepacific_desktop.ui.pages.base import Page
from bluepacific_desktop.ui.pages.reports.output import ReportOutput
from bluepacific_desktop.ui.pages.reports.period_picker import PeriodPicker
from bluepacific_desktop.ui.pages.reports.texts import ReportTexts, ui_language
from bluepacific_desktop.ui.style import ERROR_STYLE
from bluepacific_desktop.workflows.report_jobs import ReportRequest, current_quarter


def _labelled(form: QFormLayout, text: str, widget: QWidget) -> None:
    label = QLabel(text)
    label.setBuddy(widget)
    form.addRow(label, widget)


class ReportsPage(Page):
    nav_icon = Icon.REPORTS

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.texts = ReportTexts(self)
        self.output = ReportOutput(ctx, self)
        self.output.busy.connect(self._busy)
        self.output.finished.connect(self._finished)
        self.output.failed.connect(self._failed)
        self.import_dialog: ImportDialog | None = None
        try:
            current = current_quarter(ctx.store)
        except BluePacificError:  # not set up yet: the computer's own calendar
            current = quarter_of(date.today())
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Report"))
        for key, name in self.texts.names().items():
            self.kind.addItem(name, key)
        self.period = PeriodPicker(current)
        self.period_problem = QLabel()
        self.period_problem.setStyleSheet(ERROR_STYLE)
        self.period_problem.hide()
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the report"))
        self.language.addItem(self.tr("English"), "en")
        self.language.addItem(self.tr("French"), "fr")
        self.language.setCurrentIndex(1 if ui_language() == "fr" else 0)
        self.paper = QComboBox()
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        box = QGroupBox(self.tr("Report"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        _labelled(form, self.tr("&Report:"), self.kind)
        form.addRow(self.tr("Period:"), self.period)
        form.addRow("", self.period_problem)
        _labelled(form, self.tr("&Language:"), self.language)
        _labelled(form, self.tr("P&aper:"), self.paper)
        self.preview_button = QPushButton(icon(Icon.PREVIEW), self.tr("Pre&view…"))
        self.print_button = QPushButton(icon(Icon.PRINT), self.tr("&Print…"))
        self.pdf_button = QPushButton(icon(Icon.SAVE_PDF), self.tr("&Save as PDF…"))
        self.csv_button = QPushButton(icon(Icon.EXPORT_CSV), self.tr("E&xport CSV…"))
        actions = (
            (self.preview_button, self.output.open_preview),
            (self.print_button, self.output.print_report),
            (self.pdf_button, self.output.save_pdf),
            (self.csv_button, self.output.export_csv),
        )
        buttons = QHBoxLayout()
        for button, action in actions:
            button.clicked.connect(lambda _c=False, act=action: self._start(act))
            buttons.addWidget(button)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the figures and pages take as long as they take
        self.progress.setMaximumWidth(200)
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        status_row = QHBoxLayout()
        status_row.addWidget(self.progress)
        status_row.addWidget(self.status, 1)
        form.addRow(status_row)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(box)
        layout.addWidget(self._import_box())
        layout.addStretch(1)
        scroll = QScrollArea()  # nothing cut at 1366×768, whatever the language's lengths
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setFocusProxy(self.kind)

    def _import_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Import from a field sheet"))
        row = QHBoxLayout(box)
        self.import_attendance = QPushButton(
            icon(Icon.IMPORT), self.tr("Import attendance s&heet…")
        )
        self.import_contacts = QPushButton(icon(Icon.IMPORT), self.tr("Import &contact list…"))
        self.import_attendance.clicked.connect(lambda: self.open_import(ImportKind.ATTENDANCE))
        self.import_contacts.clicked.connect(lambda: self.open_import(ImportKind.CONTACTS))
        row.addWidget(self.import_attendance)
        row.addWidget(self.import_contacts)
        row.addStretch(1)
        return box

    def title(self) -> str:
        return self.tr("Reports")

    def print_page(self) -> None:
        self._start(self.output.print_report)

    def request(self) -> ReportRequest | None:
        period: Period | None = self.period.period()
        if period is None:
            return None
        return ReportRequest(
            str(self.kind.currentData()),
            period,
            str(self.language.currentData()),
            str(self.paper.currentData()),
        )

    def _start(self, action: Callable[[ReportRequest], None]) -> None:
        request = self.request()
        self.period_problem.setVisible(request is None)
        if request is None:
            self.period_problem.setText(self.tr("The first day is after the last day."))
            return
        action(request)

    def open_import(self, kind: ImportKind) -> None:
        self.import_dialog = ImportDialog(self.ctx, kind, self)
        self.import_dialog.open()

    # -- progress ----------------------------------------------------------------------------

    def _busy(self, text: str) -> None:
        self._show(text, busy=True)

    def _finished(self, text: str) -> None:
        self._show(text, busy=False)

    def _failed(self, text: str) -> None:
        self._show(text, busy=False, error=True)

    def _show(self, text: str, busy: bool, error: bool = False) -> None:
        self.progress.setVisible(busy)
        for button in (self.preview_button, self.print_button, self.pdf_button, self.csv_button):
            button.setEnabled(not busy)
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setText(text)
