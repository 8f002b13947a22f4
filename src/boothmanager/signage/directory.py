"""The exhibitor directory (Ausstellerverzeichnis), A5 or A4: plan and three stand lists."""

# Public: stands go through Stand.public() before anything is read from them.

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from boothmanager.domain import Booth, Event, Stand
from boothmanager.domain.event import natural_key
from boothmanager.signage.content import SEPARATOR, short_name
from boothmanager.signage.document import pdf_canvas
from boothmanager.signage.flow import Cell, Flow
from boothmanager.signage.fonts import Face
from boothmanager.signage.layout import ACCENT, HAIRLINE, MUTED, TextStyle
from boothmanager.signage.legibility import UnsupportedPaper
from boothmanager.signage.paper import Orientation, Paper, page_size
from boothmanager.signage.plan_drawing import draw_plan
from boothmanager.signage.render import draw_text
from boothmanager.signage.text import clean
from boothmanager.signage.wording import words

DIRECTORY_PAPERS = (Paper.A5, Paper.A4)
READING = 400  # mm: a booklet in the hand
# A4 is read from as near as A5: its type grows a little, not by the paper's √2.
TEXT_SCALE = {Paper.A5: 1.0, Paper.A4: 1.2}
Pair = tuple[Booth, Stand]


def sort_key(text: str) -> tuple[str, str]:
    """Alphabetical order across scripts: accents and case ignored first, then used."""
    base = "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c))
    return base.casefold(), text


