"""`print PIECE FILE --out PDF`: booth signs, table tents, fascia strips and the door poster."""

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
}
PAPERS = ("A6", "A5", "A4", "A3", "A2", "A1", "A0")
ORIENTATIONS = ("landscape", "portrait")
LANGUAGES = ("de", "en")


def add_print_pieces(command: argparse.ArgumentParser) -> None:
    """The pieces `print` offers, each with the same options."""
    pieces = command.add_subparsers(title="pieces", metavar="PIECE", required=True)
    for name, (about, default) in PIECES.items():
        piece = pieces.add_parser(name, help=about, description=f"{about} (default paper: "
                                                                f"{default}).")
        piece.add_argument("file", metavar="FILE")
        piece.add_argument("--out", metavar="PDF", required=True, help="the PDF to write")
        piece.add_argument("--paper", type=str.upper, choices=PAPERS,
                           help=f"DIN paper size (default {default.split()[0]}); a size too "
                                "small to read is refused")
        piece.add_argument("--orientation", choices=ORIENTATIONS,
                           help=f"(default {default.split()[1]})")
        piece.add_argument("--lang", choices=LANGUAGES, default="de",
                           help="language of the printed labels (default de)")
        piece.add_argument("--booths", metavar="B1,B2", type=booth_numbers,
                           help="only these booths, e.g. S1,S3 (default: every assigned booth)")
        piece.set_defaults(handler=print_piece, piece=name)


def booth_numbers(text: str) -> list[str]:
    numbers = [part.strip() for part in text.split(",") if part.strip()]
    if not numbers:
        raise argparse.ArgumentTypeError("give at least one booth number, e.g. S1,S3")
    return numbers


def print_piece(args: argparse.Namespace) -> int:
    """Print one piece for the event (the renderer writes the PDF whole or not at all)."""
    from boothmanager.cli.commands import database  # storage loads lazily, as for every command

    file, out = Path(args.file), Path(args.out)
    with closing(database().open(file)) as db:
        event = db.load()
    check_output(out, event_file=file)
    from boothmanager import signage  # ReportLab loads lazily

    try:
        printed = signage.print_piece(args.piece, event, out, paper=args.paper,
                                      orientation=args.orientation, lang=args.lang,
                                      booths=args.booths)
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
    say(f"wrote {what(args.piece, printed.booths, printed.pages)} to {out}")
    return 0


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
    return f"the door poster ({count(booths, 'stand')} on {count(pages, 'page')})"


def check_output(out: Path, *, event_file: Path) -> None:
    """Refuse an --out that would replace the event file or cannot be written at all."""
    if out.resolve() == event_file.resolve():
        raise UserError(f"{out}: that is the event file; give another --out")
    if out.is_dir():
        raise UserError(f"{out}: is a folder; give a file name for --out")
    if not out.parent.is_dir():
        raise UserError(f"{out}: the folder does not exist")
