"""Fixtures of the GUI tests: the unsaved-changes question answered without a screen."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from bluepacific_desktop.store.store import Store
from bluepacific_desktop.ui import confirm, unsaved
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.translations import install_language
from bluepacific_desktop.ui.unsaved import Answer

REAL_ASK = unsaved.ask_unsaved


class Questions:
    """Stands in for the Save / Discard / Keep editing question: records what was asked and
    gives `answer`. The real dialog is driven in tests/ui/test_unsaved.py."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.answer = Answer.DISCARD

    def __call__(self, _parent: QWidget, question: str) -> Answer:
        self.asked.append(question)
        return self.answer


@pytest.fixture(autouse=True)
def unsaved_questions(monkeypatch: pytest.MonkeyPatch) -> Iterator[Questions]:
    # An editor left with changes when a test ends asks on teardown (the window closes), and
    # a message box nobody answers would block the offscreen run: it is answered Discard.
    questions = Questions()
    monkeypatch.setattr(unsaved, "ask_unsaved", questions)
    yield questions


@pytest.fixture(autouse=True)
def no_window_left() -> Iterator[None]:
    # A window a test leaves open stays on the (offscreen) screen of this process, where the
    # next test's lock screen would veil it and a deferred delete could remove it under that
    # test's eyes: hidden once the test is over (after its own fixtures have closed theirs).
    yield
    if QApplication.instance() is None:
        return
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.hide()


class DeleteQuestions:
    """Stands in for the user's click on Delete in the confirmation box: records the question.
    The real box (Cancel the default) is driven in tests/ui/test_unsaved.py."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.answer = True

    def __call__(self, _parent: QWidget, question: str) -> bool:
        self.asked.append(question)
        return self.answer


@pytest.fixture
def delete_questions(monkeypatch: pytest.MonkeyPatch) -> DeleteQuestions:
    questions = DeleteQuestions()
    monkeypatch.setattr(confirm, "confirm_delete", questions)
    return questions


@pytest.fixture
def ctx(store: Store, qtbot: Any) -> Iterator[AppContext]:
    """The screens' context over the test store, in English; background work waited for."""
    install_language(QApplication.instance(), "en")  # type: ignore[arg-type]
    context = AppContext(store)
    yield context
    context.background.wait()
