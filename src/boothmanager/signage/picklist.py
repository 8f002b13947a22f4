"""The set-up pick list for venue staff: per booth what to bring and set up, with totals."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from boothmanager.domain import Amenity, Booth, Event, Stand
from boothmanager.domain.event import natural_key
from boothmanager.signage.content import SEPARATOR
from boothmanager.signage.document import pdf_canvas
from boothmanager.signage.flow import Cell, Flow
from boothmanager.signage.fonts import Face
from boothmanager.signage.layout import ACCENT, HAIRLINE, MUTED, TextStyle
from boothmanager.signage.legibility import UnsupportedPaper
from boothmanager.signage.paper import Orientation, Paper, page_size
from boothmanager.signage.render import draw_text
from boothmanager.signage.text import clean
from boothmanager.signage.wording import AMENITIES, number, words

TABLE_MM = 1_800  # [E] one standard conference table, 1.80 m long
CHAIRS = 2  # [E] chairs for a stand that names no staff count
COUNTED = (Amenity.TABLE, Amenity.POWER, Amenity.PINBOARD)


@dataclass(frozen=True, slots=True)
class Pick:
    """What one booth gets: counts of tables, chairs, power points, pinboards, the rest;
    `stands` are all stands on it (a shared booth's along its front)."""

    booth: Booth
    stands: tuple[Stand, ...]
    tables: int
    chairs: int
    power: int
    pinboards: int
    other: tuple[Amenity, ...]

    @property
    def stand(self) -> Stand | None:
        """The first stand on the booth, or None for a free one."""
        return self.stands[0] if self.stands else None


def pick(booth: Booth, *stands: Stand | None) -> Pick:
    """The booth's furnishing and its stands' needs, counted (assumptions: TABLE_MM, CHAIRS).

    Stands sharing a booth share its table: tables for their table lengths together (at
    least the booth's one); chairs for each; a power point or pinboard for each stand that
    needs one (at least the booth's own).
    """
    on = tuple(stand for stand in stands if stand is not None)
    wanted = set(booth.amenities).union(*(stand.needs for stand in on))
    length = sum(stand.table_length_mm or 0 for stand in on)
    tables = math.ceil(length / TABLE_MM) if length else int(Amenity.TABLE in wanted)
    if length and any(not stand.table_length_mm and Amenity.TABLE in stand.needs
                      for stand in on):
        tables += 1  # a stand that asks for a table but names no length: one of its own
    chairs = sum(stand.staff_count if stand.staff_count is not None else CHAIRS for stand in on)

    def each(amenity: Amenity) -> int:
        return max(int(amenity in booth.amenities),
                   sum(amenity in stand.needs for stand in on))

    return Pick(booth=booth, stands=on, tables=tables, chairs=chairs, power=each(Amenity.POWER),
                pinboards=each(Amenity.PINBOARD),
                other=tuple(a for a in Amenity if a in wanted and a not in COUNTED))


def picks(event: Event, booths: Sequence[str] | None = None) -> list[Pick]:
    """Every booth with something to set up or a stand on it, in booth order."""
    stands = {stand.id: stand for stand in event.stands}
    chosen = None if booths is None else set(booths)
    found = []
    for booth in sorted(event.booths, key=lambda b: natural_key(b.number)):
        if chosen is not None and booth.number not in chosen:
            continue
        item = pick(booth, *(stands.get(stand_id) for stand_id in booth.stand_ids))
        if item.stands or item.tables or item.power or item.pinboards or item.other:
            found.append(item)
    return found


def write_picklist(event: Event, items: Sequence[Pick], out: Path | str, *,
                   paper: Paper = Paper.A4, orientation: Orientation | None = None,
                   lang: str = "de") -> int:
    """Write the pick list of `items` to the PDF `out`; the number of pages."""
    text = words(lang)
    if paper not in (Paper.A4, Paper.A3):
        raise UnsupportedPaper(piece="pick list", paper=paper,
                               orientation=orientation or Orientation.PORTRAIT,
                               reason="it is printed on A4 or A3")
    turn = orientation or Orientation.PORTRAIT
    width, height = (v * mm for v in page_size(paper, turn))
    margin = 14 * mm
    flow = Flow(left=margin, top=height - margin - 6 * mm, width=width - 2 * margin,
                bottom=margin + 8 * mm)
    head = TextStyle(Face.BOLD, max_size=8.5, min_size=6.5, color=ACCENT, wrap=False)
    body = TextStyle(max_size=9.5, min_size=9.5, leading=1.15)
    strong = TextStyle(Face.BOLD, max_size=10, min_size=10, wrap=False)
    muted = TextStyle(max_size=8.5, min_size=8.5, leading=1.15, color=MUTED)
    info = event.info
    flow.text(f"{text['picklist']}{SEPARATOR}{clean(info.name)}",
              TextStyle(Face.BOLD, max_size=18, min_size=18, color=ACCENT), lines=2)
    flow.text(SEPARATOR.join(p for p in (info.date_text(), clean(event.venue.name)) if p), muted,
              lines=2)
    flow.space(4 * mm)
    w = flow.width
    counts = 15 * mm  # one column per count
    check = 9 * mm
    name_w = w - 16 * mm - 4 * counts - 30 * mm - check - 6 * mm
    xs = [0.0, 16 * mm, 16 * mm + name_w + 2 * mm]
    xs += [xs[-1] + i * counts for i in range(1, 4)]
    other_x = xs[-1] + counts + 1 * mm
    check_x = w - check

    def row(cells: Sequence[tuple[str, TextStyle]], other: str, done: str,
            style: TextStyle, *, tick: bool = False,
            names: Sequence[tuple[str, TextStyle]] = ()) -> tuple[Cell, ...]:
        """A row; `names` (a shared booth's stands, one text each) replace the name cell."""
        number_cell, name_cell, *figures = cells
        return (Cell(xs[0], 15 * mm, (number_cell,), max_lines=1),
                Cell(xs[1], name_w, tuple(names) or (name_cell,), max_lines=2),
                *(Cell(xs[2 + i], counts - 1 * mm, (figure,), align="right", max_lines=1)
                  for i, figure in enumerate(figures)),
                Cell(other_x, check_x - other_x - 2 * mm, ((other, muted),), max_lines=2),
                Cell(check_x, check, ((done, style),), align="center", max_lines=1,
                     checkbox=3.6 * mm if tick else 0.0))

    flow.head = row([(text["booth"], head), (text["stand"], head), (text["tables"], head),
                     (text["chairs"], head), (text["power"], head), (text["pinboards"], head)],
                    text["other"], text["done"], head)
    flow.row(flow.head, heavy=True)
    for item in items:
        name = clean(item.stand.name) if item.stand else text["free"]
        figures = [(str(v) if v else "–", strong)
                   for v in (item.tables, item.chairs, item.power, item.pinboards)]
        cells = row([(item.booth.number, strong), (name, body), *figures],
                    ", ".join(AMENITIES[lang][a] for a in item.other), "", strong, tick=True,
                    names=[(clean(stand.name), body) for stand in item.stands]
                    if len(item.stands) > 1 else ())
        flow.row(cells)
    flow.head = None
    totals = [sum(i.tables for i in items), sum(i.chairs for i in items),
              sum(i.power for i in items), sum(i.pinboards for i in items)]
    others = {a: sum(a in i.other for i in items) for a in Amenity if a not in COUNTED}
    flow.row(row([("", strong), (f"{text['total']} ({len(items)})", strong),
                  *((str(v), strong) for v in totals)],
                 ", ".join(f"{n}× {AMENITIES[lang][a]}" for a, n in others.items() if n), "",
                 strong), heavy=True)
    flow.space(3 * mm)
    flow.text(text["assumptions"].format(table=number(TABLE_MM / 1000, lang, 1), chairs=CHAIRS),
              muted, lines=3)
    title = f"{text['picklist']} – {info.name}".strip(" –")

    def decorate(canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setStrokeColor(HexColor(HAIRLINE))
        canvas.setLineWidth(0.5)
        canvas.line(margin, margin + 6 * mm, width - margin, margin + 6 * mm)
        canvas.restoreState()
        draw_text(canvas, text["page"].format(page=page, pages=pages), muted, x=margin,
                  top=margin + 5 * mm, width=width - 2 * margin, height=5 * mm, align="right")

    with pdf_canvas(out, width=width / mm, height=height / mm, title=title) as canvas:
        return flow.render(canvas, decorate)
