"""Importing answered review packages: older-version marks, merging reviewers, refusals, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from boothmanager.domain.review import (
    AssignmentAnswer,
    Decision,
    ForeignReviewPackage,
    PinnedComment,
    ReviewAlreadyImported,
    ReviewAnswers,
    ReviewItemKind,
    ReviewItemState,
    ReviewNotAnswered,
    Verdict,
)
from boothmanager.domain.review_package import read_package, with_answers, write_package
from boothmanager.domain.snapshot_document import document_sha256
from boothmanager.operations import (
    Assign,
    ImportReview,
    MoveBooth,
    SetReviewItemState,
    TakeReviewSnapshot,
    Unassign,
    UpdateStand,
    draft_review,
)
from boothmanager.storage import Database
from boothmanager.storage.models import Base
from boothmanager.storage.probe import schema_revision
from boothmanager.storage.schema import HEAD, upgrade


def export(db: Database) -> bytes:
    """A review package of the event as it is now (a stand-in PDF), its snapshot kept."""
    with db.unit_of_work() as uow:
        draft = draft_review(uow)
    data = write_package(manifest={"event": draft.event.info.name, "snapshot": draft.snapshot},
                         document=draft.document, pdf=b"%PDF stand-in",
                         diff={"since": draft.previous, "changes": []})
    db.run(TakeReviewSnapshot(snapshot=draft.snapshot,
                              document_sha256=document_sha256(draft.document)))
    return data


def anna() -> ReviewAnswers:
    return (ReviewAnswers(reviewer="Anna")
            .with_assignment(AssignmentAnswer("S1", 1, Decision.APPROVE))
            .with_assignment(AssignmentAnswer("S2", 2, Decision.REQUEST_CHANGE, "zu eng"))
            .with_assignment(AssignmentAnswer("S3", 3, Decision.APPROVE))
            .with_pin(PinnedComment("Foyer (EG)", 10, 10, "hier ein Tisch?"))
            .with_verdict(Verdict.CHANGES, "fast"))


def where(db: Database) -> dict[str, tuple[str, bool]]:
    """Per item (booth, or `pin`/`verdict`): its state and whether it saw an older version."""
    return {item.booth or item.kind.value: (item.state.value, item.older_version)
            for item in db.review_items()}


def test_import_records_items_approvals_and_a_log(demo_db: Database) -> None:
    package = read_package(with_answers(export(demo_db), anna()))
    change = demo_db.run(ImportReview(package=package))
    assert len(change.reviews) == 5
    assert where(demo_db) == {"S1": ("done", False), "S2": ("open", False),
                              "S3": ("done", False), "comment": ("open", False),
                              "verdict": ("open", False)}
    with demo_db.unit_of_work() as uow:
        assert uow.reviews.approvals() == {("S1", 1): ["Anna"], ("S3", 3): ["Anna"]}
        assert all([action for _, _, action in uow.reviews.log(item_id)] == ["imported"]
                   for item_id in change.reviews)
    (pin,) = [i for i in demo_db.review_items() if i.kind is ReviewItemKind.COMMENT]
    assert (pin.level, pin.x, pin.y, pin.comment, pin.seal) == (
        "Foyer (EG)", 10, 10, "hier ein Tisch?", package.seal)
    assert pin.verdict is Verdict.CHANGES and pin.snapshot == "review-1"


def test_after_a_change_exactly_the_touched_items_are_older(demo_db: Database) -> None:
    data = with_answers(export(demo_db), anna())
    s2 = demo_db.load().booth("S2")
    demo_db.run(MoveBooth(number="S2", x=s2.rect.x, y=s2.rect.y + 100))  # S2 moved
    demo_db.run(UpdateStand(stand_id=4, changes={"theme": "Neu"}))  # a stand nobody answered
    demo_db.run(ImportReview(package=read_package(data)))
    assert where(demo_db) == {"S1": ("done", False), "S2": ("open", True), "S3": ("done", False),
                              "comment": ("open", False), "verdict": ("open", True)}


def test_a_private_change_marks_nothing_and_a_pin_on_a_changed_booth_is_older(
        demo_db: Database) -> None:
    data = export(demo_db)
    s1 = demo_db.load().booth("S1")
    answers = (ReviewAnswers(reviewer="Bernd")
               .with_assignment(AssignmentAnswer("S2", 2, Decision.APPROVE))
               .with_pin(PinnedComment(s1.level, s1.rect.x + 1, s1.rect.y + 1, "auf S1")))
    demo_db.run(UpdateStand(stand_id=2, changes={"email": "neu@example.org"}))  # private only
    demo_db.run(Unassign(booth="S1"))
    demo_db.run(ImportReview(package=read_package(with_answers(data, answers))))
    assert where(demo_db) == {"S2": ("done", False), "comment": ("open", True)}


def test_two_reviewers_merge_and_the_same_answers_twice_are_refused(demo_path: Path) -> None:
    db = Database.open(demo_path)
    data = export(db)
    bernd = ReviewAnswers(reviewer="Bernd").with_assignment(
        AssignmentAnswer("S2", 2, Decision.APPROVE)).with_verdict(Verdict.APPROVE)
    db.run(ImportReview(package=read_package(with_answers(data, anna()))))
    db.run(ImportReview(package=read_package(with_answers(data, bernd))))
    with db.unit_of_work() as uow:
        assert uow.reviews.approvals() == {("S1", 1): ["Anna"], ("S2", 2): ["Bernd"],
                                           ("S3", 3): ["Anna"]}
    assert sorted({i.reviewer for i in db.review_items()}) == ["Anna", "Bernd"]
    db.close()
    before = demo_path.read_bytes()
    db = Database.open(demo_path)
    with pytest.raises(ReviewAlreadyImported):
        db.run(ImportReview(package=read_package(with_answers(data, anna()))))
    with pytest.raises(ReviewNotAnswered):
        db.run(ImportReview(package=read_package(data)))
    db.close()
    assert demo_path.read_bytes() == before


def test_a_package_of_another_event_is_refused(demo_db: Database, empty_db: Database) -> None:
    data = with_answers(export(demo_db), anna())
    demo_db.run(Assign(booth="S4", stand_id=4))
    other = with_answers(export(demo_db), anna())  # review-2 of the changed event
    with demo_db.unit_of_work() as uow:
        uow.snapshots.remove("review-1")
        uow.snapshots.add("review-1", "", uow.snapshots.get("review-2").document)
    with pytest.raises(ForeignReviewPackage, match="shows something else"):
        demo_db.run(ImportReview(package=read_package(data)))
    demo_db.run(ImportReview(package=read_package(other)))


def test_undo_removes_an_import_and_item_states_are_logged(demo_db: Database) -> None:
    change = demo_db.run(ImportReview(package=read_package(with_answers(export(demo_db),
                                                                        anna()))))
    (request,) = [i for i in demo_db.review_items() if i.kind is ReviewItemKind.REQUEST_CHANGE]
    assert request.id is not None
    done = demo_db.run(SetReviewItemState(item_id=request.id, state=ReviewItemState.DONE))
    with demo_db.unit_of_work() as uow:
        assert [a for _, _, a in uow.reviews.log(request.id)] == ["imported", "done"]
    demo_db.run(done.inverse)
    assert where(demo_db)["S2"] == ("open", False)
    demo_db.run(change.inverse)
    assert demo_db.review_items() == []


def test_a_file_at_0004_keeps_its_data_and_gains_review_items(tmp_path: Path) -> None:
    path = tmp_path / "alt.boothplan"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        upgrade(connection, "0004")
        connection.exec_driver_sql("INSERT INTO event (id, name, title, motto, website, "
                                   "marketplace) VALUES (1, 'Alt', '', '', '', '')")
        connection.exec_driver_sql("INSERT INTO snapshot (id, name, taken_at, who, note, sha256, "
                                   "document) VALUES (1, 'v1', '2020-09-01 10:00:00.000000', "
                                   "'max', 'n', 'abc', '{}')")
    engine.dispose()
    db = Database.open(path)
    try:
        assert db.load().info.name == "Alt"
        assert [(s.name, s.who, s.note) for s in db.snapshots()] == [("v1", "max", "n")]
        assert db.review_items() == []
        with db.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        db.close()
    assert schema_revision(path) == HEAD
    assert schema_revision(tmp_path / "alt.boothplan.bak-0004") == "0004"
