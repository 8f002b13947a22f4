"""A diff between two states of the event, worded in the UI language, one line per entry."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from boothmanager.domain.diff import (
    AssignmentDiff,
    BoothDiff,
    DiffEntry,
    DiffKind,
    EventInfoDiff,
    StandDiff,
    VenueDiff,
)
from boothmanager.gui.wording import fill, metres_text, one_line, stand_status_text




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
        name = one_line(entry.name)
        if entry.kind is k.ASSIGNMENT_MADE:
            return fill(QCoreApplication.translate("Diff", "“%1” placed on %2"), name, entry.new_booth)
        if entry.kind is k.ASSIGNMENT_REMOVED:
            return fill(QCoreApplication.translate("Diff", "“%1” taken off %2"), name, entry.old_booth)
        return fill(QCoreApplication.translate("Diff", "“%1” moved from %2 to %3"), name, entry.old_booth, entry.new_booth)
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
