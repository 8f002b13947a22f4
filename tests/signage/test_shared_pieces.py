"""Shared booths on every printed piece: the booth once, each of its stands, its strips."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image
from print_support import PRIVATE, PdfProbe

from boothmanager.domain import Event
from boothmanager.operations import Assign, SplitFrontage, UpdateStand
from boothmanager.signage import Piece, print_piece
from boothmanager.signage.picklist import CHAIRS, picks
from boothmanager.storage import Database

SCALE = 4
PX_PER_MM = SCALE * 72 / 25.4
IKOE = "IKOE – Interkulturelle Orientierung und Öffnung"
FOURTH = "Projekt 4 (Sachsen-Anhalt) – Name folgt"


@pytest.fixture
def shared(demo_db: Database) -> Event:
    """The demo event with S1 shared by IKOE (1 m of the front) and project 4 (2 m), and S3
    by projects 3 and 5 (equal parts), all through the operations on a real file."""
    demo_db.run(Assign(booth="S1", stand_id=4, share=True))
    demo_db.run(SplitFrontage(booth="S1", frontages=(1_000, 2_000)))
    demo_db.run(Assign(booth="S3", stand_id=5, share=True))
    demo_db.run(UpdateStand(stand_id=4, changes=dict(PRIVATE)))
    return demo_db.load()


def pixels(path: Path, index: int = 0) -> np.ndarray:
    pdf = pdfium.PdfDocument(path)
    try:
        return np.asarray(pdf[index].render(scale=SCALE).to_pil().convert("RGB")).astype(int)
    finally:
        pdf.close()


def extent_mm(mask: np.ndarray) -> tuple[float, float, float, float]:
    """Left, top, right, bottom (mm from the top-left) of the pixels in `mask`."""
    rows, columns = np.nonzero(mask)
    return (columns.min() / PX_PER_MM, rows.min() / PX_PER_MM,
            (columns.max() + 1) / PX_PER_MM, (rows.max() + 1) / PX_PER_MM)


def png(colour: tuple[int, int, int]) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (300, 300), colour).save(buffer, format="PNG")
    return buffer.getvalue()


def test_a_shared_booth_has_one_sign_with_its_number_once_and_every_stand(
        shared: Event, probe: PdfProbe, tmp_path: Path) -> None:
    out = tmp_path / "signs.pdf"
    printed = print_piece(Piece.SIGNS, shared, out)
    texts = [probe.squeeze(text) for text in probe.texts(out)]
    assert printed.booths == printed.pages == 3  # S1, S2, S3: one sign per booth
    first = texts[0]
    assert first.count("S1") == 1 and "S3" not in first
    for name in (IKOE, FOURTH, "Auslandsgesellschaft Sachsen-Anhalt e.V.", "Trägerfolgt"):
        assert probe.squeeze(name) in first
    assert probe.squeeze(IKOE) not in texts[1] and probe.squeeze(FOURTH) not in texts[1]
    for private in PRIVATE.values():  # a public piece: the stand's contact stays off
        assert probe.squeeze(private) not in "".join(texts)
    # Side by side in their order along the front: IKOE's cell left of project 4's.
    glyphs = probe.glyphs(out, 0)
    ikoe = [g for g in glyphs if g.char == "K" and 98 < 210 - g.top < 175]
    fourth = [g for g in glyphs if g.char == "4" and 98 < 210 - g.top < 175]
    assert ikoe and fourth and max(g.right for g in ikoe) < min(g.left for g in fourth)


def test_logos_of_a_shared_booth_stand_side_by_side(shared: Event, tmp_path: Path) -> None:
    out = tmp_path / "signs.pdf"
    print_piece(Piece.SIGNS, shared, out, booths=["S1"],
                logos={1: png((220, 0, 0)), 4: png((0, 0, 220))})
    image = pixels(out)
    r, g, b = image[..., 0], image[..., 1], image[..., 2]
    red = extent_mm((r > 180) & (g < 60) & (b < 60))
    blue = extent_mm((b > 180) & (r < 60) & (g < 60))
    assert red[2] < blue[0]  # the first stand's logo left of the second's
    for left, top, right, bottom in (red, blue):  # inside the body, each in its own cell
        assert 18 <= left and right <= 279.5 and 101 <= top and bottom <= 173.5
        assert right - left <= 261 / 2


def test_a_shared_fascia_strip_names_each_stand_short(shared: Event, probe: PdfProbe,
                                                      tmp_path: Path) -> None:
    out = tmp_path / "fascia.pdf"
    printed = print_piece(Piece.FASCIA, shared, out, booths=["S1"])
    text = probe.squeeze("".join(probe.texts(out)))
    assert printed.booths == 1 and printed.pages == 1
    assert text.count("S1") == 1 and "IKOE" in text and "Projekt4" in text
    assert "Interkulturelle" not in text  # the short name: "IKOE", legible from afar


def test_table_tents_and_the_door_poster_give_each_stand_its_own(shared: Event,
                                                                 probe: PdfProbe,
                                                                 tmp_path: Path) -> None:
    tents = tmp_path / "tents.pdf"
    printed = print_piece(Piece.TENTS, shared, tents, booths=["S1"])
    texts = [probe.squeeze(text) for text in probe.texts(tents)]
    assert printed.pages == 2  # each stand has its own part of the table
    assert probe.squeeze(IKOE) in texts[0] and probe.squeeze(FOURTH) in texts[1]
    assert all("S1" in text for text in texts)
    door = tmp_path / "door.pdf"
    print_piece(Piece.DOOR, shared, door)
    lines = probe.texts(door)[0].splitlines()
    listed = [line for line in lines if line.startswith(("S1", "S2", "S3"))]
    assert [line.split()[0] for line in listed] == ["S1", "S1", "S2", "S3", "S3"]


def test_the_directory_lists_every_stand_of_a_shared_booth_in_front_order(
        shared: Event, probe: PdfProbe, tmp_path: Path) -> None:
    out = tmp_path / "directory.pdf"
    print_piece(Piece.DIRECTORY, shared, out)
    text = "\n".join(probe.texts(out))
    by_number = text[text.index("Nach Standnummer"):text.index("Alphabetisch")]
    assert by_number.index("IKOE") < by_number.index("Projekt 4") < by_number.index("Projekt 2")
    squeezed = probe.squeeze(by_number)
    assert "geteiltmitProjekt4(Sachsen-Anhalt)" in squeezed and "geteiltmitIKOE" in squeezed
    assert "geteiltmitProjekt5" in squeezed and "geteiltmitProjekt3" in squeezed
    for private in PRIVATE.values():
        assert probe.squeeze(private) not in probe.squeeze(text)


def test_each_stand_of_a_shared_booth_gets_its_pack_with_its_part_of_the_front(
        shared: Event, probe: PdfProbe, tmp_path: Path) -> None:
    printed = print_piece(Piece.PACKS, shared, tmp_path / "packs")
    names = sorted(path.name for path in printed.files)
    assert names == ["Ausstellerinformation-S1-IKOE.pdf",
                     "Ausstellerinformation-S1-Projekt_4_Sachsen-Anhalt.pdf",
                     "Ausstellerinformation-S2.pdf",
                     "Ausstellerinformation-S3-Projekt_3_Sachsen-Anhalt.pdf",
                     "Ausstellerinformation-S3-Projekt_5_Sachsen-Anhalt.pdf"]
    ikoe, fourth = (tmp_path / "packs" / name for name in names[:2])
    text = probe.squeeze("".join(probe.texts(ikoe)))
    assert probe.squeeze(f"Sie teilen sich Stand S1 mit {FOURTH}.") in text
    assert probe.squeeze("Ihr Frontanteil: 1,00 m von 3,00 m") in text
    assert probe.squeeze("Ihr Frontanteil: 2,00 m von 3,00 m") in probe.squeeze(
        "".join(probe.texts(fourth)))
    english = print_piece(Piece.PACKS, shared, tmp_path / "en", lang="en").files
    text = probe.squeeze("".join(probe.texts(english[0])))
    assert probe.squeeze(f"You share booth S1 with {FOURTH}.") in text
    assert probe.squeeze("Your part of the front: 1.00 m of 3.00 m") in text
    # Each pack highlights its stand's strip alone: IKOE's third of the front (from the
    # south end of S1's west front: lower on the plan), project 4's two thirds above it.
    boxes = []
    for path in (ikoe, fourth):
        image = pixels(path)
        r, g, b = image[..., 0], image[..., 1], image[..., 2]
        boxes.append(extent_mm((abs(r - 0xFF) < 12) & (abs(g - 0xB7) < 12) & (abs(b - 0x4D) < 12)))
    (_, top1, _, bottom1), (_, top2, _, bottom2) = boxes
    assert bottom2 <= top1 + 1  # project 4's strip is north of IKOE's
    assert (bottom2 - top2) == pytest.approx(2 * (bottom1 - top1), rel=0.15)


def test_the_pick_list_counts_every_stand_of_a_shared_booth(shared: Event, probe: PdfProbe,
                                                             tmp_path: Path) -> None:
    items = {item.booth.number: item for item in picks(shared)}
    assert [s.id for s in items["S1"].stands] == [1, 4]
    assert items["S1"].chairs == 2 * CHAIRS and items["S2"].chairs == CHAIRS
    out = tmp_path / "picklist.pdf"
    printed = print_piece(Piece.PICKLIST, shared, out)
    text = probe.squeeze("".join(probe.texts(out)))
    assert printed.booths == len(items)
    assert probe.squeeze(IKOE) in text and probe.squeeze(FOURTH) in text
    total_chairs = sum(item.chairs for item in items.values())
    assert total_chairs == 5 * CHAIRS
    assert f"Summe({len(items)})" in text and str(total_chairs) in text
