"""Translated wording for what the domain and storage report (errors, statuses, kinds)."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QCoreApplication, QLocale

from boothmanager.domain import (
    Amenity,
    BoothExists,
    BoothNotAssigned,
    BoothOccupied,
    BoothStatus,
    BoothType,
    ChangedElsewhere,
    DomainError,
    InvalidValue,
    Side,
    StandNameAmbiguous,
    UnknownBooth,
    UnknownStand,
)
from boothmanager.domain.problems import PlanProblem, ProblemKind
from boothmanager.domain.background import BackgroundUnreadable
from boothmanager.domain.errors import LevelChangedElsewhere
from boothmanager.domain.status import StandChangedElsewhere, StandStatus, TransitionRefused
from boothmanager.storage.errors import (
    EventFileBusy,
    EventFileExists,
    EventFileGone,
    NewerSchema,
    NotAnEventFile,
    ReadOnlyEventFile,
    StorageError,
)


def one_line(text: str) -> str:
    """Line breaks and tabs in a name become spaces where only one line fits."""
    return " ".join(text.split()) if any(c in text for c in "\n\r\t\v\f\u2028\u2029") else text


def elided(text: str, limit: int = 60) -> str:
    """A name shortened for a menu or a message title; the full text stays in the data."""
    text = one_line(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def menu_text(text: str) -> str:
    """A name shown in a menu: one line, short, and '&' not taken as a shortcut marker."""
    return elided(text).replace("&", "&&")


def plain_tooltip(*lines: str) -> str:
    """A tooltip Qt shows as text even when a name looks like HTML ("<b>…")."""
    return "<p style='white-space:pre-wrap'>" + "<br>".join(
        html.escape(elided(line, 200)) for line in lines if line) + "</p>"


def fill(template: str, *values: object) -> str:
    """Put values in for %1, %2 … in one pass, so a value that contains "%2" stays as it is."""
    return re.sub(r"%(\d)", lambda m: str(values[int(m.group(1)) - 1]), template)


def status_text(status: BoothStatus) -> str:
    return {BoothStatus.FREE: QCoreApplication.translate("Wording", "free"), BoothStatus.RESERVED: QCoreApplication.translate("Wording", "reserved"),
            BoothStatus.ASSIGNED: QCoreApplication.translate("Wording", "assigned")}[status]


def type_text(kind: BoothType) -> str:
    return {BoothType.INLINE: QCoreApplication.translate("Wording", "inline booth"), BoothType.CORNER: QCoreApplication.translate("Wording", "corner booth"),
            BoothType.PENINSULA: QCoreApplication.translate("Wording", "peninsula booth"), BoothType.ISLAND: QCoreApplication.translate("Wording", "island booth"),
            BoothType.THROUGH: QCoreApplication.translate("Wording", "through booth (open front and back)"),
            BoothType.CLOSED: QCoreApplication.translate("Wording", "closed on all sides")}[kind]


def side_text(side: Side) -> str:
    return {Side.NORTH: QCoreApplication.translate("Wording", "north"), Side.EAST: QCoreApplication.translate("Wording", "east"), Side.SOUTH: QCoreApplication.translate("Wording", "south"),
            Side.WEST: QCoreApplication.translate("Wording", "west")}[side]


def amenity_text(amenity: Amenity) -> str:
    return {Amenity.POWER: QCoreApplication.translate("Wording", "power"),
            Amenity.TABLE: QCoreApplication.translate("Wording", "table"),
            Amenity.PINBOARD: QCoreApplication.translate("Wording", "pinboard"),
            Amenity.WATER: QCoreApplication.translate("Wording", "water"),
            Amenity.NETWORK: QCoreApplication.translate("Wording", "network"),
            Amenity.WALL: QCoreApplication.translate("Wording", "wall"),
            Amenity.CHAIRS: QCoreApplication.translate("Wording", "chairs"),
            Amenity.STEP_FREE: QCoreApplication.translate("Wording", "step-free access")}[amenity]


def stand_status_text(status: StandStatus) -> str:
    return {StandStatus.APPLIED: QCoreApplication.translate("Wording", "applied"),
            StandStatus.ACCEPTED: QCoreApplication.translate("Wording", "accepted"),
            StandStatus.PLACED: QCoreApplication.translate("Wording", "placed"),
            StandStatus.CONFIRMED: QCoreApplication.translate("Wording", "confirmed"),
            StandStatus.WAITLIST: QCoreApplication.translate("Wording", "on the waiting list"),
            StandStatus.CANCELLED: QCoreApplication.translate("Wording", "cancelled")}[status]


def metres_text(millimetres: int) -> str:
    """A length in metres with the UI locale's decimal separator: 3,00 m."""
    return fill(QCoreApplication.translate("Wording", "%1 m"), QLocale().toString(millimetres / 1000, "f", 2))


