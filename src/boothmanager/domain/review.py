"""A reviewer's answers to a review package, and the review items they become in the event."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from boothmanager.domain.errors import DomainError, InvalidValue
from boothmanager.domain.stand import MAX_TEXT

MAX_REVIEWER = 100


class Decision(StrEnum):
    """What a reviewer says about one assignment (a stand on a booth)."""

    APPROVE = "approve"
    REQUEST_CHANGE = "request_change"


class Verdict(StrEnum):
    """The reviewer's overall answer."""

    APPROVE = "approve"
    CHANGES = "changes"


class ReviewItemKind(StrEnum):
    """What a review item in the event is: an answer to an assignment, a pin, or a verdict."""

    APPROVE = "approve"
    REQUEST_CHANGE = "request_change"
    COMMENT = "comment"
    VERDICT = "verdict"


class ReviewItemState(StrEnum):
    OPEN = "open"
    DONE = "done"


def check_reviewer(name: str) -> str:
    """A reviewer's name: one short printable line, not empty."""
    cleaned = name.strip()
    if not cleaned or len(cleaned) > MAX_REVIEWER or not cleaned.isprintable():
        raise InvalidValue(field="reviewer", value=name,
                           reason=f"1 to {MAX_REVIEWER} printable characters on one line")
    return cleaned


def check_comment(text: str) -> str:
    if len(text) > MAX_TEXT:
        raise InvalidValue(field="review comment", value=text[:40] + "…",
                           reason=f"at most {MAX_TEXT} characters")
    return text


@dataclass(frozen=True, slots=True)
class AssignmentAnswer:
    """Approve, or request a change of, the stand `stand_id` on booth `booth` (on a shared
    booth each stand has its own answer)."""

    booth: str
    stand_id: int
    decision: Decision
    comment: str = ""

    def __post_init__(self) -> None:
        check_comment(self.comment)


@dataclass(frozen=True, slots=True)
class PinnedComment:
    """A comment pinned to a point (mm) on a level of the plan."""

    level: str
    x: int
    y: int
    text: str

    def __post_init__(self) -> None:
        if type(self.x) is not int or type(self.y) is not int:
            raise InvalidValue(field="comment position", value=(self.x, self.y),
                               reason="whole millimetres")
        if not self.text.strip():
            raise InvalidValue(field="pinned comment", value=self.text, reason="must not be empty")
        check_comment(self.text)


@dataclass(frozen=True, slots=True)
class ReviewAnswers:
    """Everything one reviewer answered; the GUI review mode builds it with the `with_` methods."""

    reviewer: str
    verdict: Verdict | None = None
    comment: str = ""  # on the verdict
    assignments: tuple[AssignmentAnswer, ...] = ()
    pins: tuple[PinnedComment, ...] = ()
    answered_at: datetime | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "reviewer", check_reviewer(self.reviewer))
        check_comment(self.comment)
        # A shared booth holds several stands, each answered on its own.
        keys = [(answer.booth, answer.stand_id) for answer in self.assignments]
        if len(set(keys)) < len(keys):
            raise InvalidValue(field="review answers", value=keys,
                               reason="one answer per stand on a booth")

    def with_assignment(self, answer: AssignmentAnswer) -> ReviewAnswers:
        """These answers with `answer` replacing any earlier one for its stand on its booth."""
        kept = tuple(a for a in self.assignments
                     if (a.booth, a.stand_id) != (answer.booth, answer.stand_id))
        return replace(self, assignments=(*kept, answer))

    def without_assignment(self, booth: str, stand_id: int | None = None) -> ReviewAnswers:
        """These answers without the one for `stand_id` on `booth` (None: every stand on it)."""
        return replace(self, assignments=tuple(
            a for a in self.assignments
            if a.booth != booth or (stand_id is not None and a.stand_id != stand_id)))

    def with_pin(self, pin: PinnedComment) -> ReviewAnswers:
        return replace(self, pins=(*self.pins, pin))

    def with_verdict(self, verdict: Verdict | None, comment: str = "") -> ReviewAnswers:
        return replace(self, verdict=verdict, comment=comment)

    @property
    def empty(self) -> bool:
        return not (self.assignments or self.pins or self.verdict)


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """One answer as the event keeps it: open or done, and whether it saw an older version."""

    id: int | None
    seal: str  # of the package the answer came in
    snapshot: str  # the event snapshot the package showed, e.g. "review-2"
    reviewer: str
    verdict: Verdict | None
    kind: ReviewItemKind
    comment: str
    state: ReviewItemState
    older_version: bool  # the booth or stand changed since the package's snapshot
    booth: str | None = None
    stand_id: int | None = None
    level: str | None = None
    x: int | None = None
    y: int | None = None
    imported_at: datetime | None = None
    imported_by: str = ""


class ReviewAnswersInvalid(DomainError):
    """The answers do not fit the package they are in (a booth it does not show, say)."""

    def __init__(self, *, reason: str) -> None:
        self.reason = reason
        super().__init__(reason=reason)

    def describe(self) -> str:
        return f"the review answers cannot be used: {self.reason}; nothing was changed"


class ReviewAlreadyImported(DomainError):
    """This reviewer's answers to this package are in the event already."""

    def __init__(self, *, reviewer: str, snapshot: str) -> None:
        self.reviewer = reviewer
        self.snapshot = snapshot
        super().__init__(reviewer=reviewer, snapshot=snapshot)

    def describe(self) -> str:
        return (f"the answers of {self.reviewer!r} to {self.snapshot!r} were imported already; "
                "nothing was changed")


class ReviewNotAnswered(DomainError):
    """A package without answers has nothing to import."""

    def __init__(self, *, snapshot: str) -> None:
        self.snapshot = snapshot
        super().__init__(snapshot=snapshot)

    def describe(self) -> str:
        return f"the review package {self.snapshot!r} has no answers yet; nothing was changed"


class ForeignReviewPackage(DomainError):
    """The package shows another event, or a snapshot the event file holds differently."""

    def __init__(self, *, reason: str) -> None:
        self.reason = reason
        super().__init__(reason=reason)

    def describe(self) -> str:
        return f"the review package is not from this event: {self.reason}; nothing was changed"


class ReviewStale(DomainError):
    """The event changed while its review package was being made."""

    def __init__(self) -> None:
        super().__init__()

    def describe(self) -> str:
        return "the event changed while the review package was made; nothing was kept, try again"


class UnknownReviewItem(DomainError):
    def __init__(self, *, item_id: int) -> None:
        self.item_id = item_id
        super().__init__(item_id=item_id)

    def describe(self) -> str:
        return f"there is no review item {self.item_id}"
