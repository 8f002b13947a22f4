"""Review mode and review items worded in the UI language: answers, refusals, what blocks Save."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from boothmanager.domain.review import Decision, ReviewItemKind, ReviewItemState, Verdict
from boothmanager.gui.review_session import (
    Blocker,
    BlockerKind,
    PackageChangedOnDisk,
    PackageUnreadable,
)
from boothmanager.gui.wording import fill, one_line


def decision_text(decision: Decision | None) -> str:
    if decision is Decision.APPROVE:
        return QCoreApplication.translate("Review", "approved")
    if decision is Decision.REQUEST_CHANGE:
        return QCoreApplication.translate("Review", "change requested")
    return QCoreApplication.translate("Review", "not answered")


def verdict_text(verdict: Verdict | None) -> str:
    if verdict is Verdict.APPROVE:
        return QCoreApplication.translate("Review", "approve the plan")
    if verdict is Verdict.CHANGES:
        return QCoreApplication.translate("Review", "changes needed")
    return QCoreApplication.translate("Review", "no verdict yet")


def kind_text(kind: ReviewItemKind) -> str:
    return {ReviewItemKind.APPROVE: QCoreApplication.translate("Review", "approval"),
            ReviewItemKind.REQUEST_CHANGE: QCoreApplication.translate("Review", "change requested"),
            ReviewItemKind.COMMENT: QCoreApplication.translate("Review", "pinned comment"),
            ReviewItemKind.VERDICT: QCoreApplication.translate("Review", "verdict")}[kind]


def state_text(state: ReviewItemState) -> str:
    if state is ReviewItemState.DONE:
        return QCoreApplication.translate("Review", "done")
    return QCoreApplication.translate("Review", "open")


def blocker_text(blocker: Blocker) -> str:
    """What to do so that the answers can be saved."""
    kind, booth = blocker.kind, blocker.booth
    if kind is BlockerKind.NO_REVIEWER:
        return QCoreApplication.translate("Review", "Enter your name as the reviewer.")
    if kind is BlockerKind.BAD_REVIEWER:
        return QCoreApplication.translate(
            "Review", "The reviewer's name must be one line of at most 100 characters.")
    if kind is BlockerKind.NOTHING_ANSWERED:
        return QCoreApplication.translate(
            "Review", "Nothing answered yet: approve an assignment, request a change, pin a "
                      "comment or give a verdict.")
    if booth is not None and blocker.stand:
        # A shared booth: the stand on it the answer is about.
        booth = fill(QCoreApplication.translate("Review", "%1 (“%2”)"), booth,
                     one_line(blocker.stand))
    if kind is BlockerKind.REQUEST_WITHOUT_COMMENT:
        return fill(QCoreApplication.translate(
            "Review", "Booth %1: say in the comment what should change."), booth)
    if kind is BlockerKind.COMMENT_WITHOUT_DECISION:
        return fill(QCoreApplication.translate(
            "Review", "Booth %1 has a comment but no answer: approve it or request a change."),
            booth)
    if booth is not None:
        return fill(QCoreApplication.translate(
            "Review", "Booth %1: the comment is too long."), booth)
    return QCoreApplication.translate("Review", "The comment on the verdict is too long.")


def refusal_text(error: Exception, path: Path) -> str:
    """Why a package cannot be opened or saved; always says the file and that nothing changed."""
    from boothmanager.domain.review import ReviewAnswersInvalid
    from boothmanager.domain.review_package import (
        NotAReviewPackage,
        ReviewPackageDamaged,
        ReviewPackageFormat,
        ReviewPackageRefused,
        ReviewPackageTampered,
    )

    name = str(path)
    if isinstance(error, PackageUnreadable):
        return fill(QCoreApplication.translate(
            "Review", "%1 cannot be read: %2."), name, error.reason)
    if isinstance(error, PackageChangedOnDisk):
        return fill(QCoreApplication.translate(
            "Review", "%1 was changed by another program since it was opened, so your answers "
                      "were not saved into it and the file was left as it is. Close review mode "
                      "and open the package again."), name)
    if isinstance(error, NotAReviewPackage):
        return fill(QCoreApplication.translate(
            "Review", "%1 was not opened: %2."), name, error.reason)
    if isinstance(error, ReviewPackageDamaged):
        return fill(QCoreApplication.translate(
            "Review", "%1 is damaged or incomplete (%2). It was not opened; ask for the package "
                      "again."), name, error.reason)
    if isinstance(error, ReviewPackageFormat):
        return fill(QCoreApplication.translate(
            "Review", "%1 was made by another version of boothmanager (%2). It was not opened."),
            name, error.reason)
    if isinstance(error, ReviewPackageTampered):
        return fill(QCoreApplication.translate(
            "Review", "%1 was changed after it was sent for review: %2. It cannot be trusted "
                      "and was not opened; ask for a fresh package."), name, error.reason)
    if isinstance(error, ReviewPackageRefused):
        return fill(QCoreApplication.translate(
            "Review", "%1 is refused: %2. It was not opened."), name, error.reason)
    if isinstance(error, ReviewAnswersInvalid):
        return fill(QCoreApplication.translate(
            "Review", "The answers in %1 cannot be used: %2. Nothing was changed."), name,
            error.reason)
    if isinstance(error, OSError):
        return fill(QCoreApplication.translate(
            "Review", "%1 could not be written: %2. Your answers are still open here."), name,
            error.strerror or str(error))
    return fill(QCoreApplication.translate("Review", "%1: %2. Nothing was changed."), name,
                str(error))


def change_text(change: dict[str, Any]) -> str:
    """One entry of a package's diff (its JSON form), as the snapshot panel words a Diff."""
    from boothmanager.domain.diff import DiffKind  # the diff loads when a package is opened
    from boothmanager.gui.diff_wording import assignment_text

    kind = str(change.get("kind", ""))
    booth = str(change.get("booth", ""))
    stand = one_line(str(change.get("stand", "")))
    before, after = change.get("from"), change.get("to")
    booth_words = {
        "booth_added": QCoreApplication.translate("Diff", "Booth %1 added"),
        "booth_removed": QCoreApplication.translate("Diff", "Booth %1 removed"),
        "booth_moved": QCoreApplication.translate("Diff", "Booth %1 moved"),
        "booth_resized": QCoreApplication.translate("Diff", "Booth %1 resized"),
        "booth_rotated": QCoreApplication.translate("Diff", "Booth %1 turned"),
        "open_sides_changed": QCoreApplication.translate("Diff", "Booth %1: open sides changed"),
        "amenities_changed": QCoreApplication.translate("Diff", "Booth %1: amenities changed"),
        "reservation_changed": QCoreApplication.translate("Diff", "Booth %1: reservation changed"),
    }
    if kind in booth_words:
        return fill(booth_words[kind], booth)
    old = before.get("booth") if isinstance(before, dict) else None
    new = after.get("booth") if isinstance(after, dict) else None
    if kind in ("assignment_made", "assignment_removed", "assignment_changed"):
        return assignment_text(DiffKind(kind), stand, old, new, names_at(before),
                               names_at(after))
    if kind == "shares_changed":
        return shares_change_text(booth, change)
    if kind == "stand_added":
        return fill(QCoreApplication.translate("Diff", "Stand “%1” added"), stand)
    if kind == "stand_removed":
        return fill(QCoreApplication.translate("Diff", "Stand “%1” removed"), stand)
    fields = ", ".join(str(f) for f in change.get("fields", []))
    if kind in ("stand_changed", "status_changed"):
        return fill(QCoreApplication.translate("Diff", "Stand “%1” changed (%2)"), stand, fields)
    if kind == "event_changed":
        return fill(QCoreApplication.translate("Diff", "Event facts changed (%1)"), fields)
    return fill(QCoreApplication.translate("Diff", "Venue changed (%1)"), fields)


