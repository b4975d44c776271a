"""The engagement editor: date and time zone, kind, summary and the contacts involved."""

from __future__ import annotations

import itertools
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QSize
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.store.models import Engagement
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.formatting import day
from bluepacific_desktop.ui.geometry import fit_window
from bluepacific_desktop.ui.pages.contacts.contact_picker import ContactPicker
from bluepacific_desktop.ui.pages.contacts.form import RecordEditor
from bluepacific_desktop.ui.pages.contacts.lookups import Lookups, engagement_kinds
from bluepacific_desktop.ui.pages.contacts.widgets import combo_select, event_dates, to_date


class EngagementEditor(RecordEditor):
    draft_name = "engagement"

    def __init__(
        self,
        ctx: AppContext,
        lookups: Lookups,
        engagement: Engagement | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, RecordKind.ENGAGEMENT, engagement.id if engagement else None, parent)
        self.setWindowTitle(self.tr("Edit engagement") if engagement else self.tr("New engagement"))
        self.date = event_dates(QDateEdit(), lookups.today)
        today = lookups.today
        self.date.setDate(QDate(today.year, today.month, today.day))
        self.zone = QComboBox()
        # The country's own zones, this laptop's first: the default of a new engagement.
        zones = list(lookups.zones)
        if engagement is not None and engagement.time_zone not in zones:
            zones.append(engagement.time_zone)
        for zone in zones:
            self.zone.addItem(zone, zone)
        self.kind_combo = QComboBox()
        for value, text in engagement_kinds().items():
            self.kind_combo.addItem(text, value)
        # The kind feeds the engagement figures by kind: it starts empty, to be chosen.
        self.kind_combo.setPlaceholderText(self.tr("Choose a kind"))
        self.kind_combo.setCurrentIndex(-1)
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(self.summary.fontMetrics().lineSpacing() * 4 + 12)
        self.picker = ContactPicker(ctx.store, lookups)
        form = self.form
        rows: list[tuple[str, str, QWidget, str]] = [
            (self.tr("&Date:"), "date", self.date, self.tr("Date")),
            (self.tr("Time &zone:"), "time_zone", self.zone, self.tr("Time zone")),
            (self.tr("&Kind:"), "kind", self.kind_combo, self.tr("Kind")),
            (self.tr("S&ummary:"), "summary", self.summary, self.tr("Summary")),
        ]
        for text, name, widget, accessible in rows:
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, self.field(name, widget, accessible))
        contacts_label = QLabel(self.tr("Contacts involved:"))
        form.addRow(
            contacts_label, self.field("contact_ids", self.picker, self.tr("Contacts involved"))
        )
        order: list[QWidget] = [w for *_, w, _a in rows]
        order += [self.picker.search, self.picker.matches, self.picker.chosen]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        fit_window(self, "engagement-editor", QSize(680, 540))
        if engagement is not None:
            d = engagement.date
            self.date.setDate(QDate(d.year, d.month, d.day))
            combo_select(self.zone, engagement.time_zone)
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(engagement.kind))
            self.summary.setPlainText(engagement.summary)
            self.picker.set_chosen(list(engagement.contact_ids))
            if not lookups.owned_here(engagement.country):
                self.set_read_only(
                    self.tr("Recorded by %1's focal point: only they can change it.").replace(
                        "%1", lookups.country_name(engagement.country)
                    )
                )
        self.mark_clean()
        self.date.setFocus()

    def display_name(self) -> str:
        kind = self.kind_combo.currentText() or self.tr("Engagement")
        return self.tr("%1 of %2").replace("%1", kind).replace("%2", day(to_date(self.date.date())))

    def values(self) -> dict[str, Any]:
        return {
            "date": to_date(self.date.date()),
            "time_zone": self.zone.currentData(),
            "kind": self.kind_combo.currentData(),
            "summary": self.summary.toPlainText(),
            "contact_ids": self.picker.chosen_ids(),
        }

    def set_state(self, state: dict[str, Any]) -> None:
        if state.get("date"):
            d = date.fromisoformat(str(state["date"]))
            self.date.setDate(QDate(d.year, d.month, d.day))
        combo_select(self.zone, state.get("time_zone"))
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(state.get("kind")))
        self.summary.setPlainText(str(state.get("summary") or ""))
        self.picker.set_chosen([str(i) for i in state.get("contact_ids", [])])

    def unsaved_question(self) -> str:
        return self.tr("Save the changes to the engagement «%1» before closing?").replace(
            "%1", self.display_name()
        )
