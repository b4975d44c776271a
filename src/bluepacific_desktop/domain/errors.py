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
    """Base of every error the core reports to a user."""


class ValidationError(BluePacificError):
    """Input refused; nothing was written. Holds every problem found, not just the first."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = problems
        super().__init__("; ".join(p.message for p in problems))

    def fields(self) -> set[str]:
        return {p.field for p in self.problems}


class RecordNotFound(BluePacificError):
    def __init__(self, kind: str, record_id: str) -> None:
        self.kind = kind
        self.record_id = record_id
        super().__init__(
            f"No {kind.replace('_', ' ')} with id {record_id} exists on this computer."
        )


class NotSetUp(BluePacificError):
    """The device has no country yet."""

    def __init__(self) -> None:
        super().__init__(
            "This computer is not set up yet. Choose its country first: "
            "bluepacific-desktop init --country CC (for example FJ), or start the app."
        )


class NewerSchemaError(BluePacificError):
    def __init__(self, path: str, revision: str) -> None:
        self.revision = revision
        super().__init__(
            f"The data file {path} was made by a newer version of Blue Pacific Desktop "
            f"(schema {revision}). Install that newer version to open it. Nothing was changed."
        )


class StoreCorrupt(BluePacificError):
    """The data file cannot be read as a Blue Pacific store."""


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
        free = "no" if not free_bytes else f"{free_bytes:,} bytes"
        if reason == "disk_full" and of_store:
            text = (
                f"The disk is full: {free} space free for {path}. Records can be read, "
                "exported and printed, but nothing can be saved until some space is freed."
            )
        elif reason == "disk_full":
            text = (
                f"The disk is full: {free} space free for {path}. Nothing was replaced: "
                "free some space (or choose another disk) and try again."
            )
        elif of_store:
            text = (
                f"The data folder cannot be written: check its permissions ({path}). Records "
                "can be read, exported and printed, but nothing can be saved."
            )
        else:
            text = (
                f"This folder cannot be written: check its permissions, or choose another "
                f"folder ({path}). Nothing was replaced."
            )
        super().__init__(text)
