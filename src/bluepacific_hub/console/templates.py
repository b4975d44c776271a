"""The console's Jinja2 templates (package folder templates/), always autoescaped, rendered
with the words of the viewer's language."""

from __future__ import annotations

import functools
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from starlette.responses import HTMLResponse

from bluepacific_hub.console.i18n import LANGUAGE_NAMES, LANGUAGES, N_, words
from bluepacific_hub.console.sessions import Viewer
from bluepacific_wire import Role

ROLE_WORDS = {
    Role.FOCAL_POINT: N_("focal point"),
    Role.NATIONAL_APPROVER: N_("national approver"),
    Role.REGIONAL_ADMIN: N_("regional admin"),
}


@functools.cache
def environment() -> Environment:
    return Environment(
        loader=PackageLoader("bluepacific_hub.console", "templates"),
        autoescape=True,  # every value is escaped, the .html and everything else
        undefined=StrictUndefined,  # a missing value is an error in the tests, not a gap
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render(
    name: str,
    *,
    lang: str,
    csrf: str,
    here: str,
    viewer: Viewer | None = None,
    section: str | None = None,
    status: int = 200,
    **context: Any,
) -> HTMLResponse:
    """Template `name` in `lang`; `csrf` goes into every form, `here` is where the language
    form comes back to, `section` the navigation's current entry."""
    template = environment().get_template(name)
    html = template.render(
        _=words(lang),
        lang=lang,
        languages=[(code, LANGUAGE_NAMES[code]) for code in LANGUAGES],
        csrf=csrf,
        here=here,
        viewer=viewer,
        section=section,
        role_words=ROLE_WORDS,
        **context,
    )
    return HTMLResponse(html, status_code=status)
