"""Contacts & engagements screen, driven through real widgets on a real store (offscreen)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.store.models import Contact, Engagement
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.store.types import utcnow
from bluepacific_desktop.sync.incoming import apply_envelope
from bluepacific_desktop.ui import confirm
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.main_window import MainWindow
from bluepacific_desktop.ui.pages.contacts import ContactsPage
from bluepacific_desktop.ui.pages.dashboard import DashboardPage
from bluepacific_desktop.ui.translations import install_language
from tests.ui.conftest import DeleteQuestions

CTRL = Qt.KeyboardModifier.ControlModifier
NO_MODIFIER = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def page(ctx: AppContext, qtbot: Any) -> ContactsPage:
    page = ContactsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 700)
    page.show()
    return page


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def key(k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where the keyboard focus is, as a user's would land."""
    QTest.keyClick(focused(), k, modifier)


def type_text(text: str) -> None:
    for char in text:
        if char.isascii():
            QTest.keyClicks(focused(), char)
        else:  # QTest only maps ASCII to keys; an ʻokina arrives as text, as from a keyboard layout
            for action in (QTest.KeyAction.Press, QTest.KeyAction.Release):
                QTest.sendKeyEvent(action, focused(), Qt.Key.Key_unknown, char, NO_MODIFIER)


def wait_active(qtbot: Any, editor: QWidget) -> None:
    qtbot.waitUntil(editor.isActiveWindow)


def contact(records: Any, **fields: Any) -> str:
    return str(records.create(RecordKind.CONTACT, **fields))


def samoa_contact(store: Store) -> str:
    """A contact kept by Samoa's focal point, as the hub delivers it in a pull."""
    env = {
        "kind": "contact",
        "record_id": "5a3c0f43-1b8e-4c53-9d7e-1f2a3b4c5d6e",
        "country": "WS",
        "revision": 7,
        "deleted": False,
        "fields": {
            "full_name": "Tusi Leota",
            "organisation": "PTCCC",
            "org_type": "PTCCC",
            "role": "PTCCC_STAFF",
            "contact_country": "WS",
            "emails": ["tusi@ptccc.org"],
            "phones": ["+68522123"],
            "languages": ["en", "sm"],
            "secure_channel": True,
            "notes": "",
            "review_date": None,
        },
        "created_at": "2025-01-02T03:04:05Z",
        "updated_at": "2025-01-02T03:04:05Z",
        "device_id": "hub",
    }
    with store.write() as session:
        assert apply_envelope(session, env, utcnow()) == "applied"  # type: ignore[arg-type]
    return env["record_id"]  # type: ignore[return-value]


def names(page: ContactsPage) -> list[str]:
    model = page.directory.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_keyboard_only_creation_of_a_contact(ctx: AppContext, records: Any, qtbot: Any) -> None:
    window = MainWindow(ctx, [lambda c, _s: DashboardPage(c), lambda c, _s: ContactsPage(c)])
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.nav.setFocus()
    key(Qt.Key.Key_2, CTRL)  # the screen
    page = window.pages[1]
    assert window.current_page() is page
    key(Qt.Key.Key_N, CTRL)
    editor = page.directory.editor
    assert editor is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.name)
    type_text("Losana Tuʻipulotu")
    key(Qt.Key.Key_Tab)
    type_text("Tonga Police")
    key(Qt.Key.Key_Tab)
    type_text("Trans")  # organisation type: "Transnational Crime Unit (TCU)"
    key(Qt.Key.Key_Tab)
    type_text("TCU")  # role: "TCU member", then "TCU Team Leader" (Space would open the list)
    assert editor.role.currentText() == "TCU member"
    key(Qt.Key.Key_Tab)
    type_text("Ton")  # country: Tonga
    key(Qt.Key.Key_Tab)
    type_text("losana@police.gov.to, l.tuipulotu@ptccc.org")
    key(Qt.Key.Key_Tab)
    type_text("+676 20-123")
    key(Qt.Key.Key_Tab)
    type_text("English, Tongan")
    key(Qt.Key.Key_Tab)
    assert focused() is editor.secure
    key(Qt.Key.Key_Space)
    key(Qt.Key.Key_Tab)  # the review date stays unset
    key(Qt.Key.Key_Tab)
    assert focused() is editor.notes
    type_text("Met at the PICP conference")
    key(Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: records.counts()["contacts"] == 1)
    qtbot.waitUntil(lambda: not editor.isVisible())
    with ctx.store.read() as session:
        saved = session.query(Contact).one()
        assert saved.full_name == "Losana Tuʻipulotu"
        assert (saved.org_type, saved.role, saved.contact_country) == ("TCU", "TCU_MEMBER", "TO")
        assert saved.emails == ["losana@police.gov.to", "l.tuipulotu@ptccc.org"]
        assert saved.phones == ["+67620123"]
        assert saved.languages == ["english", "tongan"]
        assert saved.secure_channel is True
        assert saved.review_date is None
        assert saved.country == "FJ"
    [entry] = records.outbox(saved.id)
    assert entry["op"] == "create" and entry["kind"] == "contact"
    assert names(page) == ["Losana Tuʻipulotu"]
    assert page.directory.current_id() == saved.id  # the new contact is selected


