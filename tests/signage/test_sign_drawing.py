"""How a sign is drawn: its QR code as one filled path, its texts as self-contained operators."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from boothmanager.domain import Stand
from boothmanager.signage import render_booth_signs
from boothmanager.signage.designs import BOOTH_SIGN
from boothmanager.signage.fonts import Face, register_fonts
from boothmanager.signage.layout import QrBox, TextStyle
from boothmanager.signage.qr import dark_runs, qr_matrix, run_rectangles
from boothmanager.signage.render import draw_text

QR = next(e for e in BOOTH_SIGN.elements if isinstance(e, QrBox))
URL = "https://www.auslandsgesellschaft.de/projekte/ikoe"
IKOE = Stand("Auslandsgesellschaft Sachsen-Anhalt e.V.",
             "IKOE – Interkulturelle Orientierung und Öffnung", website=URL)
RECTANGLE = re.compile(r"(\d+) (\d+) (\d+) 1 re")


def painted(shape: tuple[int, int], runs: list[tuple[int, int, int]]) -> np.ndarray:
    modules = np.zeros(shape, dtype=bool)
    for row, column, length in runs:
        assert not modules[row, column:column + length].any()  # no module painted twice
        modules[row, column:column + length] = True
    return modules


@pytest.mark.parametrize("seed", range(6))
def test_the_runs_paint_exactly_the_dark_modules(seed: int) -> None:
    rng = np.random.default_rng(seed)
    matrix = (qr_matrix(f"https://example.org/stand/{seed}") if seed < 3
              else rng.random((int(rng.integers(1, 40)), int(rng.integers(1, 40)))) < 0.5)
    runs = dark_runs(matrix)
    assert np.array_equal(painted(matrix.shape, runs), matrix)
    # Every run is maximal: a light module (or the edge) on both sides.
    for row, column, length in runs:
        assert column == 0 or not matrix[row, column - 1]
        assert column + length == matrix.shape[1] or not matrix[row, column + length]
    # The path operators are the same runs, x (column) first.
    drawn = [(int(r), int(c), int(n)) for c, r, n in RECTANGLE.findall(run_rectangles(matrix))]
    assert drawn == runs


def test_an_empty_matrix_has_no_runs() -> None:
    assert dark_runs(np.zeros((0, 0), dtype=bool)) == []
    assert run_rectangles(np.zeros((3, 3), dtype=bool)) == ""


def test_the_code_is_one_filled_path_that_scans_with_a_quiet_zone_of_four_modules(
        build_event, probe, tmp_path: Path) -> None:
    out = tmp_path / "signs.pdf"
    render_booth_signs(build_event(("S1", IKOE)), out)
    content = PdfReader(out).pages[0].get_contents().get_data().decode("latin-1")
    # One path: every rectangle of the code, then a single fill.
    path = re.search(r"cm [^\n]* rg\n((?:\d+ \d+ \d+ 1 re\n)+)f Q", content)
    assert path is not None
    matrix = qr_matrix(URL)
    assert len(RECTANGLE.findall(path.group(1))) == len(dark_runs(matrix))
    assert probe.qr_texts(out, 0) == [URL]

    scale = 4  # 288 dpi
    pdf = pdfium.PdfDocument(out)
    pixels = np.asarray(pdf[0].render(scale=scale).to_pil().convert("L"))
    pdf.close()
    px_per_mm = scale * 72 / 25.4
    box = pixels[round(QR.y * px_per_mm):round((QR.y + QR.size) * px_per_mm),
                 round(QR.x * px_per_mm):round((QR.x + QR.size) * px_per_mm)]
    module = box.shape[0] / (len(matrix) + 2 * QR.quiet_zone)
    quiet = round(4 * module) - 2  # 4 modules, less a pixel or two of anti-aliasing
    for band in (box[:quiet], box[-quiet:], box[:, :quiet], box[:, -quiet:]):
        assert band.min() > 250  # white all round
    # Module by module, the print is the matrix: sample the centre of each module.
    centres = ((np.arange(len(matrix)) + QR.quiet_zone + 0.5) * module).astype(int)
    assert np.array_equal(box[np.ix_(centres, centres)] < 128, matrix)


def test_texts_on_every_page_are_right_in_each_pdf_of_a_run(build_event, probe,
                                                            tmp_path: Path) -> None:
    """The operators of a text repeated on every page are kept per document: a second PDF
    made in the same process names its own font subsets, not the first one's."""
    first = build_event(("S1", IKOE), ("S2", replace(IKOE, project="Zweites Projekt")),
                        marketplace="Markt der Möglichkeiten")
    second = replace(first, info=replace(first.info, marketplace="Ярмарок можливостей"),
                     stands=(replace(first.stands[0], organisation="Українська громада",
                                     project="Київ – Магдебург"), *first.stands[1:]))
    render_booth_signs(first, tmp_path / "first.pdf")
    render_booth_signs(second, tmp_path / "second.pdf")
    for name, marketplace in (("first", "Markt der Möglichkeiten"),
                              ("second", "Ярмарок можливостей")):
        texts = probe.texts(tmp_path / f"{name}.pdf")
        assert len(texts) == 2
        assert all(probe.squeeze(marketplace) in probe.squeeze(text) for text in texts)
    assert "Київ" in probe.texts(tmp_path / "second.pdf")[0]


def test_a_text_keeps_its_colour_to_itself(tmp_path: Path) -> None:
    register_fonts()
    out = tmp_path / "colour.pdf"
    canvas = Canvas(str(out), pagesize=(200, 100))
    draw_text(canvas, "Rot", TextStyle(Face.BOLD, max_size=40, min_size=20, color="#ff0000"),
              x=10, top=90, width=180, height=50)
    canvas.rect(0, 0, 200, 20, stroke=0, fill=1)  # the canvas's own fill: black
    canvas.save()
    pdf = pdfium.PdfDocument(out)
    pixels = np.asarray(pdf[0].render(scale=1).to_pil().convert("RGB")).astype(int)
    pdf.close()
    text, bar = pixels[10:60], pixels[85:]
    red = (text[..., 0] > 200) & (text[..., 1] < 60)
    assert red.sum() > 100  # the text is red
    assert bar.max() < 30  # and what follows is black, as the canvas says
