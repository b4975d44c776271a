"""Ids derived from what a record is: the wire format's one definition, named for the desktop.

The definition (which kinds, which fields, the namespace) lives in bluepacific_wire.ids, so the
desktop that derives an id and the hub that checks it can never disagree.
"""

from __future__ import annotations

from bluepacific_wire.ids import IDENTITY_FIELDS, NAMESPACE, natural_id, uuid5_text

# The old private name of the namespace, kept for the code and tests that use it.
_NAMESPACE = NAMESPACE

__all__ = ["IDENTITY_FIELDS", "_NAMESPACE", "natural_id", "uuid5_text"]
