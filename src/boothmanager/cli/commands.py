"""The commands: each opens the event file, runs operations on it and says what it did."""

from __future__ import annotations

from argparse import Namespace
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

from boothmanager.cli.listing import booth_summary, event_json, event_table
from boothmanager.cli.lookup import resolve_stand
from boothmanager.cli.output import UserError, metres, parse_metres, say, say_json
from boothmanager.domain import Booth, BoothNotAssigned, Stand, UnknownBooth
from boothmanager.domain.booth import MAX_SHARES
from boothmanager.domain.shares import MIN_SHARE_MM, front_length
from boothmanager.operations import (
    Assign,
    Batch,
    Operation,
    SetCapacity,
    OrderShares,
    SplitFrontage,
    Unassign,
    UnitOfWork,
)
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
    """Put a stand on a booth; with --share it joins the stands on an occupied one."""
    with closing(database().open(Path(args.file))) as db:
        with db.unit_of_work() as uow:
            stand = resolve_stand(uow, args.stand)
        assert stand.id is not None  # a stand read from a file has its id
        operation = Assign(booth=args.booth, stand_id=stand.id, share=args.share)
        change = db.run(operation)
        with db.unit_of_work() as uow:
            booth = require_booth(uow, args.booth)
            others = [named(uow, i) for i in booth.stand_ids if i != stand.id]
    what = f"stand {stand.id} {stand.name!r}"
    if change.inverse == operation:
        say(f"booth {booth.number}: {what} is there already")
        return 0
    moved = "".join(f" (moved from booth {b})" for b in sorted(change.booths - {booth.number}))
    sharing = f", sharing it with {', '.join(others)}" if others else ""
    say(f"booth {booth.number}: assigned {what}{moved}{sharing}")
    return 0


def unassign(args: Namespace) -> int:
    """Take every stand off a booth, or with --stand the one stand of a shared booth."""
    with closing(database().open(Path(args.file))) as db:
        stand_id = None
        if args.stand is not None:
            with db.unit_of_work() as uow:
                stand_id = stand_on(uow, args.booth, resolve_stand(uow, args.stand))
        change = db.run(Unassign(booth=args.booth, stand_id=stand_id))
        stands = db.stands(change.stands)
        with db.unit_of_work() as uow:
            booth = require_booth(uow, args.booth)
            staying = [named(uow, i) for i in booth.stand_ids]
    names = ", ".join(f"stand {s.id} {s.name!r}" for s in stands)
    still = f"; still on it: {', '.join(staying)}" if staying else ""
    say(f"booth {booth.number}: unassigned {names}; the stand stays in the event{still}")
    return 0


def share(args: Namespace) -> int:
    """Order the stands along a shared booth's front (--order), split it (--parts) and set how
    many stands it takes (--capacity), all in one step; without any, say how it is shared."""
    with closing(database().open(Path(args.file))) as db:
        steps: list[Operation] = []
        with db.unit_of_work() as uow:
            booth = require_booth(uow, args.booth)
            if args.capacity is not None:
                steps.append(SetCapacity(booth=booth.number,
                                         capacity=checked_capacity(booth, args.capacity)))
            if args.order is not None:
                order = tuple(stand_on(uow, booth.number, resolve_stand(uow, ref.strip()))
                              for ref in args.order.split(",") if ref.strip())
                steps.append(OrderShares(booth=booth.number, stand_ids=order))
            if args.parts is not None:
                steps.append(SplitFrontage(booth=booth.number,
                                           frontages=checked_parts(uow, booth, args.parts)))
        if steps:
            db.run(steps[0] if len(steps) == 1 else Batch(steps=tuple(steps), label="share"))
        event = db.load()
    say("\n".join(booth_summary(event, event.booth(booth.number))))
    return 0


def require_booth(uow: UnitOfWork, number: str) -> Booth:
    booth = uow.booths.get(number)
    if booth is None:
        raise UnknownBooth(number=number)
    return booth


def named(uow: UnitOfWork, stand_id: int) -> str:
    stand = uow.stands.get(stand_id)
    return f"stand {stand_id} {stand.name!r}" if stand is not None else f"stand {stand_id}"


def stand_on(uow: UnitOfWork, number: str, stand: Stand) -> int:
    """The stand's id if it is on the booth; else a message naming who is."""
    booth = require_booth(uow, number)
    assert stand.id is not None
    if not booth.shares:
        raise BoothNotAssigned(number=booth.number)
    if stand.id not in booth.stand_ids:
        holders = ", ".join(named(uow, i) for i in booth.stand_ids)
        raise UserError(f"booth {booth.number}: stand {stand.id} {stand.name!r} is not on it "
                        f"(it holds {holders})")
    return stand.id


def checked_capacity(booth: Booth, capacity: int) -> int:
    if not 1 <= capacity <= MAX_SHARES:
        raise UserError(f"booth {booth.number}: --capacity {capacity}: a booth takes 1 to "
                        f"{MAX_SHARES} stands")
    return capacity


def checked_parts(uow: UnitOfWork, booth: Booth, given: str) -> tuple[int | None, ...]:
    """--parts as mm per stand, in the order of the stands on the booth ("equal": equal parts).

    Refused, naming the booth: a part that is not a length, fewer or more parts than stands,
    a part under MIN_SHARE_MM, or parts that do not add up to the front."""
    about = f"booth {booth.number}"
    if not booth.shares:
        raise BoothNotAssigned(number=booth.number)
    if given.strip().casefold() in ("equal", "gleich"):
        return (None,) * len(booth.shares)
    # "1.5,1.5" or, with decimal commas, "1,5;1,5"
    texts = given.split(";") if ";" in given else given.split(",")
    parts = []
    for text in texts:
        try:
            parts.append(parse_metres(text))
        except ValueError:
            raise UserError(f"{about}: --parts: {text.strip()!r} is not a length in metres "
                            "(e.g. --parts 1.5,1.5)") from None
    holders = ", ".join(named(uow, i) for i in booth.stand_ids)
    if len(parts) != len(booth.shares):
        count = len(booth.shares)
        raise UserError(f"{about}: {len(parts)} part{'s' * (len(parts) != 1)} given for "
                        f"{count} stand{'s' * (count != 1)} ({holders})")
    if min(parts) < MIN_SHARE_MM:
        raise UserError(f"{about}: each stand needs at least {metres(MIN_SHARE_MM)} of the front")
    front = front_length(booth)
    if sum(parts) != front:
        raise UserError(f"{about}: the parts add up to {metres(sum(parts))}, "
                        f"the front is {metres(front)}")
    return tuple(parts)
