"""The sheet's people against those on this computer: reuse exact matches, list near ones."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from bluepacific_desktop.io.importing.matching import (
    Candidate,
    NameIndex,
    loose_key,
    person_key,
    why_near,
)
from bluepacific_desktop.io.importing.plan import Doubtful, Fields
from bluepacific_desktop.store.models import Person

# More candidates than this for one row says “common name”, not “probably the same person”.
_MAX_LISTED = 3
# Near names looked at for one row at most: enough to list three and say “others”, bounded
# however many look-alikes the store holds (the count beyond it is “or more”).
_MAX_LOOKED_AT = 20


class People:
    """Existing people, loaded once (one query, no per-row lookups), and the sheet's new ones."""

    def __init__(self, session: Session, country: str) -> None:
        rows = session.execute(
            select(Person.id, Person.full_name, Person.agency, Person.sex)
            .where(Person.country == country, Person.deleted.is_(False))
            .order_by(Person.created_at, Person.id)
        )
        self.existing: list[Candidate] = []
        self._exact: dict[tuple[str, str], tuple[str, str]] = {}  # key → (id, sex)
        for pid, name, agency, sex in rows:
            self.existing.append(Candidate(pid, name, agency))
            self._exact.setdefault(person_key(name, agency), (pid, sex))
        self._new: dict[tuple[str, str], int] = {}
        self.new: list[Candidate] = []
        self.reused: set[str] = set()

    def known_sex(self, name: str | None, agency: str | None) -> str | None:
        """The sex on file for an exact match: a sheet may leave it blank for known people."""
        found = self._exact.get(person_key(name, agency))
        return found[1] if found else None

    def resolve(self, line: int, fields: Fields, people: list[tuple[int, Fields]]) -> str | int:
        """An existing person's id, or the index in `people` of the one this row creates."""
        key = person_key(fields["full_name"], fields.get("agency"))
        found = self._exact.get(key)
        if found:
            self.reused.add(found[0])
            return found[0]
        if key in self._new:  # named on an earlier line of the sheet: one person, not two
            return self._new[key]
        index = len(people)
        people.append((line, fields))
        self._new[key] = index
        self.new.append(Candidate(index, fields["full_name"], fields.get("agency"), line))
        return index

    def doubtful(self) -> list[Doubtful]:
        """New people whose name is near an existing person's, or an earlier new person's."""
        by_loose: dict[str, list[Candidate]] = {}
        for c in (*self.existing, *self.new):
            by_loose.setdefault(loose_key(c.name), []).append(c)
        # Only the people before this one can be what it doubts: the index grows in line order
        # and each pair of names is compared once, by the later of the two.
        index = NameIndex(loose_key(c.name) for c in self.existing)
        out: list[Doubtful] = []
        for person in self.new:
            assert person.line is not None
            found, more = self._near(person, by_loose, index)
            index.add(loose_key(person.name))
            if not found:
                continue
            shown = found[:_MAX_LISTED]
            listed = [(_who(c), why_near(person.name, person.agency, c)) for c in shown]
            extra = max(len(found) - _MAX_LISTED, 0)
            out.append(Doubtful(person.line, person.name, person.agency, listed, extra, more))
        return sorted(out, key=lambda d: d.line)

    @staticmethod
    def _near(
        person: Candidate, by_loose: dict[str, list[Candidate]], index: NameIndex
    ) -> tuple[list[Candidate], bool]:
        """Up to `_MAX_LOOKED_AT` others the person may be, and whether there were more."""
        assert person.line is not None
        own = person_key(person.name, person.agency)
        key = loose_key(person.name)
        near, more = index.near(key, _MAX_LOOKED_AT)
        found: list[Candidate] = []
        for k in sorted([key, *near]):
            for other in by_loose.get(k, ()):
                if person_key(other.name, other.agency) == own:
                    continue
                if other.line is not None and other.line >= person.line:
                    break  # new people are listed in line order, after the existing
                if len(found) == _MAX_LOOKED_AT:
                    return found, True
                found.append(other)
        return found, more


def _who(c: Candidate) -> str:
    """Name and agency; a person new from the sheet is said so by the reason's `new_from_line`."""
    return f"{c.name} ({c.agency})" if c.agency else c.name
