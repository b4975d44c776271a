"""A problem found in a targets file or a targets change: its English text (it is a `str`, so
the command line, the errors and the logs read it as before) and what it was made from, so a
console page can say it in the user's language through the console's words."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from bluepacific_hub.console.i18n import Words


class Problem(str):
    """`Problem("the {what} {value} is not a number", what=TARGET, value="12")`:
    `source` is the English text with its `{placeholders}` (the key of its French), `params`
    fill them; a param that is itself a Problem is translated too, an `Indicator` (anything
    with `name(language)`) is named in the language."""

    source: str
    params: dict[str, object]

    def __new__(cls, source: str, **params: object) -> Problem:
        english = source.format(**{k: _english(v) for k, v in params.items()}) if params else source
        problem = super().__new__(cls, english)
        problem.source = source
        problem.params = params
        return problem

    def say(self, _: Words, language: str) -> str:
        """The problem in `language`, `_` being that language's words."""
        return _(self.source, **{k: _said(v, _, language) for k, v in self.params.items()})


def _english(value: object) -> object:
    name = getattr(value, "name", None)
    return name("en") if callable(name) and not isinstance(value, str) else value


def _said(value: object, _: Words, language: str) -> object:
    if isinstance(value, Problem):
        return value.say(_, language)
    name = getattr(value, "name", None)
    return name(language) if callable(name) and not isinstance(value, str) else value


# The values a problem may be about, translated with it.
BASELINE: Final = Problem("baseline")
TARGET: Final = Problem("target")
PROJECT_TARGET: Final = Problem("life-of-project target")
