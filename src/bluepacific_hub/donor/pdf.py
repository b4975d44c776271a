"""The donor pack as a PDF (ReportLab's platypus, no Qt on the hub): the region's summary
(totals, the monthly returns' completeness, each country's figures, a chart), then a page per
country; A4 or Letter, in the console's English or French. Every table is as wide as the
page's frame, its names wrapping inside their cells."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Final, TypeAlias
from xml.sax.saxutils import escape

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4, LETTER  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from bluepacific_hub.console import donor_words as t
from bluepacific_hub.console import words
from bluepacific_hub.console.i18n import Words
from bluepacific_hub.console.i18n import words as words_of
from bluepacific_hub.console.terms import engagement_kind
from bluepacific_hub.donor.charts import bar_chart
from bluepacific_hub.donor.quarter import CountryQuarter, QuarterFigures, Use
from bluepacific_hub.figures.training import TrainingRow
from bluepacific_wire.completeness import Completeness, timeliness

PAPERS: Final = {"a4": A4, "letter": LETTER}
FONT: Final = "Helvetica"
BOLD: Final = "Helvetica-Bold"
MARGIN: Final = 18 * mm
# ReportLab's standard fonts draw the Latin-1 and Windows-1252 characters; French's narrow
# no-break space is not one, its wide sibling is (and keeps the sign on the word's line).
_PRINTABLE = str.maketrans({"\u202f": "\u00a0"})

# Flowable is Any to the type checker (ReportLab has no types), hence a plain alias.
Cell: TypeAlias = str | Flowable
CELL_SIZE: Final = 8
PADDING: Final = 2 * 6.0 + 3  # the cell's padding (ReportLab's 6 points a side) and a margin
FIRST_COLUMN_AT_LEAST: Final = 90.0  # points: room for a country's or course's name
HEAD_SHADE: Final = colors.HexColor("#e6edf3")
GRID: Final = [
    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8a96a3")),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
]


def _widest(text: str, font: str) -> float:
    """The width of `text`'s longest word in the table's cells (a cell wraps between words)."""
    return max((stringWidth(w, font, CELL_SIZE) for w in _text(text).split()), default=0.0)


def _text(value: str) -> str:
    return escape(value.translate(_PRINTABLE))


class _Pack:
    """One pack being laid out: its language, its styles, its frame's width."""

    def __init__(self, lang: str, width: float, due_days: int) -> None:
        self.lang = lang
        self._ = words_of(lang)
        self.width = width
        self.due_days = due_days
        sheet = getSampleStyleSheet()
        self.h1 = ParagraphStyle("h1", sheet["Heading1"], fontName=BOLD, fontSize=16)
        self.h2 = ParagraphStyle("h2", sheet["Heading2"], fontName=BOLD, fontSize=12)
        self.body = ParagraphStyle("body", sheet["BodyText"], fontName=FONT, fontSize=9)
        self.cell = ParagraphStyle("cell", self.body, fontSize=CELL_SIZE, leading=CELL_SIZE + 2)
        self.right = ParagraphStyle("right", self.cell, alignment=2)  # right
        self.head = ParagraphStyle("head", self.cell, fontName=BOLD)
        self.head_right = ParagraphStyle("head_right", self.head, alignment=2)

    def say(self, source: str, **params: object) -> str:
        return self._(source, **params)

    def para(self, source: str, style: ParagraphStyle | None = None, **params: object) -> Paragraph:
        return Paragraph(_text(self._(source, **params)), style or self.body)

    def number(self, value: float) -> str:
        shown = int(value) if float(value).is_integer() else round(value, 1)
        text = f"{shown:,}"
        return text.replace(",", "\u00a0").replace(".", ",") if self.lang == "fr" else text

    def percent(self, rate: float | None) -> str:
        return words.percent(rate, self.lang)

    def country(self, code: str) -> str:
        return words.country_name(code, self.lang)

    def table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        total: Sequence[str] | None = None,
    ) -> Table:
        """A table as wide as the frame: the first column text (it wraps), the others numbers
        (right-aligned) each as wide as its longest word or value, never split inside a word;
        an optional bold total row."""
        widths = [0.0] + [
            PADDING + max(_widest(h, BOLD), *(_widest(r[i], FONT) for r in rows), 0.0)
            for i, h in enumerate(headers)
            if i > 0
        ]
        widths[0] = self.width - sum(widths)
        if widths[0] < FIRST_COLUMN_AT_LEAST:
            raise ValueError(f"the table of {headers[0]!r} is wider than the page")

        def line(values: Sequence[str], head: bool) -> list[Cell]:
            text_style, number_style = (
                (self.head, self.head_right) if head else (self.cell, self.right)
            )
            return [
                Paragraph(_text(v), text_style if i == 0 else number_style)
                for i, v in enumerate(values)
            ]

        data = [line(headers, True), *(line(r, False) for r in rows)]
        if total is not None:
            data.append(line(total, True))
        table = Table(data, colWidths=widths, repeatRows=1)
        style = [*GRID, ("BACKGROUND", (0, 0), (-1, 0), HEAD_SHADE)]
        if total is not None:
            style.append(("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f1f3f5")))
        table.setStyle(TableStyle(style))
        return table

    def key_figures(
        self, training: TrainingRow, use: Use, engagements: int, done: Completeness
    ) -> Table:
        rows = [
            (t.SESSIONS, self.number(training.sessions)),
            (t.PEOPLE, self.number(training.people)),
            (t.WOMEN, self.number(training.female)),
            (t.MEN, self.number(training.male)),
            (t.ANOTHER, self.number(training.another)),
            (t.NOT_STATED, self.number(training.not_stated)),
            (t.FEMALE_SHARE, self.percent(training.female_share)),
            (t.COMPLETION, self.percent(training.completion_rate)),
            (t.SEARCHES, self.number(use.searches)),
            (t.HITS, self.number(use.hits)),
            (t.NOTICES, self.number(use.notices)),
            (t.ENGAGEMENTS, self.number(engagements)),
            (t.REPORTING_RATE, self.percent(done.reporting_rate)),
            (t.ON_TIME_RATE, self.percent(done.on_time_rate)),
        ]
        # Two figures a line (label, value, label, value): the country's page stays one page.
        half = (len(rows) + 1) // 2
        data: list[list[Cell]] = []
        pairs = [*rows[half:], *[("", "")] * (2 * half - len(rows))]
        for left, right in zip(rows[:half], pairs, strict=True):
            data.append(
                [
                    Paragraph(_text(self.say(left[0])), self.cell),
                    Paragraph(_text(left[1]), self.right),
                    Paragraph(_text(self.say(right[0]) if right[0] else ""), self.cell),
                    Paragraph(_text(right[1]), self.right),
                ]
            )
        table = Table(data, colWidths=[w * self.width for w in (0.34, 0.16, 0.34, 0.16)])
        table.setStyle(
            TableStyle(
                [
                    *GRID,
                    ("BACKGROUND", (0, 0), (0, -1), HEAD_SHADE),
                    ("BACKGROUND", (2, 0), (2, -1), HEAD_SHADE),
                ]
            )
        )
        return table

    def completeness_row(self, name: str, done: Completeness) -> list[str]:
        return [
            name,
            *(self.number(n) for n in (done.expected, done.received, done.on_time)),
            *(self.number(n) for n in (done.late, done.missing)),
            self.percent(done.reporting_rate),
            self.percent(done.on_time_rate),
        ]


