"""The `diff` command's words: changes grouped by kind, lengths in metres, no private value."""

from __future__ import annotations

from boothmanager.cli.output import table
from boothmanager.domain import (
    Amenity,
    AssignmentDiff,
    Booth,
    BoothDiff,
    Diff,
    DiffEntry,
    DiffKind,
    EventInfoDiff,
    Side,
    StandDiff,
    VenueDiff,
)
from boothmanager.domain.diff import SharesDiff
from boothmanager.domain.diff_json import PUBLIC_STAND_FIELDS, plain
from boothmanager.domain.geometry import metres
from boothmanager.domain.shares import share_frontages

K = DiffKind
HEADINGS = {
    K.BOOTH_ADDED: "booths added", K.BOOTH_REMOVED: "booths removed",
    K.BOOTH_MOVED: "booths moved", K.BOOTH_RESIZED: "booths resized",
    K.BOOTH_ROTATED: "booths rotated", K.OPEN_SIDES_CHANGED: "open sides changed",
    K.AMENITIES_CHANGED: "amenities changed", K.RESERVATION_CHANGED: "reservations changed",
    K.STAND_ADDED: "stands added", K.STAND_REMOVED: "stands removed",
    K.STAND_CHANGED: "stand records changed", K.STATUS_CHANGED: "status changes",
    K.ASSIGNMENT_MADE: "assignments made", K.ASSIGNMENT_CHANGED: "stands moved to another booth",
    K.ASSIGNMENT_REMOVED: "assignments removed", K.SHARES_CHANGED: "shared booths changed",
    K.EVENT_CHANGED: "event changed",
    K.VENUE_CHANGED: "venue changed",
}
LONGEST = 60  # characters of a changed value shown; the rest is "…"


def diff_text(diff: Diff) -> list[str]:
    """A heading per kind of change with its count, then one aligned line per change."""
    if not diff:
        return ["no changes"]
    lines: list[str] = []
    for kind in DiffKind:
        entries = diff.of_kind(kind)
        if entries:
            lines.append(f"{HEADINGS[kind]} ({len(entries)}):")
            lines += ["  " + line for line in table([row(entry) for entry in entries])]
    return lines


def row(entry: DiffEntry) -> tuple[str, ...]:
    if isinstance(entry, BoothDiff):
        return entry.number, booth_change(entry)
    if isinstance(entry, SharesDiff):
        return entry.number, sharing_change(entry)
    if isinstance(entry, AssignmentDiff):
        booths = " → ".join(b for b in (entry.old_booth, entry.new_booth) if b is not None)
        return booths, str(entry.stand_id), entry.name, shared_with(entry)
    if isinstance(entry, StandDiff):
        return str(entry.stand_id), entry.name, stand_change(entry)
    if isinstance(entry, EventInfoDiff):
        return ("event", "; ".join(
            f"{name} {value(getattr(entry.old, name))} → {value(getattr(entry.new, name))}"
            for name in entry.fields))
    assert isinstance(entry, VenueDiff)
    parts = [f"{name} {value(getattr(entry.old, name))} → {value(getattr(entry.new, name))}"
             for name in entry.fields if name != "levels"]
    if "levels" in entry.fields:
        parts.append("levels " + (", ".join(entry.levels) if entry.levels else "reordered"))
    return "venue", "; ".join(parts)


def shared_with(entry: AssignmentDiff) -> str:
    """Whom the stand shares its new booth with, or shared the one it left with."""
    if entry.shared_after:
        return "shared with " + ", ".join(repr(name) for name in entry.shared_after)
    if entry.shared_before:
        return "had shared it with " + ", ".join(repr(name) for name in entry.shared_before)
    return ""


def sharing_change(entry: SharesDiff) -> str:
    """E.g. "room for 2 → 3 stands; 'Eins' 1.50 m, 'Zwei' 1.50 m → 'Zwei' 2.00 m, …"."""
    parts = []
    if "capacity" in entry.fields:
        parts.append(f"room for {entry.old.capacity} → {entry.new.capacity} "
                     f"stand{'s' * (entry.new.capacity != 1)}")
    if "order" in entry.fields or "frontage" in entry.fields:
        parts.append(f"{front(entry.old, entry)} → {front(entry.new, entry)}")
    return "; ".join(parts)


