"""Send an event for review and take the answers back: the review snapshot, import, item states."""

from __future__ import annotations

import re
from dataclasses import dataclass

from boothmanager.domain import Event, snapshot_document
from boothmanager.domain.diff import Diff, diff_events
from boothmanager.domain.review import (
    ForeignReviewPackage,
    ReviewAlreadyImported,
    ReviewAnswers,
    ReviewItem,
    ReviewItemKind,
    ReviewItemState,
    ReviewNotAnswered,
    ReviewStale,
    UnknownReviewItem,
)
from boothmanager.domain.review_package import ReviewPackage
from boothmanager.domain.snapshot import without_private
from boothmanager.domain.snapshot_document import document_sha256
from boothmanager.operations.base import Change, Operation, UnitOfWork
from boothmanager.operations.snapshots import DeleteSnapshot, read_event, refuse_taken

REVIEW_NAME = re.compile(r"review-([1-9][0-9]*)")


@dataclass(frozen=True, slots=True)
class ReviewDraft:
    """What a review package of the event as it is now shows, before anything is kept."""

    snapshot: str  # the name its snapshot will get: review-N
    previous: str | None  # the last review snapshot, if any
    event: Event  # private data removed
    document: str  # the snapshot document of `event`
    diff: Diff | None  # since `previous` (private data removed on both sides)


def review_numbers(uow: UnitOfWork) -> list[tuple[int, str]]:
    found = [(int(m.group(1)), info.name) for info in uow.snapshots.all()
             if (m := REVIEW_NAME.fullmatch(info.name))]
    return sorted(found)


def draft_review(uow: UnitOfWork) -> ReviewDraft:
    """The content of the next review package; reads only."""
    numbers = review_numbers(uow)
    previous = numbers[-1][1] if numbers else None
    event = without_private(read_event(uow))
    diff = None
    if previous is not None:
        stored = uow.snapshots.get(previous)
        assert stored is not None
        diff = diff_events(without_private(stored.event()), event)
    number = numbers[-1][0] + 1 if numbers else 1
    return ReviewDraft(snapshot=f"review-{number}", previous=previous, event=event,
                       document=snapshot_document(event), diff=diff)


@dataclass(frozen=True)
class TakeReviewSnapshot(Operation):
    """Keep the event as the review package `snapshot` shows it; undo deletes the snapshot.

    `document_sha256` is the digest of the package's document: if the event changed since
    the draft was made, ReviewStale and nothing is kept.
    """

    snapshot: str
    document_sha256: str
    name = "take_review_snapshot"

    def apply(self, uow: UnitOfWork) -> Change:
        draft = draft_review(uow)
        if draft.snapshot != self.snapshot or document_sha256(draft.document) != \
                self.document_sha256:
            raise ReviewStale()
        refuse_taken(uow, self.snapshot)
        taken = uow.snapshots.add(self.snapshot, "review package",
                                  snapshot_document(read_event(uow)))
        return Change(self.name, inverse=DeleteSnapshot(snapshot=self.snapshot, expected=taken),
                      snapshots=frozenset({self.snapshot}))


def check_origin(uow: UnitOfWork, package: ReviewPackage, now: Event) -> None:
    """Refuse a package of another event, or of a snapshot this file holds otherwise."""
    then = package.event()
    if then.info.name != now.info.name:
        raise ForeignReviewPackage(reason=f"it shows the event {then.info.name!r}")
    stored = uow.snapshots.get(package.snapshot)
    if stored is not None:
        kept = snapshot_document(without_private(stored.event()))
        if document_sha256(kept) != document_sha256(package.document):
            raise ForeignReviewPackage(reason=f"the snapshot {package.snapshot!r} in this file "
                                              "shows something else")


def review_items(package: ReviewPackage, answers: ReviewAnswers, diff: Diff) -> list[ReviewItem]:
    """The items of one reviewer's answers; those touching changed booths or stands are older."""
    then = package.event()
    booths, stands = diff.booths, diff.stands

    def item(kind: ReviewItemKind, comment: str, older: bool, **where: object) -> ReviewItem:
        state = (ReviewItemState.DONE if kind is ReviewItemKind.APPROVE
                 else ReviewItemState.OPEN)
        return ReviewItem(id=None, seal=package.seal, snapshot=package.snapshot,
                          reviewer=answers.reviewer, verdict=answers.verdict, kind=kind,
                          comment=comment, state=state, older_version=older, **where)

    items = [item(ReviewItemKind(a.decision.value), a.comment,
                  a.booth in booths or a.stand_id in stands, booth=a.booth, stand_id=a.stand_id)
             for a in answers.assignments]
    for pin in answers.pins:
        under = {b.number for b in then.booths if b.level == pin.level
                 and b.rect.x <= pin.x <= b.rect.right and b.rect.y <= pin.y <= b.rect.top}
        items.append(item(ReviewItemKind.COMMENT, pin.text, bool(under & booths),
                          level=pin.level, x=pin.x, y=pin.y))
    if answers.verdict is not None:
        # The verdict is about the whole plan: older if any booth or stand changed.
        items.append(item(ReviewItemKind.VERDICT, answers.comment, bool(booths or stands)))
    return items


@dataclass(frozen=True)
class ImportReview(Operation):
    """Take one reviewer's answers from a verified package into the event, all or nothing.

    The same reviewer's answers to the same package twice are refused (ReviewAlreadyImported);
    other reviewers' answers to it merge. Undo removes the imported items.
    """

    package: ReviewPackage
    name = "import_review"

    def apply(self, uow: UnitOfWork) -> Change:
        answers = self.package.answers
        if answers is None or answers.empty:
            raise ReviewNotAnswered(snapshot=self.package.snapshot)
        if uow.reviews.imported(self.package.seal, answers.reviewer):
            raise ReviewAlreadyImported(reviewer=answers.reviewer,
                                        snapshot=self.package.snapshot)
        now = read_event(uow)
        check_origin(uow, self.package, now)
        diff = diff_events(self.package.event(), without_private(now))
        ids = uow.reviews.add(review_items(self.package, answers, diff))
        return Change(self.name, inverse=ForgetReview(package=self.package),
                      reviews=frozenset(ids))


@dataclass(frozen=True)
class ForgetReview(Operation):
    """Remove one reviewer's imported answers to a package (the undo of ImportReview)."""

    package: ReviewPackage
    name = "forget_review"

    def apply(self, uow: UnitOfWork) -> Change:
        assert self.package.answers is not None
        ids = frozenset(i.id for i in uow.reviews.all() if i.id is not None
                        and i.seal == self.package.seal
                        and i.reviewer == self.package.answers.reviewer)
        uow.reviews.remove(self.package.seal, self.package.answers.reviewer)
        return Change(self.name, inverse=ImportReview(package=self.package), reviews=ids)


@dataclass(frozen=True)
class SetReviewItemState(Operation):
    """Mark a review item open or done (logged); undo sets it back."""

    item_id: int
    state: ReviewItemState
    name = "set_review_item_state"

    def apply(self, uow: UnitOfWork) -> Change:
        found = uow.reviews.get(self.item_id)
        if found is None:
            raise UnknownReviewItem(item_id=self.item_id)
        uow.reviews.set_state(self.item_id, self.state)
        inverse = SetReviewItemState(item_id=self.item_id, state=found.state)
        return Change(self.name, inverse=inverse, changed=found.state != self.state,
                      reviews=frozenset({self.item_id}))
