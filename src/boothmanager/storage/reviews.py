"""The review repository: items from imported review packages and their log, in the event file."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from boothmanager.domain.review import ReviewItem, ReviewItemKind, ReviewItemState, Verdict
from boothmanager.storage.models import ReviewItemRow, ReviewLogRow
from boothmanager.storage.stands import utc_now


def item_of(row: ReviewItemRow) -> ReviewItem:
    return ReviewItem(id=row.id, seal=row.seal, snapshot=row.snapshot, reviewer=row.reviewer,
                      verdict=Verdict(row.verdict) if row.verdict else None,
                      kind=ReviewItemKind(row.kind), comment=row.comment,
                      state=ReviewItemState(row.state),
                      older_version=row.older_version, booth=row.booth, stand_id=row.stand_id,
                      level=row.level, x=row.x, y=row.y,
                      imported_at=row.imported_at.replace(tzinfo=UTC),
                      imported_by=row.imported_by)


class SqlReviews:
    """Review items, stamped with who imported them and when; every change is logged."""

    def __init__(self, session: Session, *, who: str = "",
                 clock: Callable[[], datetime] = utc_now) -> None:
        self.session = session
        self.who = who
        self.clock = clock

    def all(self) -> list[ReviewItem]:
        """Every review item, in the order they were imported."""
        rows = self.session.scalars(select(ReviewItemRow).order_by(ReviewItemRow.id))
        return [item_of(row) for row in rows]

    def get(self, item_id: int) -> ReviewItem | None:
        row = self.session.get(ReviewItemRow, item_id)
        return item_of(row) if row is not None else None

    def imported(self, seal: str, reviewer: str) -> bool:
        """Whether `reviewer`'s answers to the package sealed with `seal` are here already."""
        query = select(ReviewItemRow.id).where(ReviewItemRow.seal == seal,
                                                ReviewItemRow.reviewer == reviewer).limit(1)
        return self.session.execute(query).first() is not None

    def add(self, items: Iterable[ReviewItem]) -> list[int]:
        """Keep new items (their id and import stamp are set here), each logged as imported."""
        at = self.clock().astimezone(UTC).replace(tzinfo=None)
        rows = [ReviewItemRow(seal=i.seal, snapshot=i.snapshot, reviewer=i.reviewer,
                              verdict=i.verdict.value if i.verdict else None, kind=i.kind.value,
                              booth=i.booth, stand_id=i.stand_id, level=i.level, x=i.x, y=i.y,
                              comment=i.comment, state=i.state.value,
                              older_version=i.older_version, imported_at=at,
                              imported_by=self.who) for i in items]
        self.session.add_all(rows)
        self.session.flush()
        self.session.add_all(ReviewLogRow(item_id=row.id, at=at, who=self.who, action="imported")
                             for row in rows)
        self.session.flush()
        return [row.id for row in rows]

    def set_state(self, item_id: int, state: ReviewItemState) -> None:
        row = self.session.get(ReviewItemRow, item_id)
        if row is None or row.state == state.value:
            return
        row.state = state.value
        at = self.clock().astimezone(UTC).replace(tzinfo=None)
        self.session.add(ReviewLogRow(item_id=item_id, at=at, who=self.who, action=state.value))
        self.session.flush()

    def remove(self, seal: str, reviewer: str) -> None:
        """Drop one reviewer's answers to one package (the undo of their import)."""
        ids = select(ReviewItemRow.id).where(ReviewItemRow.seal == seal,
                                              ReviewItemRow.reviewer == reviewer)
        self.session.execute(delete(ReviewLogRow).where(ReviewLogRow.item_id.in_(ids)))
        self.session.execute(delete(ReviewItemRow).where(ReviewItemRow.seal == seal,
                                                         ReviewItemRow.reviewer == reviewer))

    def log(self, item_id: int) -> list[tuple[datetime, str, str]]:
        """When, who and what happened to the item, oldest first."""
        query = (select(ReviewLogRow.at, ReviewLogRow.who, ReviewLogRow.action)
                 .where(ReviewLogRow.item_id == item_id).order_by(ReviewLogRow.id))
        return [(at.replace(tzinfo=UTC), who, action)
                for at, who, action in self.session.execute(query)]

    def approvals(self) -> dict[tuple[str, int], list[str]]:
        """Per assignment (booth, stand id), the reviewers who approved it."""
        query = (select(ReviewItemRow.booth, ReviewItemRow.stand_id, ReviewItemRow.reviewer)
                 .where(ReviewItemRow.kind == ReviewItemKind.APPROVE.value)
                 .order_by(ReviewItemRow.id))
        found: dict[tuple[str, int], list[str]] = {}
        for booth, stand_id, reviewer in self.session.execute(query):
            found.setdefault((booth, stand_id), []).append(reviewer)
        return found
