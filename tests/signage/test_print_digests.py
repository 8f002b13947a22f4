"""What a piece printed per booth, as digests: a change shows where it is, and only there."""

from __future__ import annotations

from boothmanager.operations import UpdateStand
from boothmanager.operations.printing import RecordPrint, as_digests
from boothmanager.signage import Piece, changed_booths, piece_digests
from boothmanager.storage import Database


def test_a_changed_stand_name_changes_only_its_booths_digest(demo_db: Database) -> None:
    event = demo_db.load()
    before = piece_digests(Piece.SIGNS, event)
    assert sorted(before) == ["S1", "S2", "S3"]
    stand = event.booth("S2").stand_id
    demo_db.run(UpdateStand(stand_id=stand, changes={"project": "Ein neuer Name"}))
    after = piece_digests(Piece.SIGNS, demo_db.load())
    assert [n for n in before if before[n] != after[n]] == ["S2"]


def test_what_a_piece_does_not_print_does_not_change_it(demo_db: Database) -> None:
    event = demo_db.load()
    before = {piece: piece_digests(piece, event) for piece in Piece}
    stand = event.booth("S1").stand_id
    demo_db.run(UpdateStand(stand_id=stand, changes={"notes": "ruft morgen zurück",
                                                     "phone": "0345 000"}))
    after = {piece: piece_digests(piece, demo_db.load()) for piece in Piece}
    changed = {piece for piece in Piece if before[piece] != after[piece]}
    assert changed == {Piece.PACKS}  # the phone number is on the stand's own pack only


def test_a_new_logo_changes_signs_and_tents_not_the_fascia(demo_db: Database) -> None:
    event = demo_db.load()
    stand = event.booth("S3").stand_id
    for piece in Piece:
        plain, with_logo = (piece_digests(piece, event),
                            piece_digests(piece, event, logos={stand: b"\x89PNG..."}))
        differs = [n for n in plain if plain[n] != with_logo[n]]
        assert differs == (["S3"] if piece in (Piece.SIGNS, Piece.TENTS) else []), piece


def test_changed_since_the_recorded_print(demo_db: Database) -> None:
    event = demo_db.load()
    assert changed_booths(Piece.SIGNS, event, {}) == ["S1", "S2", "S3"]  # never printed
    printed = piece_digests(Piece.SIGNS, event)
    assert changed_booths(Piece.SIGNS, event, printed) == []
    demo_db.run(UpdateStand(stand_id=event.booth("S1").stand_id,
                            changes={"organisation": "Neue Trägerin e.V."}))
    event = demo_db.load()
    assert changed_booths(Piece.SIGNS, event, printed) == ["S1"]
    # The door poster lists every stand on one sheet: one change reprints all of it.
    door = piece_digests(Piece.DOOR, event)
    assert changed_booths(Piece.DOOR, event, door) == []
    assert changed_booths(Piece.DOOR, event, {**door, "S2": "older"}) == ["S1", "S2", "S3"]
    assert changed_booths(Piece.DOOR, event, {**door, "S9": "a booth since removed"}) \
        == ["S1", "S2", "S3"]


def test_recording_a_print_keeps_the_others_and_can_be_taken_back(demo_db: Database) -> None:
    change = demo_db.run(RecordPrint(piece="signs", digests=as_digests({"S1": "a", "S2": "b"})))
    assert change.changed
    demo_db.run(RecordPrint(piece="signs", digests=as_digests({"S2": "c"})))
    with demo_db.unit_of_work() as uow:
        assert uow.printed.digests("signs") == {"S1": "a", "S2": "c"}
        assert uow.printed.digests("tents") == {}
    assert not demo_db.run(RecordPrint(piece="signs", digests=(("S2", "c"),))).changed
    demo_db.run(change.inverse)  # back to before the first record: nothing
    with demo_db.unit_of_work() as uow:
        assert uow.printed.digests("signs") == {}
