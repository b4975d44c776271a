"""The base of the app's Qt translators (the window's catalogue, the reports' one): Qt's
QTranslator.translate, each subclass answering through `lookup`."""

from __future__ import annotations

from PySide6.QtCore import QTranslator


class Translator(QTranslator):
    """Qt asks every installed translator in turn until one answers (not None): a subclass
    answers what it knows in `lookup` and None for the rest."""

    def isEmpty(self) -> bool:
        return False  # Qt skips an empty translator without asking it

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # PySide6 6.12.0 releases a reference to None at each call without a disambiguation:
        # harmless since None holds a reserve (bluepacific_desktop/immortal.py).
        return self.lookup(context, source, disambiguation, n)

    def lookup(self, context: str, source: str, disambiguation: str | None, n: int) -> str | None:
        raise NotImplementedError
