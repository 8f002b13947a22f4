"""The plan drawn into a box: to scale, north up, labels inside their booths, marks on top."""

from __future__ import annotations

from pathlib import Path

import pytest
from print_support import PT_PER_MM, WORLD, PdfProbe
from reportlab.pdfgen.canvas import Canvas

from boothmanager.domain import Event, ExitKind, Point, Stand
from boothmanager.signage import UnknownLevel
from boothmanager.signage.fonts import Face, register_fonts
from boothmanager.signage.plan_drawing import (
    Arrow,
    PlanFrame,
    choose_level,
    draw_plan,
    letter_size,
    outward,
    short_name,
)

BOX = (20 * PT_PER_MM, 20 * PT_PER_MM, 380 * PT_PER_MM, 257 * PT_PER_MM)  # on A3 landscape


class Recorder:
    """A mark that records the frame it was handed (the hook callers draw through)."""

    def __init__(self) -> None:
        self.frames: list[PlanFrame] = []

    def draw(self, canvas: Canvas, frame: PlanFrame) -> None:
        self.frames.append(frame)


def plan_pdf(event: Event, path: Path, **options: object) -> PlanFrame:
    register_fonts()
    canvas = Canvas(str(path), pagesize=(420 * PT_PER_MM, 297 * PT_PER_MM),
                    initialFontName=Face.REGULAR.value)
    frame = draw_plan(canvas, event, level=None, box=BOX, **options)
    canvas.showPage()
    canvas.save()
    return frame


def test_the_frame_maps_venue_mm_to_page_points_to_scale(demo_db, tmp_path: Path) -> None:
    event = demo_db.load()
    recorder = Recorder()
    frame = plan_pdf(event, tmp_path / "plan.pdf", marks=[recorder])
    assert recorder.frames == [frame]
    assert frame.level.name == "Foyer (EG)"
    left, bottom, width, height = frame.area
    box_left, box_bottom, box_width, box_height = BOX
    assert box_left <= left and left + width <= box_left + box_width
    assert box_bottom <= bottom and bottom + height <= box_bottom + box_height
    assert width / height == pytest.approx(36 / 18)  # the foyer keeps its proportions
    x0, y0 = frame.at(0, 0)
    x1, y1 = frame.at(36_000, 18_000)
    assert (x1 - x0, y1 - y0) == pytest.approx((width, height))
    assert y1 > y0  # north (into the building) is up the page
    assert frame.ratio == round(PT_PER_MM / frame.scale)


def test_booth_numbers_and_names_stay_inside_their_booths(build_event, probe: PdfProbe,
                                                         tmp_path: Path) -> None:
    long = "Interkulturelle Orientierung und Öffnung in Sachsen-Anhalt " * 5
    event = build_event(("S1", Stand("", long)), ("S2", Stand("", "Ä")), *WORLD[2:5])
    out = tmp_path / "plan.pdf"
    frame = plan_pdf(event, out)
    glyphs = probe.glyphs(out, 0)
    for booth in event.booths:
        left, bottom, width, height = (v / PT_PER_MM for v in frame.rect(booth.rect))
        mine = [g for g in glyphs if left - 2 < (g.left + g.right) / 2 < left + width + 2
                and bottom - 2 < (g.bottom + g.top) / 2 < bottom + height + 2]
        assert "".join(g.char for g in mine).startswith(booth.number), booth.number
        for glyph in mine:
            assert left - 0.2 <= glyph.left and glyph.right <= left + width + 0.2, glyph
            assert bottom - 0.2 <= glyph.bottom and glyph.top <= bottom + height + 0.2, glyph
    text = "".join(g.char for g in glyphs)
    assert "S1Interkultur" in text and "…" in text  # shortened, never overflowing


def test_names_too_small_to_read_are_dropped_numbers_kept(multilingual: Event, probe: PdfProbe,
                                                         tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    plan_pdf(multilingual, out)
    glyphs = probe.glyphs(out, 0)
    smallest = letter_size(500)
    heights = [g.top - g.bottom for g in glyphs if g.char.isdigit()]
    assert heights and min(heights) >= smallest * 0.714 / PT_PER_MM - 0.1
    text = "".join(g.char for g in glyphs)
    assert "A1" in text and "A176" in text and "Integrationsnetzwerk" not in text


def test_markup_in_names_is_printed_as_text(build_event, probe: PdfProbe, tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    plan_pdf(build_event(("S1", Stand("", "<b>A&B</b>"))), out)
    assert "<b>A&B</b>" in probe.squeeze("".join(probe.texts(out)))


def test_exits_point_out_of_the_level(demo_db) -> None:
    level = demo_db.load().venue.levels[0]
    directions = {exit_.name: outward(level, exit_) for exit_ in level.exits}
    assert directions["E1"] == pytest.approx((0, -1))  # south wall
    assert directions["E2"] == pytest.approx((-1, 0))  # west wall
    assert directions["E3"] == pytest.approx((1, 0))  # east wall
    assert directions["D1"] == pytest.approx((0, 1))  # north wall, into the Großer Saal
    assert {e.kind for e in level.exits} >= {ExitKind.EMERGENCY_EXIT, ExitKind.HALL_DOOR}


def test_exits_highlight_arrows_and_you_are_here_are_drawn(demo_db, probe: PdfProbe,
                                                          tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    plan_pdf(demo_db.load(), out, highlight={"S2"}, lang="en", here=Point(17_000, 2_500),
             marks=[Arrow(Point(17_000, 0), Point(35_000, 7_500))])
    text = probe.squeeze("".join(probe.texts(out)))
    for part in ("E1", "E2", "E3", "D1", "D2", "Youarehere", "S2", "IKOE"):
        assert part in text, part
    page = probe_page(out)
    assert (0, 154, 68) in page  # safety green of the escape signs
    assert (255, 183, 77) in page  # the highlighted booth
    assert (230, 81, 0) in page  # the arrow


def probe_page(path: Path) -> set[tuple[int, int, int]]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    try:
        image = pdf[0].render(scale=1).to_pil().convert("RGB")
    finally:
        pdf.close()
    return {colour for _, colour in image.getcolors(1 << 20)}


def test_the_level_is_chosen_by_name_or_as_the_first_with_booths(multilingual: Event) -> None:
    assert choose_level(multilingual, None).name == "Halle 1 (EG)"
    assert choose_level(multilingual, "Galerie (OG)").name == "Galerie (OG)"
    with pytest.raises(UnknownLevel, match="'Keller'; the venue has 'Halle 1 \\(EG\\)'"):
        choose_level(multilingual, "Keller")


@pytest.mark.parametrize(("name", "short"), [
    ("IKOE – Interkulturelle Orientierung und Öffnung", "IKOE"),
    ("Projekt 2 (Sachsen-Anhalt) – Name folgt", "Projekt 2 (Sachsen-Anhalt)"),
    ("Sachsen-Anhalt hilft", "Sachsen-Anhalt hilft"),
    ("A – b", "A – b"),
])
def test_short_names(name: str, short: str) -> None:
    assert short_name(name) == short
