"""`assign FILE --auto`: propose a booth for every stand, say why, and apply it as one step."""

from __future__ import annotations

import sys
from argparse import ArgumentParser, Namespace
from collections.abc import Callable, Mapping
from contextlib import closing
from dataclasses import fields
from enum import Enum
from pathlib import Path
from typing import Any

from boothmanager.cli.output import say, say_json, table
from boothmanager.domain import Amenity, Event
from boothmanager.domain.assignment import (
    ApartFrom,
    Blocker,
    FitsNeeds,
    FitsTable,
    FreeBoothsTooSmall,
    FromWaitingList,
    FrontageTooShort,
    InZone,
    Kept,
    KeptApart,
    Locked,
    Moved,
    NearStand,
    NoFreeBoothInZones,
    NoFreeBoothWithNeeds,
    Placement,
    Proposal,
    Reason,
    SharesBooth,
    Shortage,
    ThemeCluster,
    Waitlisted,
    WishGranted,
)
from boothmanager.operations import ApplyProposal, propose_assignment

USAGE = "%(prog)s FILE BOOTH STAND\n       %(prog)s FILE --auto [--dry-run] [--json]"
KINDS = {Locked: "locked", Kept: "kept", Moved: "moved", FitsNeeds: "fits", InZone: "zone",
         WishGranted: "wish", NearStand: "near", ThemeCluster: "theme", ApartFrom: "apart",
         NoFreeBoothInZones: "no_free_booth_in_zones",
         NoFreeBoothWithNeeds: "no_free_booth_with_needs",
         FreeBoothsTooSmall: "free_booths_too_small", Shortage: "shortage",
         FitsTable: "table", FromWaitingList: "waiting_list",
         FrontageTooShort: "frontage_too_short", Waitlisted: "waitlisted",
         SharesBooth: "shares_booth", KeptApart: "kept_apart"}
LISTED = 6  # booths named in a shortage line before "…"


def add_auto_options(command: ArgumentParser) -> None:
    command.usage = USAGE
    command.add_argument("--auto", action="store_true",
                         help="propose a booth for every stand, with reasons, and apply it")
    command.add_argument("--dry-run", action="store_true", help="with --auto: only show it")
    command.add_argument("--json", action="store_true", help="with --auto: the proposal as JSON")


def assign_handler(command: ArgumentParser,
                   manual: Callable[[Namespace], int]) -> Callable[[Namespace], int]:
    """`assign` by hand (FILE BOOTH STAND) or automatic (FILE --auto); anything else is usage."""

    def handle(args: Namespace) -> int:
        problem = usage_problem(args)
        if problem is not None:
            command.print_usage(sys.stderr)
            print(f"{command.prog}: error: {problem}", file=sys.stderr)
            return 2
        return auto_assign(args) if args.auto else manual(args)

    return handle


def usage_problem(args: Namespace) -> str | None:
    if args.auto:
        given = args.booth is not None or args.stand is not None
        return "--auto takes no BOOTH or STAND" if given else None
    if args.booth is None or args.stand is None:
        return "the following arguments are required: BOOTH, STAND (or --auto)"
    if args.dry_run or args.json:
        return "--dry-run and --json go with --auto"
    return None


def auto_assign(args: Namespace) -> int:
    from boothmanager.cli.commands import database

    with closing(database().open(Path(args.file))) as db:
        event = db.load()
        proposal = propose_assignment(event)
        operation = ApplyProposal.of(proposal, event=event)
        applied = not args.dry_run and bool(operation.moves)
        if applied:
            db.run(operation)
    if args.json:
        say_json(proposal_json(event, proposal, applied=applied))
    else:
        say(proposal_text(event, proposal, applied=applied, dry_run=args.dry_run))
    return 0


