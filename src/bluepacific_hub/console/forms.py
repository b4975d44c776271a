"""Reading a console form post: its size checked before it is read, then parsed as
application/x-www-form-urlencoded (the only kind the console's forms send)."""

from __future__ import annotations

from urllib.parse import parse_qsl

from starlette.requests import Request

# The largest form the console takes (a send-back's comment of 1,000 characters, escaped,
# fits many times): a bigger body is refused before it is read.
MAX_FORM_BYTES = 16 * 1024
MAX_FORM_FIELDS = 20


class FormRefused(ValueError):
    """A post the console does not read: too big, too many fields, or not a form."""


async def read_form(request: Request) -> dict[str, str]:
    """The fields of a posted form (the last value of a repeated name)."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind != "application/x-www-form-urlencoded":
        raise FormRefused("not a form")
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > MAX_FORM_BYTES):
        raise FormRefused("too big")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_FORM_BYTES:
            raise FormRefused("too big")
    try:
        pairs = parse_qsl(
            body.decode("utf-8"),
            keep_blank_values=True,
            strict_parsing=False,
            max_num_fields=MAX_FORM_FIELDS,
        )
    except (UnicodeDecodeError, ValueError) as exc:
        raise FormRefused("not readable") from exc
    return dict(pairs)
