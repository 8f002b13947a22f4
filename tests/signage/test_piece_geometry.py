"""Where the pieces put their text: names of any length inside their boxes, tent faces turned."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from print_support import ARABIC_PROJECT, outside, runs, text_boxes

from boothmanager.domain import Stand
from boothmanager.signage import Orientation, Paper, Piece, layout_for, print_piece

WORDS = ("Interkulturelle Öffnung, Teilhabe und Antidiskriminierungsarbeit in den Landkreisen "
         "Anhalt-Bitterfeld, Salzland und Wittenberg – gefördert vom Bundesamt für Migration ")
NAMES = {
    "1": "X",
    "60": "Netzwerk für Teilhabe und Öffnung im Kreis Anhalt-Bitterfeld",
    "300": (WORDS * 3)[:300],
    "300-one-word": "Donaudampfschifffahrts" * 14,  # no space to break at
    "arabic-300": ((ARABIC_PROJECT + " ") * 30)[:300],
}
PIECES = [(Piece.SIGNS, None, None), (Piece.SIGNS, Paper.A3, Orientation.PORTRAIT),
          (Piece.TENTS, None, None), (Piece.FASCIA, None, None), (Piece.DOOR, None, None)]


def test_the_names_are_as_long_as_they_say() -> None:
    assert {key: len(name) for key, name in NAMES.items()} == {
        "1": 1, "60": 60, "300": 300, "300-one-word": 308, "arabic-300": 300}


@pytest.mark.parametrize("name", NAMES.values(), ids=NAMES.keys())
@pytest.mark.parametrize(("piece", "paper", "orientation"), PIECES,
                         ids=[f"{p}-{a or ''}-{o or ''}" for p, a, o in PIECES])
def test_names_of_any_length_stay_inside_their_boxes(
        build_event, probe, tmp_path: Path, piece: Piece, paper: Paper | None,
        orientation: Orientation | None, name: str) -> None:
    organisation = "Auslandsgesellschaft Sachsen-Anhalt e.V."
    out = tmp_path / "piece.pdf"
    event = build_event(("S1", Stand(organisation, name)), ("S2", Stand("Verein", "Zwei")))
    print_piece(piece, event, out, paper=paper, orientation=orientation)
    layout = layout_for(piece, paper, orientation)
    glyphs = probe.glyphs(out, 0)
    assert glyphs
    assert outside(glyphs, text_boxes(layout), layout.height) == []
    text = probe.squeeze(probe.texts(out)[0])
    if len(name) <= 60:
        assert probe.squeeze(name) in text  # complete
    elif not name.startswith(ARABIC_PROJECT):  # complete, or shortened, never clipped
        assert probe.squeeze(name) in text or (probe.squeeze(name[:40]) in text
                                               and "…" in text)


def test_the_upper_face_of_a_tent_is_turned_and_the_lower_upright(build_event,
                                                                  tmp_path: Path) -> None:
    out = tmp_path / "tent.pdf"
    print_piece(Piece.TENTS, build_event(("S1", Stand("Verein", "Projekt Eins"))), out)
    height = layout_for(Piece.TENTS).height
    found = runs(out, 0)
    fold = 148  # mm from the top
    upper = [run for run in found if run.y > height - fold]  # y of a run is up from the bottom
    lower = [run for run in found if run.y < height - fold]
    assert {run.text.strip() for run in upper} == {run.text.strip() for run in lower}
    assert all(run.turned for run in upper) and not any(run.turned for run in lower)


def test_both_faces_of_a_tent_look_alike_when_it_stands(build_event, tmp_path: Path) -> None:
    out = tmp_path / "tent.pdf"
    stand = Stand("جمعية الجالية العربية في هاله", "Şehir Bahçesi – İstanbul trifft Halle")
    print_piece(Piece.TENTS, build_event(("S1", stand)), out)
    px = 4  # pixels per mm, so the panels' edges fall on pixel edges
    pdf = pdfium.PdfDocument(out)
    page = np.asarray(pdf[0].render(scale=px * 25.4 / 72).to_pil().convert("L"), dtype=float)
    pdf.close()
    # The faces without the millimetre along the fold, where the dashed fold line runs.
    lower = page[149 * px:286 * px, 10 * px:200 * px]

    def upper(down: int, right: int) -> np.ndarray:
        return page[10 * px + down:147 * px + down, 10 * px + right:200 * px + right]

    assert (lower < 128).mean() > 0.03  # the face has ink
    # Turned by 180°, the upper face is the lower one (up to a pixel of rounding).
    turned = min(np.abs(upper(down, right)[::-1, ::-1] - lower).mean()
                 for down in (-1, 0, 1) for right in (-1, 0, 1))
    assert turned < 1.5
    assert np.abs(upper(0, 0) - lower).mean() > 10  # and not merely the same picture twice


def test_the_tent_has_crop_marks_outside_the_trim_and_a_fold_line(build_event,
                                                                   tmp_path: Path) -> None:
    out = tmp_path / "tent.pdf"
    print_piece(Piece.TENTS, build_event(("S1", Stand("Verein", "Projekt"))), out)
    px = 4
    pdf = pdfium.PdfDocument(out)
    page = np.asarray(pdf[0].render(scale=px * 25.4 / 72).to_pil().convert("L"), dtype=float)
    pdf.close()
    # Top-left corner of the trim box at (10, 10) mm: marks 4 mm long, 2 mm off it.
    assert page[10 * px, 4 * px:8 * px].min() < 160  # along the top edge, to the left
    assert page[4 * px:8 * px, 10 * px].min() < 160  # along the left edge, above
    fold_row = page[148 * px - 1:148 * px + 1, 10 * px:200 * px]
    dark = (fold_row.min(axis=0) < 230).mean()
    assert 0.3 < dark < 0.8  # dashed: partly inked across the width
