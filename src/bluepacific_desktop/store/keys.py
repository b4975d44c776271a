"""The store's key: a random 256-bit raw key kept in the OS keyring per store file, or, where a
computer has no keyring, wrapped by a passphrase the user types at start.

The wrapped form lives beside the store in `<store>.key` (0600): argon2id's salt and
parameters, and the key sealed with AES-GCM under the key argon2id derives from the passphrase.
No plaintext key is ever written to disk. A key, once found, is kept for the life of the
process, so each new connection (the pool opens several) costs no keyring or argon2 round.
"""

from __future__ import annotations

import base64
import json
import logging
import secrets
import threading
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any

from bluepacific_desktop import keyring_access
from bluepacific_desktop.domain.errors import StoreLocked
from bluepacific_desktop.files import private_folder, replacing
from bluepacific_desktop.keyring_access import NoKeyring
from bluepacific_desktop.store.cipher import KEY_BYTES, is_plain

log = logging.getLogger(__name__)

KEY_FILE_SUFFIX = ".key"
_WRAP_AAD = b"bluepacific-desktop store key v1"
# argon2id as OWASP's second choice (19 MiB, t=2) made heavier: one derivation per start, so
# a quarter of a second on an old laptop is fine, and each guess of a thief costs as much.
ARGON2 = {"time_cost": 3, "memory_cost": 64 * 1024, "parallelism": 1}
ASK_TRIES = 3

# (store path, choosing a new one?, try number) -> the passphrase, or None if the user
# gave up. The command line asks with getpass, the GUI with a dialog; nothing is set in a
# headless library use, where a passphrase-wrapped store then refuses in words.
PassphrasePrompt = Callable[[Path, bool, int], str | None]
_prompt: PassphrasePrompt | None = None
_cache: dict[Path, bytes] = {}
# A passphrase refused (or not given) once is not asked again in this process: the start-up
# reads the language before it opens the store, and one refusal is said once.
_refused: dict[Path, StoreLocked] = {}
_ahead: dict[Path, threading.Thread] = {}  # keys being fetched ahead (fetch_ahead)
_lock = threading.Lock()


def set_passphrase_prompt(prompt: PassphrasePrompt | None) -> None:
    global _prompt
    _prompt = prompt


def offer_passphrase_prompt(prompt: PassphrasePrompt) -> None:
    """Set `prompt` unless one is set already (the tests' own, or the window's)."""
    if _prompt is None:
        set_passphrase_prompt(prompt)


def key_file(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + KEY_FILE_SUFFIX)


def _account(db_path: Path) -> str:
    return f"store-key:{db_path.resolve()}"


def known_key(db_path: Path) -> bytes | None:
    """The key found earlier in this process for `db_path`, without asking anyone."""
    with _lock:
        return _cache.get(db_path.resolve())


def forget_key(db_path: Path) -> None:
    with _lock:
        _cache.pop(db_path.resolve(), None)
        _refused.pop(db_path.resolve(), None)


def fetch_ahead(db_path: Path) -> None:
    """Start reading the key of the existing store at `db_path` from the keyring on a thread of
    its own, for a window about to be built meanwhile: the exchange with the keyring (and
    elsewhere than Linux, `keyring`'s import) is in good part waiting for the keyring's answers,
    which the window's building overlaps; the to-do list's first look (workflows/todo_quick.py)
    then finds the key waiting. Nothing for a missing or plain file, nor for a key wrapped by a
    passphrase (that one is asked in a dialog, never ahead of the window). A failure here is
    only logged: the store's opening asks again and says what is wrong."""
    if not db_path.is_file() or is_plain(db_path) or key_file(db_path).exists():
        return

    def fetch() -> None:
        try:
            store_key(db_path, create=False)
        except Exception as exc:  # said by the store's opening, in words
            log.info("The store's key was not fetched ahead: %s", type(exc).__name__)
        finally:
            with _lock:
                _ahead.pop(db_path.resolve(), None)

    thread = threading.Thread(target=fetch, name="store-key", daemon=True)
    with _lock:
        _ahead[db_path.resolve()] = thread
    thread.start()


def store_key(db_path: Path, *, create: bool) -> bytes:
    """The key of the store at `db_path`. With `create` (a new store, or a plain one about to
    be encrypted) a missing key is made and saved; otherwise StoreLocked says in words that this
    computer does not have it."""
    with _lock:
        ahead = _ahead.get(db_path.resolve())
    if ahead is not None and ahead is not threading.current_thread():
        ahead.join()  # fetching it already (fetch_ahead): its answer, not a second question
    found = known_key(db_path)
    if found is not None:
        return found
    refused = _refused.get(db_path.resolve())
    if refused is not None:
        raise refused
    if key_file(db_path).exists():
        try:
            key = _unwrap(db_path)
        except StoreLocked as exc:
            _refused[db_path.resolve()] = exc
            raise
    else:
        key = _from_keyring(db_path, create=create)
    with _lock:
        _cache[db_path.resolve()] = key
    return key