def proposal_text(event: Event, proposal: Proposal, *, applied: bool, dry_run: bool) -> str:
    """Placements with points and reasons, then stands without a booth, then the figures."""
    count = len(proposal.placements) + len(proposal.unplaced)
    names = names_of(event)
    lines = [f"automatic assignment: {len(proposal.placements)} of {count} stands placed", ""]
    if proposal.placements:
        rows = [("booth", "stand", "from", "points", "why")]
        rows += [(p.booth, stand_cell(event, p.stand_id), p.previous or "-", points_cell(p),
                  placement_why(p, names)) for p in proposal.placements]
        lines += table(rows)
    if proposal.unplaced:
        lines += ["", "stands without a booth:"]
        lines += ["  " + line for line in table(
            [(stand_cell(event, u.stand_id),
              (f"loses {u.previous}: " if u.previous else "")
              + blocker_text(u.blocker, names))
             for u in proposal.unplaced])]
    gap = ("0 (optimal)" if proposal.gap == 0
           else f"{proposal.gap} ({100 * proposal.gap_ratio:.1f} % of the objective at most)")
    terms = ", ".join(f"{t.kind.value} {t.points}" for t in proposal.terms if t.points)
    lines += ["", f"objective {proposal.objective} points ({terms or 'nothing'}), "
                  f"bound {proposal.bound}, gap {gap}"]
    changes = len(proposal.moves())
    if changes == 0:
        lines.append("no changes: every stand is where the proposal puts it")
    elif dry_run:
        lines.append(f"dry run: {changes} change{'s' * (changes != 1)} proposed, nothing changed")
    elif applied:
        lines.append(f"applied {changes} change{'s' * (changes != 1)} as one step")
    return "\n".join(lines)


def names_of(event: Event) -> dict[int, str]:
    """Stand names by id, for the stands a reason or blocker names."""
    return {s.id: " ".join(s.name.split()) for s in event.stands if s.id is not None}


def others_text(stand_ids: tuple[int, ...], names: Mapping[int, str] | None) -> str:
    """Stands as "3 Projekt 3, 4 Verein" (id and name), or by id without names."""
    return ", ".join(f"{i} {names[i]}" if names and i in names else str(i) for i in stand_ids)


def stand_cell(event: Event, stand_id: int) -> str:
    try:
        return f"{stand_id} {event.stand(stand_id).name}"
    except KeyError:
        return str(stand_id)


def points_cell(placement: Placement) -> str:
    total = sum(term.points for term in placement.costs)
    return f"{total} ({', '.join(f'{t.kind.value} {t.points}' for t in placement.costs)})" \
        if total else "0"


def placement_why(placement: Placement, names: Mapping[int, str] | None = None) -> str:
    words = [reason_text(reason, names) for reason in placement.reasons]
    if placement.previous is None:
        words.insert(0, "placed")
    return "; ".join(words)


def area(mm2: int) -> str:
    return f"{mm2 / 1_000_000:g} m²"


def amenities(found: frozenset[Amenity]) -> str:
    return " and ".join(a.value for a in Amenity if a in found)


def zone_words(zones: frozenset[str]) -> str:
    return f" in zone {' or '.join(sorted(zones))}" if zones else ""


def reason_text(reason: Reason, names: Mapping[int, str] | None = None) -> str:
    match reason:
        case SharesBooth(booth=booth, stand_ids=others):
            return f"shares booth {booth} with {others_text(others, names)}"
        case Locked(by_reservation=True):
            return "reserved for it"
        case Locked():
            return "locked"
        case Kept():
            return "kept"
        case Moved(from_booth=booth):
            return f"moved from {booth}"
        case FitsNeeds(needs=needs, min_area_mm2=least, area_mm2=size):
            asked = [amenities(needs)] if needs else []
            asked += [f"{area(least)}, has {area(size)}"] if least else []
            return f"fits ({'; '.join(asked)})" if asked else "fits"
        case FitsTable(table_length_mm=table, frontage_mm=frontage):
            return f"table {table / 1000:g} m fits ({frontage / 1000:g} m frontage)"
        case FromWaitingList():
            return "from the waiting list"
        case InZone(zone=zone):
            return f"zone {zone}"
        case WishGranted(rank=rank):
            return f"wish {rank} granted"
        case NearStand(stand_id=other, distance_mm=None):
            return f"near {other}: it has no booth"
        case NearStand(stand_id=other, distance_mm=gap):
            return f"near {other} ({gap / 1000:g} m)"
        case ThemeCluster(neighbours=mates):
            return f"theme cluster with {', '.join(str(m) for m in mates)}"
        case ApartFrom(stand_id=other, honoured=True):
            return f"apart from {other}"
        case ApartFrom(stand_id=other):
            return f"next to {other} despite keep-apart"
    return str(reason)


