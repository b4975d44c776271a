"""Typed errors the core raises, with plain-words messages shared by the CLI and the GUI."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class FieldProblem:
    """One thing wrong with one field: `code` and `params` let the GUI translate it."""

    field: str
    code: str
    message: str
    params: dict[str, Any] = dataclasses.field(default_factory=dict)

    def __str__(self) -> str:
        return self.message


class BluePacificError(Exception):
    """Base of every error the core reports to a user.

    Its message is English (the CLI's and the logs' words). `key` names that message, stably,
    and `params` hold what fills it, so the GUI says it in the chosen language from a table of
    its own (ui/problems.py `error_words`) without reading the English: `key` is the class's
    `code` unless the raise names a more precise one."""

    code = ""

    def __init__(self, *args: object, key: str = "", **params: Any) -> None:
        super().__init__(*args)
        self.precise_key = key
        self.params = params

    @property
    def key(self) -> str:
        return self.precise_key or self.code


class ValidationError(BluePacificError):
    """Input refused; nothing was written. Holds every problem found, not just the first."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = problems
        super().__init__("; ".join(p.message for p in problems))

    def fields(self) -> set[str]:
        return {p.field for p in self.problems}


class RecordNotFound(BluePacificError):
    code = "record_not_found"

    def __init__(self, kind: str, record_id: str) -> None:
        self.kind = kind
        self.record_id = record_id
        super().__init__(
            f"No {kind.replace('_', ' ')} with id {record_id} exists on this computer.",
            kind=kind,
            record_id=record_id,
        )


class NotSetUp(BluePacificError):
    """The device has no country yet."""

    code = "not_set_up"

    def __init__(self) -> None:
        super().__init__(
            "This computer is not set up yet. Choose its country first: "
            "bluepacific-desktop init --country CC (for example FJ), or start the app."
        )


class NewerSchemaError(BluePacificError):
    code = "newer_file"

    def __init__(self, path: str, revision: str) -> None:
        self.revision = revision
        super().__init__(
            f"The data file {path} was made by a newer version of Blue Pacific Desktop "
            f"(schema {revision}). Install that newer version to open it. Nothing was changed.",
            path=path,
            revision=revision,
        )


class StoreCorrupt(BluePacificError):
    """The data file cannot be read as a Blue Pacific store (each raise names its `key`)."""

    code = "store_unreadable"


class StoreLocked(StoreCorrupt):
    """The data file is encrypted with a key this computer does not have, or the passphrase that
    unlocks its key was not given (each raise names its `key`)."""

    code = "store_locked"


class CannotWrite(BluePacificError):
    """A file could not be written for a reason of the disk, not of the data: `reason` is
    "disk_full" or "not_writable". `of_store` when it is the data file itself (then records can
    still be read); otherwise a file that was there before is untouched."""

    def __init__(
        self, reason: str, path: str, free_bytes: int | None = None, *, of_store: bool = False
    ) -> None:
        self.reason = reason
        self.path = path
        self.free_bytes = free_bytes
        self.of_store = of_store
        free = f"{free_bytes or 0:,} bytes"
        if reason == "disk_full" and of_store:
            key = "disk_full_store"
            text = (
                f"The disk is full: {free} free for {path}. Records can be read, "
                "exported and printed, but nothing can be saved until some space is freed."
            )
        elif reason == "disk_full":
            key = "disk_full"
            text = (
                f"The disk is full: {free} free for {path}. Nothing was replaced: "
                "free some space (or choose another disk) and try again."
            )
        elif of_store:
            key = "not_writable_store"
            text = (
                f"The data folder cannot be written: check its permissions ({path}). Records "
                "can be read, exported and printed, but nothing can be saved."
            )
        else:
            key = "not_writable"
            text = (
                f"This folder cannot be written: check its permissions, or choose another "
                f"folder ({path}). Nothing was replaced."
            )
        super().__init__(text, key=key, path=path, free_bytes=free_bytes or 0)


@dataclass(frozen=True)
class GoodBackup:
    """A backup that passed SQLite's integrity check when it was made: offered to restore."""

    path: str
    made: str  # when it was made, as the message shows it (UTC, to the minute)


def restore_advice(good: GoodBackup | None) -> str:
    """What to do about a damaged data file: the newest good backup by name and date."""
    if good is None:
        return (
            "No checked backup is on this computer: copy the data folder somewhere safe and ask "
            "the support desk before changing anything."
        )
    return (
        f"Restore the newest good backup, {good.path} (made {good.made}), with "
        f"'bluepacific-desktop db restore \"{good.path}\"'."
    )


class StoreDamaged(BluePacificError):
    """SQLite's own check found damage in the data file: nothing may be written into it or
    backed up from it (a backup would carry the damage), but what can be read still is."""

    code = "store_damaged"

    def __init__(self, path: str, findings: list[str], good: GoodBackup | None) -> None:
        self.path = path
        self.findings = findings
        self.good = good
        first = findings[0] if findings else "unreadable"
        advice = restore_advice(good)
        super().__init__(
            f"The data file {path} is damaged (SQLite's check found: {first}). Records that can "
            f"still be read can be exported and printed, but nothing can be saved into it or "
            f"backed up from it. {advice}",
            key="store_damaged" if good is None else "store_damaged_backup",
            path=path,
            found=first,
            **({} if good is None else {"backup": good.path, "made": good.made}),
        )


class SchemaMismatch(BluePacificError):
    """The file's tables or columns differ from what this version of the app expects (a
    hand-edited or half-migrated file): refused before any command trips over it."""

    code = "schema_mismatch"

    def __init__(self, path: str, differences: list[str]) -> None:
        self.path = path
        self.differences = differences
        shown = " ".join(differences[:3]) + (
            f" ({len(differences) - 3} more differences.)" if len(differences) > 3 else ""
        )
        super().__init__(
            f"The data file does not match this version of Blue Pacific: {shown} Nothing was "
            f"changed. Restore a backup ('bluepacific-desktop db restore FILE') or ask the "
            f"support desk; 'bluepacific-desktop db check' lists every difference.",
            path=path,
            differences=shown,
        )


class StoreInUse(BluePacificError):
    """Another program has the data file open: replacing the file under it would lose what it
    writes next, so a restore waits until it is closed."""

    code = "store_in_use"

    def __init__(self, pids: list[int]) -> None:
        self.pids = pids
        key = "store_busy" if not pids else "store_in_use"
        if not pids:
            text = (
                "Blue Pacific is busy with this data file in another window (a restore may be "
                "under way). Try again in a moment. Nothing was changed."
            )
        elif len(pids) == 1:
            text = (
                f"Blue Pacific is open in another window (process {pids[0]}). Close it, then "
                "restore. Nothing was changed."
            )
        else:
            listed = ", ".join(str(p) for p in pids)
            text = (
                f"Blue Pacific is open in {len(pids)} other windows or commands (processes "
                f"{listed}). Close them, then restore. Nothing was changed."
            )
        listed = ", ".join(str(p) for p in pids)
        super().__init__(text, key=key, count=len(pids), pids=listed)
