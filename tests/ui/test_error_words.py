"""The core's errors (sync, login, keyring) reach the screens in the chosen language: each has
a stable key and parameters, worded by one table (ui/problems.py `ErrorWords`), never by
reading the core's English."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from bluepacific_desktop.domain.errors import BluePacificError
from bluepacific_desktop.sync.errors import SecurityRefused
from bluepacific_desktop.ui.context import AppContext
from bluepacific_desktop.ui.dialogs.login_dialog import LoginDialog
from bluepacific_desktop.ui.hub_login_form import HubLogin
from bluepacific_desktop.ui.problems import ErrorWords, error_words
from bluepacific_desktop.ui.translations import install_language

CORE = Path(__file__).resolve().parents[2] / "src" / "bluepacific_desktop"
# Where the core's errors are defined and raised: the sync, the store, the import.
KEYED = [
    CORE / "domain" / "errors.py",
    *sorted((CORE / "sync").glob("*.py")),
    *sorted((CORE / "store").glob("*.py")),
    *sorted((CORE / "io" / "importing").glob("*.py")),
]
# Class codes every raise replaces with a precise key (a test below would fail otherwise
# only by luck): the base classes' own words would be too vague to help.
ALWAYS_KEYED = {"sync_error", "hub_problem", "insecure", "not_logged_in", "changes_waiting"}
PARAMS: dict[str, Any] = {
    "seconds": 5,
    "why": "HTTP 503",
    "status": 502,
    "hub_says": "batch too large",
    "path": "/media/usb/ca.pem",
    "url": "http://hub.example.org",
    "account_country": "FJ",
    "country": "TO",
    "count": 2,
    "cause": "OperationalError",
    "name": "sheet.csv",
    "rows": 1_000_000,
    "what": "attendance sheet",
    "wanted": "Name; Sex",
    "code": "HR_POLICING",
    "codes": "HR_POLICING, GENDER",
    "id": "4b1c",
    "record_id": "4b1c",
    "kind": "person",
    "revision": "0099_future",
    "free_bytes": 16_384,
    "found": "page 7 is never used",
    "backup": "/home/fp/backups/2026-12-01.db",
    "made": "2026-12-01 09:30 UTC",
    "differences": "Table people has no column email.",
    "pids": "4242",
}


def core_keys() -> dict[str, str]:
    """Every error key written where errors are keyed: class codes, `key=` of each raise, codes
    set later."""
    found: dict[str, str] = {}
    for path in KEYED:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            where = f"{path.name}:{getattr(node, 'lineno', 0)}"
            names = [getattr(t, "id", getattr(t, "attr", "")) for t in getattr(node, "targets", [])]
            keyed = isinstance(node, ast.keyword) and node.arg == "key"
            if keyed or {"code", "key"} & set(names):
                for key in _constants(getattr(node, "value", None)):
                    found.setdefault(key, where)
    found.pop("", None)  # the base class's empty code: every raise names its own
    return found


def _constants(value: ast.AST | None) -> list[str]:
    """The keys an expression can give: a string, either branch of `a if c else b`."""
    if isinstance(value, ast.Constant) and isinstance(value.value, str):
        return [value.value]
    if isinstance(value, ast.IfExp):
        return _constants(value.body) + _constants(value.orelse)
    if isinstance(value, ast.JoinedStr):  # f"tls_{why}": the three reasons _tls_why gives
        return [f"tls_{why}" for why in ("wrong_name", "expired", "untrusted")]
    return []


def test_the_core_keys_are_found() -> None:
    keys = core_keys()
    assert {"captive_portal", "no_keyring", "not_https", "tls_expired", "sign_in_busy"} <= set(keys)
    assert {"bad_credentials", "too_many_attempts", "pin_mismatch", "not_a_backup"} <= set(keys)
    assert {"file_empty", "no_headers", "unknown_session", "too_large"} <= set(keys)


def test_every_core_key_has_english_and_french_words() -> None:
    app = QApplication.instance()
    keys = {k: w for k, w in core_keys().items() if k not in ALWAYS_KEYED}
    english = {k: ErrorWords().words(k, PARAMS) for k in keys}
    assert [f"{k} ({keys[k]})" for k, w in english.items() if w is None] == []
    try:
        install_language(app, "fr")  # type: ignore[arg-type]
        french = {k: ErrorWords().words(k, PARAMS) for k in keys}
    finally:
        install_language(app, "en")  # type: ignore[arg-type]
    assert [f"{k} ({keys[k]})" for k in keys if french[k] == english[k]] == []


def test_an_error_is_worded_from_its_key_not_its_english() -> None:
    app = QApplication.instance()
    exc = SecurityRefused("whatever the core says", key="not_https", url="http://x.org")
    try:
        install_language(app, "fr")  # type: ignore[arg-type]
        assert error_words(exc).startswith("L'adresse du serveur http://x.org n'est pas sécurisée")
    finally:
        install_language(app, "en")  # type: ignore[arg-type]
    assert "whatever" not in error_words(exc)
    # A key with no words yet keeps the core's English rather than saying nothing.
    assert error_words(BluePacificError("Plain English.", key="new_thing")) == "Plain English."


def test_the_login_dialog_says_why_in_french(qtbot: Any, ctx: AppContext) -> None:
    # Seen before: the login and sync messages from the core stayed English in French.
    app = QApplication.instance()
    try:
        install_language(app, "fr")  # type: ignore[arg-type]
        dialog = LoginDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        # Plain http to another computer is refused before anything is sent: no hub needed.
        dialog.connect_with(HubLogin("http://hub.example.org", "fj.focal", "secret", None))
        message = dialog.form.message
        qtbot.waitUntil(lambda: bool(message.text()) and "Connexion" not in message.text())
        assert message.text().startswith("L'adresse du serveur http://hub.example.org")
        assert "n'est pas sécurisée" in message.text()
    finally:
        install_language(app, "en")  # type: ignore[arg-type]


def test_the_import_dialog_says_why_a_file_is_refused_in_french(
    qtbot: Any, ctx: AppContext, tmp_path: Path
) -> None:
    from bluepacific_desktop.io.importing import ImportKind
    from bluepacific_desktop.ui.dialogs.import_dialog import ImportDialog

    app = QApplication.instance()
    empty = tmp_path / "feuille.csv"
    empty.write_bytes(b"")
    try:
        install_language(app, "fr")  # type: ignore[arg-type]
        dialog = ImportDialog(ctx, ImportKind.ATTENDANCE)
        qtbot.addWidget(dialog)
        dialog.load(empty)
        qtbot.waitUntil(lambda: "feuille.csv" in dialog.status.text(), timeout=10_000)
        assert "feuille.csv est vide\u00a0: il n'y a rien à importer." in dialog.status.text()
    finally:
        install_language(app, "en")  # type: ignore[arg-type]
