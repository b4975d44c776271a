"""The core's problems in the UI language: one module words every code the core can emit, in
English and in French, from the problem's code and parameters (never from its English text)."""

from __future__ import annotations

import ast
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from bluepacific_desktop.domain.enums import RecordKind
from bluepacific_desktop.domain.errors import FieldProblem, ValidationError
from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui import confirm
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.pages.contacts import ContactsPage
from bluepacific_desktop.ui.problems import ProblemWords, problem_words
from bluepacific_desktop.ui.translations import install_language
from tests.ui.conftest import DeleteQuestions

CORE = Path(__file__).resolve().parents[2] / "src" / "bluepacific_desktop"


def core_codes() -> dict[str, str]:
    """Every problem code written in the core (outside ui/), with where it is written."""
    found: dict[str, str] = {}
    for path in sorted(CORE.rglob("*.py")):
        if "ui" in path.relative_to(CORE).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name not in ("FieldProblem", "problem"):
                continue
            code = node.args[1]
            where = f"{path.relative_to(CORE)}:{node.lineno}"
            if isinstance(code, ast.Attribute) and code.attr == "code":
                continue  # an existing problem copied (e.g. numbered by its row)
            if isinstance(code, ast.Name) and code.id == "code":
                continue  # FieldChecker.problem passing its caller's literal on
            assert isinstance(code, ast.Constant) and isinstance(code.value, str), (
                f"{where}: write the problem code as a literal, so its words can be checked"
            )
            found.setdefault(code.value, where)
    return found


@pytest.fixture
def french() -> Iterator[None]:
    app = QApplication.instance()
    install_language(app, "fr")  # type: ignore[arg-type]
    yield
    install_language(app, "en")  # type: ignore[arg-type]


def test_the_core_codes_are_found() -> None:
    codes = core_codes()
    # A sample from each layer that emits problems, so a broken scan cannot pass silently.
    assert {"required", "bad_phone", "missing_trainer", "not_owner", "listed_twice"} <= set(codes)


def test_every_core_code_has_english_and_french_words() -> None:
    app = QApplication.instance()
    codes = core_codes()
    english = {c: ProblemWords().words(FieldProblem("x", c, "core")) for c in codes}
    assert [f"{c} ({codes[c]})" for c, w in english.items() if w is None] == []
    install_language(app, "fr")  # type: ignore[arg-type]
    try:
        french = {c: ProblemWords().words(FieldProblem("x", c, "core")) for c in codes}
    finally:
        install_language(app, "en")  # type: ignore[arg-type]
    assert [f"{c} ({codes[c]})" for c in codes if french[c] == english[c]] == []


def test_words_are_filled_from_the_parameters(french: None) -> None:
    trainers = FieldProblem("trainer_ids", "missing_trainer", "2 trainers …", {"count": 2})
    assert "2 formateurs" in problem_words(trainers)
    owner = FieldProblem("country", "not_owner", "This person belongs to …", {"owner": "Samoa"})
    assert problem_words(owner) == (
        "Cet enregistrement appartient à Samoa\u202f; "
        "seul le point focal de Samoa peut le modifier."
    )
    email = FieldProblem("emails", "bad_email", "whatever the core says", {"value": "mere@"})
    assert problem_words(email).startswith("«\u00a0mere@\u00a0» n'est pas une adresse électronique")


def test_an_unknown_code_shows_the_core_words_and_tells_translators(
    french: None, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG, logger="bluepacific_desktop.ui.problems"):
        words = problem_words(FieldProblem("x", "brand_new_code", "The core's own words."))
    assert words == "The core's own words."
    assert "brand_new_code" in caplog.text


@pytest.fixture
def ctx(store: Store, qtbot: Any) -> Iterator[AppContext]:
    context = AppContext(store)
    yield context
    context.background.wait()


def test_the_contact_form_words_a_problem_by_its_parameters_not_its_english(
    ctx: AppContext, qtbot: Any, french: None
) -> None:
    page = ContactsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.new_record()
    editor = page.directory.editor
    assert editor is not None
    # The core's English may be reworded at any time (here without the quoted value): the
    # French must still name the address typed, taken from the problem's parameters.
    problem = FieldProblem("emails", "bad_email", "That address is not right.", {"value": "mere@"})
    editor.show_problems(ValidationError([problem]))
    error = editor.errors["emails"]
    assert not error.isHidden()
    assert error.text() == (
        "«\u00a0mere@\u00a0» n'est pas une adresse électronique "
        "(elle doit ressembler à nom@exemple.org)."
    )


def test_a_contact_in_engagements_says_how_many_in_french(
    ctx: AppContext, records: Any, qtbot: Any, french: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    rid = str(records.create(RecordKind.CONTACT))
    for _ in range(2):
        records.create(RecordKind.ENGAGEMENT, contact_ids=[rid])
    page = ContactsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    monkeypatch.setattr(confirm, "confirm_delete", DeleteQuestions())  # clicks Delete
    tab = page.directory
    tab.table.selectRow(0)
    tab.delete_current()
    qtbot.waitUntil(lambda: "échange" in tab.message.text())
    assert tab.message.text().startswith("Ce contact participe à 2 échanges.")
    assert records.row(RecordKind.CONTACT, rid)["deleted"] == 0


@pytest.mark.parametrize("of_store", [False, True])
@pytest.mark.parametrize("reason", ["disk_full", "not_writable"])
def test_disk_troubles_are_said_in_french(french: None, reason: str, of_store: bool) -> None:
    from bluepacific_desktop.domain.errors import CannotWrite

    exc = CannotWrite(reason, "/media/usb/c.pdf", 16384, of_store=of_store)
    words = ProblemWords().cannot_write(exc)
    assert words != str(exc) and "/media/usb/c.pdf" in words
    assert ("disque est plein" in words) == (reason == "disk_full")
    assert "16" in words if reason == "disk_full" else "autorisations" in words
    assert ("rien ne peut être enregistré" in words) == of_store
