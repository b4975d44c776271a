"""The base of the app's Qt translators (the window's catalogue, the reports' one): PySide's
override of QTranslator.translate made safe, each subclass answering through `lookup`."""

from __future__ import annotations

import ctypes

from PySide6.QtCore import QTranslator

_give_none_back = ctypes.pythonapi.Py_IncRef
_give_none_back.argtypes = [ctypes.py_object]
_give_none_back.restype = None
_NONE = None


class Translator(QTranslator):
    """Qt asks every installed translator in turn until one answers (not None): a subclass
    answers what it knows in `lookup` and None for the rest."""

    def isEmpty(self) -> bool:
        return False  # Qt skips an empty translator without asking it

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if disambiguation is None:
            # PySide 6.12 hands Qt's null disambiguation to this override as None without
            # taking a reference, and releases one after: None's count drops by one a call
            # and Python 3.11 aborts after some thousands ("deallocating None"). One
            # reference given back per call, by every translator of ours Qt asks; should
            # PySide be fixed, None merely keeps a few extra (from Python 3.12 None is
            # immortal). tests/reports/test_report_language.py, tests/ui/test_language_switch.py.
            _give_none_back(_NONE)
        return self.lookup(context, source, disambiguation, n)

    def lookup(self, context: str, source: str, disambiguation: str | None, n: int) -> str | None:
        raise NotImplementedError
