"""The words of the figures and results pages: each table's title, each column's header
(the tables' own headers are the export files' plain codes), the charts' words, and how a
figure's cell reads (a share as a percentage, a mean with one decimal, in the viewer's
language). The tables' captions, long sentences, are in the templates."""

from __future__ import annotations

from typing import Final

from bluepacific_hub.console.i18n import N_, words
from bluepacific_hub.console.terms import engagement_kind
from bluepacific_hub.console.words import percent
from bluepacific_hub.figures.tables import Cell, Table

HEADERS: Final = {
    "country": N_("Country"),
    "course": N_("Course"),
    "quarter": N_("Quarter"),
    "sessions": N_("Sessions"),
    "attendances": N_("Attendances"),
    "people": N_("People"),
    "female": N_("Women"),
    "male": N_("Men"),
    "another": N_("Another sex"),
    "not_stated": N_("Sex not stated"),
    "female_share": N_("Share of women"),
    "completed": N_("Completed"),
    "completion_rate": N_("Completion rate"),
    "scored": N_("Scored"),
    "mean_pre": N_("Mean pre-test"),
    "mean_post": N_("Mean post-test"),
    "mean_improvement": N_("Mean improvement"),
    "capability": N_("Capability"),
    "month": N_("Month"),
    "reports": N_("Reports"),
    "searches": N_("Searches"),
    "hits": N_("Hits"),
    "notices_requested": N_("Notices requested"),
    "diffusions_requested": N_("Diffusions requested"),
    "messages_exchanged": N_("Messages exchanged"),
    "active_accounts": N_("Active accounts"),
    "kind": N_("Kind"),
    "engagements": N_("Engagements"),
}
TABLE_TITLES: Final = {
    "training": N_("Training"),
    "capabilities": N_("Capability use"),
    "engagements": N_("Engagements"),
}
CHART_WORDS: Final = {
    "people": N_("People trained by sex per quarter"),
    "people_unit": N_("unique people"),
    "use": N_("{figure} per month, per capability"),
}
SEX_WORDS: Final = {
    "female": N_("Women"),
    "male": N_("Men"),
    "another": N_("Another sex"),
    "not_stated": N_("Sex not stated"),
}
# Columns read as shares (0-1) and as means.
_SHARES: Final = {"female_share", "completion_rate"}
_MEANS: Final = {"mean_pre", "mean_post", "mean_improvement"}


def header_words(header: str) -> str:
    """A column's English header (translated where shown); its code when it has none."""
    return HEADERS.get(header, header)


def number_text(value: float, lang: str, decimals: int = 1) -> str:
    if isinstance(value, int) or value.is_integer():
        return str(int(value))
    text = f"{value:.{decimals}f}"
    return text.replace(".", ",") if lang == "fr" else text


def cell_text(header: str, value: Cell, lang: str) -> str:
    """How a cell of a figures table reads on the page (the files keep the plain value)."""
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    if header in _SHARES:
        return percent(float(value), lang)
    if header in _MEANS:
        return number_text(value, lang)
    return number_text(value, lang, 2)


ShownRow = list[tuple[str, bool]]  # each cell's text, and whether it is a figure


def shown_rows(table: Table, lang: str) -> list[ShownRow]:
    """Every cell of `table` as the page shows it, formatted once here rather than cell by cell
    in the template (a year's capability table has 13,000 cells); an engagement's kind by its
    name in `lang` (the files keep the code)."""
    headers = table.headers
    _ = words(lang)
    return [
        [
            (
                _(engagement_kind(v))
                if h == "kind" and isinstance(v, str)
                else cell_text(h, v, lang),
                v is not None and not isinstance(v, str),
            )
            for h, v in zip(headers, row, strict=True)
        ]
        for row in table.rows
    ]
