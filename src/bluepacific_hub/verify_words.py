"""The words of the public certificate verify page (verify.py) in English and French, and
which of the two a visitor reads: ?lang= first, else their browser's Accept-Language."""

from __future__ import annotations

from typing import Final

LANGUAGES: Final = ("en", "fr")

FRENCH: Final = {
    "Certificate verification": "Vérification d'un certificat",
    "Valid certificate": "Certificat valide",
    "This certificate was issued and is valid.": "Ce certificat a été délivré et il est valide.",
    "Revoked certificate": "Certificat révoqué",
    "This certificate was issued, then revoked: it is no longer valid.": (
        "Ce certificat a été délivré, puis révoqué : il n'est plus valide."
    ),
    "Unknown code": "Code inconnu",
    "No certificate has this verification code. Check the code as printed on the certificate "
    "(ten letters and digits; I and L read as 1, O as 0).": (
        "Aucun certificat n'a ce code de vérification. Vérifiez le code imprimé sur le "
        "certificat (dix lettres et chiffres ; I et L se lisent 1, O se lit 0)."
    ),
    "Too many verifications": "Trop de vérifications",
    "Too many codes were checked from this address. Try again in {seconds} seconds.": (
        "Trop de codes ont été vérifiés depuis cette adresse. Réessayez dans {seconds} secondes."
    ),
    "Holder": "Titulaire",
    "Course": "Formation",
    "Dates": "Dates",
    "Issued by": "Délivré par",
    "Verification code": "Code de vérification",
    "{start} to {end}": "du {start} au {end}",
    "Project Blue Pacific": "Projet Blue Pacific",
    "Valid until": "Valide jusqu'au",
    "Expired on": "Expiré le",
    "Expired certificate": "Certificat expiré",
    "This certificate was issued and has expired: the course needs a refresher.": (
        "Ce certificat a été délivré et il a expiré : la formation doit être renouvelée."
    ),
}

_MONTHS: Final = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "fr": [
        *("janv.", "févr.", "mars", "avr.", "mai", "juin"),
        *("juil.", "août", "sept.", "oct.", "nov.", "déc."),
    ],
}


def words(language: str, text: str) -> str:
    """`text` in `language` (the English itself for English, or for a text without French)."""
    return FRENCH.get(text, text) if language == "fr" else text


def day(language: str, iso: str) -> str:
    """A YYYY-MM-DD date as the language writes it (3 Sep 2025, 3 sept. 2025); as it is when
    it is not one."""
    try:
        year, month, dom = (int(part) for part in iso.split("-"))
        return f"{dom} {_MONTHS[language][month - 1]} {year}"
    except (ValueError, IndexError):
        return iso


def pick_language(query: str | None, accept: str | None) -> str:
    """?lang=en|fr if given, else the first of English and French in Accept-Language by its
    weights, else English."""
    if query in LANGUAGES:
        return query
    best, best_q = "en", -1.0
    for position, part in enumerate((accept or "")[:500].split(",")[:20]):
        tag, _, params = part.strip().partition(";")
        primary = tag.strip().lower().split("-")[0]
        if primary not in LANGUAGES:
            continue
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        # Equal weights: the first listed wins (the position breaks the tie).
        if q - position * 1e-6 > best_q:
            best, best_q = primary, q - position * 1e-6
    return best
