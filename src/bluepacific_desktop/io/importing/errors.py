"""Why a whole file is refused (not a table, no known headers, unknown session)."""

from __future__ import annotations

from bluepacific_desktop.domain.errors import BluePacificError


class FileRefused(BluePacificError):
    """The file cannot be imported at all; nothing was read into the store."""
