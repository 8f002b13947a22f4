"""The printed pieces of an event: which booths, which layout, which sheets, in one PDF."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from boothmanager.domain import Booth, BoothNotAssigned, Event, Point, Stand, UnknownBooth
from boothmanager.domain.event import natural_key
from boothmanager.signage.content import (
    booth_fields,
    event_fields,
    labels,
    poster_fields,
    sign_fields,
)
from boothmanager.signage.designs import booth_sign, door_poster, fascia, table_tent
from boothmanager.signage.document import NothingToPrint, Sheet, write_pdf
from boothmanager.signage.glyphs import MissingGlyphs, check_glyphs, public_texts
from boothmanager.signage.layout import SignLayout
from boothmanager.signage.logos import logo_key, read_logos
from boothmanager.signage.paper import Orientation, Paper
from boothmanager.signage.share_cells import share_key


class Piece(StrEnum):
    """The printed pieces, by the name the command line gives them."""

    SIGNS = "signs"
    TENTS = "tents"
    FASCIA = "fascia"
    DOOR = "door"
    POSTER = "poster"
    DIRECTORY = "directory"
    PACKS = "packs"
    PICKLIST = "picklist"


# Pieces drawn from a sheet layout (one renderer), and those drawn around the plan.
SHEET_PIECES = (Piece.SIGNS, Piece.TENTS, Piece.FASCIA, Piece.DOOR)
LOGO_PIECES = (Piece.SIGNS, Piece.TENTS)  # the pieces with a place for a stand's logo
PLAN_PIECES = (Piece.POSTER, Piece.DIRECTORY, Piece.PACKS, Piece.PICKLIST)
PUBLIC_PIECES = (*SHEET_PIECES, Piece.POSTER, Piece.DIRECTORY)  # never any private data


DESIGNS = {Piece.SIGNS: booth_sign, Piece.TENTS: table_tent, Piece.FASCIA: fascia,
           Piece.DOOR: door_poster}
DEFAULT_PAPER = {Piece.SIGNS: (Paper.A4, Orientation.LANDSCAPE),
                 Piece.TENTS: (Paper.A4, Orientation.PORTRAIT),
                 Piece.FASCIA: (Paper.A3, Orientation.LANDSCAPE),
                 Piece.DOOR: (Paper.A3, Orientation.PORTRAIT),
                 Piece.POSTER: (Paper.A1, None),  # orientation: that of the level
                 Piece.DIRECTORY: (Paper.A5, Orientation.PORTRAIT),
                 Piece.PACKS: (Paper.A4, Orientation.PORTRAIT),
                 Piece.PICKLIST: (Paper.A4, Orientation.PORTRAIT)}
# The papers a piece is offered on (the sheet pieces: any, if legible).
PAPERS = {Piece.POSTER: (Paper.A2, Paper.A1, Paper.A0),
          Piece.DIRECTORY: (Paper.A5, Paper.A4), Piece.PACKS: (Paper.A4,),
          Piece.PICKLIST: (Paper.A4, Paper.A3)}
# What a piece calls one of its items, in messages and titles.
NOUNS = {Piece.SIGNS: ("booth sign", "booth signs"), Piece.TENTS: ("table tent", "table tents"),
         Piece.FASCIA: ("fascia strip", "fascia strips"),
         Piece.DOOR: ("door poster page", "door poster pages"),
         Piece.POSTER: ("floor plan poster", "floor plan posters"),
         Piece.DIRECTORY: ("directory entry", "directory entries"),
         Piece.PACKS: ("exhibitor pack", "exhibitor packs"),
         Piece.PICKLIST: ("pick list row", "pick list rows")}
TITLES = {"de": {Piece.SIGNS: "Standschilder", Piece.TENTS: "Tischaufsteller",
                 Piece.FASCIA: "Blenden", Piece.DOOR: "Türplakat"},
          "en": {Piece.SIGNS: "Booth signs", Piece.TENTS: "Table tents",
                 Piece.FASCIA: "Fascia strips", Piece.DOOR: "Door poster"}}


@dataclass(frozen=True, slots=True)
class Printed:
    """What was written: sheets in the PDF and the booths on them."""

    pages: int
    booths: int
    files: tuple[Path, ...] = ()  # packs: one PDF per stand


def layout_for(piece: Piece, paper: Paper | None = None,
               orientation: Orientation | None = None) -> SignLayout:
    """The piece's layout on `paper` (default: the piece's own); IllegibleLayout or
    UnsupportedPaper if the piece cannot be made on it."""
    default_paper, default_orientation = DEFAULT_PAPER[piece]
    return DESIGNS[piece](paper or default_paper, orientation or default_orientation)


def chosen(event: Event, booths: Sequence[str] | None = None) -> list[tuple[Booth, Stand]]:
    """The assigned booths to print, in booth order: all, or those numbered in `booths`
    (UnknownBooth for a number the event lacks, BoothNotAssigned for a free booth)."""
    if booths is None:
        return event.assigned()
    wanted = set()
    for number in booths:
        try:
            booth = event.booth(number)
        except KeyError:
            raise UnknownBooth(number=number) from None
        if booth.stand_id is None:
            raise BoothNotAssigned(number=number)
        wanted.add(booth.number)
    # Only the wanted booths are sorted (as Event.assigned sorts them all): printing one
    # booth at a time no longer sorts the whole event for each. A shared booth comes once
    # per stand, in their order along its front (the sort is stable).
    by_id = {stand.id: stand for stand in event.stands}
    pairs = [(booth, by_id[stand_id]) for booth in event.booths if booth.number in wanted
             for stand_id in booth.stand_ids if stand_id in by_id]
    return sorted(pairs, key=lambda pair: natural_key(pair[0].number))


def by_booth(pairs: Sequence[tuple[Booth, Stand]]) -> list[tuple[Booth, list[Stand]]]:
    """The pairs as booths with their stands (a shared booth once), in the pairs' order."""
    found: dict[str, tuple[Booth, list[Stand]]] = {}
    for booth, stand in pairs:
        found.setdefault(booth.number, (booth, []))[1].append(stand)
    return list(found.values())


