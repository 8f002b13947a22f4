"""The exhibitor pack: one A4 PDF per stand, its booth on the plan, times, needs, contacts."""

# A staff piece sent to one exhibitor: it may carry the event's on-site contact and the
# exhibitor's own contact data for checking, but never the organisers' internal notes.

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from boothmanager.domain import Amenity, Booth, Event, ExitKind, Point, Stand
from boothmanager.domain.shares import front_length, share_frontages, share_rects
from boothmanager.signage.content import SEPARATOR, short_name, stands_on
from boothmanager.signage.document import PrintCancelled, UnsuitableOutput, pdf_canvas
from boothmanager.signage.fonts import Face
from boothmanager.signage.layout import ACCENT, HAIRLINE, INK, MUTED, TextStyle
from boothmanager.signage.legibility import UnsupportedPaper
from boothmanager.signage.paper import Orientation, Paper
from boothmanager.signage.plan_drawing import Arrow, draw_plan
from boothmanager.signage.render import draw_text
from boothmanager.signage.text import clean
from boothmanager.signage.wording import AMENITIES, BOOTH_TYPES, moment, number, words

Pair = tuple[Booth, Stand]
WIDTH, HEIGHT, MARGIN = 210, 297, 16  # mm, A4 portrait
_UNSAFE = re.compile(r"[^\w.-]+")
MAX_NAME = 40  # characters of a stand's name in a file name


def pack_name(booth: Booth, lang: str, stand: Stand | None = None) -> str:
    """The file name of a booth's pack: "Ausstellerinformation-S12.pdf"; on a shared booth
    with the stand's short name too: "Ausstellerinformation-S1-IKOE.pdf"."""
    number = _UNSAFE.sub("_", booth.number).strip("._") or "booth"
    if booth.shared and stand is not None:
        own = _UNSAFE.sub("_", short_name(stand.name)).strip("._")[:MAX_NAME]
        number = f"{number}-{own}" if own else number
    return f"{words(lang)['pack'].split()[0]}-{number}.pdf"


def write_packs(event: Event, pairs: Sequence[Pair], folder: Path | str, *,
                paper: Paper = Paper.A4, orientation: Orientation | None = None,
                lang: str = "de", contact: str = "",
                progress: Callable[[int, int], bool] | None = None) -> list[Path]:
    """Write one pack per (booth, stand) into `folder` (made if its parent exists); the files.

    All packs are drawn in a scratch folder first and moved in at the end, so a failure or
    a cancel (`progress(done, total)` returning False) leaves the folder as it was.
    """
    if paper is not Paper.A4 or orientation not in (None, Orientation.PORTRAIT):
        raise UnsupportedPaper(piece="exhibitor pack", paper=paper,
                               orientation=orientation or Orientation.PORTRAIT,
                               reason="it is an A4 portrait letter")
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise UnsuitableOutput(folder, "is a file; the packs go into a folder")
    if not folder.parent.is_dir():
        raise UnsuitableOutput(folder, "the folder it would be made in does not exist")
    names = _names(pairs, lang)
    for name in names:
        target = folder / name
        if target.exists() and (target.is_dir() or target.read_bytes()[:4] != b"%PDF"):
            raise UnsuitableOutput(target, "exists and is not a PDF; it was not replaced")
    folder.mkdir(exist_ok=True)
    scratch = Path(tempfile.mkdtemp(dir=folder, prefix=".packs-"))
    try:
        for done, ((booth, stand), name) in enumerate(zip(pairs, names, strict=True)):
            if progress is not None and not progress(done, len(pairs)):
                raise PrintCancelled
            title = f"{words(lang)['pack']} {booth.number} – {event.info.name}".strip(" –")
            with pdf_canvas(scratch / name, width=WIDTH, height=HEIGHT, title=title) as canvas:
                _page(canvas, event, booth, stand, lang=lang, contact=contact)
                canvas.showPage()
        written = []
        for name in names:
            os.replace(scratch / name, folder / name)
            written.append(folder / name)
        if progress is not None:
            progress(len(pairs), len(pairs))
        return written
    finally:
        with contextlib.suppress(OSError):
            shutil.rmtree(scratch)


def _names(pairs: Sequence[Pair], lang: str) -> list[str]:
    """One file name per stand; names that differ only in unsafe characters get a
    counter, so no pack overwrites another."""
    seen: dict[str, int] = {}
    names = []
    for booth, stand in pairs:
        name = pack_name(booth, lang, stand)
        count = seen.get(name.casefold(), 0)
        seen[name.casefold()] = count + 1
        names.append(name if not count else name.replace(".pdf", f"-{count + 1}.pdf"))
    return names


