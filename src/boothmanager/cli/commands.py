"""The commands: each opens the event file, runs operations on it and says what it did."""

from __future__ import annotations

from argparse import Namespace
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

from boothmanager.cli.listing import event_json, event_table
from boothmanager.cli.lookup import resolve_stand
from boothmanager.cli.output import say, say_json
from boothmanager.operations import Assign, Unassign
from boothmanager.seed import demo_event
from boothmanager.storage import check_event_file

if TYPE_CHECKING:
    from boothmanager.storage.database import Database


def database() -> type[Database]:
    """The storage class, imported on first use: `boothmanager open` starts faster without it."""
    from boothmanager.storage.database import Database

    return Database


def gui(args: Namespace) -> int:
    """Start the GUI; a FILE is checked first so a wrong one fails here, before Qt starts."""
    path = None
    if args.file is not None:
        check_event_file(Path(args.file))  # the window opens it (and migrates it if older)
        path = Path(args.file).absolute()
    from boothmanager.gui.app import run  # Qt only loads when the GUI is wanted

    return run(path)


def demo(args: Namespace) -> int:
    path = Path(args.file)
    create = demo_event()
    with closing(database().create(path)) as db:
        db.run(create)
    say(f"wrote the demo event {create.info.name!r} to {path}")
    return 0


def list_booths(args: Namespace) -> int:
    with closing(database().open(Path(args.file))) as db:
        event = db.load()
    if args.json:
        say_json(event_json(event))
    else:
        say(event_table(event))
    return 0


def assign(args: Namespace) -> int:
    with closing(database().open(Path(args.file))) as db:
        with db.unit_of_work() as uow:
            stand = resolve_stand(uow, args.stand)
        assert stand.id is not None  # a stand read from a file has its id
        operation = Assign(booth=args.booth, stand_id=stand.id)
        change = db.run(operation)
    what = f"stand {stand.id} {stand.name!r}"
    if change.inverse == operation:
        say(f"booth {args.booth}: {what} is there already")
    else:
        moved = "".join(f" (moved from booth {b})" for b in sorted(change.booths - {args.booth}))
        say(f"booth {args.booth}: assigned {what}{moved}")
    return 0


def unassign(args: Namespace) -> int:
    with closing(database().open(Path(args.file))) as db:
        change = db.run(Unassign(booth=args.booth))
        stands = db.stands(change.stands)
    names = ", ".join(f"stand {s.id} {s.name!r}" for s in stands)
    say(f"booth {args.booth}: unassigned {names}; the stand stays in the event")
    return 0