def _summary(pack: _Pack, figures: QuarterFigures) -> list[Flowable]:
    one = len(figures.countries) == 1
    heading = (
        pack.para(t.SUMMARY_ONE, pack.h2, country=pack.country(figures.countries[0].country))
        if one
        else pack.para(t.SUMMARY, pack.h2)
    )
    out: list[Flowable] = [
        pack.para(t.TITLE, pack.h1, quarter=figures.label),
        pack.para(t.SUBTITLE, first=figures.first.isoformat(), last=figures.last.isoformat()),
        pack.para(
            t.GENERATED,
            day=figures.generated_at.date().isoformat(),
            time=figures.generated_at.strftime("%H:%M"),
        ),
        pack.para(t.COVERS, count=len(figures.countries)),
        heading,
        pack.key_figures(figures.training, figures.use, figures.engagements, figures.completeness),
        pack.para(t.RATES_NOTE),
        pack.para(t.ON_TIME_NOTE, days=pack.due_days),
    ]
    headers = [
        pack.say(h)
        for h in (
            t.COUNTRY,
            t.EXPECTED,
            t.RECEIVED,
            t.ON_TIME,
            t.LATE,
            t.MISSING,
            t.REPORTING_RATE,
            t.ON_TIME_RATE,
        )
    ]
    rows = [
        pack.completeness_row(pack.country(c.country), c.completeness) for c in figures.countries
    ]
    out += [
        pack.para(t.COMPLETENESS, pack.h2),
        pack.table(headers, rows, pack.completeness_row(pack.say(t.TOTAL), figures.completeness)),
    ]
    training = [
        [
            pack.country(c.country),
            *(pack.number(n) for n in (c.training.sessions, c.training.people, c.training.female)),
            *(
                pack.number(n)
                for n in (c.training.male, c.training.another + c.training.not_stated)
            ),
            pack.percent(c.training.female_share),
        ]
        for c in figures.countries
    ]
    cooperation = [
        [
            pack.country(c.country),
            *(pack.number(n) for n in (c.use.searches, c.use.hits, c.use.notices, c.engagements)),
        ]
        for c in figures.countries
    ]
    out += [
        pack.para(t.TRAINING_BY_COUNTRY, pack.h2),
        pack.table(
            [
                pack.say(h)
                for h in (
                    t.COUNTRY,
                    t.SESSIONS_SHORT,
                    t.PEOPLE_SHORT,
                    t.WOMEN,
                    t.MEN,
                    t.OTHERS,
                    t.FEMALE_SHARE,
                )
            ],
            training,
        ),
        pack.para(t.USE_BY_COUNTRY, pack.h2),
        pack.table(
            [pack.say(h) for h in (t.COUNTRY, t.SEARCHES, t.HITS, t.NOTICES, t.ENGAGEMENTS)],
            cooperation,
        ),
    ]
    chart = bar_chart(
        pack.width,
        pack.say(t.PEOPLE_CHART),
        [c.country for c in figures.countries],
        [
            (pack.say(t.WOMEN), [c.training.female for c in figures.countries]),
            (pack.say(t.MEN), [c.training.male for c in figures.countries]),
            (
                pack.say(t.OTHERS),
                [c.training.another + c.training.not_stated for c in figures.countries],
            ),
        ],
        FONT,
    )
    out += [Spacer(1, 4 * mm), KeepTogether([chart])]
    return out


