"""The automatic assignment's reasons and blocking rules, worded in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from boothmanager.domain import Amenity
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
    Locked,
    Moved,
    NearStand,
    NoFreeBoothInZones,
    NoFreeBoothWithNeeds,
    Reason,
    Shortage,
    ThemeCluster,
    Waitlisted,
    WishGranted,
)
from boothmanager.gui.wording import amenity_text, fill, metres_text

LISTED = 5




def needs_text(needs: frozenset[Amenity]) -> str:
    return ", ".join(amenity_text(a) for a in sorted(needs))


def area_text(mm2: int) -> str:
    return f"{mm2 / 1_000_000:g} m²"


def zones_text(zones: frozenset[str]) -> str:
    return " / ".join(sorted(zones))


def reason_text(reason: Reason) -> str:
    """One reason for a placement, e.g. "moved from S3", "wish 1 granted"."""
    match reason:
        case Locked(by_reservation=True):
            return QCoreApplication.translate("Proposal", "reserved for it")
        case Locked():
            return QCoreApplication.translate("Proposal", "locked")
        case Kept():
            return QCoreApplication.translate("Proposal", "kept")
        case Moved(from_booth=booth):
            return fill(QCoreApplication.translate("Proposal", "moved from %1"), booth)
        case FitsNeeds(needs=needs, min_area_mm2=least, area_mm2=size):
            parts = [needs_text(needs)] if needs else []
            if least:
                parts.append(fill(QCoreApplication.translate("Proposal", "%1, has %2"),
                                  area_text(least), area_text(size)))
            return (fill(QCoreApplication.translate("Proposal", "fits (%1)"), "; ".join(parts))
                    if parts else QCoreApplication.translate("Proposal", "fits"))
        case FitsTable(table_length_mm=table, frontage_mm=frontage):
            return fill(QCoreApplication.translate("Proposal", "table %1 fits (%2 frontage)"),
                        metres_text(table), metres_text(frontage))
        case FromWaitingList():
            return QCoreApplication.translate("Proposal", "from the waiting list")
        case InZone(zone=zone):
            return fill(QCoreApplication.translate("Proposal", "zone %1"), zone)
        case WishGranted(rank=rank):
            return fill(QCoreApplication.translate("Proposal", "wish %1 granted"), rank)
        case NearStand(stand_id=other, distance_mm=None):
            return fill(QCoreApplication.translate("Proposal", "near stand %1, which has no booth"), other)
        case NearStand(stand_id=other, distance_mm=gap):
            return fill(QCoreApplication.translate("Proposal", "near stand %1 (%2)"), other, metres_text(gap))
        case ThemeCluster(neighbours=mates):
            return fill(QCoreApplication.translate("Proposal", "theme cluster with stands %1"),
                        ", ".join(str(m) for m in mates))
        case ApartFrom(stand_id=other, honoured=True):
            return fill(QCoreApplication.translate("Proposal", "apart from stand %1"), other)
        case ApartFrom(stand_id=other):
            return fill(QCoreApplication.translate("Proposal", "next to stand %1 despite keep-apart"), other)
    return str(reason)


def blocker_text(blocker: Blocker) -> str:
    """Why a stand got no booth, from the data: "3 stands need power, 2 free booths have it"."""
    match blocker:
        case NoFreeBoothInZones(zones=zones):
            return (fill(QCoreApplication.translate("Proposal", "no booth of zone %1 is free"), zones_text(zones))
                    if zones else QCoreApplication.translate("Proposal", "no booth is free"))
        case NoFreeBoothWithNeeds(needs=needs, lacking=lacking):
            return fill(QCoreApplication.translate("Proposal", "needs %1; no free booth has it"),
                        needs_text(lacking or needs))
        case FreeBoothsTooSmall(min_area_mm2=least, largest_mm2=largest):
            return fill(QCoreApplication.translate("Proposal", "needs %1; the largest free booth has %2"),
                        area_text(least), area_text(largest))
        case FrontageTooShort(table_length_mm=table, longest_mm=longest):
            return fill(QCoreApplication.translate(
                "Proposal", "needs %1 of frontage for its table; the longest free booth has %2"),
                metres_text(table), metres_text(longest))
        case Waitlisted(booths=booths, ahead=ahead):
            listed = ", ".join(booths[:LISTED]) + (", …" if len(booths) > LISTED else "")
            return fill(QCoreApplication.translate(
                "Proposal", "on the waiting list: the %1 booths that fit it go to %2 stands "
                            "ahead of it (%3)"), len(booths), len(ahead), listed)
        case Shortage(stand_ids=stands, booths=booths, needs=needs):
            listed = ", ".join(booths[:LISTED]) + (", …" if len(booths) > LISTED else "")
            if needs:
                return fill(QCoreApplication.translate("Proposal", "%1 stands need %2, %3 free booths have it (%4)"),
                            len(stands), needs_text(needs), len(booths), listed)
            return fill(QCoreApplication.translate("Proposal", "%1 stands compete for %2 booths that fit them (%3)"),
                        len(stands), len(booths), listed)
    return str(blocker)
