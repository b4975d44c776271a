"""Finding the columns by their header names, in English or French, however they are spelled."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import Any

from bluepacific_desktop.io.importing.errors import FileRefused
from bluepacific_desktop.io.importing.tables import Table

# Each column the importer knows, with the spellings seen on field sheets (first = shown).
ALIASES: Mapping[str, tuple[str, ...]] = {
    "name": ("Name", "Full name", "Nom", "Nom complet", "Nom et prénom", "Participant",
             "Participant name", "Attendee", "Trainee", "Stagiaire", "Contact name"),
    "first_name": ("First name", "Given name", "Given names", "Prénom", "Prénoms"),
    "last_name": ("Last name", "Surname", "Family name", "Nom de famille"),
    "sex": ("Sex", "Gender", "Sexe", "Genre", "M/F", "F/M", "H/F"),
    "agency": ("Agency", "Organisation", "Organization", "Agence", "Organisme"),
    "rank": ("Rank", "Grade"),
    "position": ("Position", "Poste", "Fonction", "Job title"),
    "email": ("Email", "E-mail", "Emails", "E-mails", "Courriel", "Courriels", "Email address",
              "Adresse électronique", "Adresse e-mail", "Mél"),
    "phone": ("Phone", "Phones", "Telephone", "Téléphone", "Tel", "Tél", "Mobile",
              "Phone number", "Numéro de téléphone", "Portable"),
    "status": ("Status", "Attendance", "Statut", "Présence", "Attendance status",
               "Statut de présence"),
    "completed": ("Completed", "Terminé", "Complété", "Achevé", "Completion"),
    "pre_test": ("Pre-test", "Pretest", "Pré-test", "Pre-test score", "Score pré-test",
                 "Note pré-test"),
    "post_test": ("Post-test", "Posttest", "Post-test score", "Score post-test",
                  "Note post-test"),
    "certificate": ("Certificate", "Certificat", "Certificate issued", "Certificat délivré",
                    "Certificat remis"),
    "course": ("Course", "Cours", "Formation", "Course code", "Course name", "Training"),
    "title": ("Session title", "Titre de la session", "Intitulé de la session"),
    # A one-day session's sheet often has a single “Date”: its start, and (no end) its end.
    "start_date": ("Start date", "Date de début", "Start", "Début", "Date début", "From",
                   "Date", "Jour", "Session date", "Date de la session"),
    "end_date": ("End date", "Date de fin", "End", "Fin", "Date fin", "To"),
    "location": ("Location", "Lieu", "Venue", "Place"),
    "mode": ("Mode", "Delivery mode", "Modalité", "Format"),
    "organiser": ("Organiser", "Organizer", "Organisateur", "Organised by"),
    "org_type": ("Organisation type", "Organization type", "Type d'organisation", "Org type",
                 "Type"),
    "role": ("Role", "Rôle"),
    "country": ("Country", "Pays", "Country code", "Code pays"),
    "languages": ("Languages", "Language", "Langues", "Langue"),
    "secure_channel": ("I-24/7", "Secure channel", "Canal sécurisé", "I-24/7 access",
                       "Accès I-24/7"),
    "notes": ("Notes", "Note", "Remarques", "Remarque", "Comments", "Commentaires"),
    "review_date": ("Review date", "Date de révision", "Date de revue", "À revoir le"),
    # A sign-in sheet's own columns (domain/sheet_columns.py; io/importing/sign_in.py).
    "row_id": ("Row id", "N° de ligne", "Row ID", "No de ligne", "Numéro de ligne"),
    "signature": ("Signature", "Émargement", "Signed", "Signé"),
    "session_code": ("Session code", "Code de session", "Code session"),
}  # fmt: skip

_PARENS = re.compile(r"\(.*?\)|\[.*?\]")


# A sheet writes the same course or header again and again: each text is folded once.
@lru_cache(maxsize=4096)
def header_key(text: Any) -> str:
    """“Date de début (jj/mm/aaaa)*” → “datededebut”: no case, accents, spaces or punctuation."""
    plain = _PARENS.sub("", str(text or ""))
    decomposed = unicodedata.normalize("NFKD", plain)
    return "".join(ch for ch in decomposed.casefold() if ch.isalnum())


_LOOKUP = {header_key(spelling): column for column, names in ALIASES.items() for spelling in names}


def spellings(column: str) -> str:
    """How a column may be headed, for messages: “Name / Full name / Nom”."""
    return " / ".join(ALIASES[column][:3])


@dataclass(frozen=True)
class Columns:
    """Where each known column is in the sheet, and its header as the sheet writes it."""

    index: dict[str, int]
    header: dict[str, str]
    ignored: list[str]

    def get(self, cells: Sequence[Any], column: str) -> Any:
        i = self.index.get(column)
        if i is None or i >= len(cells):
            return None
        value = cells[i]
        return None if value == "" else value

    def picker(self, columns: Sequence[str]) -> Callable[[Sequence[Any]], tuple[Any, ...]]:
        """`cells → tuple(get(cells, c) for c in columns)`, the positions looked up once: a
        100,000-row sheet asks it millions of times."""
        where = tuple(self.index.get(c, -1) for c in columns)

        def pick(cells: Sequence[Any]) -> tuple[Any, ...]:
            n = len(cells)
            return tuple(None if i < 0 or i >= n or (v := cells[i]) == "" else v for i in where)

        return pick

    def key_picker(self, columns: Sequence[str]) -> Callable[[Sequence[Any]], tuple[Any, ...]]:
        """A key of the cells in `columns` for a cache: the same cells give the same key, and
        different keys may still mean the same values (an empty cell written "" or left out).
        Taken by C (operator.itemgetter) from rows long enough, which most are: `picker`'s
        values cost a tenth of a 100,000-row import."""
        where = tuple(i for c in columns if (i := self.index.get(c, -1)) >= 0)
        slow = self.picker(columns)
        if not where:
            return slow
        last = max(where)
        take = itemgetter(*where) if len(where) > 1 else (lambda cells: (cells[where[0]],))

        def key(cells: Sequence[Any]) -> tuple[Any, ...]:
            # The short rows' keys are `picker`'s: longer, so never equal to a long row's.
            return take(cells) if len(cells) > last else (*slow(cells), None)

        return key

    def label(self, column: str) -> str:
        if column == "name" and "name" not in self.header and "last_name" in self.header:
            return f"{self.header.get('first_name', '')} {self.header['last_name']}".strip()
        return self.header.get(column, ALIASES[column][0])

    def full_name(self, cells: Sequence[Any]) -> Any:
        """The name cell, or the given and family names joined when the sheet splits them."""
        if "name" in self.index:
            return self.get(cells, "name")
        parts = [self.get(cells, c) for c in ("first_name", "last_name")]
        return " ".join(str(p) for p in parts if p is not None) or None


def columns_of(cells: Sequence[Any]) -> Columns:
    """The known columns of a header row."""
    index: dict[str, int] = {}
    header: dict[str, str] = {}
    ignored: list[str] = []
    for i, cell in enumerate(cells):
        text = str(cell).strip() if cell is not None else ""
        column = _LOOKUP.get(header_key(text))
        if column is None or column in index:  # unknown, or a repeat of a known column
            if text:
                ignored.append(text)
            continue
        index[column] = i
        header[column] = text
    # “Prénom” beside “Nom”: the French sheet splits the name, so “Nom” is the family name.
    if "first_name" in index and "name" in index and "last_name" not in index:
        index["last_name"] = index.pop("name")
        header["last_name"] = header.pop("name")
    return Columns(index, header, ignored)


def _a(what: str) -> str:
    return f"an {what}" if what[0] in "aeiou" else f"a {what}"


def _has(columns: Columns, needed: tuple[str, ...]) -> bool:
    found = set(columns.index)
    if {"first_name", "last_name"} <= found:
        found.add("name")
    return set(needed) <= found


# A header row is looked for among the first rows: sheets often start with a title line.
_HEADER_SEARCH = 10


def find_header(
    tables: Sequence[Table], needed: tuple[str, ...], what: str
) -> tuple[Table, int, Columns, list[tuple[int, list[Any]]]]:
    """The first sheet whose header row holds the `needed` columns: (sheet, header line,
    columns, data rows). FileRefused, naming the missing columns, when no sheet does."""
    best: tuple[int, Columns] | None = None
    for table in tables:
        for pos, (line, cells) in enumerate(table.head(_HEADER_SEARCH)):
            columns = columns_of(cells)
            if _has(columns, needed):
                return table, line, columns, table.rows[pos + 1 :]
            if best is None or len(columns.index) > len(best[1].index):
                best = (line, columns)
    if all(not t.head(1) for t in tables):
        raise FileRefused(
            f"The file is empty: there is no {what} to import.", key="nothing_to_import", what=what
        )
    columns = best[1] if best else Columns({}, {}, [])
    wanted = "; ".join(spellings(c) for c in needed if not _has(columns, (c,)))
    if not columns.index:
        raise FileRefused(
            f"This file is not {_a(what)}: no column headers this app knows were found in its "
            f"first {_HEADER_SEARCH} lines. It needs at least these columns: {wanted}.",
            key="no_headers",
            what=what,
            lines=_HEADER_SEARCH,
            wanted=wanted,
        )
    raise FileRefused(
        f"This {what} has no column for: {wanted}. Add it and import again.",
        key="missing_columns",
        what=what,
        wanted=wanted,
    )