def test_instant_search_and_filters(page: ContactsPage, records: Any, qtbot: Any) -> None:
    contact(
        records,
        full_name="Mere Vula",
        organisation="Fiji Police",
        org_type="POLICE",
        role="HEAD_NCB",
        contact_country="FJ",
        emails="mere@police.gov.fj",
        phones="+679 321 2345",
    )
    contact(
        records,
        full_name="Sione Fifita",
        organisation="Tonga TCU",
        org_type="TCU",
        role="TCU_MEMBER",
        contact_country="TO",
        emails="sione@police.gov.to",
    )
    contact(
        records,
        full_name="Ana Leota",
        organisation="Samoa Customs",
        org_type="CUSTOMS",
        role="TCU_MEMBER",
        contact_country="WS",
        emails="ana@customs.gov.ws",
    )
    page.refresh()
    tab = page.directory
    page.find_records()  # Ctrl+F
    assert focused() is tab.search
    assert tab.count.text() == "3 contacts"
    for typed, expected in [
        ("sio", ["Sione Fifita"]),  # name, as you type
        ("customs", ["Ana Leota"]),  # organisation
        ("police.gov", ["Mere Vula", "Sione Fifita"]),  # e-mail
        ("321 23", ["Mere Vula"]),  # phone, typed with spaces
    ]:
        tab.search.clear()
        type_text(typed)
        assert names(page) == expected, typed
    tab.search.clear()
    assert len(names(page)) == 3

    def choose(combo: Any, code: str | None) -> None:
        combo.setFocus()
        combo.setCurrentIndex(combo.findData(code))

    choose(tab.country, "TO")
    assert names(page) == ["Sione Fifita"]
    choose(tab.country, None)  # All
    choose(tab.role, "TCU_MEMBER")
    assert names(page) == ["Ana Leota", "Sione Fifita"]
    choose(tab.org_type, "CUSTOMS")
    assert names(page) == ["Ana Leota"]
    type_text("zzz")
    assert tab.search.text() == ""  # typing in a combo does not search
    tab.search.setFocus()
    type_text("mere")
    assert names(page) == []  # search and filters combine
    assert tab.count.text() == "0 contacts"


