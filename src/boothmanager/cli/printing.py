"""`print PIECE FILE --out PDF`: signs, tents, fascia, door poster, plan poster, lists, packs."""

from __future__ import annotations

import argparse
from contextlib import closing
from pathlib import Path

from boothmanager.cli.output import UserError, say

# The piece names, papers and languages are spelled out here so that building the parser
# never imports ReportLab (the signage package loads only when something is printed).
PIECES = {
    "signs": ("one booth sign per assigned booth", "A4 landscape"),
    "tents": ("one table tent per assigned booth: A4 folded across, both faces upright",
              "A4 portrait"),
    "fascia": ("a fascia strip per assigned booth, two strips to a landscape sheet",
               "A3 landscape"),
    "door": ("the door poster of the marketplace: the stands in booth order", "A3 portrait"),
    "poster": ("the floor plan poster, one sheet per level: booths, exits, legend, scale, north",
               "A1, landscape for a wide level"),
    "directory": ("the exhibitor directory: a small plan, then the stands by booth number, "
                  "alphabetically and by theme", "A5 portrait"),
    "packs": ("one exhibitor pack per stand (a folder of PDFs): their booth on the plan, "
              "set-up and tear-down, their needs, whom to call on site", "A4 portrait"),
    "picklist": ("the set-up pick list for venue staff: tables, chairs, power, pinboards per "
                 "booth, with totals", "A4 portrait"),
}
PAPERS = ("A6", "A5", "A4", "A3", "A2", "A1", "A0")
PER_BOOTH = ("signs", "tents", "fascia", "packs", "picklist")  # one item per booth
ORIENTATIONS = ("landscape", "portrait")
LANGUAGES = ("de", "en")


def add_print_pieces(command: argparse.ArgumentParser) -> None:
    """The pieces `print` offers, each with the same options (and a few of its own)."""
    pieces = command.add_subparsers(title="pieces", metavar="PIECE", required=True)
    for name, (about, default) in PIECES.items():
        piece = pieces.add_parser(name, help=about, description=f"{about} (default paper: "
                                                                f"{default}).")
        paper, _, turn = default.partition(" ")
        piece.add_argument("file", metavar="FILE")
        if name == "packs":
            piece.add_argument("--out", metavar="FOLDER", required=True,
                               help="the folder for the PDFs (made if missing)")
        else:
            piece.add_argument("--out", metavar="PDF", required=True, help="the PDF to write")
        piece.add_argument("--paper", type=str.upper, choices=PAPERS,
                           help=f"DIN paper size (default {paper.rstrip(',')}); a size too "
                                "small to read is refused")
        piece.add_argument("--orientation", choices=ORIENTATIONS, help=f"(default {turn})")
        piece.add_argument("--lang", choices=LANGUAGES, default="de",
                           help="language of the printed labels (default de)")
        booths = ("booths to highlight on the plan, e.g. S1,S3" if name == "poster" else
                  "only these booths, e.g. S1,S3 (default: every assigned booth)")
        piece.add_argument("--booths", metavar="B1,B2", type=booth_numbers, help=booths)
        changed = ("only the booths whose " + ("pack" if name == "packs" else "print")
                   + " changed since this piece was last printed (or never was)"
                   if name in PER_BOOTH else
                   "only if a stand on it changed since this piece was last printed")
        piece.add_argument("--changed", action="store_true", help=changed)
        if name == "poster":
            piece.add_argument("--level", metavar="NAME",
                               help="only this level (default: one sheet per level)")
            piece.add_argument("--here", metavar="X,Y", type=point_in_metres,
                               help="a 'you are here' marker at X,Y metres on the level")
        if name == "packs":
            piece.add_argument("--contact", metavar="TEXT", default="",
                               help="whom to call on site, e.g. 'Anna Beispiel, 0345 …' "
                                    "(default: a line to fill in by hand)")
        piece.set_defaults(handler=print_piece, piece=name)


def point_in_metres(text: str) -> tuple[str, str]:
    """`X,Y` in metres (a decimal point or comma each), checked later by the domain."""
    parts = [part.strip() for part in text.replace(";", ",").split(",")]
    if len(parts) == 4:  # 14,5,2,5: German decimal commas
        parts = [f"{parts[0]}.{parts[1]}", f"{parts[2]}.{parts[3]}"]
    if len(parts) != 2 or not all(parts):
        raise argparse.ArgumentTypeError(f"{text!r}: give X,Y in metres, e.g. 14,2.5")
    return parts[0], parts[1]


def booth_numbers(text: str) -> list[str]:
    numbers = [part.strip() for part in text.split(",") if part.strip()]
    if not numbers:
        raise argparse.ArgumentTypeError("give at least one booth number, e.g. S1,S3")
    return numbers


