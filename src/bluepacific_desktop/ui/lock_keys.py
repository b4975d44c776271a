"""The keys of File → Lock now, shared by the window's action and the lock guard (which takes
them in windows the action cannot reach)."""

LOCK_KEYS = "Ctrl+L"
