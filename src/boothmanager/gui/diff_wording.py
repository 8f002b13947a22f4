"""A diff between two states of the event, worded in the UI language, one line per entry."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from boothmanager.domain.diff import (
    AssignmentDiff,
    BoothDiff,
    DiffEntry,
    DiffKind,
    EventInfoDiff,
    SharesDiff,
    StandDiff,
    VenueDiff,
)
from boothmanager.domain.shares import share_frontages
from boothmanager.gui.wording import fill, metres_text, one_line, stand_status_text


def names_text(names: tuple[str, ...] | list[str]) -> str:
    """Stand names for a sentence: “Eins”, “Zwei”."""
    return ", ".join(fill(QCoreApplication.translate("Diff", "“%1”"), one_line(name))
                     for name in names)


def assignment_text(kind: DiffKind, name: str, old: str | None, new: str | None,
                    shared_before: tuple[str, ...] | list[str],
                    shared_after: tuple[str, ...] | list[str]) -> str:
    """A stand put on, moved to or taken off a booth, saying whom it shares the booth with."""
    k = DiffKind
    if kind is k.ASSIGNMENT_MADE:
        if shared_after:
            return fill(QCoreApplication.translate("Diff", "“%1” placed on %2, shared with %3"),
                        name, new, names_text(shared_after))
        return fill(QCoreApplication.translate("Diff", "“%1” placed on %2"), name, new)
    if kind is k.ASSIGNMENT_REMOVED:
        if shared_before:
            return fill(QCoreApplication.translate(
                "Diff", "“%1” taken off %2, which it shared with %3"), name, old,
                names_text(shared_before))
        return fill(QCoreApplication.translate("Diff", "“%1” taken off %2"), name, old)
    if shared_after:
        return fill(QCoreApplication.translate(
            "Diff", "“%1” moved from %2 to %3, shared with %4"), name, old, new,
            names_text(shared_after))
    return fill(QCoreApplication.translate("Diff", "“%1” moved from %2 to %3"), name, old, new)


def sharing_text(number: str, capacities: tuple[int, int] | None,
                 front: list[tuple[str, int | None]] | None) -> str:
    """A shared booth's capacity or front changed; `front`: names and parts in mm, in order."""
    parts = []
    if capacities is not None:
        parts.append(fill(QCoreApplication.translate("Diff", "room for %1 stands (was %2)"),
                          capacities[1], capacities[0]))
    if front is not None:
        stands = ", ".join(
            fill(QCoreApplication.translate("Diff", "“%1” %2"), one_line(name),
                 metres_text(part)) if part is not None
            else fill(QCoreApplication.translate("Diff", "“%1”"), one_line(name))
            for name, part in front)
        parts.append(fill(QCoreApplication.translate("Diff", "along the front %1"),
                          stands or QCoreApplication.translate("Diff", "no stand")))
    return fill(QCoreApplication.translate("Diff", "Shared booth %1: %2"), number,
                "; ".join(parts))


def shares_text(entry: SharesDiff) -> str:
    """E.g. "Shared booth S5: along the front “Zwei” 2,00 m, “Eins” 1,00 m"."""
    fields = entry.fields
    capacities = (entry.old.capacity, entry.new.capacity) if "capacity" in fields else None
    front = None
    if "order" in fields or "frontage" in fields:
        front = [(entry.name(share.stand_id), part) for share, part in
                 zip(entry.new.shares, share_frontages(entry.new), strict=True)]
    return sharing_text(entry.number, capacities, front)


def entry_text(entry: DiffEntry) -> str:
    """E.g. "Booth S3 moved 4,00 m", "Stand “IKOE” moved from S1 to S4"."""
    k = DiffKind
    if isinstance(entry, BoothDiff):
        n = entry.number
        if entry.kind is k.BOOTH_MOVED and entry.old and entry.new:
            dx = entry.new.rect.x - entry.old.rect.x
            dy = entry.new.rect.y - entry.old.rect.y
            parts = []
            if dx:
                parts.append(fill(QCoreApplication.translate("Diff", "%1 east") if dx > 0
                                  else QCoreApplication.translate("Diff", "%1 west"), metres_text(abs(dx))))
            if dy:
                parts.append(fill(QCoreApplication.translate("Diff", "%1 north") if dy > 0
                                  else QCoreApplication.translate("Diff", "%1 south"), metres_text(abs(dy))))
            if parts:
                return fill(QCoreApplication.translate("Diff", "Booth %1 moved %2"), n, ", ".join(parts))
        words = {k.BOOTH_ADDED: QCoreApplication.translate("Diff", "Booth %1 added"),
                 k.BOOTH_REMOVED: QCoreApplication.translate("Diff", "Booth %1 removed"),
                 k.BOOTH_MOVED: QCoreApplication.translate("Diff", "Booth %1 moved"),
                 k.BOOTH_RESIZED: QCoreApplication.translate("Diff", "Booth %1 resized"),
                 k.BOOTH_ROTATED: QCoreApplication.translate("Diff", "Booth %1 turned"),
                 k.OPEN_SIDES_CHANGED: QCoreApplication.translate("Diff", "Booth %1: open sides changed"),
                 k.AMENITIES_CHANGED: QCoreApplication.translate("Diff", "Booth %1: amenities changed"),
                 k.RESERVATION_CHANGED: QCoreApplication.translate("Diff", "Booth %1: reservation changed")}
        return fill(words[entry.kind], n)
    if isinstance(entry, AssignmentDiff):
        return assignment_text(entry.kind, one_line(entry.name), entry.old_booth,
                               entry.new_booth, entry.shared_before, entry.shared_after)
    if isinstance(entry, SharesDiff):
        return shares_text(entry)
    if isinstance(entry, StandDiff):
        stand = entry.new or entry.old
        name = one_line(stand.name) if stand else str(entry.stand_id)
        if entry.kind is k.STAND_ADDED:
            return fill(QCoreApplication.translate("Diff", "Stand “%1” added"), name)
        if entry.kind is k.STAND_REMOVED:
            return fill(QCoreApplication.translate("Diff", "Stand “%1” removed"), name)
        if entry.kind is k.STATUS_CHANGED and entry.old and entry.new:
            return fill(QCoreApplication.translate("Diff", "Stand “%1”: %2 → %3"), name,
                        stand_status_text(entry.old.status), stand_status_text(entry.new.status))
        return fill(QCoreApplication.translate("Diff", "Stand “%1” changed (%2)"), name, ", ".join(entry.fields))
    if isinstance(entry, EventInfoDiff):
        return fill(QCoreApplication.translate("Diff", "Event facts changed (%1)"), ", ".join(entry.fields))
    if isinstance(entry, VenueDiff):
        return fill(QCoreApplication.translate("Diff", "Venue changed (%1)"), ", ".join((*entry.fields, *entry.levels)))
    return str(entry)