def front(booth: Booth, entry: SharesDiff) -> str:
    """The stands along the booth's front with their parts of it, in metres."""
    if not booth.shares:
        return "no stand"
    return ", ".join(f"{entry.name(share.stand_id)!r} {metres(part)} m"
                     for share, part in zip(booth.shares, share_frontages(booth), strict=True))


def corner(booth: Booth) -> str:
    return f"{metres(booth.rect.x)}, {metres(booth.rect.y)} m"


def place(booth: Booth) -> str:
    return f"{booth.level}, {corner(booth)}"


def size(booth: Booth) -> str:
    return f"{metres(booth.rect.width)} × {metres(booth.rect.depth)} m"


def listed(values: frozenset[object], order: type) -> str:
    names = [member.value for member in order if member in values]  # type: ignore[attr-defined]
    return ", ".join(names) if names else "none"


def booth_change(entry: BoothDiff) -> str:
    old, new = entry.old, entry.new
    if entry.kind in (K.BOOTH_ADDED, K.BOOTH_REMOVED):
        booth = new or old
        assert booth is not None
        turned = f", turned {booth.rotation}°" if booth.rotation else ""
        return f"{size(booth)} at {place(booth)}{turned}"
    assert old is not None and new is not None
    if entry.kind is K.BOOTH_MOVED and old.level == new.level:
        return f"{corner(old)} → {corner(new)} ({new.level})"
    if entry.kind is K.BOOTH_MOVED:
        return f"{place(old)} → {place(new)}"
    if entry.kind is K.BOOTH_RESIZED:
        return f"{size(old)} → {size(new)}"
    if entry.kind is K.BOOTH_ROTATED:
        return f"{old.rotation}° → {new.rotation}°"
    if entry.kind is K.OPEN_SIDES_CHANGED:
        return f"{listed(old.open_sides, Side)} → {listed(new.open_sides, Side)}"
    if entry.kind is K.AMENITIES_CHANGED:
        return f"{listed(old.amenities, Amenity)} → {listed(new.amenities, Amenity)}"
    return f"{reserved(old)} → {reserved(new)}"


def reserved(booth: Booth) -> str:
    return "reserved" if booth.reserved else "not reserved"


def stand_change(entry: StandDiff) -> str:
    old, new = entry.old, entry.new
    if entry.kind is K.STAND_ADDED:
        assert new is not None
        return new.status.value
    if entry.kind is K.STAND_REMOVED:
        return ""
    assert old is not None and new is not None
    if entry.kind is K.STATUS_CHANGED:
        return f"{old.status.value} → {new.status.value}"
    # A private field is only named: its value is in no entry, and never printed.
    return "; ".join(
        f"{name} {field_value(name, getattr(old, name))} → "
        f"{field_value(name, getattr(new, name))}"
        if name in PUBLIC_STAND_FIELDS else f"{name} changed"
        for name in entry.fields)


def field_value(name: str, raw: object) -> str:
    if raw is not None and name == "min_area_mm2":
        return f"{int(raw) / 1_000_000:.2f} m²"  # type: ignore[call-overload]
    if raw is not None and name == "table_length_mm":
        return f"{metres(int(raw))} m"  # type: ignore[call-overload]
    return value(raw)


def value(raw: object) -> str:
    """A value as the diff shows it: text quoted and cut short, none for nothing."""
    shown = plain(raw)
    if shown is None or shown == "":
        return "none" if shown is None else "''"
    if isinstance(shown, bool):
        return "yes" if shown else "no"
    if isinstance(shown, list):
        return "[" + ", ".join(str(item) for item in shown) + "]"
    if isinstance(shown, str):
        cut = shown if len(shown) <= LONGEST else shown[:LONGEST - 1] + "…"
        return repr(cut)
    return str(shown)
