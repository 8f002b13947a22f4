"""The command line: the GUI, demo, list, assign, print, import, export, snapshots and diffs."""

from __future__ import annotations

import argparse
import os
import sys

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
    command.set_defaults(handler=auto.assign_handler(command, commands.assign))

    command = sub.add_parser("unassign", help="take the stand off a booth")
    command.add_argument("file", metavar="FILE")
    command.add_argument("booth", metavar="BOOTH")
    command.set_defaults(handler=commands.unassign)

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