def _month(pack: _Pack, period: str) -> str:
    return f"{pack.say(words.MONTHS[int(period[5:7]) - 1])} {period[:4]}"


def _country_page(pack: _Pack, c: CountryQuarter, figures: QuarterFigures) -> list[Flowable]:
    """A country's page: the short parts first (figures, returns, engagements), the long
    ones after (courses, capabilities), the chart last: a country with many of each runs on
    to a second page rather than splitting a table from its heading."""
    return [
        Paragraph(_text(f"{pack.country(c.country)} ({c.country}), {figures.label}"), pack.h1),
        pack.para(t.KEY_FIGURES, pack.h2),
        pack.key_figures(c.training, c.use, c.engagements, c.completeness),
        *_returns_part(pack, c, figures),
        *_engagements_part(pack, c),
        *_training_part(pack, c),
        *_use_part(pack, c),
    ]


def _returns_part(pack: _Pack, c: CountryQuarter, figures: QuarterFigures) -> list[Flowable]:
    rows = [
        [
            _month(pack, m.period),
            pack.say(words.state_words(m.state, m.nil)),
            pack.say(words.TIMELINESS_WORDS[timeliness(m, figures.generated_at, pack.due_days)]),
        ]
        for m in c.statuses
    ]
    return [
        pack.para(t.RETURNS, pack.h2),
        pack.table([pack.say(h) for h in (t.MONTH, t.STATE, t.TIMELINESS)], rows),
    ]


