"""The floor plan poster, A2 to A0: one level per sheet with legend, scale bar and north."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from boothmanager.domain import Event, ExitKind, Level, Point
from boothmanager.signage import plan_symbols as sym
from boothmanager.signage.content import SEPARATOR
from boothmanager.signage.document import pdf_canvas
from boothmanager.signage.fonts import Face
from boothmanager.signage.layout import ACCENT, HAIRLINE, MUTED, TextStyle
from boothmanager.signage.legibility import UnsupportedPaper
from boothmanager.signage.paper import Orientation, Paper, page_size
from boothmanager.signage.paper import scale as paper_scale
from boothmanager.signage.plan_drawing import PlanFrame, choose_level, draw_plan, inside
from boothmanager.signage.render import draw_text
from boothmanager.signage.text import clean
from boothmanager.signage.wording import number, words

POSTER_PAPERS = (Paper.A2, Paper.A1, Paper.A0)


class PointOutsideLevel(ValueError):
    """The "you are here" point lies outside the level's outline."""

    def __init__(self, level: str, point: Point) -> None:
        self.level = level
        self.point = point
        super().__init__(f"the point {point.x / 1000:g}, {point.y / 1000:g} m lies outside "
                         f"the level {level!r}")


def poster_orientation(level: Level) -> Orientation:
    """Landscape for a level wider than deep, else portrait."""
    bounds = level.bounds()
    return Orientation.LANDSCAPE if bounds.width >= bounds.depth else Orientation.PORTRAIT


def poster_levels(event: Event, level: str | None) -> list[Level]:
    """The levels the poster shows, one per sheet: the one named, else every level."""
    if level is not None:
        return [choose_level(event, level)]
    return list(event.venue.levels) or [choose_level(event, None)]


def write_poster(event: Event, out: Path | str, *, paper: Paper = Paper.A1,
                 orientation: Orientation | None = None, lang: str = "de",
                 level: str | None = None, here: Point | None = None,
                 highlight: Collection[str] = ()) -> int:
    """Write the poster to the PDF `out`; the number of sheets (one per level shown)."""
    text = words(lang)
    levels = poster_levels(event, level)
    turn = orientation or poster_orientation(levels[0])
    if paper not in POSTER_PAPERS:
        raise UnsupportedPaper(piece="floor plan poster", paper=paper, orientation=turn,
                               reason="it is made for A2 to A0")
    if here is not None:
        if len(levels) != 1:
            raise ValueError("a 'you are here' point needs the level it is on")
        if not inside(levels[0], here.x, here.y):
            raise PointOutsideLevel(levels[0].name, here)
    width, height = page_size(paper, turn)
    title = f"{text['poster']} – {event.info.name}".strip(" –")
    with pdf_canvas(out, width=width, height=height, title=title) as canvas:
        for shown in levels:
            _sheet(canvas, event, shown, paper=paper, orientation=turn, lang=lang, here=here,
                   highlight=highlight)
            canvas.showPage()
    return len(levels)


def _sheet(canvas: Canvas, event: Event, level: Level, *, paper: Paper,
           orientation: Orientation, lang: str, here: Point | None,
           highlight: Collection[str]) -> None:
    text = words(lang)
    k = paper_scale(paper, Paper.A2)
    width, height = (v * mm for v in page_size(paper, orientation))
    margin = 14 * k * mm
    inner = width - 2 * margin
    info = event.info
    top = height - margin
    draw_text(canvas, clean(info.name), TextStyle(Face.BOLD, max_size=60 * k, min_size=30 * k,
                                                  wrap=False, descender=False),
              x=margin, top=top, width=inner * 0.7, height=22 * k * mm)
    draw_text(canvas, f"{text['poster']}{SEPARATOR}{level.name}",
              TextStyle(Face.BOLD, max_size=34 * k, min_size=20 * k, wrap=False, color=ACCENT,
                        descender=False),
              x=margin + inner * 0.7, top=top, width=inner * 0.3, height=22 * k * mm,
              align="right", valign="bottom")
    subtitle = SEPARATOR.join(clean(part) for part in (info.title, info.motto) if clean(part))
    draw_text(canvas, subtitle, TextStyle(max_size=22 * k, min_size=14 * k, wrap=False,
                                          color=MUTED),
              x=margin, top=top - 25 * k * mm, width=inner, height=10 * k * mm)
    venue = event.venue
    place = SEPARATOR.join(part for part in (
        info.date_text(), ", ".join(clean(p) for p in (venue.name, venue.city) if clean(p)))
        if part)
    draw_text(canvas, place, TextStyle(max_size=22 * k, min_size=14 * k, wrap=False),
              x=margin, top=top - 36 * k * mm, width=inner, height=10 * k * mm)
    rule_y = top - 49 * k * mm
    canvas.setStrokeColor(HexColor(ACCENT))
    canvas.setLineWidth(2 * k)
    canvas.line(margin, rule_y, width - margin, rule_y)
    footer = 12 * k * mm if venue.is_estimate else 0.0
    body_top, body_bottom = rule_y - 6 * k * mm, margin + footer
    side = orientation is Orientation.LANDSCAPE
    legend_w = 92 * k * mm if side else inner
    legend_h = body_top - body_bottom if side else 62 * k * mm
    if side:
        plan_box = (margin, body_bottom, inner - legend_w - 8 * k * mm, body_top - body_bottom)
        legend_box = (width - margin - legend_w, body_bottom, legend_w, legend_h)
    else:
        plan_box = (margin, body_bottom + legend_h + 8 * k * mm, inner,
                    body_top - body_bottom - legend_h - 8 * k * mm)
        legend_box = (margin, body_bottom, inner, legend_h)
    frame = draw_plan(canvas, event, level=level.name, box=plan_box, highlight=highlight,
                      lang=lang, here=here, max_label=28 * k)
    _legend(canvas, event, frame, legend_box, k=k, lang=lang, here=here is not None,
            highlight=bool(set(highlight) & {b.number for b in event.booths
                                             if b.level == level.name}))
    if venue.is_estimate:
        draw_text(canvas, text["estimate"], TextStyle(max_size=16 * k, min_size=12 * k,
                                                      wrap=False, color=sym.KEEP_CLEAR),
                  x=margin, top=margin + footer - 2 * k * mm, width=inner,
                  height=footer - 2 * k * mm, valign="bottom")


