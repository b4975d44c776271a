"""The contact editor: every field of a directory entry, saved through the service layer."""

from __future__ import annotations

import itertools
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QSize
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.store.models import Contact
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.geometry import fit_window
from bluepacific_desktop.ui.pages.contacts.form import RecordEditor
from bluepacific_desktop.ui.pages.contacts.lookups import Lookups
from bluepacific_desktop.ui.pages.contacts.widgets import (
    combo_select,
    compact,
    event_dates,
    fit_popup,
    to_date,
)
from bluepacific_desktop.ui.personal_data import PersonalDataButton


def _lines(height: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * height + 12)
    return edit


class ContactEditor(RecordEditor):
    draft_name = "contact"

    def __init__(
        self,
        ctx: AppContext,
        lookups: Lookups,
        contact: Contact | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, RecordKind.CONTACT, contact.id if contact else None, parent)
        self.setWindowTitle(self.tr("Edit contact") if contact else self.tr("New contact"))
        self.name = QLineEdit()
        self.organisation = QLineEdit()
        self.org_type = compact(QComboBox(), 30)
        for code, name in lookups.org_types.items():
            self.org_type.addItem(name, code)
        # The organisation type feeds the directory's figures: it starts empty, to be chosen.
        self.org_type.setPlaceholderText(self.tr("Choose a type"))
        self.org_type.setCurrentIndex(-1)
        self.role = compact(QComboBox(), 30)
        self.role.addItem(self.tr("(none)"), None)
        for code, name in lookups.roles.items():
            self.role.addItem(name, code)
        self.country = compact(QComboBox(), 30)
        for code, name in lookups.countries.items():
            self.country.addItem(name, code)
        for combo in (self.org_type, self.role, self.country):
            fit_popup(combo)
        self.emails = _lines(2)
        self.emails.setPlaceholderText(self.tr("One per line, or separated by commas"))
        self.phones = _lines(2)
        self.phones.setPlaceholderText(self.tr("With the country code, e.g. +679 331 2345"))
        self.languages = QLineEdit()
        self.languages.setPlaceholderText(self.tr("e.g. English, Fijian"))
        self.secure = QCheckBox(self.tr("&I-24/7 secure channel available"))
        self.has_review = QCheckBox(self.tr("Re&view by:"))
        self.review = event_dates(QDateEdit(), lookups.today)
        self.review.setDate(QDate(lookups.today.year + 1, lookups.today.month, 1))
        self.review.setEnabled(False)
        self.has_review.toggled.connect(self.review.setEnabled)
        self.notes = _lines(3)
        form = self.form
        rows: list[tuple[str, str, QWidget, str]] = [
            (self.tr("&Name:"), "full_name", self.name, self.tr("Name")),
            (self.tr("&Organisation:"), "organisation", self.organisation, self.tr("Organisation")),
            (
                self.tr("Organisation t&ype:"),
                "org_type",
                self.org_type,
                self.tr("Organisation type"),
            ),
            (self.tr("&Role:"), "role", self.role, self.tr("Role")),
            (self.tr("&Country:"), "contact_country", self.country, self.tr("Country")),
            (self.tr("&E-mails:"), "emails", self.emails, self.tr("E-mails")),
            (self.tr("&Phones:"), "phones", self.phones, self.tr("Phones")),
            (self.tr("Lan&guages:"), "languages", self.languages, self.tr("Languages")),
        ]
        for text, name, widget, accessible in rows:
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, self.field(name, widget, accessible))
        form.addRow("", self.field("secure_channel", self.secure, self.tr("I-24/7 secure channel")))
        self.has_review.setAccessibleName(self.tr("Set a review date"))
        form.addRow(self.has_review, self.field("review_date", self.review, self.tr("Review date")))
        notes_label = QLabel(self.tr("No&tes:"))
        notes_label.setBuddy(self.notes)
        form.addRow(notes_label, self.field("notes", self.notes, self.tr("Notes")))
        order = [w for *_, w, _a in rows] + [self.secure, self.has_review, self.review, self.notes]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.personal_data: PersonalDataButton | None = None
        if contact is not None:
            self.personal_data = PersonalDataButton(
                self, ctx, RecordKind.CONTACT, lambda: self.record_id, self.display_name
            )
            self.buttons.addButton(self.personal_data, QDialogButtonBox.ButtonRole.ActionRole)
            self.personal_data.set_can_erase(
                lookups.owned_here(contact.country) and contact.erased_on is None
            )
        fit_window(self, "contact-editor", QSize(620, 560))
        if contact is None:
            combo_select(self.country, lookups.country)
        else:
            self._show(contact)
            if not lookups.owned_here(contact.country):
                self.set_read_only(lookups.owner_note(contact.country))
        self.mark_clean()
        self.name.setFocus()

    def _show(self, contact: Contact) -> None:
        self.name.setText(contact.full_name)
        self.organisation.setText(contact.organisation)
        self.org_type.setCurrentIndex(self.org_type.findData(contact.org_type))
        combo_select(self.role, contact.role)
        combo_select(self.country, contact.contact_country)
        self.emails.setPlainText("\n".join(contact.emails))
        self.phones.setPlainText("\n".join(contact.phones))
        self.languages.setText(", ".join(contact.languages))
        self.secure.setChecked(contact.secure_channel)
        self.notes.setPlainText(contact.notes)
        if contact.review_date is not None:
            d = contact.review_date
            self.has_review.setChecked(True)
            self.review.setDate(QDate(d.year, d.month, d.day))

    def display_name(self) -> str:
        return self.name.text().strip()

    def values(self) -> dict[str, Any]:
        review: date | None = None
        if self.has_review.isChecked():
            review = to_date(self.review.date())
        return {
            "full_name": self.name.text(),
            "organisation": self.organisation.text(),
            "org_type": self.org_type.currentData(),
            "role": self.role.currentData(),
            "contact_country": self.country.currentData(),
            # The service splits on new lines, commas and semicolons.
            "emails": self.emails.toPlainText(),
            "phones": self.phones.toPlainText(),
            "languages": self.languages.text(),
            "secure_channel": self.secure.isChecked(),
            "notes": self.notes.toPlainText(),
            "review_date": review,
        }

    def set_state(self, state: dict[str, Any]) -> None:
        self.name.setText(str(state.get("full_name") or ""))
        self.organisation.setText(str(state.get("organisation") or ""))
        self.org_type.setCurrentIndex(self.org_type.findData(state.get("org_type")))
        combo_select(self.role, state.get("role"))
        combo_select(self.country, state.get("contact_country"))
        self.emails.setPlainText(str(state.get("emails") or ""))
        self.phones.setPlainText(str(state.get("phones") or ""))
        self.languages.setText(str(state.get("languages") or ""))
        self.secure.setChecked(bool(state.get("secure_channel")))
        self.notes.setPlainText(str(state.get("notes") or ""))
        review = state.get("review_date")
        self.has_review.setChecked(bool(review))
        if review:
            d = date.fromisoformat(str(review))
            self.review.setDate(QDate(d.year, d.month, d.day))

    def unsaved_question(self) -> str:
        name = self.display_name()
        if not name:
            return self.tr("Save the new contact before closing?")
        return self.tr("Save the changes to the contact «%1» before closing?").replace("%1", name)
