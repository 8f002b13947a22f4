"""Stands' logos on booth signs and table tents: inside their box, sharp, and refused if broken."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image

from boothmanager.domain import Stand
from boothmanager.signage import BrokenLogo, Piece, print_piece
from boothmanager.signage.logos import SHARP_PPI, read_logo

SCALE = 4  # rendering: 4 × 72 dpi
PX_PER_MM = SCALE * 72 / 25.4
# The logo's box on an A4 landscape sign (designs.SIGN_LANDSCAPE): right end of the body.
BOX = (219, 101, 279, 173)  # left, top, right, bottom in mm


def png(width: int, height: int, colour: tuple[int, int, int] = (220, 0, 0)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(buffer, format="PNG")
    return buffer.getvalue()


def red_mask(path: Path, index: int = 0) -> np.ndarray:
    pdf = pdfium.PdfDocument(path)
    try:
        pixels = np.asarray(pdf[index].render(scale=SCALE).to_pil().convert("RGB")).astype(int)
    finally:
        pdf.close()
    r, g, b = pixels[..., 0], pixels[..., 1], pixels[..., 2]
    return (r > 180) & (g < 60) & (b < 60)


def extent_mm(mask: np.ndarray) -> tuple[float, float, float, float]:
    rows, columns = np.nonzero(mask)
    return (columns.min() / PX_PER_MM, rows.min() / PX_PER_MM,
            (columns.max() + 1) / PX_PER_MM, (rows.max() + 1) / PX_PER_MM)


def test_a_logo_is_drawn_in_its_box_at_no_more_than_its_sharp_size(build_event, probe,
                                                                   tmp_path: Path) -> None:
    event = build_event(("S1", Stand("Auslandsgesellschaft Sachsen-Anhalt e.V.",
                                     "IKOE – Interkulturelle Orientierung und Öffnung")),
                        ("S2", Stand("Verein", "Zwei")))
    stand_id = event.booth("S1").stand_id
    out = tmp_path / "signs.pdf"
    print_piece(Piece.SIGNS, event, out, logos={stand_id: png(300, 150)})
    left, top, right, bottom = extent_mm(red_mask(out, 0))
    # 300 × 150 px at 150 px per inch: 50.8 × 25.4 mm, centred in the 60 × 72 mm box.
    assert right - left == pytest.approx(300 / SHARP_PPI * 25.4, abs=0.5)
    assert bottom - top == pytest.approx(150 / SHARP_PPI * 25.4, abs=0.5)
    assert BOX[0] <= left and right <= BOX[2] and BOX[1] <= top and bottom <= BOX[3]
    assert (left + right) / 2 == pytest.approx((BOX[0] + BOX[2]) / 2, abs=0.5)
    assert not red_mask(out, 1).any()  # the other stand has none
    # The text still reads right, and keeps clear of the logo.
    text = probe.squeeze(probe.texts(out)[0])
    assert probe.squeeze("IKOE – Interkulturelle Orientierung und Öffnung") in text
    assert "S1" in text
    name = [g for g in probe.glyphs(out, 0) if 101 <= 210 - g.top <= 173]
    assert name and max(g.right for g in name) < BOX[0]


def test_a_large_logo_fills_its_box_with_its_aspect_kept(build_event, tmp_path: Path) -> None:
    event = build_event(("S1", Stand("Verein", "Eins")))
    out = tmp_path / "signs.pdf"
    print_piece(Piece.SIGNS, event, out, logos={event.booth("S1").stand_id: png(2000, 1000)})
    left, top, right, bottom = extent_mm(red_mask(out))
    assert right - left == pytest.approx(60, abs=0.5)  # the box's width
    assert bottom - top == pytest.approx(30, abs=0.5)  # half of it: 2 : 1 kept


def test_logos_on_both_faces_of_a_table_tent(build_event, tmp_path: Path) -> None:
    event = build_event(("S1", Stand("Verein", "Eins")))
    out = tmp_path / "tents.pdf"
    print_piece(Piece.TENTS, event, out, logos={event.booth("S1").stand_id: png(240, 240)})
    mask = red_mask(out)
    middle = mask.shape[0] // 2  # the fold
    assert mask[:middle].any() and mask[middle:].any()


def test_pieces_without_a_logo_place_ignore_logos(build_event, tmp_path: Path) -> None:
    event = build_event(("S1", Stand("Verein", "Eins")))
    out = tmp_path / "fascia.pdf"
    print_piece(Piece.FASCIA, event, out, logos={event.booth("S1").stand_id: png(200, 200)})
    assert not red_mask(out).any()


def test_a_broken_logo_is_refused_with_the_stands_name_and_nothing_is_printed(
        build_event, tmp_path: Path) -> None:
    event = build_event(("S1", Stand("Verein", "Eins")), ("S2", Stand("Verein", "Zwei")))
    out = tmp_path / "signs.pdf"
    broken = png(100, 100)[:60]  # a PNG cut short
    with pytest.raises(BrokenLogo) as refused:
        print_piece(Piece.SIGNS, event, out, logos={event.booth("S1").stand_id: png(50, 50),
                                                     event.booth("S2").stand_id: broken})
    assert refused.value.stand == "Zwei" and "Zwei" in str(refused.value)
    assert not [p for p in tmp_path.iterdir() if "signs" in p.name]


@pytest.mark.parametrize("data", [b"", b"not an image at all", b"\x89PNG\r\n\x1a\n" + b"\0" * 40])
def test_what_is_no_image_is_a_broken_logo(data: bytes) -> None:
    with pytest.raises(BrokenLogo):
        read_logo(data or b"\0", stand="Eins")


def test_a_transparent_logo_keeps_its_transparency() -> None:
    buffer = io.BytesIO()
    Image.new("RGBA", (40, 20), (0, 0, 255, 0)).save(buffer, format="PNG")
    logo = read_logo(buffer.getvalue(), stand="Eins")
    assert (logo.width_px, logo.height_px) == (40, 20)
    assert logo.drawn_size(100, 100) == pytest.approx((40 / SHARP_PPI * 25.4,
                                                       20 / SHARP_PPI * 25.4))
