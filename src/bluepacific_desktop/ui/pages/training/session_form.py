"""The session editor's own fields: course, title, mode, dates, zone, place, trainers, notes."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bluepacific_desktop.store.models import TrainingSession
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui.pages.training.common import (
    FieldErrors,
    TrainingWords,
    py_date,
    rename_courses,
    ui_language,
)
from bluepacific_desktop.ui.pages.training.person_finder import PersonFinder
from bluepacific_desktop.workflows.country_clock import today_there
from bluepacific_desktop.workflows.training_queries import (
    PersonMatch,
    country_zones,
    courses,
    people_names,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class SessionForm(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        with store.read() as session:
            course_list = courses(session, ui_language())
            zones = country_zones(session)
        self.today = today_there(store)  # this laptop's date, not the system clock's zone
        self.course = QComboBox()
        # Long course names must not widen the form past the editor's left pane.
        self.course.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.course.setMinimumContentsLength(18)
        for code, name in course_list:
            self.course.addItem(name, code)
        # Course and mode feed the reported figures: they start empty and must be chosen.
        self.course.setPlaceholderText(self.tr("Choose a course"))
        self.course.setCurrentIndex(-1)
        self.title_box = QLineEdit()
        self.mode = QComboBox()
        for value, text in TrainingWords(self).modes().items():
            self.mode.addItem(text, value)
        self.mode.setPlaceholderText(self.tr("Choose how it was given"))
        self.mode.setCurrentIndex(-1)
        self.start = self._date_box()
        self.end = self._date_box()
        self.zone = QComboBox()
        for zone in zones:  # this laptop's zone first: the default
            self.zone.addItem(zone, zone)
        self.location = QLineEdit()
        self.organiser = QLineEdit()
        self.trainer_finder = PersonFinder(store)
        self.trainer_finder.picked.connect(self.add_trainer)
        self.trainer_finder.prefer_course = lambda: self.course.currentData()
        self.trainers = QListWidget()
        self.trainers.setMaximumHeight(90)
        remove = QPushButton(self.tr("Remove trainer"))
        remove.setAutoDefault(False)
        remove.clicked.connect(self.remove_trainer)
        QShortcut(QKeySequence.StandardKey.Delete, self.trainers, self.remove_trainer).setContext(
            Qt.ShortcutContext.WidgetShortcut
        )
        trainer_box = QWidget()
        column = QVBoxLayout(trainer_box)
        column.setContentsMargins(0, 0, 0, 0)
        for w in (self.trainer_finder, self.trainers, remove):
            column.addWidget(w)
        trainer_box.setFocusProxy(self.trainer_finder)  # Alt+R lands in the name box
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(80)
        self.errors = FieldErrors(self)
        form = QFormLayout()
        outer = QVBoxLayout(self)
        outer.addLayout(form)
        outer.addStretch(1)  # spare height below the fields, not between them
        rows: list[tuple[str, str, QWidget, str]] = [
            (self.tr("&Course:"), "course_code", self.course, self.tr("Course")),
            (self.tr("&Title:"), "title", self.title_box, self.tr("Title")),
            (self.tr("&Mode:"), "mode", self.mode, self.tr("Mode")),
            (self.tr("Start &date:"), "start_date", self.start, self.tr("Start date")),
            (self.tr("&End date:"), "end_date", self.end, self.tr("End date")),
            (self.tr("Time &zone:"), "time_zone", self.zone, self.tr("Time zone")),
            (self.tr("Locat&ion:"), "location", self.location, self.tr("Location")),
            (self.tr("&Organiser:"), "organiser", self.organiser, self.tr("Organiser")),
            (self.tr("T&rainers:"), "trainer_ids", trainer_box, self.tr("Trainers")),
            (self.tr("&Notes:"), "notes", self.notes, self.tr("Notes")),
        ]
        for text, name, widget, accessible in rows:
            widget.setAccessibleName(accessible)
            self.errors.add_row(form, text, name, widget)
        self.trainer_finder.setAccessibleName(self.tr("Find a trainer by name"))
        self.trainers.setAccessibleName(self.tr("Trainers"))
        form.addRow(self.errors.general)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            rename_courses(self.course, self.store)
        super().changeEvent(event)

    def _date_box(self) -> QDateEdit:
        box = QDateEdit(_qdate(self.today))
        box.setCalendarPopup(True)
        return box

    def add_trainer(self, match: PersonMatch) -> None:
        if match.id in self.trainer_ids():
            return
        item = QListWidgetItem(match.full_name)
        item.setData(ID_ROLE, match.id)
        self.trainers.addItem(item)

    def remove_trainer(self) -> None:
        row = self.trainers.currentRow()
        if row >= 0:
            self.trainers.takeItem(row)

    def trainer_ids(self) -> list[str]:
        return [str(self.trainers.item(i).data(ID_ROLE)) for i in range(self.trainers.count())]

    def load(self, record: TrainingSession) -> None:
        self.course.setCurrentIndex(self.course.findData(record.course_code))
        self.title_box.setText(record.title or "")
        self.mode.setCurrentIndex(self.mode.findData(record.mode))
        self.start.setDate(_qdate(record.start_date))
        self.end.setDate(_qdate(record.end_date))
        if self.zone.findData(record.time_zone) < 0:  # a zone the country no longer lists
            self.zone.addItem(record.time_zone, record.time_zone)
        self.zone.setCurrentIndex(self.zone.findData(record.time_zone))
        self.location.setText(record.location or "")
        self.organiser.setText(record.organiser or "")
        with self.store.read() as session:
            for match in people_names(session, list(record.trainer_ids)):
                self.add_trainer(match)
        self.notes.setPlainText(record.notes or "")

    def fields(self) -> dict[str, Any]:
        return {
            "course_code": self.course.currentData(),
            "title": self.title_box.text(),
            "mode": self.mode.currentData(),
            "start_date": py_date(self.start.date()),
            "end_date": py_date(self.end.date()),
            "time_zone": self.zone.currentData(),
            "location": self.location.text(),
            "organiser": self.organiser.text(),
            "trainer_ids": self.trainer_ids(),
            "notes": self.notes.toPlainText(),
        }

    # -- the editor's draft ------------------------------------------------------------------

    def display_name(self) -> str:
        """ "Firearms tracing, Suva": the title (or course) and the place, as the user knows it."""
        name = self.title_box.text().strip() or (
            self.course.currentText() if self.course.currentIndex() >= 0 else ""
        )
        place = self.location.text().strip()
        return ", ".join(part for part in (name, place) if part)

    def state(self) -> dict[str, Any]:
        """The fields as typed, in plain JSON (dates as ISO text, trainers with their names)."""
        values = self.fields()
        values["start_date"] = values["start_date"].isoformat()
        values["end_date"] = values["end_date"].isoformat()
        values["trainers"] = [
            [str(item.data(ID_ROLE)), item.text()]
            for item in (self.trainers.item(i) for i in range(self.trainers.count()))
        ]
        del values["trainer_ids"]
        return values

    def set_state(self, state: dict[str, Any]) -> None:
        self.course.setCurrentIndex(self.course.findData(state.get("course_code")))
        self.title_box.setText(str(state.get("title") or ""))
        self.mode.setCurrentIndex(self.mode.findData(state.get("mode")))
        for box, name in ((self.start, "start_date"), (self.end, "end_date")):
            if state.get(name):
                box.setDate(_qdate(date.fromisoformat(str(state[name]))))
        zone = state.get("time_zone")
        if zone and self.zone.findData(zone) < 0:
            self.zone.addItem(str(zone), zone)
        if zone:
            self.zone.setCurrentIndex(self.zone.findData(zone))
        self.location.setText(str(state.get("location") or ""))
        self.organiser.setText(str(state.get("organiser") or ""))
        self.trainers.clear()
        for person_id, name in state.get("trainers", []):
            item = QListWidgetItem(str(name))
            item.setData(ID_ROLE, str(person_id))
            self.trainers.addItem(item)
        self.notes.setPlainText(str(state.get("notes") or ""))
