"""The automatic assignment's reasons and blocking rules, worded in the UI language."""

from __future__ import annotations

from collections.abc import Mapping

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
    KeptApart,
    Locked,
    Moved,
    NearStand,
    NoFreeBoothInZones,
    NoFreeBoothWithNeeds,
    Reason,
    SharesBooth,
    Shortage,
    ThemeCluster,
    Waitlisted,
    WishGranted,
)
from boothmanager.gui.wording import amenity_text, fill, metres_text, one_line

LISTED = 5


def stands_text(stand_ids: tuple[int, ...], names: Mapping[int, str] | None) -> str:
    """Stands by name where known (else by number), e.g. "Projekt 2, Verein"."""
    return ", ".join(one_line(names[i]) if names and i in names
                     else fill(QCoreApplication.translate("Proposal", "stand %1"), i)
                     for i in stand_ids)


def needs_text(needs: frozenset[Amenity]) -> str:
    return ", ".join(amenity_text(a) for a in sorted(needs))


def area_text(mm2: int) -> str:
    return f"{mm2 / 1_000_000:g} m²"


def zones_text(zones: frozenset[str]) -> str:
    return " / ".join(sorted(zones))


def reason_text(reason: Reason, names: Mapping[int, str] | None = None) -> str:
    """One reason for a placement, e.g. "moved from S3", "wish 1 granted"; `names`: stand
    names by id, for the stands a booth is shared with."""
    match reason:
        case SharesBooth(booth=booth, stand_ids=others):
            return fill(QCoreApplication.translate("Proposal", "shares booth %1 with %2"),
                        booth, stands_text(others, names))
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


def blocker_text(blocker: Blocker, names: Mapping[int, str] | None = None) -> str:
    """Why a stand got no booth, from the data: "3 stands need power, 2 free booths have it";
    shared booths count places ("3 stands need power, 2 free places have it")."""
    match blocker:
        case KeptApart(booth=booth, stand_id=other):
            return fill(QCoreApplication.translate(
                "Proposal", "would share booth %1 with %2, which it is to be kept apart from"),
                booth, stands_text((other,), names))
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
        case Waitlisted(booths=booths, ahead=ahead, places=places):
            listed = ", ".join(booths[:LISTED]) + (", …" if len(booths) > LISTED else "")
            if places != len(booths):
                return fill(QCoreApplication.translate(
                    "Proposal", "on the waiting list: the %1 places that fit it go to %2 stands "
                                "ahead of it (%3)"), places, len(ahead), listed)
            return fill(QCoreApplication.translate(
                "Proposal", "on the waiting list: the %1 booths that fit it go to %2 stands "
                            "ahead of it (%3)"), len(booths), len(ahead), listed)
        case Shortage(stand_ids=stands, booths=booths, needs=needs, places=places):
            listed = ", ".join(booths[:LISTED]) + (", …" if len(booths) > LISTED else "")
            if places != len(booths):  # shared booths: the places are what run out
                if needs:
                    return fill(QCoreApplication.translate(
                        "Proposal", "%1 stands need %2, %3 free places have it (%4)"),
                        len(stands), needs_text(needs), places, listed)
                return fill(QCoreApplication.translate(
                    "Proposal", "%1 stands compete for %2 places that fit them (%3)"),
                    len(stands), places, listed)
            if needs:
                return fill(QCoreApplication.translate("Proposal", "%1 stands need %2, %3 free booths have it (%4)"),
                            len(stands), needs_text(needs), len(booths), listed)
            return fill(QCoreApplication.translate("Proposal", "%1 stands compete for %2 booths that fit them (%3)"),
                        len(stands), len(booths), listed)
    return str(blocker)
