"""The public certificate verify page, `GET /verify/{code}`: valid, revoked or unknown, with
the course, the dates, the issuing country and the holder's name as printed, and nothing else.

No login and no client header (a phone's browser follows the certificate's QR code). Every
lookup is counted per address before any work, in the sign-in throttle's table
(ratelimit.py). A code cannot be enumerated: a malformed code and an unknown one take the same
steps (the count, then one lookup by key) and get the same answer, and nothing lists codes.
A certificate's record id is derived from its country and code (bluepacific_wire.ids), so the
lookup reads the few candidate ids, one per country, by primary key.
"""

from __future__ import annotations

import html
from functools import cache
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from sqlalchemy import select

from bluepacific_hub.console.headers import HEADERS
from bluepacific_hub.hub import get_hub
from bluepacific_hub.models import Record
from bluepacific_hub.ratelimit import Backoff, address_key
from bluepacific_hub.reference import load_reference_data
from bluepacific_hub.verify_words import day, pick_language, words
from bluepacific_wire import RecordKind, utc_now
from bluepacific_wire.certificates import printed_code, read_code
from bluepacific_wire.ids import natural_id

VERIFY_PREFIX = "/verify"
# What a malformed code is looked up as, so that it costs what an unknown one costs.
_NO_CODE = "0000000000"

router = APIRouter(include_in_schema=False)


def is_verify(path: str) -> bool:
    return path.startswith(VERIFY_PREFIX + "/")


@cache
def _reference() -> tuple[tuple[str, ...], dict[str, dict[str, str]], dict[str, dict[str, str]]]:
    """The countries' codes, and the names of countries and courses by code (en, fr)."""
    data = load_reference_data()
    countries = {c["code"]: c for c in data.get("countries", [])}
    courses = {c["code"]: c for c in data.get("courses", [])}
    return tuple(sorted(countries)), countries, courses


def _candidate_ids(code: str) -> dict[str, str]:
    countries, _, _ = _reference()
    return {
        natural_id(RecordKind.CERTIFICATE, country, {"code": code}) or "": country
        for country in countries
    }


def _lookup(request: Request, code: str) -> Record | None:
    hub = get_hub(request)
    ids = _candidate_ids(code)
    with hub.sessions() as session:
        row = session.scalar(
            select(Record).where(
                Record.record_id.in_(sorted(ids)),
                Record.kind == RecordKind.CERTIFICATE.value,
                Record.deleted.is_(False),
            )
        )
        if row is not None:
            session.expunge(row)
        return row


def _name(table: dict[str, dict[str, str]], code: Any, language: str) -> str:
    entry = table.get(str(code))
    if entry is None:
        return str(code)
    return str(entry.get(f"name_{language}") or entry.get("name_en") or code)


def _page(
    language: str, status: int, title: str, message: str, rows: list[tuple[str, str]]
) -> HTMLResponse:
    def t(text: str) -> str:
        return html.escape(words(language, text))

    table = "".join(
        f'<tr><th scope="row">{t(label)}</th><td>{html.escape(value)}</td></tr>'
        for label, value in rows
    )
    body = (
        "<!DOCTYPE html>\n"
        f'<html lang="{language}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="robots" content="noindex">'
        f"<title>{t('Certificate verification')} – {t('Project Blue Pacific')}</title></head>"
        f"<body><main><p>{t('Project Blue Pacific')} · {t('Certificate verification')}</p>"
        f"<h1>{t(title)}</h1><p>{message}</p>"
        + (f"<table>{table}</table>" if rows else "")
        + "</main></body></html>\n"
    )
    response = HTMLResponse(body, status_code=status)
    for name, value in HEADERS.items():
        response.headers[name] = value
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Robots-Tag"] = "noindex"
    return response


@router.get(VERIFY_PREFIX + "/{typed:path}")
def verify_page(request: Request, typed: str, lang: str | None = None) -> HTMLResponse:
    hub = get_hub(request)
    language = pick_language(lang, request.headers.get("accept-language"))
    s = hub.settings
    backoff = Backoff(
        s.verify_lookups_per_address, s.verify_backoff_first_s, s.verify_backoff_max_s
    )
    host = request.client.host if request.client else "unknown"
    wait = hub.throttle.count("v:" + address_key(host), backoff)
    if wait > 0:
        seconds = int(wait + 0.999)
        message = html.escape(
            words(
                language,
                "Too many codes were checked from this address. Try again in {seconds} seconds.",
            )
        ).format(seconds=seconds)
        response = _page(language, 429, "Too many verifications", message, [])
        response.headers["Retry-After"] = str(seconds)
        return response
    code = read_code(typed)
    row = _lookup(request, code or _NO_CODE)
    if code is None or row is None or row.fields.get("code") != code:
        message = html.escape(
            words(
                language,
                "No certificate has this verification code. Check the code as printed on the "
                "certificate (ten letters and digits; I and L read as 1, O as 0).",
            )
        )
        return _page(language, 404, "Unknown code", message, [])
    _, countries, courses = _reference()
    f = row.fields
    rows = [
        ("Holder", str(f.get("holder_name") or "")),
        ("Course", _name(courses, f.get("course_code"), language)),
        (
            "Dates",
            words(language, "{start} to {end}").format(
                start=day(language, str(f.get("start_date"))),
                end=day(language, str(f.get("end_date"))),
            ),
        ),
        ("Issued by", _name(countries, row.country, language)),
        ("Verification code", printed_code(code)),
    ]
    # A course with a validity gives its certificates an expiry (issue 16); older ones have none.
    expires = f.get("expires_on")
    expired = isinstance(expires, str) and expires < utc_now().date().isoformat()
    if isinstance(expires, str):
        label = "Expired on" if expired else "Valid until"
        rows.insert(3, (label, day(language, expires)))
    if f.get("revoked") is True:
        text = "This certificate was issued, then revoked: it is no longer valid."
        return _page(language, 200, "Revoked certificate", html.escape(words(language, text)), rows)
    if expired:
        text = "This certificate was issued and has expired: the course needs a refresher."
        return _page(language, 200, "Expired certificate", html.escape(words(language, text)), rows)
    text = "This certificate was issued and is valid."
    return _page(language, 200, "Valid certificate", html.escape(words(language, text)), rows)
