"""Matching people by name and agency: exact (reused) and near (listed as doubtful)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from bluepacific_desktop.domain.folding import fold
from bluepacific_desktop.io.importing.said import Said

# Below this length a one-letter difference joins too many unrelated names (Ana, Ane, Anu).
_MIN_FUZZY = 6
# Keys of recent names kept: a sheet names the same people and agencies row after row.
_KEPT = 1 << 16


@lru_cache(maxsize=_KEPT)
def exact_key(text: str | None) -> str:
    """NFC, no case, single spaces: “Mere  TUILAGI” and “mere tuilagi” are the same."""
    if not text:
        return ""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


@lru_cache(maxsize=_KEPT)
def loose_key(text: str | None) -> str:
    """Letters only, no accents or ʻokina, words in order: “Sāusi Fa'amausili” ≈ “Sausi Faamausili”.

    Words are sorted so that “Tuilagi Mere” meets “Mere Tuilagi”.
    """
    # The search boxes' fold (case, accents, macrons, ʻokina), then letters and digits only.
    words = ("".join(ch for ch in word if ch.isalnum()) for word in fold(text).split())
    return "".join(sorted(w for w in words if w))


def person_key(name: str | None, agency: str | None) -> tuple[str, str]:
    return exact_key(name), exact_key(agency)


def one_edit_apart(a: str, b: str) -> bool:
    """One letter changed, added, removed, or two neighbours swapped (“Tuliagi”, “Tuilagi”)."""
    if a == b:
        return True
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) > 1:
        return False
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1 :]
    if a[i + 1 :] == b[i + 1 :]:
        return True
    swapped = i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i]
    return swapped and a[i + 2 :] == b[i + 2 :]


def _half(length: int) -> int:
    return (length - 1) // 2


class NameIndex:
    """Folded name keys in blocks, so that a name meets only the few keys that can be near it.

    Two keys one edit apart share their first or their last `_half(length)` letters (the edit
    is in the other half), so each key is filed under its length, first half and last half,
    and a query looks in the blocks of the three lengths it can meet (its own, one less, one
    more). A block holds the keys that share half a name, not the whole sheet: 278,000
    look-alike names are matched without comparing every pair.
    """

    def __init__(self, keys: Iterable[str] = ()) -> None:
        self._blocks: dict[tuple[int, bool, str], list[str]] = {}
        self._known: set[str] = set()
        for key in keys:
            self.add(key)

    def add(self, key: str) -> None:
        """File a key (once, however often it is added)."""
        n = len(key)
        if n < _MIN_FUZZY - 1 or key in self._known:
            return
        self._known.add(key)
        h = _half(n)
        self._blocks.setdefault((n, True, key[:h]), []).append(key)
        self._blocks.setdefault((n, False, key[n - h :]), []).append(key)

    def near(self, query: str, limit: int) -> tuple[list[str], bool]:
        """Known keys one edit from `query` (not itself), sorted; at most `limit`, and whether
        more were left out."""
        found: set[str] = set()
        n = len(query)
        if n < _MIN_FUZZY:
            return [], False
        for m in (n - 1, n, n + 1):
            h = _half(m)
            for block in ((m, True, query[:h]), (m, False, query[n - h :])):
                for key in self._blocks.get(block, ()):
                    if key != query and key not in found and one_edit_apart(query, key):
                        found.add(key)
                        if len(found) > limit:
                            return sorted(found)[:limit], True
        return sorted(found), False


@dataclass(frozen=True, slots=True)
class Candidate:
    """Someone a row's person may be: an existing person (id) or one the sheet creates."""

    ref: str | int  # a person's id on this computer, or the number of a new person
    name: str
    agency: str | None
    line: int | None = None  # for people the sheet creates: the line that first names them


def why_near(name: str, agency: str | None, other: Candidate) -> Said:
    """Why `other` may be the same person as the row's (worded by i18n/import_words.py), and
    the line that names `other` when the sheet itself brings them (`new_from_line`)."""
    line = {"new_from_line": other.line}
    if exact_key(name) == exact_key(other.name):
        return Said(
            "other_agency",
            {**line, "agency": other.agency or ""},
            f"same name, other agency (“{other.agency or 'none'}”)",
        )
    if loose_key(name) == loose_key(other.name):
        english = "same name written with other accents, ʻokina, spacing or order"
        return Said("other_spelling", line, english)
    return Said("one_letter", line, "name differs by one letter")