def problem_text(problem: PlanProblem) -> str:
    """One line for the problems list: what is wrong where."""
    kind = problem.kind
    if kind is ProblemKind.OVERLAP:
        return fill(QCoreApplication.translate("Wording", "Booth %1 overlaps booth %2"), problem.booth, problem.other)
    if kind is ProblemKind.OUTSIDE:
        return fill(QCoreApplication.translate("Wording", "Booth %1 is outside the hall"), problem.booth)
    if kind is ProblemKind.ON_OBSTACLE:
        return fill(QCoreApplication.translate("Wording", "Booth %1 stands on %2"), problem.booth, one_line(problem.other))
    if kind is ProblemKind.IN_AREA:
        return fill(QCoreApplication.translate("Wording", "Booth %1 stands in an area without stands (%2)"), problem.booth, one_line(area_name(problem.other)))
    return fill(QCoreApplication.translate("Wording", "Booth %1 is in a keep-clear zone (%2)"), problem.booth, one_line(problem.other))


def area_name(name: str) -> str:
    """An area's label, or the name of its kind when it has none."""
    from boothmanager.domain import AreaKind

    return area_kind_text(name) if name in {kind.value for kind in AreaKind} else name


def area_kind_text(kind: str) -> str:
    """The name of a kind of non-exhibit area."""
    names = {
        "stage": QCoreApplication.translate("PlanScene", "Stage"),
        "registration": QCoreApplication.translate("PlanScene", "Registration"),
        "cafe": QCoreApplication.translate("PlanScene", "Café"),
        "seating": QCoreApplication.translate("PlanScene", "Seating"),
        "other": QCoreApplication.translate("PlanScene", "No stands"),
    }
    return names.get(kind, kind)