def write_directory(event: Event, pairs: Sequence[Pair], out: Path | str, *,
                    paper: Paper = Paper.A5, orientation: Orientation | None = None,
                    lang: str = "de") -> int:
    """Write the directory of `pairs` (booth, stand) to the PDF `out`; the page count."""
    text = words(lang)
    if paper not in DIRECTORY_PAPERS or orientation not in (None, Orientation.PORTRAIT):
        raise UnsupportedPaper(piece="exhibitor directory", paper=paper,
                               orientation=orientation or Orientation.PORTRAIT,
                               reason="it is an A5 or A4 portrait booklet")
    k = TEXT_SCALE[paper]
    width, height = (v * mm for v in page_size(paper, Orientation.PORTRAIT))
    margin = 12 * k * mm
    flow = Flow(left=margin, top=height - margin - 8 * k * mm, width=width - 2 * margin,
                bottom=margin + 8 * k * mm)
    styles = _Styles(k)
    _title(flow, event, styles, text)
    _plans(flow, event, pairs, k=k, lang=lang, styles=styles)
    publics = [(booth, stand.public()) for booth, stand in pairs]  # DSGVO: public fields only
    _by_number(flow, publics, styles, text, k)
    _alphabetical(flow, publics, styles, text, k)
    _by_theme(flow, publics, styles, text, k)
    title = f"{text['directory']} – {event.info.name}".strip(" –")

    def decorate(canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setStrokeColor(HexColor(HAIRLINE))
        canvas.setLineWidth(0.5)
        canvas.line(margin, margin + 6 * k * mm, width - margin, margin + 6 * k * mm)
        canvas.restoreState()
        small = TextStyle(max_size=8 * k, min_size=7 * k, wrap=False, color=MUTED)
        draw_text(canvas, f"{clean(event.info.name)}{SEPARATOR}{text['directory']}", small,
                  x=margin, top=margin + 5 * k * mm, width=(width - 2 * margin) * 0.7,
                  height=5 * k * mm)
        draw_text(canvas, text["page"].format(page=page, pages=pages), small,
                  x=margin + (width - 2 * margin) * 0.7, top=margin + 5 * k * mm,
                  width=(width - 2 * margin) * 0.3, height=5 * k * mm, align="right")

    with pdf_canvas(out, width=width / mm, height=height / mm, title=title) as canvas:
        return flow.render(canvas, decorate)


class _Styles:
    def __init__(self, k: float) -> None:
        self.title = TextStyle(Face.BOLD, max_size=24 * k, min_size=24 * k, color=ACCENT,
                               leading=1.1)
        self.lead = TextStyle(Face.BOLD, max_size=13 * k, min_size=13 * k, leading=1.15)
        self.sub = TextStyle(max_size=10 * k, min_size=10 * k, color=MUTED, leading=1.2)
        self.heading = TextStyle(Face.BOLD, max_size=14 * k, min_size=14 * k, color=ACCENT,
                                 leading=1.1)
        self.theme = TextStyle(Face.BOLD, max_size=10.5 * k, min_size=10.5 * k, leading=1.15)
        self.head = TextStyle(Face.BOLD, max_size=8 * k, min_size=8 * k, color=ACCENT,
                              wrap=False)
        self.number = TextStyle(Face.BOLD, max_size=10 * k, min_size=10 * k, wrap=False)
        self.name = TextStyle(Face.BOLD, max_size=9.5 * k, min_size=9.5 * k, leading=1.15)
        self.body = TextStyle(max_size=8.5 * k, min_size=8.5 * k, leading=1.15, color=MUTED)


def _title(flow: Flow, event: Event, styles: _Styles, text: dict[str, str]) -> None:
    info, venue = event.info, event.venue
    flow.text(text["directory"], styles.title, lines=2)
    flow.space(2 * mm)
    flow.text(clean(info.name), styles.lead, lines=2)
    for line in (SEPARATOR.join(clean(p) for p in (info.title, info.motto) if clean(p)),
                 SEPARATOR.join(p for p in (info.date_text(), clean(info.marketplace), ", ".join(
                     clean(p) for p in (venue.name, venue.city) if clean(p))) if p)):
        if line:
            flow.text(line, styles.sub, lines=3)
    flow.space(4 * mm)


def _plans(flow: Flow, event: Event, pairs: Sequence[Pair], *, k: float, lang: str,
           styles: _Styles) -> None:
    """The level(s) with the listed booths, each as wide as the page allows."""
    listed = {booth.level for booth, _ in pairs}
    for level in event.venue.levels:
        if level.name not in listed:
            continue
        bounds = level.bounds()
        plan_h = min(flow.width * bounds.depth / bounds.width + 14 * k * mm, 110 * k * mm)
        flow.text(level.name, styles.theme, lines=1, keep=plan_h)
        flow.block(plan_h, lambda canvas, top, name=level.name, h=plan_h: draw_plan(
            canvas, event, level=name, box=(flow.left, top - h, flow.width, h), lang=lang,
            reading_distance=READING, max_label=14 * k))
        flow.space(4 * mm)


def _number_cell(k: float, styles: _Styles, booth: Booth, x: float = 0.0) -> Cell:
    return Cell(x=x, width=16 * k * mm, texts=((booth.number, styles.number),), max_lines=1)


def _name_cell(x: float, width: float, stand: Stand, styles: _Styles, note: str = "") -> Cell:
    organisation = clean(stand.organisation)
    if organisation.casefold() == clean(stand.name).casefold():
        organisation = ""
    texts = ((clean(stand.name), styles.name), (organisation, styles.body))
    return Cell(x=x, width=width, texts=(*texts, (note, styles.body)) if note else texts)


def _sharing(pairs: Sequence[Pair], text: dict[str, str]) -> dict[int, str]:
    """Per stand on a shared booth: "geteilt mit …", naming the others by their short
    names, in their order along the front (public names only)."""
    names = {stand.id: short_name(stand.name) for _, stand in pairs}
    notes = {}
    for booth, stand in pairs:
        others = [names[i] for i in booth.stand_ids if i != stand.id and i in names]
        if booth.shared and others and stand.id is not None:
            notes[stand.id] = text["shared_with"].format(names=", ".join(others))
    return notes


def _by_number(flow: Flow, pairs: Sequence[Pair], styles: _Styles, text: dict[str, str],
               k: float) -> None:
    flow.space(2 * mm)
    flow.text(text["by_number"], styles.heading, lines=1, keep=30 * k * mm)
    wide = flow.width - 18 * k * mm
    name_w, theme_x = wide * 0.64, 18 * k * mm + wide * 0.67
    flow.head = (Cell(0, 16 * k * mm, ((text["booth"], styles.head),), max_lines=1),
                 Cell(18 * k * mm, name_w, ((text["stand"], styles.head),), max_lines=1),
                 Cell(theme_x, flow.width - theme_x, ((text["theme"], styles.head),),
                      max_lines=1))
    flow.row(flow.head, rule=True, heavy=True)
    notes = _sharing(pairs, text)
    # A shared booth's stands follow each other in their order along its front.
    for booth, stand in sorted(pairs, key=lambda pair: (natural_key(pair[0].number),
                                                        _place(pair))):
        flow.row((_number_cell(k, styles, booth),
                  _name_cell(18 * k * mm, name_w, stand, styles,
                             notes.get(stand.id, "") if stand.id is not None else ""),
                  Cell(theme_x, flow.width - theme_x, ((clean(stand.theme), styles.body),))))
    flow.head = None


def _place(pair: Pair) -> int:
    booth, stand = pair
    return booth.stand_ids.index(stand.id) if stand.id in booth.stand_ids else 0


def _alphabetical(flow: Flow, pairs: Sequence[Pair], styles: _Styles, text: dict[str, str],
                  k: float) -> None:
    flow.space(8 * k * mm)
    flow.text(text["by_name"], styles.heading, lines=1, keep=30 * k * mm)
    _name_list(flow, sorted(pairs, key=lambda pair: sort_key(clean(pair[1].name))), styles, k)


def _name_list(flow: Flow, pairs: Sequence[Pair], styles: _Styles, k: float) -> None:
    number_w = 16 * k * mm
    for booth, stand in pairs:
        flow.row((_name_cell(0, flow.width - number_w - 3 * k * mm, stand, styles),
                  Cell(flow.width - number_w, number_w, ((booth.number, styles.number),),
                       align="right", max_lines=1)))


def _by_theme(flow: Flow, pairs: Sequence[Pair], styles: _Styles, text: dict[str, str],
              k: float) -> None:
    themes: dict[str, list[Pair]] = {}
    for pair in pairs:
        themes.setdefault(clean(pair[1].theme), []).append(pair)
    flow.space(8 * k * mm)
    flow.text(text["by_theme"], styles.heading, lines=1, keep=30 * k * mm)
    # Named themes alphabetically, stands without one last.
    for theme in sorted(themes, key=lambda name: (not name, sort_key(name))):
        flow.space(3 * mm)
        flow.text(theme or text["no_theme"], styles.theme, lines=3, keep=14 * k * mm)
        _name_list(flow, sorted(themes[theme], key=lambda pair: sort_key(clean(pair[1].name))),
                   styles, k)
