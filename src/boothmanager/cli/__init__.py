"""The command line: the GUI, demo, list, assign, print, import, export, snapshots and diffs."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable

from boothmanager import __version__
from boothmanager.cli import commands
from boothmanager.cli.output import PROG, UserError, complain, tolerate_unencodable_output
from boothmanager.domain import DomainError
from boothmanager.storage import StorageError

__all__ = ["build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG, description="Plan the marketplace of a conference: venue, booths, stands, signs.",
        epilog="Without a command the GUI opens on the last file, else on the demo event.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.set_defaults(handler=commands.gui, file=None)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    command = sub.add_parser("open", help="open the GUI on FILE")
    command.add_argument("file", metavar="FILE")
    command.set_defaults(handler=commands.gui)

    command = sub.add_parser("demo", help="write the BuKo 2020 demo event to a new FILE")
    command.add_argument("file", metavar="FILE")
    command.set_defaults(handler=commands.demo)

    command = sub.add_parser("list", help="list the booths with their assignment")
    command.add_argument("file", metavar="FILE")
    command.add_argument("--json", action="store_true", help="event, booths and stands as JSON")
    command.set_defaults(handler=commands.list_booths)

    from boothmanager.cli import auto  # the assign section's own helpers (--auto)

    command = sub.add_parser("assign", help="put a stand on a free booth (a placed stand moves), "
                                            "or with --auto every stand, optimally")
    command.add_argument("file", metavar="FILE")
    # Optional only for --auto; the handler refuses (exit 2) BOOTH/STAND missing without it.
    command.add_argument("booth", metavar="BOOTH", nargs="?", help="booth number, e.g. S1")
    command.add_argument("stand", metavar="STAND", nargs="?",
                         help="stand id (all digits), or a stand's exact project or organisation name")
    auto.add_auto_options(command)
    command.usage = ("%(prog)s FILE BOOTH STAND [--share]\n"
                     "       %(prog)s FILE --auto [--dry-run] [--json]")
    command.add_argument("--share", action="store_true",
                         help="join the stands on an occupied booth (shared booth), each with "
                              "an equal part of its front until `share --parts` splits it")
    command.set_defaults(handler=not_both(command, auto.assign_handler(command, commands.assign)))

    command = sub.add_parser("unassign", help="take the stands (or with --stand one) off a booth")
    command.add_argument("file", metavar="FILE")
    command.add_argument("booth", metavar="BOOTH")
    command.add_argument("--stand", metavar="STAND",
                         help="only this stand (id or exact name); the others stay on the booth")
    command.set_defaults(handler=commands.unassign)

    command = sub.add_parser(
        "share", help="split a shared booth's front between its stands, set its places",
        description="Without options: the booth's front, its places and each stand's part.")
    command.add_argument("file", metavar="FILE")
    command.add_argument("booth", metavar="BOOTH")
    command.add_argument("--parts", metavar="M,M,...",
                         help="each stand's part of the front in metres, in the order `list` "
                              "shows them, adding up to the front (e.g. 1.5,1.5 or 1,5;1,5); "
                              "'equal' for equal parts")
    command.add_argument("--order", metavar="STAND,STAND,...",
                         help="the stands along the front in this order (ids or exact names, "
                              "each stand on the booth once); each keeps its part")
    command.add_argument("--capacity", metavar="N", type=int,
                         help="how many stands the automatic assignment may put on the booth "
                              "(1 to 6; 1: not shared)")
    command.set_defaults(handler=commands.share)

    from boothmanager.cli.printing import add_print_pieces  # the print section's own module

    command = sub.add_parser("print", help="print to PDF: signs, tents, fascia, door")
    add_print_pieces(command)

    from boothmanager.cli.sheets import add_sheet_commands  # import and export: their own module

    add_sheet_commands(sub)

    from boothmanager.cli.snapshots import add_snapshot_commands  # snapshot, snapshots, diff

    add_snapshot_commands(sub)

    from boothmanager.cli.review import add_review_commands  # review export|answer|import|list

    add_review_commands(sub)

    from boothmanager.cli.templates import add_template_commands  # template, new

    add_template_commands(sub)
    return parser


def not_both(command: argparse.ArgumentParser,
             handler: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """`assign --auto --share` is wrong usage: the automatic assignment shares by capacity."""

    def handle(args: argparse.Namespace) -> int:
        if args.auto and args.share:
            command.print_usage(sys.stderr)
            print(f"{command.prog}: error: --share is for one stand (FILE BOOTH STAND), "
                  "not --auto", file=sys.stderr)
            return 2
        return handler(args)

    return handle


def gui_shortcut(argv: list[str]) -> argparse.Namespace | None:
    """`boothmanager` and `boothmanager open FILE` without building the whole parser: every
    subcommand's module would be imported first, and the window should appear at once."""
    if not argv:
        return argparse.Namespace(handler=commands.gui, file=None)
    if len(argv) == 2 and argv[0] == "open" and not argv[1].startswith("-"):
        return argparse.Namespace(handler=commands.gui, file=argv[1])
    return None


def main(argv: list[str] | None = None) -> int:
    """Run one command; 0 done, 1 a user error (one line on stderr), 2 wrong usage."""
    try:
        args = gui_shortcut(sys.argv[1:] if argv is None else argv) or build_parser().parse_args(argv)
    except SystemExit as stop:  # usage errors, --help, --version: argparse has spoken
        return stop.code if isinstance(stop.code, int) else 0
    tolerate_unencodable_output()
    try:
        return args.handler(args)
    except (DomainError, StorageError, UserError) as error:
        return complain(error)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return reader_went_away()
    except OSError as error:  # permission denied, disk full: the user's to fix, not a bug
        return complain(error)


def reader_went_away() -> int:
    """`boothmanager list F | head` closed our stdout: end quietly, without a second error at exit."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
