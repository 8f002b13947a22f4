"""Shared booths on the plan (strips, names in them) and in "changed since the last print"."""

from __future__ import annotations

from pathlib import Path

import pytest
from print_support import PdfProbe

from boothmanager.domain import Event
from boothmanager.operations import Assign, SplitFrontage, UpdateStand
from boothmanager.signage import Piece, changed_booths, piece_digests
from boothmanager.signage.document import pdf_canvas
from boothmanager.signage.plan_drawing import draw_plan
from boothmanager.signage.plan_labels import footprint, strip_boxes
from boothmanager.storage import Database

PT_PER_MM = 72 / 25.4


@pytest.fixture
def shared(demo_db: Database) -> Database:
    """The demo event with S1 shared by IKOE and project 4, in equal parts."""
    demo_db.run(Assign(booth="S1", stand_id=4, share=True))
    return demo_db


def test_a_shared_booth_is_drawn_as_strips_with_each_name_in_its_own(
        shared: Database, probe: PdfProbe, tmp_path: Path) -> None:
    event = shared.load()
    out = tmp_path / "plan.pdf"
    with pdf_canvas(out, width=420, height=297, title="plan") as canvas:
        frame = draw_plan(canvas, event, level=None, box=(0, 0, 420 * PT_PER_MM,
                                                          297 * PT_PER_MM))
        canvas.showPage()
    booth = event.booth("S1")
    strips = strip_boxes(frame, booth)
    x, y, w, h = footprint(frame, booth)
    # Two strips along the west front, from its south end, covering the booth exactly.
    assert len(strips) == 2 and strips[0][1] < strips[1][1]
    assert sum(strip[3] for strip in strips) == pytest.approx(h)
    assert all(strip[0] == pytest.approx(x) and strip[2] == pytest.approx(w)
               for strip in strips)
    glyphs = probe.glyphs(out, 0)

    def within(char: str, box: tuple[float, float, float, float]) -> bool:
        left, bottom, width, height = (v / PT_PER_MM for v in box)
        return any(g.char == char and left <= g.left and g.right <= left + width
                   and bottom <= g.bottom and g.top <= bottom + height for g in glyphs)

    assert within("I", strips[0]) and within("K", strips[0])  # "IKOE" in the first strip
    assert within("j", strips[1]) and not within("K", strips[1])  # "Projekt…" in the second
    text = probe.squeeze(probe.texts(out)[0])
    assert text.count("S1") == 1  # the number once


def test_a_change_to_any_stand_of_a_shared_booth_marks_that_booth(shared: Database) -> None:
    event = shared.load()
    before = {piece: piece_digests(piece, event) for piece in Piece}
    shared.run(UpdateStand(stand_id=4, changes={"project": "Ein neuer Name"}))
    after = {piece: piece_digests(piece, shared.load()) for piece in Piece}
    for piece in Piece:
        changed = [n for n in after[piece] if before[piece].get(n) != after[piece][n]]
        if piece in (Piece.DOOR, Piece.POSTER, Piece.DIRECTORY):  # one sheet for all
            assert changed_booths(piece, shared.load(), before[piece]) == ["S1", "S2", "S3"]
        assert changed == ["S1"], piece


def test_a_new_split_marks_the_pieces_that_show_it(shared: Database) -> None:
    event = shared.load()
    before = {piece: piece_digests(piece, event) for piece in Piece}
    shared.run(SplitFrontage(booth="S1", frontages=(1_200, 1_800)))
    event = shared.load()
    changed = {piece for piece in Piece if changed_booths(piece, event, before[piece])}
    # The strips on the plans and "your part of the front" in the packs; signs, tents,
    # fascia, door poster and pick list print the same as before.
    assert changed == {Piece.POSTER, Piece.DIRECTORY, Piece.PACKS}
    assert changed_booths(Piece.PACKS, event, before[Piece.PACKS]) == ["S1"]


def test_a_logo_of_the_second_stand_marks_the_shared_sign(shared: Database) -> None:
    event = shared.load()
    plain = piece_digests(Piece.SIGNS, event)
    with_logo = piece_digests(Piece.SIGNS, event, logos={4: b"\x89PNG..."})
    assert [n for n in plain if plain[n] != with_logo[n]] == ["S1"]


def test_a_booth_of_its_own_digests_as_before_sharing_existed(demo_db: Database) -> None:
    """A file's print records stay valid: a booth of one stand digests as it always did
    (the second stand joining S1 changes S1 alone)."""
    before = piece_digests(Piece.SIGNS, demo_db.load())
    demo_db.run(Assign(booth="S1", stand_id=4, share=True))
    after = piece_digests(Piece.SIGNS, demo_db.load())
    assert before["S2"] == after["S2"] and before["S3"] == after["S3"]
    assert before["S1"] != after["S1"]


def test_printing_only_a_shared_booth_prints_all_its_stands(shared: Database,
                                                            probe: PdfProbe,
                                                            tmp_path: Path) -> None:
    from boothmanager.signage import print_piece

    event: Event = shared.load()
    out = tmp_path / "door.pdf"
    printed = print_piece(Piece.DOOR, event, out, booths=["S1"])
    text = probe.squeeze(probe.texts(out)[0])
    assert printed.booths == 2 and "IKOE" in text and "Projekt4" in text
