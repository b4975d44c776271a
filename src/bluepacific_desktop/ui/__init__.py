"""The Qt user interface: a thin layer over the store and services (the only Qt in the app)."""

from bluepacific_desktop import immortal

# Before any Qt: PySide6 6.12.0 releases references to None it never took (immortal.py).
immortal.keep()