def _way(event: Event, booth: Booth, stand: Stand | None = None) -> list[Arrow]:
    """An arrow from the main entrance of the booth's level to the booth (on a shared booth:
    to the stand's strip), if the level has a main entrance."""
    level = event.venue.level(booth.level)
    entrance = next((e for e in level.exits if e.kind is ExitKind.MAIN_ENTRANCE), None)
    if entrance is None:
        return []
    start = Point((entrance.start.x + entrance.end.x) // 2,
                  (entrance.start.y + entrance.end.y) // 2)
    rect = booth.rect
    if booth.shared and stand is not None and stand.id in booth.stand_ids:
        strip = share_rects(booth)[booth.stand_ids.index(stand.id)]
        if not booth.rotation:  # a turned booth's strip: its centre is near enough
            rect = strip
    end = Point(rect.x + rect.width // 2, rect.y + rect.depth // 2)
    return [Arrow(start, end)]


def _page(canvas: Canvas, event: Event, booth: Booth, stand: Stand, *, lang: str,
          contact: str) -> None:
    text = words(lang)
    left, inner = MARGIN * mm, (WIDTH - 2 * MARGIN) * mm
    top = (HEIGHT - MARGIN) * mm
    small = TextStyle(max_size=9, min_size=9, wrap=False, color=MUTED)
    draw_text(canvas, f"{clean(event.info.name)}{SEPARATOR}{event.info.date_text()}".strip(
        SEPARATOR), small, x=left, top=top, width=inner * 0.6, height=5 * mm)
    draw_text(canvas, text["pack"], TextStyle(Face.BOLD, max_size=9, min_size=9, wrap=False,
                                              color=ACCENT),
              x=left + inner * 0.6, top=top, width=inner * 0.4, height=5 * mm, align="right")
    y = top - 9 * mm
    draw_text(canvas, f"{text['booth']} {booth.number}",
              TextStyle(Face.BOLD, max_size=40, min_size=20, wrap=False, descender=False),
              x=left, top=y, width=inner, height=15 * mm)
    y -= 18 * mm
    fitted = draw_text(canvas, clean(stand.name), TextStyle(Face.BOLD, max_size=18, min_size=12,
                                                            leading=1.15),
                       x=left, top=y, width=inner, height=16 * mm)
    y -= fitted.height + 1.5 * mm
    organisation = clean(stand.organisation)
    if organisation and organisation.casefold() != clean(stand.name).casefold():
        fitted = draw_text(canvas, organisation, TextStyle(max_size=11, min_size=9,
                                                           color=MUTED), x=left, top=y,
                           width=inner, height=10 * mm)
        y -= fitted.height
    y -= 4 * mm
    plan_h = 98 * mm
    if booth.shared:  # the plan gives up the room the sharing takes
        fitted = draw_text(canvas, _sharing(event, booth, stand, text), TextStyle(
            Face.BOLD, max_size=11, min_size=9, leading=1.2, color=ACCENT), x=left, top=y,
            width=inner, height=10 * mm)
        y -= fitted.height + 3 * mm
        plan_h -= fitted.height + 3 * mm
    way = _way(event, booth, stand)
    draw_plan(canvas, event, level=booth.level, box=(left, y - plan_h, inner, plan_h),
              highlight=set() if booth.shared else {booth.number},
              highlight_stands={stand.id} if booth.shared and stand.id is not None else set(),
              marks=way, lang=lang, names=False, reading_distance=400, max_label=14)
    _frame(canvas, left, y - plan_h, inner, plan_h)
    draw_text(canvas, f"{text['your_booth']}: {booth.number}{SEPARATOR}{booth.level}"
              + (f"{SEPARATOR}{text['way']}: {text['arrow']}" if way else ""),
              TextStyle(max_size=8.5, min_size=8, color=MUTED), x=left, top=y - plan_h - 1 * mm,
              width=inner, height=5 * mm)
    y -= plan_h + 9 * mm
    column = (inner - 8 * mm) / 2
    _facts(canvas, booth, stand, text, lang, x=left, top=y, width=column)
    _needs(canvas, booth, stand, text, lang, x=left + column + 8 * mm, top=y, width=column)
    _contacts(canvas, stand, text, contact, x=left, top=58 * mm, width=inner)


def _sharing(event: Event, booth: Booth, stand: Stand, text: dict[str, str]) -> str:
    """"Sie teilen sich Stand S1 mit …": the other stands by name, along the front."""
    others = [clean(other.name) for other in stands_on(event, booth) if other.id != stand.id]
    listed = (f"{', '.join(others[:-1])} {text['and']} {others[-1]}" if len(others) > 1
              else "".join(others))
    return text["shared_booth"].format(booth=booth.number, names=listed)


def _frame(canvas: Canvas, x: float, y: float, w: float, h: float) -> None:
    canvas.saveState()
    canvas.setStrokeColor(HexColor(HAIRLINE))
    canvas.setLineWidth(0.5)
    canvas.rect(x, y, w, h, stroke=1, fill=0)
    canvas.restoreState()


HEAD = TextStyle(Face.BOLD, max_size=11, min_size=11, color=ACCENT, wrap=False)
BODY = TextStyle(max_size=10, min_size=10, leading=1.25, color=INK)


def _lines(canvas: Canvas, lines: Sequence[str], *, x: float, top: float, width: float) -> float:
    for line in lines:
        fitted = draw_text(canvas, line, BODY, x=x, top=top, width=width, height=12 * mm)
        top -= fitted.height + 2 * mm
    return top


def _facts(canvas: Canvas, booth: Booth, stand: Stand, text: dict[str, str], lang: str, *,
           x: float, top: float, width: float) -> None:
    draw_text(canvas, text["booth_facts"], HEAD, x=x, top=top, width=width, height=6 * mm)
    size = text["size"].format(width=number(booth.rect.width / 1000, lang),
                               depth=number(booth.rect.depth / 1000, lang))
    facts = [f"{booth.number}{SEPARATOR}{booth.level}",
             f"{size}{SEPARATOR}{BOOTH_TYPES[lang][booth.type]}"]
    if booth.shared and stand.id in booth.stand_ids:
        part = share_frontages(booth)[booth.stand_ids.index(stand.id)]
        facts.append(text["your_part"].format(metres=number(part / 1000, lang),
                                              front=number(front_length(booth) / 1000, lang)))
    top = _lines(canvas, facts, x=x, top=top - 7 * mm, width=width)
    top -= 3 * mm
    draw_text(canvas, text["times"], HEAD, x=x, top=top, width=width, height=6 * mm)
    when = [f"{text['setup']}: {moment(stand.setup_at, lang) if stand.setup_at else text['open']}",
            f"{text['teardown']}: "
            f"{moment(stand.teardown_at, lang) if stand.teardown_at else text['open']}"]
    _lines(canvas, when, x=x, top=top - 7 * mm, width=width)


def _needs(canvas: Canvas, booth: Booth, stand: Stand, text: dict[str, str], lang: str, *,
           x: float, top: float, width: float) -> None:
    draw_text(canvas, text["needs"], HEAD, x=x, top=top, width=width, height=6 * mm)
    items = [AMENITIES[lang][need] for need in Amenity if need in stand.needs]
    if stand.table_length_mm:
        items.append(text["table_length"].format(
            metres=number(stand.table_length_mm / 1000, lang)))
    if stand.staff_count:
        items.append(text["staff"].format(count=stand.staff_count))
    if stand.min_area_mm2:
        items.append(text["area"].format(area=number(stand.min_area_mm2 / 1e6, lang, 1)))
    top -= 7 * mm
    if not items:
        _lines(canvas, [text["no_needs"]], x=x, top=top, width=width)
        return
    box = 3.4 * mm
    for item in items:
        canvas.saveState()
        canvas.setStrokeColor(HexColor(INK))
        canvas.setLineWidth(0.7)
        canvas.rect(x, top - box - 0.4 * mm, box, box, stroke=1, fill=0)
        canvas.restoreState()
        fitted = draw_text(canvas, item, BODY, x=x + box + 2.5 * mm, top=top,
                           width=width - box - 2.5 * mm, height=12 * mm)
        top -= fitted.height + 2.2 * mm


def _contacts(canvas: Canvas, stand: Stand, text: dict[str, str], contact: str, *, x: float,
              top: float, width: float) -> None:
    canvas.saveState()
    canvas.setStrokeColor(HexColor(HAIRLINE))
    canvas.setLineWidth(0.5)
    canvas.line(x, top + 3 * mm, x + width, top + 3 * mm)
    canvas.restoreState()
    column = (width - 8 * mm) / 2
    draw_text(canvas, text["call"], HEAD, x=x, top=top, width=column, height=6 * mm)
    if clean(contact):
        draw_text(canvas, clean(contact), TextStyle(Face.BOLD, max_size=12, min_size=10,
                                                    leading=1.25),
                  x=x, top=top - 7 * mm, width=column, height=30 * mm)
    else:  # the event has no on-site contact on file: a line to fill in by hand
        draw_text(canvas, text["call_blank"], BODY, x=x, top=top - 7 * mm, width=column,
                  height=6 * mm)
        canvas.saveState()
        canvas.setStrokeColor(HexColor(MUTED))
        canvas.setLineWidth(0.5)
        for row in (1, 2):
            canvas.line(x, top - (8 + 9 * row) * mm, x + column, top - (8 + 9 * row) * mm)
        canvas.restoreState()
    own = [part for part in (clean(stand.contact_name), clean(stand.email), clean(stand.phone))
           if part] or ([clean(stand.contact)] if clean(stand.contact) else [])
    if own:
        right = x + column + 8 * mm
        draw_text(canvas, text["your_data"], HEAD, x=right, top=top, width=column,
                  height=6 * mm)
        _lines(canvas, own, x=right, top=top - 7 * mm, width=column)