def _from_keyring(db_path: Path, *, create: bool) -> bytes:
    try:
        stored = keyring_access.get_secret(_account(db_path))
    except NoKeyring:
        if not create:
            raise _locked(db_path) from None
        return _wrap_new(db_path)
    if stored is not None:
        key = bytes.fromhex(stored)
        if len(key) == KEY_BYTES:
            return key
        log.error("The keyring's entry for the data file is not a key: ignored")
    if not create:
        raise _locked(db_path)
    key = secrets.token_bytes(KEY_BYTES)
    try:
        keyring_access.set_secret(_account(db_path), key.hex())
    except NoKeyring:
        return _wrap_new(db_path)  # a keyring that lists but cannot save: as if none
    log.info("Made the data file's key and saved it in the keyring")
    return key


def delete_key(db_path: Path) -> None:
    """Remove the key of `db_path` from the keyring and its wrapped form beside it (a wipe)."""
    forget_key(db_path)
    key_file(db_path).unlink(missing_ok=True)
    with suppress(NoKeyring):
        keyring_access.delete_secret(_account(db_path))


def _locked(db_path: Path) -> StoreLocked:
    return StoreLocked(
        f"This data file is locked with a key this computer does not have ({db_path}), so it "
        "cannot be opened here (or it is damaged). Open it on the computer that made it, or "
        "restore a backup made on this computer with 'bluepacific-desktop db restore FILE'.",
        path=str(db_path),
    )


def _derive(passphrase: str, salt: bytes, params: dict[str, int]) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        passphrase.encode("utf-8"), salt, hash_len=KEY_BYTES, type=Type.ID, **params
    )


def _ask(db_path: Path, *, create: bool, attempt: int) -> str:
    if _prompt is None:
        raise StoreLocked(
            f"The data file {db_path} is locked with a passphrase (this computer has no "
            "keyring), and nothing here can ask for it. Start the app, or run a command in a "
            "terminal, to type it.",
            key="store_passphrase_needed",
            path=str(db_path),
        )
    answer = _prompt(db_path, create, attempt)
    if not answer:
        raise StoreLocked(
            f"The data file {db_path} stays locked: no passphrase was given.",
            key="store_passphrase_not_given",
            path=str(db_path),
        )
    return answer


def _wrap_new(db_path: Path) -> bytes:
    """No keyring: a new key, sealed under the passphrase the user chooses now."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    passphrase = _ask(db_path, create=True, attempt=1)
    private_folder(db_path.parent)  # a first start: the store's folder may not be there yet
    key = secrets.token_bytes(KEY_BYTES)
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    sealed = AESGCM(_derive(passphrase, salt, ARGON2)).encrypt(nonce, key, _WRAP_AAD)
    wrapped = {
        "version": 1,
        "kdf": "argon2id",
        **ARGON2,
        "salt": _b64(salt),
        "nonce": _b64(nonce),
        "sealed_key": _b64(sealed),
    }
    with replacing(key_file(db_path), private=True) as fh:
        json.dump(wrapped, fh)
    log.info("No keyring: the data file's key is wrapped by a passphrase (%s)", key_file(db_path))
    return key


def _unwrap(db_path: Path) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    wrapped = _read_key_file(db_path)
    params = {name: int(wrapped[name]) for name in ARGON2}
    wrong = StoreLocked(
        f"The data file {db_path} stays locked: the passphrase given was wrong.",
        key="store_passphrase_wrong",
        path=str(db_path),
    )
    for attempt in range(1, ASK_TRIES + 1):
        try:
            passphrase = _ask(db_path, create=False, attempt=attempt)
        except StoreLocked:
            if attempt == 1:
                raise
            raise wrong from None  # gave up after a wrong one: say that, not "none given"
        kek = _derive(passphrase, _unb64(wrapped["salt"]), params)
        try:
            return AESGCM(kek).decrypt(
                _unb64(wrapped["nonce"]), _unb64(wrapped["sealed_key"]), _WRAP_AAD
            )
        except InvalidTag:
            # Info, not a warning: this may run before the log is set up, and a warning would
            # then reach the terminal beside the command's own words.
            log.info("Wrong passphrase for the data file (try %d)", attempt)
    raise wrong


def _read_key_file(db_path: Path) -> dict[str, Any]:
    try:
        wrapped = json.loads(key_file(db_path).read_text(encoding="utf-8"))
        if isinstance(wrapped, dict) and wrapped.get("kdf") == "argon2id":
            return wrapped
    except (OSError, ValueError):
        pass
    raise StoreLocked(
        f"The key file {key_file(db_path)} beside the data file is damaged, so the data file "
        "cannot be unlocked. Restore it from a copy of the data folder.",
        key="key_file_damaged",
        path=str(key_file(db_path)),
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    return base64.b64decode(str(text))
