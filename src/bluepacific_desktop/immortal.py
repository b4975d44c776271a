"""None, True and False made as lasting as Python 3.12 makes them, for the Qt binding's sake.

PySide6 6.12.0 releases references to None it never took: at each repaint of a table, each
empty cell read through `QModelIndex.data()`, each translation Qt asks of a Python translator
without a disambiguation (and True and False may suffer the same). From Python 3.12 these
objects are immortal and nothing comes of it; on Python 3.11, the installer's, None's count
falls by one each time, and when it reaches zero Python aborts the program ("Fatal Python
error: none_dealloc"), whatever was being typed with it. That was some tens of thousands of
repaints into a working day.

So every process that loads Qt through this app gives these three objects a reserve of 2⁴⁰
references before anything else (`keep()`, called by `ui/__init__.py` and
`reports/render/__init__.py`): at one release per repaint, millennia of use. A reference count
is only ever read by Python to free an object, and these three are never to be freed, so the
reserve changes nothing else. tests/ui/test_references.py releases more references than None
holds and checks that the program lives on.
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 40


def _mortal() -> bool:
    # CPython before 3.12 counts these like any object; 3.12's immortal objects keep a count
    # of their own meaning, which must not be touched.
    # A build that traces references (sys.getobjects) puts other fields before the count.
    return (
        sys.implementation.name == "cpython"
        and sys.version_info < (3, 12)
        and not hasattr(sys, "getobjects")
    )


def _count(obj: object) -> ctypes.c_ssize_t:
    # CPython's object header begins with its reference count (Py_ssize_t ob_refcnt).
    return ctypes.c_ssize_t.from_address(id(obj))


def keep() -> None:
    """Give None, True and False the reserve, once per process."""
    if not _mortal():
        return
    for obj in (None, True, False):
        count = _count(obj)
        if count.value < RESERVE:  # once: a second import adds nothing
            count.value += RESERVE