def _chunks(items: Sequence[dict[str, str]], size: int) -> Iterator[Sequence[dict[str, str]]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def sheets(layout: SignLayout, event: Event, pairs: Sequence[tuple[Booth, Stand]],
           lang: str, logos: Collection[str] = ()) -> list[Sheet]:
    """The page fields and records of every sheet of the piece; a stand whose logo is
    among `logos` (by logo_key) gets its `logo` field."""
    if layout.shows_shares():  # the booth once, its stands side by side
        records = [booth_fields(event, booth, stands, lang) for booth, stands in by_booth(pairs)]
        for record, (_, stands) in zip(records, by_booth(pairs), strict=True):
            keys = [logo_key(stand.id) if stand.id is not None else "" for stand in stands]
            if keys[0] in logos:
                record["logo"] = keys[0]
            if len(stands) > 1:
                record.update({share_key("logo", i): key for i, key in enumerate(keys)
                               if key in logos})
    else:  # one record per stand: a shared booth's stands each get their own
        records = [sign_fields(event, booth, stand, lang) for booth, stand in pairs]
        for record, (_, stand) in zip(records, pairs, strict=True):
            if stand.id is not None and logo_key(stand.id) in logos:
                record["logo"] = logo_key(stand.id)
    if layout.row_lists():  # a list of stands, as many sheets as it takes
        capacity = min(rows.capacity for rows in layout.row_lists())
        chunks = list(_chunks(records, capacity))
        return [(poster_fields(event, page=n, pages=len(chunks), lang=lang), chunk)
                for n, chunk in enumerate(chunks, start=1)]
    if layout.slots():  # several booths on one sheet
        return [(event_fields(event, lang), chunk) for chunk in _chunks(records, layout.slots())]
    return [(record, ()) for record in records]


def print_piece(piece: Piece | str, event: Event, out: Path | str, *,
                paper: Paper | str | None = None, orientation: Orientation | str | None = None,
                lang: str = "de", booths: Sequence[str] | None = None,
                level: str | None = None, here: Point | None = None, contact: str = "",
                logos: Mapping[int, bytes] | None = None,
                progress: Callable[[int, int], bool] | None = None) -> Printed:
    """Write `piece` for the event's assigned booths (or those in `booths`) to the PDF `out`
    (for packs: into the folder `out`, one PDF per stand).

    Refused before anything is written: IllegibleLayout or UnsupportedPaper for a paper the
    piece cannot use, UnknownBooth or BoothNotAssigned for a booth in `booths`,
    NothingToPrint when no booth has a stand, UnsuitableOutput for an `out` that is no PDF.
    The poster shows every booth and highlights those in `booths`; `level` and `here` (a
    point in mm on that level) are the poster's; `contact` (whom to call on site) the packs'.
    `logos` (stand id → image bytes, read by the caller) are drawn on the pieces that show
    them (signs, tents); BrokenLogo for one that is no image. `progress(done, total)` is told
    how far the sheets (or packs) are and cancels by returning False: PrintCancelled, and
    nothing is written.
    """
    piece = Piece(piece)
    labels(lang)  # an unknown language fails here, not half-way through
    paper = Paper(paper) if paper else None
    orientation = Orientation(orientation) if orientation else None
    if piece in PLAN_PIECES:
        return _print_planned(piece, event, Path(out), paper=paper, orientation=orientation,
                              lang=lang, booths=booths, level=level, here=here,
                              contact=contact, progress=progress)
    layout = layout_for(piece, paper, orientation)
    pairs = chosen(event, booths)
    if not pairs:
        raise NothingToPrint(event.info.name, NOUNS[piece][1])
    _check_glyphs(public_texts(event, pairs))
    images = read_logos(pairs, logos) if logos and piece in LOGO_PIECES else {}
    title = f"{TITLES[lang][piece]} – {event.info.name}".strip(" –")
    pages = write_pdf(out, layout, sheets(layout, event, pairs, lang, images), title=title,
                      images=images, progress=progress)
    items = len(by_booth(pairs)) if layout.shows_shares() else len(pairs)
    return Printed(pages=pages, booths=items)


def _check_glyphs(texts: Sequence[str]) -> None:
    """check_glyphs, asked about each character once (a thousand stands share most of
    them); only if one is missing are the texts gone through to name where it is."""
    try:
        check_glyphs(set().union(*texts))
    except MissingGlyphs:
        check_glyphs(texts)
        raise


def _print_planned(piece: Piece, event: Event, out: Path, *, paper: Paper | None,
                   orientation: Orientation | None, lang: str, booths: Sequence[str] | None,
                   level: str | None, here: Point | None, contact: str,
                   progress: Callable[[int, int], bool] | None) -> Printed:
    """The pieces drawn around the plan (their modules load only when asked for)."""
    paper = paper or DEFAULT_PAPER[piece][0]
    pairs = chosen(event, booths)
    if piece is Piece.PICKLIST:
        from boothmanager.signage.picklist import picks, write_picklist

        items = picks(event, [booth.number for booth, _ in pairs] if booths else None)
        if not items:
            raise NothingToPrint(event.info.name, NOUNS[piece][1])
        check_glyphs([stand.name for item in items for stand in item.stands]
                     + [item.booth.number for item in items] + [event.info.name])
        pages = write_picklist(event, items, out, paper=paper, orientation=orientation,
                               lang=lang)
        return Printed(pages=pages, booths=len(items))
    if not pairs:
        raise NothingToPrint(event.info.name, NOUNS[piece][1])
    texts = public_texts(event, pairs) + [event.venue.name, event.venue.city]
    texts += [name for lv in event.venue.levels for name in (lv.name, *(
        o.label for o in lv.obstacles), *(e.name for e in lv.exits))]
    if piece is Piece.PACKS:
        from boothmanager.signage.pack import write_packs

        check_glyphs([*texts, contact])  # the stand's own contact: printed, so checked too
        check_glyphs(text for _, stand in pairs
                     for text in (stand.contact, stand.contact_name, stand.email, stand.phone))
        files = write_packs(event, pairs, out, paper=paper, orientation=orientation,
                            lang=lang, contact=contact, progress=progress)
        return Printed(pages=len(files), booths=len(pairs), files=tuple(files))
    check_glyphs(texts)
    if piece is Piece.POSTER:
        from boothmanager.signage.poster import write_poster

        highlight = [booth.number for booth, _ in pairs] if booths else []
        pages = write_poster(event, out, paper=paper, orientation=orientation, lang=lang,
                             level=level, here=here, highlight=highlight)
        return Printed(pages=pages, booths=len(pairs))
    from boothmanager.signage.directory import write_directory

    pages = write_directory(event, pairs, out, paper=paper, orientation=orientation, lang=lang)
    return Printed(pages=pages, booths=len(pairs))
