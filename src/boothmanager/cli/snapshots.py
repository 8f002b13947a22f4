"""`snapshot`, `snapshots` and `diff`: named snapshots of an event and what changed since."""

from __future__ import annotations

import argparse
from contextlib import closing
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from boothmanager.cli.output import PROG, UserError, one_line, say, say_json, table

if TYPE_CHECKING:
    from boothmanager.domain import Diff, Event, SnapshotInfo
    from boothmanager.storage.database import Database

JSON_FORMAT = 1  # of `diff --json`; raised when its shape changes


def add_snapshot_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """The `snapshot`, `snapshots` and `diff` commands."""
    command = sub.add_parser("snapshot", help="keep the event as it is now under a name",
                             description="Keep the whole event as it is now, in the file, "
                                         "under NAME (with who took it and when).")
    command.add_argument("file", metavar="FILE")
    command.add_argument("--name", required=True, help="the snapshot's name, unique in the file")
    command.add_argument("--note", default="", help="why it was taken")
    command.set_defaults(handler=take_snapshot)

    command = sub.add_parser("snapshots", help="list the snapshots: name, when, who, note")
    command.add_argument("file", metavar="FILE")
    command.set_defaults(handler=list_snapshots)

    command = sub.add_parser(
        "diff", help="what changed between two snapshots, or since a snapshot",
        description="List what changed from one snapshot to another or to now: booths, "
                    "stands, assignments and status. Private stand fields are named, never shown.")
    command.add_argument("file", metavar="FILE")
    command.add_argument("--from", dest="older", metavar="NAME",
                         help="the snapshot to compare from (default: the newest one, or with "
                              "--to the newest one before it)")
    command.add_argument("--to", dest="newer", metavar="NAME",
                         help="the snapshot to compare to (default: the event as it is now)")
    output = command.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="the changes as JSON")
    output.add_argument("--pdf", metavar="OUT", help="write the changes as a PDF to print: the "
                                                     "list, then the plan with them marked")
    command.add_argument("--lang", choices=("de", "en"), default="de",
                         help="language of the PDF (default: de)")
    command.set_defaults(handler=show_diff)


def database() -> type[Database]:
    from boothmanager.cli.commands import database

    return database()


def take_snapshot(args: argparse.Namespace) -> int:
    from boothmanager.operations import TakeSnapshot

    operation = TakeSnapshot(snapshot=args.name, note=args.note)
    with closing(database().open(Path(args.file))) as db:
        db.run(operation)
        event = db.snapshot(operation.snapshot).event()
    placed = sum(1 for booth in event.booths if booth.stand_id is not None)
    shared = sum(1 for booth in event.booths if booth.shared)
    sharing = f", {shared} of them shared" if shared else ""
    say(f"snapshot {one_line(operation.snapshot)!r}: taken ({count(event.booths, 'booth')}, "
        f"{placed} with a stand{sharing}; {count(event.stands, 'stand')})")
    return 0


def count(items: tuple[object, ...], noun: str) -> str:
    return f"{len(items)} {noun}{'s' * (len(items) != 1)}"


def when(info: SnapshotInfo) -> str:
    """The time a snapshot was taken, in this computer's time zone, to the minute."""
    return info.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")


def list_snapshots(args: argparse.Namespace) -> int:
    with closing(database().open(Path(args.file))) as db:
        snapshots = db.snapshots()
    if not snapshots:
        say("no snapshots yet")
        return 0
    rows = [("name", "taken", "by", "note")]
    rows += [(info.name, when(info), info.who, info.note) for info in snapshots]
    say("\n".join(table(rows)))
    return 0


def pick(snapshots: list[SnapshotInfo], older: str | None,
         newer: str | None) -> tuple[SnapshotInfo, SnapshotInfo | None]:
    """The snapshots to compare from and to (None: now), as `diff` defaults them."""
    by_name = {info.name: info for info in snapshots}
    for name in (older, newer):
        if name is not None and name not in by_name:
            known = ", ".join(repr(info.name) for info in snapshots)
            raise UserError(f"snapshot {one_line(name)!r}: there is no snapshot of that name "
                            f"(the file has {known})")
    to = by_name[newer] if newer is not None else None
    if older is not None:
        return by_name[older], to
    before = snapshots if to is None else snapshots[:snapshots.index(to)]
    if not before:
        raise UserError(f"snapshot {one_line(newer or '')!r} is the oldest; give --from")
    return before[-1], to


def show_diff(args: argparse.Namespace) -> int:
    from boothmanager.domain import diff_events
    from boothmanager.domain.diff_json import diff_json

    with closing(database().open(Path(args.file))) as db:
        snapshots = db.snapshots()
        if not snapshots:
            raise UserError(f"{args.file}: no snapshots yet; take a snapshot first "
                            f"({PROG} snapshot FILE --name NAME)")
        older, newer = pick(snapshots, args.older, args.newer)
        old = db.snapshot(older.name).event()
        new = db.snapshot(newer.name).event() if newer is not None else db.load()
    diff = diff_events(old, new)
    if args.pdf is not None:
        from boothmanager.cli.printing import check_output

        check_output(Path(args.pdf), event_file=Path(args.file))
        return write_pdf(diff, new, Path(args.pdf), older=older, newer=newer, lang=args.lang)
    if args.json:
        say_json({"format": JSON_FORMAT, "from": side_json(older, old),
                  "to": side_json(newer, new), "count": len(diff),
                  "changes": diff_json(diff)})
        return 0
    from boothmanager.cli.diff_text import diff_text

    changes = f"{len(diff)} change{'s' * (len(diff) != 1)}"
    say(f"from {side_text(older)} to {side_text(newer)}: {changes}")
    say("\n".join(diff_text(diff)))
    return 0


def write_pdf(diff: Diff, new: Event, out: Path, *, older: SnapshotInfo,
              newer: SnapshotInfo | None, lang: str) -> int:
    """The printable diff (whole or not at all; a file that is not a PDF is never replaced)."""
    from boothmanager import signage  # ReportLab loads lazily
    from boothmanager.signage.review_pdf import write_diff_pdf

    try:
        pages = write_diff_pdf(diff, out, event=new, old=older.name,
                               new=newer.name if newer is not None else None, lang=lang)
    except signage.UnsuitableOutput as error:
        raise UserError(f"{error.path}: {error.reason}") from error
    except signage.MissingGlyphs as error:
        raise UserError(f"{out}: {error}") from error
    changes = f"{len(diff)} change{'s' * (len(diff) != 1)}"
    say(f"wrote the changes from {side_text(older)} to {side_text(newer)} ({changes} on "
        f"{pages} page{'s' * (pages != 1)}) to {out}")
    return 0


def side_text(info: SnapshotInfo | None) -> str:
    if info is None:
        return "now"
    by = f", {info.who}" if info.who else ""
    return f"snapshot {one_line(info.name)!r} ({when(info)}{by})"


def side_json(info: SnapshotInfo | None, event: Event) -> dict[str, Any]:
    """One end of the diff; `sha256` is its snapshot document's digest (now: the event's)."""
    from boothmanager.domain import snapshot_document
    from boothmanager.domain.snapshot_document import document_sha256

    if info is None:
        return {"snapshot": None, "taken_at": None, "who": None, "note": None,
                "sha256": document_sha256(snapshot_document(event))}
    return {"snapshot": info.name, "taken_at": iso(info.taken_at), "who": info.who,
            "note": info.note, "sha256": info.sha256}


def iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")
