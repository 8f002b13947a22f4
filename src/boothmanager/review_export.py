"""Review packages on disk: write the next one of an event, save a reviewer's answers into one."""

from __future__ import annotations

import os
import tempfile
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from boothmanager.domain import Event
    from boothmanager.domain.diff import Diff
    from boothmanager.domain.review import ReviewAnswers
    from boothmanager.storage.database import Database

PDF_CONTENT = "plan and assignments"  # what the manifest says the package's PDF shows


class NotAReviewTarget(ValueError):
    """The package may not go there: an existing file that is not a review package."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(f"{path}: is not a review package; it is not replaced")


@dataclass(frozen=True)
class ExportedReview:
    """What was written: the package's snapshot name, the previous one and what it shows."""

    snapshot: str
    previous: str | None
    changes: int | None  # None: the first review of the event
    booths: int
    placed: int  # booths with a stand
    shared: int = 0  # booths with more than one stand


def plan_pdf(event: Event, lang: str, *, snapshot: str = "", previous: str | None = None,
             diff: Diff | None = None, created_by: str = "",
             created_at: datetime | None = None) -> bytes:
    """The PDF of the package, drawn from the event without private data: the plan with the
    changes since `previous` marked, the assignment table and those changes listed (signage
    errors such as NothingToPrint or MissingGlyphs pass through)."""
    from boothmanager.signage.review_pdf import ReviewFacts, review_pdf

    facts = ReviewFacts(snapshot=snapshot, previous=previous, created_by=created_by,
                        created_at=created_at)
    return review_pdf(event, facts=facts, diff=diff, lang=lang)


def written_beside(out: Path, data: bytes) -> Path:
    """`data` in a new file beside `out`, to be renamed over it once all else went well."""
    fd, name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".part")
    with os.fdopen(fd, "wb") as stream:
        stream.write(data)
    return Path(name)


def save_answers(path: Path, data: bytes, answers: ReviewAnswers) -> None:
    """Put a reviewer's answers into the package at `path` (its sealed parts untouched)."""
    from boothmanager.domain.review_package import with_answers

    temp = written_beside(path, with_answers(data, answers))
    try:
        os.replace(temp, path)
    finally:
        with suppress(OSError):
            temp.unlink()


def export_review(db: Database, out: Path, *, lang: str = "de") -> ExportedReview:
    """Write the package to `out` and keep its snapshot in the event, both or neither."""
    from boothmanager.domain.diff_json import diff_json
    from boothmanager.domain.review_package import write_package
    from boothmanager.domain.snapshot_document import document_sha256
    from boothmanager.operations import TakeReviewSnapshot, draft_review

    if out.exists() and not out.read_bytes().startswith(b"PK"):
        raise NotAReviewTarget(out)
    with db.unit_of_work() as uow:
        draft = draft_review(uow)
    now = datetime.now(UTC).replace(microsecond=0)
    manifest = {"event": draft.event.info.name, "snapshot": draft.snapshot,
                "previous": draft.previous, "created_by": db.actor, "pdf": PDF_CONTENT,
                "created_at": now.isoformat(timespec="seconds")}
    diff = {"since": draft.previous,
            "changes": diff_json(draft.diff) if draft.diff is not None else []}
    pdf = plan_pdf(draft.event, lang, snapshot=draft.snapshot, previous=draft.previous,
                   diff=draft.diff, created_by=db.actor, created_at=now.astimezone())
    data = write_package(manifest=manifest, document=draft.document, diff=diff, pdf=pdf)
    temp = written_beside(out, data)
    try:
        change = db.run(TakeReviewSnapshot(snapshot=draft.snapshot,
                                           document_sha256=document_sha256(draft.document)))
        try:
            os.replace(temp, out)
        except OSError:
            db.run(change.inverse)  # no package written: no review snapshot either
            raise
    finally:
        with suppress(OSError):
            temp.unlink()
    return ExportedReview(snapshot=draft.snapshot, previous=draft.previous,
                          changes=None if draft.diff is None else len(draft.diff),
                          booths=len(draft.event.booths),
                          placed=sum(1 for b in draft.event.booths if b.stand_id is not None),
                          shared=sum(1 for b in draft.event.booths if b.shared))
