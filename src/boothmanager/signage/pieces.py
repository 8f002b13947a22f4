"""The printed pieces of an event: which booths, which layout, which sheets, in one PDF."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from boothmanager.domain import Booth, BoothNotAssigned, Event, Stand, UnknownBooth
from boothmanager.signage.content import event_fields, labels, poster_fields, sign_fields
from boothmanager.signage.designs import booth_sign, door_poster, fascia, table_tent
from boothmanager.signage.document import NothingToPrint, Sheet, write_pdf
from boothmanager.signage.glyphs import check_glyphs, public_texts
from boothmanager.signage.layout import SignLayout
from boothmanager.signage.paper import Orientation, Paper


class Piece(StrEnum):
    """The public pieces, by the name the command line gives them."""

    SIGNS = "signs"
    TENTS = "tents"
    FASCIA = "fascia"
    DOOR = "door"


DESIGNS = {Piece.SIGNS: booth_sign, Piece.TENTS: table_tent, Piece.FASCIA: fascia,
           Piece.DOOR: door_poster}
DEFAULT_PAPER = {Piece.SIGNS: (Paper.A4, Orientation.LANDSCAPE),
                 Piece.TENTS: (Paper.A4, Orientation.PORTRAIT),
                 Piece.FASCIA: (Paper.A3, Orientation.LANDSCAPE),
                 Piece.DOOR: (Paper.A3, Orientation.PORTRAIT)}
# What a piece calls one of its items, in messages and titles.
NOUNS = {Piece.SIGNS: ("booth sign", "booth signs"), Piece.TENTS: ("table tent", "table tents"),
         Piece.FASCIA: ("fascia strip", "fascia strips"),
         Piece.DOOR: ("door poster page", "door poster pages")}
TITLES = {"de": {Piece.SIGNS: "Standschilder", Piece.TENTS: "Tischaufsteller",
                 Piece.FASCIA: "Blenden", Piece.DOOR: "Türplakat"},
          "en": {Piece.SIGNS: "Booth signs", Piece.TENTS: "Table tents",
                 Piece.FASCIA: "Fascia strips", Piece.DOOR: "Door poster"}}


@dataclass(frozen=True, slots=True)
class Printed:
    """What was written: sheets in the PDF and the booths on them."""

    pages: int
    booths: int


def layout_for(piece: Piece, paper: Paper | None = None,
               orientation: Orientation | None = None) -> SignLayout:
    """The piece's layout on `paper` (default: the piece's own); IllegibleLayout or
    UnsupportedPaper if the piece cannot be made on it."""
    default_paper, default_orientation = DEFAULT_PAPER[piece]
    return DESIGNS[piece](paper or default_paper, orientation or default_orientation)


def chosen(event: Event, booths: Sequence[str] | None = None) -> list[tuple[Booth, Stand]]:
    """The assigned booths to print, in booth order: all, or those numbered in `booths`
    (UnknownBooth for a number the event lacks, BoothNotAssigned for a free booth)."""
    pairs = event.assigned()
    if booths is None:
        return pairs
    wanted = set()
    for number in booths:
        try:
            booth = event.booth(number)
        except KeyError:
            raise UnknownBooth(number=number) from None
        if booth.stand_id is None:
            raise BoothNotAssigned(number=number)
        wanted.add(booth.number)
    return [(booth, stand) for booth, stand in pairs if booth.number in wanted]


def _chunks(items: Sequence[dict[str, str]], size: int) -> Iterator[Sequence[dict[str, str]]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def sheets(layout: SignLayout, event: Event, pairs: Sequence[tuple[Booth, Stand]],
           lang: str) -> list[Sheet]:
    """The page fields and records of every sheet of the piece."""
    records = [sign_fields(event, booth, stand, lang) for booth, stand in pairs]
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
                lang: str = "de", booths: Sequence[str] | None = None) -> Printed:
    """Write `piece` for the event's assigned booths (or those in `booths`) to the PDF `out`.

    Refused before anything is written: IllegibleLayout or UnsupportedPaper for a paper the
    piece cannot use, UnknownBooth or BoothNotAssigned for a booth in `booths`,
    NothingToPrint when no booth has a stand, UnsuitableOutput for an `out` that is no PDF.
    """
    piece = Piece(piece)
    labels(lang)  # an unknown language fails here, not half-way through
    layout = layout_for(piece, Paper(paper) if paper else None,
                        Orientation(orientation) if orientation else None)
    pairs = chosen(event, booths)
    if not pairs:
        raise NothingToPrint(event.info.name, NOUNS[piece][1])
    check_glyphs(public_texts(event, pairs))
    title = f"{TITLES[lang][piece]} – {event.info.name}".strip(" –")
    pages = write_pdf(out, layout, sheets(layout, event, pairs, lang), title=title)
    return Printed(pages=pages, booths=len(pairs))