def error_text(error: Exception) -> str:
    """One sentence for the user: what went wrong and where."""
    if isinstance(error, UnknownBooth):
        return fill(QCoreApplication.translate("Wording", "There is no booth “%1”."), error.number)
    if isinstance(error, UnknownStand):
        return fill(QCoreApplication.translate("Wording", "There is no stand “%1”."), str(error.ref))
    if isinstance(error, BoothOccupied):
        return fill(QCoreApplication.translate("Wording", "Booth %1 is already occupied by “%2”. Unassign it first."), error.number, error.stand_name)
    if isinstance(error, BoothNotAssigned):
        return fill(QCoreApplication.translate("Wording", "Booth %1 has no stand assigned."), error.number)
    if isinstance(error, BoothExists):
        return fill(QCoreApplication.translate("Wording", "A booth numbered %1 exists already."), error.number)
    if isinstance(error, StandNameAmbiguous):
        return fill(QCoreApplication.translate("Wording", "“%1” names several stands."), error.name)
    from boothmanager.domain.shaping import BoothTooSmall, MergeProblem, MergeRefused, NumberClash

    if isinstance(error, BoothTooSmall):
        return fill(QCoreApplication.translate("Wording", "Booth %1 would be %2 × %3; every side must be at least %4."),
                    error.number, metres_text(error.width), metres_text(error.depth), metres_text(error.minimum))
    if isinstance(error, MergeRefused):
        if error.problem is MergeProblem.SAME_BOOTH:
            return QCoreApplication.translate("Wording", "A booth cannot be merged with itself.")
        template = {MergeProblem.NOT_ADJACENT: QCoreApplication.translate("Wording", "Booths %1 and %2 cannot be merged: they do not share a side."),
                    MergeProblem.BOTH_OCCUPIED: QCoreApplication.translate("Wording", "Booths %1 and %2 cannot be merged: both hold a stand. Unassign one of them first."),
                    MergeProblem.OTHER_LEVEL: QCoreApplication.translate("Wording", "Booths %1 and %2 cannot be merged: they are on different levels.")}[error.problem]
        return fill(template, error.a, error.b)
    if isinstance(error, NumberClash):
        return fill(QCoreApplication.translate("Wording", "The numbers %1 are already taken by booths outside the selection. Select those booths too, or renumber them first."), ", ".join(error.numbers))
    if isinstance(error, InvalidValue):
        return fill(QCoreApplication.translate("Wording", "Invalid %1 “%2”: %3"), error.field, str(error.value), error.reason)
    if isinstance(error, NewerSchema):
        return fill(QCoreApplication.translate("Wording", "%1 was written by a newer version of boothmanager. Please update "
                       "boothmanager to open it; the file was not changed."), str(error.path))
    if isinstance(error, EventFileExists):
        return fill(QCoreApplication.translate("Wording", "%1 exists already and was not overwritten."), str(error.path))
    if isinstance(error, NotAnEventFile):
        return fill(QCoreApplication.translate("Wording", "%1 cannot be opened: %2. The file was not changed."), str(error.path), error.reason)
    if isinstance(error, EventFileGone):
        return fill(QCoreApplication.translate("Wording", "%1 was deleted, moved or replaced while it was open; nothing was changed. Save a copy with Save As."), str(error.path))
    if isinstance(error, ChangedElsewhere):
        return fill(QCoreApplication.translate("Wording", "Booth %1 was changed elsewhere since; nothing was changed."), error.number)
    if isinstance(error, LevelChangedElsewhere):
        return fill(QCoreApplication.translate("Wording", "Level %1 was changed elsewhere since; nothing was changed."), error.level)
    if isinstance(error, BackgroundUnreadable):
        return fill(QCoreApplication.translate("Wording", "%1 cannot be used as a background: %2. Nothing was changed."), error.path, error.reason)
    from boothmanager.domain.template import TemplateUnreadable

    if isinstance(error, TemplateUnreadable):
        return fill(QCoreApplication.translate("Wording", "%1 is not a usable venue template: %2. Nothing was changed."), error.path, error.reason)
    if isinstance(error, TransitionRefused):
        return fill(QCoreApplication.translate("Wording", "Stand %1 cannot go from “%2” to “%3”."),
                    error.stand_id, stand_status_text(error.old), stand_status_text(error.new))
    if isinstance(error, StandChangedElsewhere):
        return fill(QCoreApplication.translate("Wording", "Stand %1 was changed elsewhere since; nothing was changed."), error.stand_id)
    from boothmanager.domain.sheets.problems import ImportRefused, UnusableSheet  # on first use
    from boothmanager.domain.snapshot import SnapshotExists, UnknownSnapshot

    if isinstance(error, SnapshotExists):
        return fill(QCoreApplication.translate("Wording", "A snapshot named “%1” exists already."), error.name)
    if isinstance(error, UnknownSnapshot):
        return fill(QCoreApplication.translate("Wording", "There is no snapshot “%1”."), error.name)

    if isinstance(error, (ImportRefused, UnusableSheet)):
        return fill(QCoreApplication.translate("Wording", "The sheet was not imported (%1 problems); nothing was changed."), len(error.problems))
    if isinstance(error, EventFileBusy):
        return fill(QCoreApplication.translate("Wording", "%1 is in use by another program; nothing was changed. Try again in a moment."), str(error.path))
    if isinstance(error, ReadOnlyEventFile):
        return fill(QCoreApplication.translate("Wording", "%1 is read-only; nothing was changed. Save a copy with Save As."), str(error.path))
    if isinstance(error, (StorageError, DomainError)):
        return str(error)
    return fill(QCoreApplication.translate("Wording", "Unexpected error: %1"), str(error))
