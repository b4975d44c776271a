"""Matching people by name and agency: exact (reused) and near (listed as doubtful)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

# Marks that sheets type in many ways or leave out: ʻokina, apostrophes, backticks.
_GLOTTAL = str.maketrans("", "", "ʻʼ'’‘`´")
# Below this length a one-letter difference joins too many unrelated names (Ana, Ane, Anu).
_MIN_FUZZY = 6


def exact_key(text: str | None) -> str:
    """NFC, no case, single spaces: “Mere  TUILAGI” and “mere tuilagi” are the same."""
    if not text:
        return ""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def loose_key(text: str | None) -> str:
    """Letters only, no accents or ʻokina, words in order: “Sāusi Fa'amausili” ≈ “Sausi Faamausili”.

    Words are sorted so that “Tuilagi Mere” meets “Mere Tuilagi”.
    """
    plain = unicodedata.normalize("NFKD", (text or "").translate(_GLOTTAL)).casefold()
    words = ("".join(ch for ch in word if ch.isalnum()) for word in plain.split())
    return "".join(sorted(w for w in words if w))


def person_key(name: str | None, agency: str | None) -> tuple[str, str]:
    return exact_key(name), exact_key(agency)


def _deletions(key: str) -> set[str]:
    return {key[:i] + key[i + 1 :] for i in range(len(key))} if len(key) >= _MIN_FUZZY else set()


def near_keys(queries: Iterable[str], known: Iterable[str]) -> dict[str, set[str]]:
    """For each query (a loose key), the known loose keys equal to it or one edit away.

    Symmetric deletions: two words one substitution, insertion or deletion apart share a
    word with one letter removed. Only the queries' deletions are held in memory and the
    known names are scanned once, so a 10,000-row sheet against 100,000 people stays cheap.
    """
    index: dict[str, set[str]] = {}
    for q in set(queries):
        index.setdefault(q, set()).add(q)
        for variant in _deletions(q):
            index.setdefault(variant, set()).add(q)
    found: dict[str, set[str]] = {}
    for k in set(known):
        hits = set(index.get(k, ()))
        for variant in _deletions(k):
            hits.update(q for q in index.get(variant, ()) if len(q) >= _MIN_FUZZY)
        for q in hits:
            found.setdefault(q, set()).add(k)
    return found


@dataclass(frozen=True)
class Candidate:
    """Someone a row's person may be: an existing person (id) or one the sheet creates."""

    ref: str | int  # a person's id on this computer, or the number of a new person
    name: str
    agency: str | None
    line: int | None = None  # for people the sheet creates: the line that first names them


def why_near(name: str, agency: str | None, other: Candidate) -> str:
    """In plain words, why `other` may be the same person as the row's."""
    if exact_key(name) == exact_key(other.name):
        return f"same name, other agency (“{other.agency or 'none'}”)"
    if loose_key(name) == loose_key(other.name):
        return "same name written with other accents, ʻokina, spacing or order"
    return "name differs by one letter"
