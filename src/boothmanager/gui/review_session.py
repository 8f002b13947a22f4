"""Review mode without Qt: what the reviewer answered, whether it can be saved, and saving it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from boothmanager.domain.errors import InvalidValue
from boothmanager.domain.event import Event
from boothmanager.domain.review import (
    MAX_REVIEWER,
    AssignmentAnswer,
    Decision,
    PinnedComment,
    ReviewAnswers,
    Verdict,
    check_reviewer,
)
from boothmanager.domain.review_package import ReviewPackage, read_package
from boothmanager.domain.stand import MAX_TEXT


class PackageUnreadable(Exception):
    """The file could not be read at all (missing, a folder, no permission)."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class PackageChangedOnDisk(Exception):
    """The package file is no longer what review mode opened: it is not overwritten."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(f"{path}: changed by another program since it was opened")


class BlockerKind(StrEnum):
    """Why the answers cannot be saved yet."""

    NO_REVIEWER = "no_reviewer"
    BAD_REVIEWER = "bad_reviewer"
    NOTHING_ANSWERED = "nothing_answered"
    REQUEST_WITHOUT_COMMENT = "request_without_comment"  # say what should change
    COMMENT_WITHOUT_DECISION = "comment_without_decision"  # it would be lost
    COMMENT_TOO_LONG = "comment_too_long"


@dataclass(frozen=True, slots=True)
class Blocker:
    kind: BlockerKind
    booth: str | None = None  # None: the verdict or the whole package
    stand: str = ""  # on a shared booth: the public name of the stand it is about


class SaveRefused(Exception):
    """Save was asked for while something blocks it."""

    def __init__(self, blockers: list[Blocker]) -> None:
        self.blockers = blockers
        super().__init__(", ".join(b.kind.value for b in blockers))


Key = tuple[str, int]  # an assignment: the booth's number and a stand on it


@dataclass(frozen=True, slots=True)
class AssignmentRow:
    """One assignment the package shows (a stand on a booth; a shared booth has a row per
    stand), with what the reviewer said about it."""

    booth: str
    level: str
    stand_id: int
    stand: str  # the stand's public name
    organisation: str
    decision: Decision | None
    comment: str
    changed: bool  # since the previous review package
    shared_with: tuple[str, ...] = ()  # the other stands on the booth, along its front
    position: int = 0  # its place along the booth's front, 0 first
    stands_on_booth: int = 1

    @property
    def key(self) -> Key:
        return self.booth, self.stand_id


def now_utc() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def touched_by(changes: list[dict[str, Any]]) -> tuple[frozenset[str], frozenset[int]]:
    """The booths and stands the package's diff (JSON entries) is about."""
    booths: set[str] = set()
    stands: set[int] = set()
    for change in changes:
        if isinstance(change.get("booth"), str):
            booths.add(change["booth"])
        if isinstance(change.get("stand_id"), int):
            stands.add(change["stand_id"])
        for end in (change.get("from"), change.get("to")):
            if change.get("kind", "").startswith("assignment") and isinstance(end, dict) \
                    and isinstance(end.get("booth"), str):
                booths.add(end["booth"])
    return frozenset(booths), frozenset(stands)


