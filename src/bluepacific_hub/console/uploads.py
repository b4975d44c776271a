"""Reading a console form that sends a file (multipart/form-data): the body's size is checked
as it arrives, before it is parsed, so a hostile upload costs the hub next to nothing; then
its fields and its one file."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from dataclasses import dataclass

from starlette.datastructures import UploadFile
from starlette.formparsers import MultiPartException, MultiPartParser
from starlette.requests import Request

from bluepacific_hub.console.forms import FormRefused

# A form's text fields (the CSRF token, a button's value) are short.
MAX_FIELD_BYTES = 1024
MAX_FIELDS = 10


@dataclass(frozen=True)
class Upload:
    fields: dict[str, str]
    filename: str
    content: bytes


async def read_upload(request: Request, file_field: str, max_bytes: int) -> Upload:
    """The form's fields and the content of its file `file_field` (empty when none was
    chosen); FormRefused when it is not a multipart form, has more than one file, or its body
    is over `max_bytes`."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind != "multipart/form-data":
        raise FormRefused("not a multipart form")
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > max_bytes):
        raise FormRefused("too big")

    async def capped() -> AsyncGenerator[bytes, None]:
        seen = 0
        async for chunk in request.stream():
            seen += len(chunk)
            if seen > max_bytes:
                raise FormRefused("too big")
            yield chunk

    parser = MultiPartParser(
        request.headers,
        capped(),
        max_files=1,
        max_fields=MAX_FIELDS,
        max_part_size=MAX_FIELD_BYTES,
    )
    try:
        form = await parser.parse()
    except MultiPartException as exc:
        raise FormRefused(str(exc)) from exc
    try:
        fields = {k: v for k, v in form.multi_items() if isinstance(v, str)}
        upload = form.get(file_field)
        if isinstance(upload, UploadFile):
            return Upload(fields, upload.filename or "", await upload.read())
        return Upload(fields, "", b"")
    finally:
        await form.close()