def print_piece(args: argparse.Namespace) -> int:
    """Print one piece for the event (the renderer writes the PDF whole or not at all), and
    remember what it printed per booth for a later `--changed`."""
    from boothmanager.cli.commands import database  # storage loads lazily, as for every command

    file, out = Path(args.file), Path(args.out)
    with closing(database().open(file)) as db:
        event = db.load()
        if args.piece == "packs":
            check_folder(out, event_file=file)
        else:
            check_output(out, event_file=file)
        from boothmanager import signage  # ReportLab loads lazily
        from boothmanager.operations.printing import (
            RecordPrint,
            as_digests,
            printed_digests,
            stand_logos,
        )

        with db.unit_of_work() as uow:
            logos = stand_logos(uow, [stand.id for stand in event.stands if stand.id is not None])
            recorded = printed_digests(uow, args.piece)
        booths = args.booths
        if getattr(args, "changed", False):
            changed = signage.changed_booths(args.piece, event, recorded, lang=args.lang,
                                             logos=logos)
            if args.booths is not None:
                changed = [number for number in changed if number in set(args.booths)]
            if not changed:  # an answer, not a failure: a script may ask every time
                say(f"nothing changed since the last print of {args.piece}; nothing was written")
                return 0
            if args.piece in PER_BOOTH:
                booths = changed  # else the whole piece again (the poster highlights --booths)
        options = {}
        if args.piece == "poster":
            options = {"level": args.level, "here": here_point(args.here, args.level)}
        if args.piece == "packs":
            options = {"contact": args.contact}
        try:
            printed = signage.print_piece(args.piece, event, out, paper=args.paper,
                                          orientation=args.orientation, lang=args.lang,
                                          booths=booths, logos=logos, **options)
        except signage.NothingToPrint as error:
            raise UserError(f"{file}: nothing to print: no booth has a stand assigned") from error
        except signage.UnsuitableOutput as error:
            raise UserError(f"{error.path}: {error.reason}") from error
        except signage.IllegibleLayout as error:
            raise UserError(f"{error}; choose a larger --paper") from error
        except signage.UnsupportedPaper as error:
            raise UserError(str(error)) from error
        except signage.MissingGlyphs as error:
            raise UserError(f"{file}: {error}") from error
        except signage.BrokenLogo as error:
            raise UserError(f"{file}: {error}; nothing was printed") from error
        except signage.UnknownLevel as error:
            raise UserError(f"{file}: --level: {error}") from error
        except signage.PointOutsideLevel as error:
            raise UserError(f"{file}: --here: {error}") from error
        whole = args.piece not in PER_BOOTH
        now = signage.piece_digests(args.piece, event, lang=args.lang, logos=logos,
                                    booths=None if whole else booths)
        db.run(RecordPrint(piece=args.piece, digests=as_digests(now),
                           forget=tuple(sorted(set(recorded) - set(now))) if whole else ()))
    say(f"wrote {what(args.piece, printed.booths, printed.pages)} to {out}")
    return 0


def here_point(here: tuple[str, str] | None, level: str | None) -> object:
    """The "you are here" point in mm; it needs the level it is on."""
    if here is None:
        return None
    if level is None:
        raise UserError("--here: also give --level, the level the point is on")
    from boothmanager.domain import InvalidValue, Point, mm

    try:
        return Point(mm(here[0]), mm(here[1]))
    except InvalidValue as error:
        raise UserError(f"--here: {','.join(here)!r} is not X,Y in metres") from error


def what(piece: str, booths: int, pages: int) -> str:
    """What a print holds, in words: `3 signs`, `3 fascia strips on 2 sheets`."""
    def count(n: int, one: str, many: str | None = None) -> str:
        return f"{n} {one if n == 1 else many or one + 's'}"

    if piece == "signs":
        return count(booths, "sign")
    if piece == "tents":
        return count(booths, "table tent")
    if piece == "fascia":
        return f"{count(booths, 'fascia strip')} on {count(pages, 'sheet')}"
    if piece == "door":
        return f"the door poster ({count(booths, 'stand')} on {count(pages, 'page')})"
    if piece == "poster":
        return f"the floor plan poster ({count(booths, 'stand')} on {count(pages, 'sheet')})"
    if piece == "directory":
        return f"the exhibitor directory ({count(booths, 'stand')} on {count(pages, 'page')})"
    if piece == "packs":
        return count(pages, "exhibitor pack")
    return f"the pick list ({count(booths, 'booth')} on {count(pages, 'page')})"


def check_output(out: Path, *, event_file: Path) -> None:
    """Refuse an --out that would replace the event file or cannot be written at all."""
    if out.resolve() == event_file.resolve():
        raise UserError(f"{out}: that is the event file; give another --out")
    if out.is_dir():
        raise UserError(f"{out}: is a folder; give a file name for --out")
    if not out.parent.is_dir():
        raise UserError(f"{out}: the folder does not exist")


def check_folder(out: Path, *, event_file: Path) -> None:
    """Refuse a packs --out that is a file (the event file above all) or cannot be made."""
    if out.resolve() == event_file.resolve() or (out.exists() and not out.is_dir()):
        raise UserError(f"{out}: is a file; give a folder for --out (it is made if missing)")
    if not out.parent.is_dir():
        raise UserError(f"{out}: the folder it would be made in does not exist")