def blocker_text(blocker: Blocker, names: Mapping[int, str] | None = None) -> str:
    """The blocking rule in words, e.g. "3 stands need power, 2 free booths have it (S1, S2)";
    where shared booths make places, not booths, what runs out, it counts places."""
    match blocker:
        case KeptApart(booth=booth, stand_id=other):
            return (f"would share booth {booth} with {others_text((other,), names)}, "
                    f"which it is to be kept apart from")
        case NoFreeBoothInZones(zones=zones):
            named = " or ".join(sorted(zones))
            return f"no booth of zone {named} is free" if zones else "no booth is free"
        case NoFreeBoothWithNeeds(needs=needs, lacking=lacking, zones=zones):
            if lacking:
                return f"needs {amenities(lacking)}; no free booth{zone_words(zones)} has it"
            return f"needs {amenities(needs)}; no free booth{zone_words(zones)} has all of them"
        case FreeBoothsTooSmall(min_area_mm2=least, largest_mm2=largest, needs=needs, zones=zones):
            which = f" with {amenities(needs)}" if needs else ""
            return (f"needs {area(least)}; the largest free booth{which}{zone_words(zones)} "
                    f"has {area(largest)}")
        case FrontageTooShort(table_length_mm=table, longest_mm=longest, needs=needs,
                              zones=zones):
            which = f" with {amenities(needs)}" if needs else ""
            return (f"needs {table / 1000:g} m of frontage for its table; the longest free "
                    f"booth{which}{zone_words(zones)} has {longest / 1000:g} m")
        case Waitlisted(booths=booths, ahead=ahead, places=places):
            named = ", ".join(booths[:LISTED]) + (", …" if len(booths) > LISTED else "")
            unit, count = ("booth", len(booths)) if places == len(booths) else ("place", places)
            fit = f"{unit} that fits" if count == 1 else f"{count} {unit}s that fit"
            return (f"on the waiting list: the {fit} it go to stands ahead of it "
                    f"({len(ahead)}: {named})")
        case Shortage(stand_ids=stands, booths=booths, needs=needs, min_area_mm2=least,
                      zones=zones, places=places):
            named = ", ".join(booths[:LISTED]) + (", …" if len(booths) > LISTED else "")
            listed = f" ({named})" if booths else ""
            many = f"{len(stands)} stands"
            # Shared booths: the free places on them are what runs out, so count those.
            unit, count = ("booth", len(booths)) if places == len(booths) else ("place", places)
            if needs and not least:
                has = "has" if count == 1 else "have"
                return (f"{many} need {amenities(needs)}{zone_words(zones)}, "
                        f"{count} free {unit}{'s' * (count != 1)} {has} it{listed}")
            asked = f" ({area(least)} or more{zone_words(zones)})" if least else zone_words(zones)
            fit = "fits" if count == 1 else "fit"
            return (f"{many}{asked} compete for {count} "
                    f"{unit}{'s' * (count != 1)} that {fit} them{listed}")
    return str(blocker)


def proposal_json(event: Event, proposal: Proposal, *, applied: bool) -> dict[str, Any]:
    """The documented shape (README): keys in a fixed order, lengths in mm, no private data."""
    names = names_of(event)
    return {
        "applied": applied,
        "stands": len(proposal.placements) + len(proposal.unplaced),
        "placed": len(proposal.placements),
        "objective": proposal.objective,
        "bound": proposal.bound,
        "gap": proposal.gap,
        "terms": {term.kind.value: term.points for term in proposal.terms},
        "changes": [{"stand_id": m.stand_id, "from": m.from_booth, "to": m.to_booth}
                    for m in proposal.moves()],
        "placements": [{
            "booth": p.booth, "stand_id": p.stand_id, "stand": stand_name(event, p.stand_id),
            "from": p.previous, "locked": p.locked,
            "points": sum(term.points for term in p.costs),
            "costs": [{"kind": t.kind.value, "points": t.points, "other": t.other}
                      for t in p.costs],
            "reasons": [as_json(reason) for reason in p.reasons],
            "why": placement_why(p, names),
        } for p in proposal.placements],
        "unplaced": [{
            "stand_id": u.stand_id, "stand": stand_name(event, u.stand_id), "from": u.previous,
            "blocker": as_json(u.blocker), "why": blocker_text(u.blocker, names),
        } for u in proposal.unplaced],
    }


def stand_name(event: Event, stand_id: int) -> str | None:
    try:
        return event.stand(stand_id).name
    except KeyError:
        return None


def as_json(item: Reason | Blocker) -> dict[str, Any]:
    """{"kind": …, then the fields in declaration order}; sets as sorted lists."""
    found: dict[str, Any] = {"kind": KINDS[type(item)]}
    for field in fields(item):
        found[field.name] = plain(getattr(item, field.name))
    return found


def plain(value: object) -> object:
    if isinstance(value, frozenset):
        if all(isinstance(v, Amenity) for v in value):
            return [a.value for a in Amenity if a in value]
        return sorted(str(v) for v in value)
    if isinstance(value, tuple):
        return [plain(v) for v in value]
    return value.value if isinstance(value, Enum) else value