class ReviewSession:
    """One `.boothreview` open in review mode: the answers being made, never the snapshot.

    Nothing is written until `save()`, and that writes only the answers part of the package.
    """

    def __init__(self, path: Path, data: bytes, package: ReviewPackage, *,
                 clock: Callable[[], datetime] = now_utc) -> None:
        self.path = path
        self.data = data  # the package's bytes as last read or written here
        self.package = package
        self.event: Event = package.event()
        self.clock = clock
        self.reviewer = ""
        self.reviewer_locked = False  # the package holds someone's answers already
        self.decisions: dict[Key, Decision] = {}
        self.comments: dict[Key, str] = {}
        self.pins: list[PinnedComment] = []
        self.verdict: Verdict | None = None
        self.verdict_comment = ""
        self.modified = False
        self._placed = {b.number: b for b in self.event.booths if b.stand_id is not None}
        changes = package.diff.get("changes", []) if isinstance(package.diff, dict) else []
        self.changes: list[dict[str, Any]] = [c for c in changes if isinstance(c, dict)]
        self._changed_booths, self._changed_stands = touched_by(self.changes)
        if package.answers is not None:
            self._take(package.answers)

    @classmethod
    def open(cls, path: Path, *, clock: Callable[[], datetime] = now_utc) -> ReviewSession:
        """Read and verify the package at `path`; ReviewPackageRefused, ReviewAnswersInvalid
        or PackageUnreadable if it cannot be reviewed. Reads only."""
        try:
            if path.is_dir():
                raise PackageUnreadable(path, "is a folder")
            data = path.read_bytes()
        except OSError as error:
            raise PackageUnreadable(path, error.strerror or str(error)) from None
        return cls(path, data, read_package(data), clock=clock)

    def _take(self, answers: ReviewAnswers) -> None:
        self.reviewer = answers.reviewer
        self.reviewer_locked = True
        for answer in answers.assignments:
            self.decisions[answer.booth, answer.stand_id] = answer.decision
            self.comments[answer.booth, answer.stand_id] = answer.comment
        self.pins = list(answers.pins)
        self.verdict = answers.verdict
        self.verdict_comment = answers.comment

    # What the package shows -------------------------------------------------------------
    @property
    def snapshot(self) -> str:
        return self.package.snapshot

    @property
    def previous(self) -> str | None:
        since = self.package.diff.get("since") if isinstance(self.package.diff, dict) else None
        return since if isinstance(since, str) else None

    def rows(self) -> list[AssignmentRow]:
        """Every assignment of the package in booth order (a shared booth's stands along its
        front)."""
        return [self.row(booth.number, stand_id=stand.id)
                for booth, stand in self.event.assigned()]

    def row(self, booth: str, *, stand_id: int | None = None) -> AssignmentRow:
        """The assignment of `stand_id` on `booth` (None: its only stand)."""
        key = self.key(booth, stand_id)
        placed = self._placed[booth]
        stand = self.event.stand(key[1])
        names = [self.event.stand(other).name for other in placed.stand_ids]
        position = placed.stand_ids.index(key[1])
        return AssignmentRow(booth=booth, level=placed.level, stand_id=key[1],
                             stand=stand.name, organisation=stand.organisation,
                             decision=self.decisions.get(key),
                             comment=self.comments.get(key, ""),
                             changed=booth in self._changed_booths
                             or key[1] in self._changed_stands,
                             shared_with=tuple(n for i, n in enumerate(names) if i != position),
                             position=position, stands_on_booth=len(names))

    def answerable(self, booth: str) -> bool:
        return booth in self._placed

    def stands_on(self, booth: str) -> tuple[int, ...]:
        """The stands on `booth` in the package, along its front (none: not answerable)."""
        placed = self._placed.get(booth)
        return placed.stand_ids if placed is not None else ()

    def key(self, booth: str, stand_id: int | None = None) -> Key:
        """The assignment meant; InvalidValue for a booth without stands, a stand not on it,
        or no stand named on a shared booth."""
        placed = self._placed.get(booth)
        if placed is None:
            raise InvalidValue(field="booth", value=booth,
                               reason="the package shows no stand on this booth")
        if stand_id is None:
            if placed.shared:
                raise InvalidValue(field="stand", value=booth,
                                   reason=f"{len(placed.shares)} stands share this booth; "
                                          "say which one")
            return booth, placed.stand_ids[0]
        if stand_id not in placed.stand_ids:
            raise InvalidValue(field="stand", value=stand_id,
                               reason=f"the package shows no such stand on booth {booth}")
        return booth, stand_id

    def booth_decisions(self) -> dict[str, Decision]:
        """Per booth, the answers given: a change requested for any stand on it outweighs
        approvals (a shared booth has one badge on the plan)."""
        found: dict[str, Decision] = {}
        for (booth, _), decision in sorted(self.decisions.items()):
            if decision is Decision.REQUEST_CHANGE or booth not in found:
                found[booth] = decision
        return found

    # Answering --------------------------------------------------------------------------
    def decide(self, booth: str, decision: Decision | None, comment: str | None = None, *,
               stand_id: int | None = None) -> None:
        """Approve or request a change of the stand `stand_id` on `booth` (None: its only
        stand); decision None takes the answer back."""
        key = self.key(booth, stand_id)
        if decision is None:
            self.decisions.pop(key, None)
        else:
            self.decisions[key] = decision
        if comment is not None:
            self.set_comment(booth, comment, stand_id=key[1])
        self.modified = True

    def approve(self, booth: str, comment: str | None = None, *,
                stand_id: int | None = None) -> None:
        self.decide(booth, Decision.APPROVE, comment, stand_id=stand_id)

    def request_change(self, booth: str, comment: str | None = None, *,
                       stand_id: int | None = None) -> None:
        self.decide(booth, Decision.REQUEST_CHANGE, comment, stand_id=stand_id)

    def set_comment(self, booth: str, comment: str, *, stand_id: int | None = None) -> None:
        key = self.key(booth, stand_id)
        if comment.strip():
            self.comments[key] = comment
        else:
            self.comments.pop(key, None)
        self.modified = True

    def add_pin(self, level: str, x: float, y: float, text: str) -> PinnedComment:
        """Pin `text` to (x, y) mm on `level`; InvalidValue for an empty text or unknown level."""
        if level not in {lv.name for lv in self.event.venue.levels}:
            raise InvalidValue(field="level", value=level, reason="the package shows no such level")
        pin = PinnedComment(level=level, x=round(x), y=round(y), text=text.strip())
        self.pins.append(pin)
        self.modified = True
        return pin

    def edit_pin(self, index: int, text: str) -> PinnedComment:
        pin = replace(self.pins[index], text=text.strip())
        self.pins[index] = pin
        self.modified = True
        return pin

    def remove_pin(self, index: int) -> None:
        del self.pins[index]
        self.modified = True

    def set_verdict(self, verdict: Verdict | None, comment: str | None = None) -> None:
        self.verdict = verdict
        if comment is not None:
            self.verdict_comment = comment
        self.modified = True

    def set_reviewer(self, name: str) -> None:
        """The reviewer's name; fixed once the package holds answers (one copy per reviewer)."""
        if self.reviewer_locked:
            return
        self.reviewer = name
        self.modified = True

    # Can it be saved? -------------------------------------------------------------------
    def counts(self) -> tuple[int, int, int]:
        """(approved, change requested, assignments shown)."""
        approved = sum(d is Decision.APPROVE for d in self.decisions.values())
        shown = sum(len(booth.shares) for booth in self._placed.values())
        return approved, len(self.decisions) - approved, shown

    def answered(self, booth: str, *, stand_id: int | None = None) -> bool:
        return self.key(booth, stand_id) in self.decisions

    @property
    def empty(self) -> bool:
        return not (self.decisions or self.pins or self.verdict is not None)

    def blockers(self) -> list[Blocker]:
        """What stands in the way of saving, the reviewer's name first, then by booth."""
        found: list[Blocker] = []
        if not self.reviewer.strip():
            found.append(Blocker(BlockerKind.NO_REVIEWER))
        elif len(self.reviewer.strip()) > MAX_REVIEWER or not self.reviewer.strip().isprintable():
            found.append(Blocker(BlockerKind.BAD_REVIEWER))
        if self.empty:
            found.append(Blocker(BlockerKind.NOTHING_ANSWERED))
        for row in self.rows():
            comment = row.comment
            stand = row.stand if row.shared_with else ""
            if row.decision is Decision.REQUEST_CHANGE and not comment.strip():
                found.append(Blocker(BlockerKind.REQUEST_WITHOUT_COMMENT, row.booth, stand))
            if row.decision is None and comment.strip():
                found.append(Blocker(BlockerKind.COMMENT_WITHOUT_DECISION, row.booth, stand))
            if len(comment) > MAX_TEXT:
                found.append(Blocker(BlockerKind.COMMENT_TOO_LONG, row.booth, stand))
        if len(self.verdict_comment) > MAX_TEXT:
            found.append(Blocker(BlockerKind.COMMENT_TOO_LONG))
        return found

    @property
    def can_save(self) -> bool:
        return self.modified and not self.blockers()

    def answers(self) -> ReviewAnswers:
        """The answers as they would be saved; SaveRefused while something blocks them."""
        blockers = self.blockers()
        if blockers:
            raise SaveRefused(blockers)
        answers = ReviewAnswers(reviewer=check_reviewer(self.reviewer),
                                verdict=self.verdict, comment=self.verdict_comment,
                                pins=tuple(self.pins), answered_at=self.clock())
        for row in self.rows():
            if row.decision is not None:
                answers = answers.with_assignment(AssignmentAnswer(
                    booth=row.booth, stand_id=row.stand_id, decision=row.decision,
                    comment=row.comment))
        return answers

    def save(self) -> ReviewAnswers:
        """Write the answers into the package file (its sealed parts stay byte for byte).

        SaveRefused if something blocks it; PackageChangedOnDisk if the file is no longer
        what was opened (it is left alone); OSError if it cannot be written.
        """
        from boothmanager.review_export import save_answers

        answers = self.answers()
        try:
            current = self.path.read_bytes()
        except OSError as error:
            raise PackageUnreadable(self.path, error.strerror or str(error)) from None
        if current != self.data:
            raise PackageChangedOnDisk(self.path)
        save_answers(self.path, current, answers)
        self.data = self.path.read_bytes()
        self.package = read_package(self.data)
        self.reviewer_locked = True
        self.modified = False
        return answers