def _entries(event: Event, level: Level, *, here: bool, highlight: bool) -> list[str]:
    booths = [b for b in event.booths if b.level == level.name]
    entries = ["stand"] if any(b.stand_id is not None for b in booths) else []
    if any(b.stand_id is None for b in booths):
        entries.append("free")
    if highlight:
        entries.append("highlight")
    if any(e.kind is not ExitKind.HALL_DOOR for e in level.exits):
        entries.append("exit")
    if any(e.kind is ExitKind.HALL_DOOR for e in level.exits):
        entries.append("door")
    if level.obstacles:
        entries.append("obstacle")
    if level.zones:
        entries.append("zone")
    if here:
        entries.append("here")
    return entries


def _legend(canvas: Canvas, event: Event, frame: PlanFrame,
            box: tuple[float, float, float, float], *, k: float, lang: str, here: bool,
            highlight: bool) -> None:
    """Legend entries in columns, then the north arrow and the scale bar."""
    text = words(lang)
    left, bottom, width, height = box
    tools_w = min(width, 80 * k * mm)  # north arrow and scale bar
    side = height > width
    entries = _entries(event, frame.level, here=here, highlight=highlight)
    head = TextStyle(Face.BOLD, max_size=20 * k, min_size=16 * k, wrap=False, color=ACCENT,
                     descender=False)
    top = bottom + height
    draw_text(canvas, text["legend"], head, x=left, top=top, width=width, height=9 * k * mm)
    row, swatch = 11 * k * mm, 8 * k * mm
    entry_top = top - 13 * k * mm
    column_w = width if side else (width - tools_w - 6 * k * mm) / 2
    rows = max(1, int((entry_top - (bottom + (60 * k * mm if side else 0))) // row))
    label = TextStyle(max_size=15 * k, min_size=12 * k, leading=1.05, descender=False)
    for index, kind in enumerate(entries):
        column, line = divmod(index, rows)
        x = left + column * column_w
        y = entry_top - line * row
        sym.swatch(canvas, kind, x, y - swatch, swatch)
        draw_text(canvas, text[f"legend_{kind}"] if kind != "here" else text["here"], label,
                  x=x + swatch + 4 * k * mm, top=y, width=column_w - swatch - 6 * k * mm,
                  height=swatch, valign="middle")
    tools_left = left if side else left + width - tools_w
    arrow_h = 24 * k * mm
    sym.north_arrow(canvas, tools_left + 10 * k * mm, bottom + 30 * k * mm, arrow_h)
    draw_text(canvas, "N", TextStyle(Face.BOLD, max_size=18 * k, min_size=18 * k, wrap=False,
                                     descender=False),
              x=tools_left, top=bottom + 30 * k * mm + arrow_h + 6 * k * mm,
              width=20 * k * mm, height=7 * k * mm, align="center")
    bar_room = tools_w - 28 * k * mm
    metres = sym.nice_length(bar_room / frame.scale)
    bar = frame.length(metres)
    bar_left = tools_left + 24 * k * mm
    sym.scale_bar(canvas, bar_left, bottom + 36 * k * mm, length=bar, height=3 * k * mm)
    small = TextStyle(max_size=13 * k, min_size=12 * k, wrap=False, descender=False)
    draw_text(canvas, "0", small, x=bar_left - 3 * k * mm, top=bottom + 47 * k * mm,
              width=6 * k * mm, height=6 * k * mm, align="center")
    draw_text(canvas, f"{number(metres / 1000, lang, 0 if metres % 1000 == 0 else 1)} m", small,
              x=bar_left + bar - 10 * k * mm, top=bottom + 47 * k * mm, width=20 * k * mm,
              height=6 * k * mm, align="center")
    draw_text(canvas, text["scale"].format(ratio=f"{frame.ratio:,}".replace(",", ".")),
              TextStyle(max_size=12 * k, min_size=11 * k, leading=1.1, color=MUTED),
              x=bar_left, top=bottom + 31 * k * mm, width=tools_w - 24 * k * mm,
              height=14 * k * mm)
    canvas.setStrokeColor(HexColor(HAIRLINE))