def test_edit_and_delete_a_contact(
    page: ContactsPage, records: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    rid = contact(records)
    page.refresh()
    tab = page.directory
    tab.table.setFocus()
    tab.table.selectRow(0)
    key(Qt.Key.Key_Return)  # opens the selected contact
    editor = tab.editor
    assert editor is not None and editor.name.text() == "Sione Fifita"
    wait_active(qtbot, editor)
    editor.organisation.setFocus()
    editor.organisation.selectAll()
    type_text("Tonga Police TCU")
    key(Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(
        lambda: records.row(RecordKind.CONTACT, rid)["organisation"] == "Tonga Police TCU"
    )
    assert [e["op"] for e in records.outbox(rid)] == ["create", "update"]
    assert records.outbox(rid)[1]["changed_fields"] == ["organisation"]
    qtbot.waitUntil(lambda: tab.model.index(0, 1).data() == "Tonga Police TCU")

    asked = DeleteQuestions()  # stands for the user's click on Delete
    monkeypatch.setattr(confirm, "confirm_delete", asked)
    qtbot.waitUntil(lambda: page.focusWidget() is tab.table)  # back from the editor
    page.activateWindow()  # as the window manager does when a dialog closes
    qtbot.waitUntil(page.isActiveWindow)
    tab.table.selectRow(0)
    key(Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: records.row(RecordKind.CONTACT, rid)["deleted"] == 1)
    assert asked.asked == ["Delete «Sione Fifita»?"]
    assert records.outbox(rid)[-1]["op"] == "delete"
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)


def test_contact_in_an_engagement_cannot_be_deleted(
    page: ContactsPage, records: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    rid = contact(records)
    records.create(RecordKind.ENGAGEMENT, contact_ids=[rid])
    page.refresh()
    monkeypatch.setattr(confirm, "confirm_delete", DeleteQuestions())  # clicks Delete
    tab = page.directory
    tab.table.setFocus()
    tab.table.selectRow(0)
    key(Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: "engagement" in tab.message.text())
    assert (
        "This contact takes part in 1 engagement. Remove them from that engagement first."
        in tab.message.text()
    )
    assert records.row(RecordKind.CONTACT, rid)["deleted"] == 0
    assert len(records.outbox(rid)) == 1


def test_bad_phone_is_shown_next_to_the_field_and_nothing_is_saved(
    page: ContactsPage, records: Any, qtbot: Any
) -> None:
    before = records.counts()
    page.new_record()
    editor = page.directory.editor
    assert editor is not None
    wait_active(qtbot, editor)
    editor.name.setFocus()
    type_text("Mere Vula")
    editor.organisation.setFocus()
    type_text("Fiji Police")
    editor.org_type.setCurrentIndex(editor.org_type.findData("POLICE"))  # starts empty
    editor.phones.setFocus()
    type_text("12345")
    key(Qt.Key.Key_S, CTRL)
    error = editor.errors["phones"]
    qtbot.waitUntil(lambda: not error.isHidden())
    assert "“12345” is not a valid phone number for Fiji" in error.text()
    assert editor.phones.accessibleDescription() == error.text()
    assert focused() is editor.phones
    assert editor.isVisible()  # the form stays open to fix it
    assert records.counts() == before


def test_engagement_with_two_contacts(page: ContactsPage, records: Any, qtbot: Any) -> None:
    sione = contact(records)
    mere = contact(records, full_name="Mere Vula", organisation="Fiji Police", contact_country="FJ")
    contact(records, full_name="Ana Leota", organisation="Samoa Customs", contact_country="WS")
    page.refresh()
    page.tabs.setCurrentWidget(page.engagements)
    page.new_record()  # Ctrl+N on the engagements tab
    editor = page.engagements.editor
    assert editor is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.date)
    assert editor.zone.currentText() == "Pacific/Fiji"
    for _ in range(4):  # Qt's date edit: Tab moves through day, month and year, then on
        if focused() is editor.date:
            key(Qt.Key.Key_Tab)
    assert focused() is editor.zone
    key(Qt.Key.Key_Tab)
    type_text("Joint")
    key(Qt.Key.Key_Tab)
    type_text("Operation Pacific Shield: shared leads on a container")
    key(Qt.Key.Key_Tab)
    assert focused() is editor.picker.search
    type_text("Sione")
    key(Qt.Key.Key_Return)
    type_text("Fiji")  # by organisation
    key(Qt.Key.Key_Return)
    assert editor.picker.chosen_ids() == [sione, mere]
    key(Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: records.counts()["engagements"] == 1)
    with page.ctx.store.read() as session:
        saved = session.query(Engagement).one()
        assert sorted(saved.contact_ids) == sorted([sione, mere])
        assert saved.kind == "joint_operation" and saved.time_zone == "Pacific/Fiji"
    assert records.outbox(saved.id)[0]["op"] == "create"
    model = page.engagements.model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.index(0, 1).data() == "Joint operation"
    assert set(model.index(0, 2).data().split(", ")) == {"Sione Fifita", "Mere Vula"}
    # Filters by kind and date.
    tab = page.engagements
    tab.kind_filter.setCurrentIndex(tab.kind_filter.findData("meeting"))
    assert model.rowCount() == 0
    tab.kind_filter.setCurrentIndex(0)
    tab.since.setDate(tab.since.date().addYears(40))  # from a date after today
    assert model.rowCount() == 0


def test_contact_of_another_country_is_read_only(
    page: ContactsPage, records: Any, qtbot: Any
) -> None:
    rid = samoa_contact(page.ctx.store)
    page.refresh()
    tab = page.directory
    tab.table.setFocus()
    tab.table.selectRow(0)
    assert "Kept by Samoa's focal point" in tab.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert not tab.delete_button.isEnabled()
    key(Qt.Key.Key_Delete)
    assert "Kept by Samoa's focal point" in tab.message.text()
    key(Qt.Key.Key_Return)
    editor = tab.editor
    assert editor is not None
    assert "Kept by Samoa's focal point" in editor.note.text() and editor.note.isVisible()
    assert not editor.save_button.isEnabled() and not editor.delete_button.isEnabled()
    assert editor.name.isReadOnly() and not editor.country.isEnabled()
    key(Qt.Key.Key_S, CTRL)
    qtbot.wait(50)
    assert records.outbox() == []
    assert records.row(RecordKind.CONTACT, rid)["revision"] == 7


def test_review_due_is_marked(page: ContactsPage, records: Any) -> None:
    # Due from the review date on, as the dashboard's to-do list counts them; past due by more
    # than a whole interval (12 months by default), "not reviewed for long".
    today = page.directory.lookups.today
    contact(records, full_name="Ana Vula", review_date=(today + timedelta(days=30)).isoformat())
    contact(records, full_name="Mere Vula", review_date=today.isoformat())
    contact(records, review_date="2020-01-31")  # Sione Fifita
    page.refresh()
    model = page.directory.model
    column = [c.key for c in model.columns].index("review_date")
    later, due, long_ago = (model.index(row, column) for row in range(3))  # by name
    assert "review" not in later.data() and "long" not in later.data()
    assert due.data().endswith("review due")
    assert model.data(due, Qt.ItemDataRole.ToolTipRole).startswith("Review due")
    assert model.data(due, Qt.ItemDataRole.FontRole).bold()
    assert long_ago.data().endswith("not reviewed for long")
    assert model.data(long_ago, Qt.ItemDataRole.ToolTipRole).startswith("Not reviewed for long")
    assert model.data(later, Qt.ItemDataRole.FontRole) is None


def test_models_pass_the_model_tester(page: ContactsPage, records: Any, qtmodeltester: Any) -> None:
    rid = contact(records)
    records.create(RecordKind.ENGAGEMENT, contact_ids=[rid])
    samoa_contact(page.ctx.store)
    page.refresh()
    qtmodeltester.check(page.directory.model)
    qtmodeltester.check(page.engagements.model)


def test_fits_a_1366_by_768_screen(ctx: AppContext, records: Any, qtbot: Any) -> None:
    window = MainWindow(ctx, [lambda c, _s: ContactsPage(c)])
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    page = window.pages[0]
    assert isinstance(page, ContactsPage)
    for tab in (page.directory, page.engagements):
        page.tabs.setCurrentWidget(tab)
        qtbot.wait(10)
        assert tab.minimumSizeHint().width() <= tab.width()
        assert tab.table.height() > 200
    page.new_record()
    editor = page.engagements.editor
    assert editor is not None and editor.height() <= 700
    page.tabs.setCurrentWidget(page.directory)
    page.new_record()
    contact_editor = page.directory.editor
    assert contact_editor is not None and contact_editor.height() <= 700
    assert contact_editor.body.sizeHint().width() <= contact_editor.width()


def test_french_screen_and_problems(ctx: AppContext, records: Any, qtbot: Any) -> None:
    app = QApplication.instance()
    install_language(app, "fr")  # type: ignore[arg-type]
    try:
        page = ContactsPage(ctx)
        qtbot.addWidget(page)
        page.show()
        assert page.title() == "Contacts et échanges"
        assert page.tabs.tabText(0) == "&Annuaire"
        assert page.directory.count.text() == "0 contact"
        page.new_record()
        editor = page.directory.editor
        assert editor is not None
        assert editor.save_button.text() == "&Enregistrer"
        editor.name.setText("Mere Vula")
        editor.organisation.setText("Fiji Police")
        editor.phones.setPlainText("12345")
        editor.save()
        error = editor.errors["phones"]
        qtbot.waitUntil(lambda: not error.isHidden())
        # The country is named in French too (it said "for Fiji").
        assert error.text().startswith(
            "«\u00a012345\u00a0» n'est pas un numéro de téléphone valide pour Fidji."
        )
        assert records.counts()["contacts"] == 0
    finally:
        install_language(app, "en")  # type: ignore[arg-type]