def _engagements_part(pack: _Pack, c: CountryQuarter) -> list[Flowable]:
    if not c.engagement_kinds:
        return [pack.para(t.BY_KIND, pack.h2), pack.para(t.NO_ENGAGEMENT)]
    rows = [[pack.say(engagement_kind(kind)), pack.number(n)] for kind, n in c.engagement_kinds]
    return [
        pack.para(t.BY_KIND, pack.h2),
        pack.table([pack.say(t.KIND), pack.say(t.COUNT)], rows),
    ]


def _training_part(pack: _Pack, c: CountryQuarter) -> list[Flowable]:
    if not c.courses:
        return [pack.para(t.BY_COURSE, pack.h2), pack.para(t.NO_TRAINING)]
    names = (t.COURSE, t.SESSIONS_SHORT, t.PEOPLE_SHORT, t.WOMEN, t.MEN, t.FEMALE_SHARE,
             t.COMPLETION)  # fmt: skip
    rows = [
        [
            r.course,
            *(pack.number(n) for n in (r.sessions, r.people, r.female, r.male)),
            pack.percent(r.female_share),
            pack.percent(r.completion_rate),
        ]
        for r in c.courses
    ]
    return [pack.para(t.BY_COURSE, pack.h2), pack.table([pack.say(h) for h in names], rows)]


def _use_part(pack: _Pack, c: CountryQuarter) -> list[Flowable]:
    if not c.capabilities:
        return [pack.para(t.CAPABILITY_USE, pack.h2), pack.para(t.NO_USE)]
    headers = [pack.say(h) for h in (t.CAPABILITY, t.SEARCHES, t.HITS, t.NOTICES)]
    rows = [
        [r.code, *(pack.number(n) for n in (r.searches, r.hits, r.notices))] for r in c.capabilities
    ]
    total = [
        pack.say(t.TOTAL),
        *(pack.number(n) for n in (c.use.searches, c.use.hits, c.use.notices)),
    ]
    chart = bar_chart(
        pack.width,
        pack.say(t.USE_CHART),
        [_month(pack, m) for m, _u in c.months],
        [
            (pack.say(t.SEARCHES), [u.searches for _m, u in c.months]),
            (pack.say(t.HITS), [u.hits for _m, u in c.months]),
        ],
        FONT,
        height=140,
    )
    return [
        pack.para(t.CAPABILITY_USE, pack.h2),
        pack.table(headers, rows, total),
        Spacer(1, 3 * mm),
        chart,
    ]


def donor_pack_pdf(figures: QuarterFigures, lang: str, paper: str, due_days: int) -> bytes:
    """The pack of `figures` in `lang` ("en" or "fr") on `paper` ("a4" or "letter")."""
    size = PAPERS[paper]
    buffer = io.BytesIO()
    _: Words = words_of(lang)
    title = _text(_(t.TITLE, quarter=figures.label))
    doc = SimpleDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        author="Blue Pacific regional hub",
        lang=lang,
    )
    pack = _Pack(lang, doc.width, due_days)
    story = _summary(pack, figures)
    for country in figures.countries:
        story += [PageBreak(), *_country_page(pack, country, figures)]

    def footer(canvas: Canvas, document: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.drawString(
            MARGIN, MARGIN / 2, _(t.TITLE, quarter=figures.label).translate(_PRINTABLE)
        )
        canvas.drawRightString(
            size[0] - MARGIN, MARGIN / 2, _(t.PAGE, page=document.page).translate(_PRINTABLE)
        )
        canvas.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
