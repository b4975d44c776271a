"""A course written the way people say it: short, partial, abbreviated or an old name, matched
to the catalogue's closest courses; the name chosen for a sheet is kept as an alias."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from bluepacific_desktop.io.importing.headers import header_key
from bluepacific_desktop.io.importing.matching import one_edit_apart
from bluepacific_desktop.store.device import get_setting, set_setting
from bluepacific_desktop.store.models import RefCourse

# This computer's own spellings of courses (folded name → code), kept in the device settings:
# they are not synced, as another focal point's sheets are written other ways.
ALIASES_SETTING = "import_course_aliases"
# Words that say nothing about which course is meant, in English and French.
_STOP = frozenset(
    ("a", "an", "and", "the", "of", "in", "on", "for", "with", "to", "by", "de", "du", "des",
     "la", "le", "les", "l", "d", "et", "en", "dans", "pour", "avec", "au", "aux", "sur", "un",
     "une", "training", "course", "formation", "cours", "session", "atelier", "workshop")
)  # fmt: skip
# A word of the sheet counts as one of the course's when it starts the course's word and is at
# least this long: “admin” for “administration”, “hum” is too short to tell.
_MIN_PREFIX = 4
# Below this share of the written words found in a course, the course is not proposed.
_PLAUSIBLE = 0.5
# The courses proposed for one written name at most.
_PROPOSED = 3


def _words(text: str) -> list[str]:
    plain = unicodedata.normalize("NFKD", text).casefold()
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return [w for w in re.split(r"[^0-9a-z]+", plain) if w and w not in _STOP]


def _same_word(written: str, course_word: str) -> bool:
    if written == course_word:
        return True
    if len(written) >= _MIN_PREFIX and course_word.startswith(written):
        return True
    return len(written) >= 5 and one_edit_apart(written, course_word)


@dataclass(frozen=True)
class Proposal:
    code: str
    name: str  # in the language the sheet seems written in: the name that matched best


@dataclass(frozen=True)
class CourseQuestion:
    """A course name of the sheet that is no course's name: the closest courses, best first."""

    written: str
    lines: list[int]
    proposals: list[Proposal]


class Catalogue:
    """The courses' names in English and French, and the closest ones to a written name."""

    def __init__(self, rows: Iterable[tuple[str, str, str]]) -> None:
        self.names: dict[str, tuple[str, str]] = {}
        self._words: list[tuple[str, str, list[str]]] = []
        for code, en, fr in rows:
            self.names[code] = (en, fr)
            for name in (en, fr):
                self._words.append((code, name, _words(name)))

    @classmethod
    def load(cls, session: Session) -> Catalogue:
        rows = session.execute(select(RefCourse.code, RefCourse.name_en, RefCourse.name_fr))
        return cls((c, en, fr) for c, en, fr in rows)

    def closest(self, written: str) -> list[Proposal]:
        """The plausible courses for `written`, best first (none: nothing plausible)."""
        words = _words(written)
        if not words:
            return []
        folded = "".join(words)
        best: dict[str, tuple[float, str]] = {}
        for code, name, course in self._words:
            found = sum(any(_same_word(w, c) for c in course) for w in words)
            share = found / len(words)
            # Abbreviations: the initials of the course's words (“HRP”, “DHAP”) or its code.
            initials = "".join(c[0] for c in course)
            if folded in (initials, header_key(code)) and len(folded) >= 2:
                share = 1.0
            if share < _PLAUSIBLE:
                continue
            # A course whose words are mostly written scores above one named in passing.
            score = share + found / (len(course) or 1) / 10
            if code not in best or score > best[code][0]:
                best[code] = (score, name)
        ranked = sorted(best.items(), key=lambda item: (-item[1][0], item[0]))
        return [Proposal(code, name) for code, (_score, name) in ranked[:_PROPOSED]]


def load_aliases(session: Session) -> dict[str, str]:
    """Folded written name → course code, as chosen on this computer before."""
    raw = get_setting(session, ALIASES_SETTING)
    try:
        found = json.loads(raw) if raw else {}
    except ValueError:
        return {}  # a hand-damaged setting loses the aliases, never the import
    return {str(k): str(v) for k, v in found.items()} if isinstance(found, dict) else {}


def remember_aliases(session: Session, chosen: Mapping[str, str]) -> None:
    """Keep the written names chosen for courses, so that the next sheet needs no choice."""
    if not chosen:
        return
    aliases = load_aliases(session)
    aliases.update({header_key(written): code for written, code in chosen.items()})
    set_setting(session, ALIASES_SETTING, json.dumps(aliases, ensure_ascii=False, sort_keys=True))