def names_at(end: object) -> list[str]:
    """The other stands' names at one end of an assignment entry of a package's diff."""
    names = end.get("shared_with") if isinstance(end, dict) else None
    return [str(name) for name in names] if isinstance(names, list) else []


def count_of(value: object) -> int:
    return value if isinstance(value, int) else 1


def shares_change_text(booth: str, change: dict[str, Any]) -> str:
    """A shared booth's capacity or front changed, from a package's diff entry."""
    from boothmanager.gui.diff_wording import sharing_text

    fields = change.get("fields", [])
    before, after = change.get("from"), change.get("to")
    if not isinstance(fields, list) or not isinstance(before, dict) \
            or not isinstance(after, dict):
        return fill(QCoreApplication.translate("Diff", "Shared booth %1: %2"), booth, "?")
    capacities = None
    if "capacity" in fields:
        capacities = (count_of(before.get("capacity")), count_of(after.get("capacity")))
    front = None
    if "order" in fields or "frontage" in fields:
        shares = after.get("shares", [])
        front = [(str(s.get("stand", "")), s.get("frontage_mm")
                  if isinstance(s.get("frontage_mm"), int) else None)
                 for s in shares if isinstance(s, dict)] if isinstance(shares, list) else []
    return sharing_text(booth, capacities, front)


def import_refusal_text(error: Exception, path: Path) -> str:
    """Why answers were not imported into the event (nothing was changed)."""
    from boothmanager.domain.review import (
        ForeignReviewPackage,
        ReviewAlreadyImported,
        ReviewNotAnswered,
    )

    if isinstance(error, ReviewAlreadyImported):
        return fill(QCoreApplication.translate(
            "Review", "The answers of “%1” in %2 were imported already; nothing was changed."),
            one_line(error.reviewer), str(path))
    if isinstance(error, ReviewNotAnswered):
        return fill(QCoreApplication.translate(
            "Review", "%1 holds no answers yet; nothing was changed."), str(path))
    if isinstance(error, ForeignReviewPackage):
        return fill(QCoreApplication.translate(
            "Review", "%1 is not a review of this event (%2); nothing was changed."), str(path),
            error.reason)
    return refusal_text(error, path)
